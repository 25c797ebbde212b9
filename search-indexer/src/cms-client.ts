import {
  DomainError,
  OUTBOX_EVENTS_PATH,
  type Locale,
  type OutboxEvent,
  type OutboxEventsResponse,
  type RestType,
  type StrapiEntry,
} from './content.js';
import { encodeStrapiQuery, type StrapiQuery } from '@neuvo/node-kit';

export type { OutboxEvent };

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
  /**
   * Hands every published entry of a type in a locale to `onPage`, one page at a time in id order, reading the next
   * page while `onPage` handles the current one. `onPage` may be async: reading waits for it, so a slow consumer holds
   * the reading back (at most one page waits in memory). Resolves with the number of entries once every page was
   * handled. Non-localized types ignore `locale`.
   */
  forEachPublishedPage(
    type: RestType,
    locale: Locale,
    onPage: (entries: StrapiEntry[]) => Promise<void> | void,
  ): Promise<number>;
  /** The published entry in a locale, or `null` when it has no published version there. */
  getPublished(type: RestType, documentId: string, locale: Locale): Promise<StrapiEntry | null>;
  /**
   * The published entries in a locale of these documents (those without a published version there are left out),
   * a few requests for many documents: what the outbox sync reads after a bulk change such as a PTV sync.
   */
  getPublishedMany(type: RestType, documentIds: readonly string[], locale: Locale): Promise<StrapiEntry[]>;
  /**
   * Outbox events with id > `after`, ordered by id. With `waitMs`, the cms holds an empty answer until an event is
   * committed or the time is up (long poll); `signal` ends the wait early with an empty page.
   */
  readOutbox(
    after: number,
    limit: number,
    options?: { readonly waitMs?: number; readonly signal?: AbortSignal },
  ): Promise<OutboxPage>;
  /**
   * documentIds of the published entries of a type in a locale that are related, through `relation`, to any of
   * `documentIds` (e.g. the instructions whose `relatedServices` include a service).
   */
  listPublishedIdsRelatedTo(
    type: RestType,
    locale: Locale,
    relation: string,
    documentIds: readonly string[],
  ): Promise<string[]>;
}

export interface CmsClientOptions {
  readonly baseUrl: string;
  readonly token: string;
  /** Per-request timeout in milliseconds (default 10 s). */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  /** Entries per page of list reads (default 100, Strapi's `rest.maxLimit`). */
  readonly pageSize?: number;
}

const PAGE_SIZE = 100;

interface StrapiList {
  data: StrapiEntry[];
}

/** Creates a {@link CmsClient}. Transport and HTTP failures become `DomainError('UPSTREAM_UNAVAILABLE')`. */
export function createCmsClient(options: CmsClientOptions): CmsClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const pageSize = options.pageSize ?? PAGE_SIZE;

  /** GETs `path` and parses JSON; `null` on 404 when `allowMissing`. Never puts the token into errors. */
  async function get<T>(
    path: string,
    query: StrapiQuery,
    allowMissing: boolean,
    extra: { readonly waitMs?: number; readonly signal?: AbortSignal } = {},
  ): Promise<T | null> {
    const qs = encodeStrapiQuery(query);
    const url = `${base}${path}${qs === '' ? '' : `?${qs}`}`;
    // One controller per request, tied to the caller's long-lived signal only while the request runs:
    // AbortSignal.any would leave a listener on that signal for every long poll of the indexer's life.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutMs + (extra.waitMs ?? 0));
    const forward = () => controller.abort(extra.signal?.reason);
    if (extra.signal?.aborted) forward();
    else extra.signal?.addEventListener('abort', forward, { once: true });
    try {
      return await getWithSignal<T>(path, url, allowMissing, controller.signal);
    } finally {
      clearTimeout(timer);
      extra.signal?.removeEventListener('abort', forward);
    }
  }

  async function getWithSignal<T>(
    path: string,
    url: string,
    allowMissing: boolean,
    signal: AbortSignal,
  ): Promise<T | null> {
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { authorization: `Bearer ${options.token}`, accept: 'application/json' },
        signal,
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

  function contentQuery(type: RestType, locale: Locale): StrapiQuery {
    return {
      ...(type.localized ? { locale } : {}),
      status: 'published',
      ...(Object.keys(type.populate).length > 0 ? { populate: type.populate as StrapiQuery } : {}),
    };
  }

  /**
   * Hands every entry `query` selects to `onPage`, one page at a time in id order, reading the next page while
   * `onPage` handles the current one. Keyset pages (`id > last id of the previous page`): Strapi finds a page by id
   * instead of counting past every earlier entry (`pagination[page]` costs more with every page), and counts no total
   * (`withCount=false`); a full read of 10,000 entries took about a third less of Strapi's CPU.
   */
  async function forEachPage(
    type: RestType,
    query: StrapiQuery & { readonly filters?: StrapiQuery },
    onPage: (entries: StrapiEntry[]) => Promise<void> | void,
  ): Promise<number> {
    const path = `/api/${type.pluralName}`;
    const readAfter = async (afterId: number): Promise<StrapiEntry[]> => {
      const filters = afterId > 0 ? { ...query.filters, id: { $gt: afterId } } : query.filters;
      const list = await get<StrapiList>(
        path,
        {
          ...query,
          ...(filters ? { filters } : {}),
          sort: ['id:asc'],
          pagination: { start: 0, limit: pageSize, withCount: false },
        },
        false,
      );
      return list?.data ?? [];
    };
    let total = 0;
    let page = await readAfter(0);
    while (page.length > 0) {
      total += page.length;
      const lastId = page[page.length - 1]?.id;
      if (typeof lastId !== 'number')
        throw new DomainError('UPSTREAM_UNAVAILABLE', `cms sent an entry without a numeric id: GET ${path}`, {
          details: { path },
        });
      // A short page is the last one; otherwise read the next while this one is handled.
      const next = page.length < pageSize ? Promise.resolve([]) : readAfter(lastId);
      next.catch(() => undefined); // awaited below, after onPage: a failure must not surface as unhandled first
      await onPage(page);
      page = await next;
    }
    return total;
  }

  const forEachPublishedPage: CmsClient['forEachPublishedPage'] = (type, locale, onPage) =>
    forEachPage(type, contentQuery(type, locale), onPage);

  return {
    async listPublished(type, locale) {
      const entries: StrapiEntry[] = [];
      await forEachPublishedPage(type, locale, (data) => void entries.push(...data));
      return entries;
    },

    forEachPublishedPage,

    async getPublished(type, documentId, locale) {
      const one = await get<{ data: StrapiEntry | null }>(
        `/api/${type.pluralName}/${encodeURIComponent(documentId)}`,
        contentQuery(type, locale),
        true,
      );
      return one?.data ?? null;
    },

    async getPublishedMany(type, documentIds, locale) {
      const entries: StrapiEntry[] = [];
      // 50 ids keep the query string well under common URL limits.
      for (let i = 0; i < documentIds.length; i += 50) {
        const ids = documentIds.slice(i, i + 50);
        const list = await get<StrapiList>(
          `/api/${type.pluralName}`,
          {
            ...contentQuery(type, locale),
            filters: { documentId: { $in: [...ids] } },
            pagination: { page: 1, pageSize: ids.length },
          },
          false,
        );
        entries.push(...(list?.data ?? []));
      }
      return entries;
    },

    async listPublishedIdsRelatedTo(type, locale, relation, documentIds) {
      const ids = new Set<string>();
      if (documentIds.length === 0) return [];
      const query = {
        ...(type.localized ? { locale } : {}),
        status: 'published',
        // documentId always comes back; one small field keeps the answer short.
        fields: ['updatedAt'],
        filters: { [relation]: { documentId: { $in: [...documentIds] } } },
      };
      await forEachPage(type, query, (entries) => {
        for (const entry of entries) ids.add(entry.documentId);
      });
      return [...ids];
    },

    async readOutbox(after, limit, { waitMs, signal } = {}) {
      let page;
      try {
        page = await get<OutboxEventsResponse>(
          OUTBOX_EVENTS_PATH,
          { after, limit, ...(waitMs ? { wait: waitMs } : {}) },
          false,
          { ...(waitMs ? { waitMs } : {}), ...(signal ? { signal } : {}) },
        );
      } catch (error) {
        // Waiting was cut short on purpose (stop, or another step wants to run): nothing new.
        if (signal?.aborted) return { events: [], lastId: after };
        throw error;
      }
      return { events: page?.data ?? [], lastId: page?.meta?.lastId ?? 0 };
    },
  };
}
