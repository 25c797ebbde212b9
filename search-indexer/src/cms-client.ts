import { DomainError, type RestType, type Locale, type StrapiEntry } from './content.js';
import { encodeStrapiQuery, type QueryObject } from './strapi-query.js';

/** One row of the cms outbox: "this document changed", the indexer re-reads its published state. */
export interface OutboxEvent {
  readonly id: number;
  readonly uid: string;
  readonly documentId: string;
  /** `null` means every locale (e.g. a whole-document delete, or a non-localized type). */
  readonly locale: string | null;
  readonly action: string;
  readonly createdAt: string;
}

/** A page of outbox events after a cursor, and the outbox's current last id. */
export interface OutboxPage {
  readonly events: readonly OutboxEvent[];
  /** The highest event id in the outbox (0 when empty), whatever page was asked for. */
  readonly lastId: number;
}

/** Reads published content and outbox events from Strapi's REST API. */
export interface CmsClient {
  /** All published entries of a type in a locale (all pages). Non-localized types ignore `locale`. */
  listPublished(type: RestType, locale: Locale): Promise<StrapiEntry[]>;
  /** The published entry in a locale, or `null` when it has no published version there. */
  getPublished(type: RestType, documentId: string, locale: Locale): Promise<StrapiEntry | null>;
  /** Outbox events with id > `after`, ordered by id. */
  readOutbox(after: number, limit: number): Promise<OutboxPage>;
}

export interface CmsClientOptions {
  readonly baseUrl: string;
  readonly token: string;
  /** Per-request timeout in milliseconds (default 10 s). */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

const PAGE_SIZE = 100;

interface StrapiList {
  data: StrapiEntry[];
  meta?: { pagination?: { page: number; pageCount: number; total: number } };
}

/** Creates a {@link CmsClient}. Transport and HTTP failures become `DomainError('UPSTREAM_UNAVAILABLE')`. */
export function createCmsClient(options: CmsClientOptions): CmsClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;

  /** GETs `path` and parses JSON; `null` on 404 when `allowMissing`. Never puts the token into errors. */
  async function get<T>(path: string, query: QueryObject, allowMissing: boolean): Promise<T | null> {
    const qs = encodeStrapiQuery(query);
    const url = `${base}${path}${qs === '' ? '' : `?${qs}`}`;
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { authorization: `Bearer ${options.token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw new DomainError('UPSTREAM_UNAVAILABLE', `cms unreachable: GET ${path}`, {
        details: { path },
        cause,
      });
    }
    if (response.status === 404 && allowMissing) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) {
      const body = await response.text().catch(() => '');
      throw new DomainError('UPSTREAM_UNAVAILABLE', `cms answered ${response.status} to GET ${path}`, {
        details: { path, status: response.status },
        cause: new Error(body.slice(0, 500)),
      });
    }
    try {
      return (await response.json()) as T;
    } catch (cause) {
      throw new DomainError('UPSTREAM_UNAVAILABLE', `cms sent invalid JSON for GET ${path}`, {
        details: { path },
        cause,
      });
    }
  }

  function contentQuery(type: RestType, locale: Locale): QueryObject {
    return {
      ...(type.localized ? { locale } : {}),
      status: 'published',
      ...(Object.keys(type.populate).length > 0 ? { populate: type.populate as QueryObject } : {}),
    };
  }

  return {
    async listPublished(type, locale) {
      const entries: StrapiEntry[] = [];
      for (let page = 1; ; page++) {
        const list = await get<StrapiList>(
          `/api/${type.pluralName}`,
          {
            ...contentQuery(type, locale),
            sort: ['id:asc'],
            pagination: { page, pageSize: PAGE_SIZE },
          },
          false,
        );
        const data = list?.data ?? [];
        entries.push(...data);
        const pageCount = list?.meta?.pagination?.pageCount ?? 1;
        if (page >= pageCount || data.length === 0) return entries;
      }
    },

    async getPublished(type, documentId, locale) {
      const one = await get<{ data: StrapiEntry | null }>(
        `/api/${type.pluralName}/${encodeURIComponent(documentId)}`,
        contentQuery(type, locale),
        true,
      );
      return one?.data ?? null;
    },

    async readOutbox(after, limit) {
      const page = await get<{ data: OutboxEvent[]; meta: { lastId: number | null } }>(
        '/api/outbox/events',
        { after, limit },
        false,
      );
      return { events: page?.data ?? [], lastId: page?.meta?.lastId ?? 0 };
    },
  };
}
