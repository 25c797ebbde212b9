/**
 * `PtvReader` over the v11 Open API (anonymous reads). Lists follow the paging envelope; batch fetches use
 * `…/list?guids=` with at most 100 ids (default 99, like AURORA), halve the batch when PTV answers 504
 * repeatedly, and treat `404 "… not found"` as an empty batch. Each record is validated on its own: a
 * malformed one is rejected with its id and reason, the rest of the batch is used.
 */
import type { z } from 'zod';
import type { PtvEntity, PtvEntityKind, PtvPublishingStatus } from './domain';
import { PtvError, type PtvHttpClient } from './http-client';
import type { PtvBatch, PtvReader, PtvRejected } from './reader';
import { formatPtvDate, mapV11Channel, mapV11Organization, mapV11Service } from './v11-mapping';
import {
  GuidPageSchema,
  ItemPageSchema,
  OrganizationSchema,
  ServiceChannelSchema,
  ServiceSchema,
} from './wire-v11';

const PATHS: Record<PtvEntityKind, string> = {
  service: '/Service',
  channel: '/ServiceChannel',
  organization: '/Organization',
};
const STATUS: Record<PtvPublishingStatus, string> = {
  published: 'Published',
  archived: 'Archived',
  withdrawn: 'Withdrawn',
};

/** Max ids per `list?guids=` request (PTV's limit). */
export const PTV_MAX_BATCH = 100;

export interface V11ReaderOptions {
  /** Ids per batch request, ≤ 100 (default 99). */
  batchSize?: number;
  /** How many 504 answers to the same batch before it is halved (default 2). */
  halveAfter504?: number;
}

/** Describes a zod error briefly: `path: message` of the first few issues. No values (no personal data). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
    .join('; ');
}

function idOf(raw: unknown): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id.toLowerCase() : '(no id)';
}

/** Validates and maps one raw record of `kind`. */
export function parseV11<K extends PtvEntityKind>(
  kind: K,
  raw: unknown,
  listed?: PtvPublishingStatus,
): { ok: true; item: PtvEntity<K> } | { ok: false; rejected: PtvRejected } {
  const fail = (reason: string) => ({ ok: false as const, rejected: { kind, id: idOf(raw), reason } });
  try {
    if (kind === 'service') {
      const parsed = ServiceSchema.safeParse(raw);
      if (!parsed.success) return fail(describeIssues(parsed.error));
      return { ok: true, item: mapV11Service(parsed.data, listed) as PtvEntity<K> };
    }
    if (kind === 'channel') {
      const parsed = ServiceChannelSchema.safeParse(raw);
      if (!parsed.success) return fail(describeIssues(parsed.error));
      return { ok: true, item: mapV11Channel(parsed.data, listed) as PtvEntity<K> };
    }
    const parsed = OrganizationSchema.safeParse(raw);
    if (!parsed.success) return fail(describeIssues(parsed.error));
    return { ok: true, item: mapV11Organization(parsed.data, listed) as PtvEntity<K> };
  } catch (error) {
    return fail(error instanceof Error ? error.message : 'unmappable record');
  }
}

export class V11PtvReader implements PtvReader {
  private batchSize: number;
  private readonly halveAfter504: number;

  constructor(
    private readonly http: PtvHttpClient,
    options: V11ReaderOptions = {},
  ) {
    this.batchSize = Math.max(1, Math.min(options.batchSize ?? 99, PTV_MAX_BATCH));
    this.halveAfter504 = options.halveAfter504 ?? 2;
  }

  /** The current batch size (smaller after PTV timed out on bigger batches). */
  get currentBatchSize(): number {
    return this.batchSize;
  }

  private async page(path: string, query: Record<string, string | number | undefined>, signal?: AbortSignal) {
    const res = await this.http.get(path, query, { signal });
    // An id listing past the end (or for nothing) answers 404 on some routes: no items.
    if (res.status === 404) return { pageNumber: Number(query.page ?? 1), pageCount: 0, itemList: [] };
    const parsed = GuidPageSchema.safeParse(res.body);
    if (!parsed.success) {
      throw new PtvError(
        'UPSTREAM_INVALID',
        `PTV ${path}: unexpected paging envelope (${describeIssues(parsed.error)})`,
      );
    }
    return parsed.data;
  }

  async listChangedIds(
    kind: PtvEntityKind,
    status: PtvPublishingStatus,
    since: Date | null,
    signal?: AbortSignal,
  ): Promise<string[]> {
    const query = { date: since ? formatPtvDate(since) : undefined, status: STATUS[status] };
    const first = await this.page(PATHS[kind], { ...query, page: 1 }, signal);
    const pages = [first];
    // The remaining pages in parallel; the HTTP client keeps it to 4 in flight.
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, first.pageCount - 1) }, (_, i) =>
        this.page(PATHS[kind], { ...query, page: i + 2 }, signal),
      ),
    );
    pages.push(...rest);
    const ids = new Set<string>();
    for (const page of pages) {
      for (const item of page.itemList) {
        // Items without a name are ids that 404 on fetch (AURORA skips them too).
        if (item.id && item.name != null) ids.add(item.id.toLowerCase());
      }
    }
    return [...ids];
  }

  async forEachServicePageOfOrganization(
    organizationId: string,
    onPage: (batch: PtvBatch<'service'>) => void | Promise<void>,
    signal?: AbortSignal,
  ): Promise<void> {
    const read = async (page: number) => {
      const res = await this.http.get('/Service/list/organization', { organizationId, page }, { signal });
      if (res.status === 404) return { pageNumber: page, pageCount: 0, itemList: [] as unknown[] };
      const parsed = ItemPageSchema.safeParse(res.body);
      if (!parsed.success) {
        throw new PtvError('UPSTREAM_INVALID', `PTV /Service/list/organization: unexpected paging envelope`);
      }
      return parsed.data;
    };
    const toBatch = (itemList: unknown[]): PtvBatch<'service'> => {
      const out: PtvBatch<'service'> = { items: [], rejected: [], missing: [] };
      for (const raw of itemList) {
        const result = parseV11('service', raw);
        if (result.ok) out.items.push(result.item);
        else out.rejected.push(result.rejected);
      }
      return out;
    };
    const first = await read(1);
    await onPage(toBatch(first.itemList));
    // The other pages a window at a time (the HTTP client allows 4 in flight): memory stays at a few
    // pages however big the organisation is.
    const window = 4;
    for (let page = 2; page <= first.pageCount; page += window) {
      const pages = await Promise.all(
        Array.from({ length: Math.min(window, first.pageCount - page + 1) }, (_, i) => read(page + i)),
      );
      for (const p of pages) await onPage(toBatch(p.itemList));
    }
  }

  async fetch<K extends PtvEntityKind>(
    kind: K,
    ids: readonly string[],
    signal?: AbortSignal,
  ): Promise<PtvBatch<K>> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const out: PtvBatch<K> = { items: [], rejected: [], missing: [] };
    const chunks: string[][] = [];
    for (let i = 0; i < unique.length; i += this.batchSize) chunks.push(unique.slice(i, i + this.batchSize));
    const results = await Promise.all(chunks.map((chunk) => this.fetchChunk(kind, chunk, signal)));
    for (const r of results) {
      out.items.push(...r.items);
      out.rejected.push(...r.rejected);
      out.missing.push(...r.missing);
    }
    return out;
  }

  private async fetchChunk<K extends PtvEntityKind>(
    kind: K,
    ids: string[],
    signal?: AbortSignal,
  ): Promise<PtvBatch<K>> {
    let res;
    try {
      res = await this.http.get(
        `${PATHS[kind]}/list`,
        { guids: ids.join(',') },
        { signal, giveUpOnStatus: { status: 504, after: this.halveAfter504 } },
      );
    } catch (error) {
      // PTV times out on big batches (docs: ServiceChannel/list with ~20 ids): halve and try the halves.
      if (error instanceof PtvError && error.status === 504 && ids.length > 1) {
        const half = Math.ceil(ids.length / 2);
        this.batchSize = Math.max(1, Math.min(this.batchSize, half));
        const [a, b] = await Promise.all([
          this.fetchChunk(kind, ids.slice(0, half), signal),
          this.fetchChunk(kind, ids.slice(half), signal),
        ]);
        return {
          items: [...a.items, ...b.items],
          rejected: [...a.rejected, ...b.rejected],
          missing: [...a.missing, ...b.missing],
        };
      }
      throw error;
    }
    const out: PtvBatch<K> = { items: [], rejected: [], missing: [] };
    // `404 "Services not found."` (not `[]`) when none of the ids exist.
    if (res.status === 404) return { ...out, missing: ids };
    if (!Array.isArray(res.body)) {
      throw new PtvError('UPSTREAM_INVALID', `PTV ${PATHS[kind]}/list: expected an array`);
    }
    const seen = new Set<string>();
    for (const raw of res.body) {
      const result = parseV11(kind, raw);
      if (result.ok) {
        out.items.push(result.item);
        seen.add(result.item.id);
      } else {
        out.rejected.push(result.rejected);
        seen.add(result.rejected.id);
      }
    }
    out.missing = ids.filter((id) => !seen.has(id));
    return out;
  }
}
