/**
 * A local fake of the PTV Open API v11 (read side) for tests and benchmarks. It speaks the real wire
 * format (the schemas in `cms/src/ptv/wire-v11.ts`, checked against the real records in `cms/test/ptv/fixtures/`): id listings in `{pageNumber, pageSize, pageCount, itemList}`
 * envelopes filtered by `date` (UTC, `yyyy-MM-ddTHH:mm:ss`) and `status`, batch reads `…/list?guids=`
 * (≤100, `404 {"errorMessage":"Services not found."}` when none exist), single reads, and
 * `/Service/list/organization` pages of full records. Faults on demand: 429 with Retry-After, 504,
 * a whole outage, a UTF-8 byte-order mark on some responses, latency.
 *
 * Data is a deterministic generator (national scale without holding 130 000 records in memory) plus
 * explicit records and changes (`put`, `touch`, `setStatus`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PtvGenerator, fakeId, fakeIndex, ptvTimestamp, type GeneratorOptions } from './generator.js';

export type FakePtvKind = 'service' | 'channel' | 'organization';
export type FakePtvStatus = 'Published' | 'Archived' | 'Withdrawn';

const ROUTES: Record<string, FakePtvKind> = {
  Service: 'service',
  ServiceChannel: 'channel',
  Organization: 'organization',
};
const NOT_FOUND: Record<FakePtvKind, string> = {
  service: 'Services not found.',
  channel: 'Service channels not found.',
  organization: 'Organizations not found.',
};

interface Override {
  raw?: Record<string, unknown>;
  status?: FakePtvStatus;
  modified?: Date;
}

/** A fault rule: answer `status` to matching requests, `times` times (default 1). */
export interface FakePtvFault {
  /** Matched against `pathname + search`. Default: every request. */
  path?: RegExp;
  status: number;
  times?: number;
  /** `Retry-After` header value (seconds). */
  retryAfter?: number;
  body?: string;
}

export interface FakePtvOptions {
  port?: number;
  generate?: GeneratorOptions;
  /** Id listing page size (PTV: 1000). */
  pageSize?: number;
  /** Full-record page size of `/Service/list/organization` (PTV test env: 100). */
  itemPageSize?: number;
  /** `'alternate'` (default): every other response starts with a UTF-8 BOM. */
  bom?: 'never' | 'always' | 'alternate';
  /** Delay per response in ms (lets tests see concurrency). */
  latencyMs?: number;
}

export interface FakePtvServer {
  url: string;
  /** `${url}/api/v11` — the PTV_BASE_URL to give the sync. */
  baseUrl: string;
  generator: PtvGenerator | undefined;
  stats: { requests: number; maxInFlight: number; faultsServed: number; byPath: Map<string, number> };
  /** Adds or replaces an explicit record (any JSON: malformed records too). */
  put(
    kind: FakePtvKind,
    raw: Record<string, unknown>,
    options?: { status?: FakePtvStatus; modified?: Date },
  ): void;
  /** Marks records modified at `at` (default now); generated and explicit ones alike. */
  touch(kind: FakePtvKind, ids: readonly string[], at?: Date): void;
  setStatus(kind: FakePtvKind, id: string, status: FakePtvStatus, at?: Date): void;
  /** The record as PTV would return it (null when unknown). */
  record(kind: FakePtvKind, id: string): Record<string, unknown> | null;
  fail(fault: FakePtvFault): void;
  /** While true every request answers 503 (a PTV outage). */
  down: boolean;
  /** Outage after this many more successful requests (undefined = never). */
  failAfter: number | undefined;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  bom: boolean,
  headers: Record<string, string> = {},
) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(bom ? `\uFEFF${text}` : text);
}

/** Starts the fake on 127.0.0.1 (a free port unless `port` is given). */
export async function startFakePtv(options: FakePtvOptions = {}): Promise<FakePtvServer> {
  const generator = options.generate ? new PtvGenerator(options.generate) : undefined;
  const overrides: Record<FakePtvKind, Map<string, Override>> = {
    service: new Map(),
    channel: new Map(),
    organization: new Map(),
  };
  const faults: FakePtvFault[] = [];
  const pageSize = options.pageSize ?? 1000;
  const itemPageSize = options.itemPageSize ?? 100;
  let responses = 0;
  let inFlight = 0;

  const generatedCount = (kind: FakePtvKind) =>
    !generator
      ? 0
      : kind === 'service'
        ? generator.services
        : kind === 'channel'
          ? generator.channels
          : generator.organizations;

  const generatedIndex = (kind: FakePtvKind, id: string): number | null => {
    const i = fakeIndex(kind, id);
    return i !== null && i < generatedCount(kind) ? i : null;
  };

  const stateOf = (kind: FakePtvKind, id: string) => {
    const o = overrides[kind].get(id);
    return {
      status: o?.status ?? 'Published',
      modified: o?.modified ?? generator?.baseModified ?? new Date(0),
    };
  };

  function record(kind: FakePtvKind, id: string): Record<string, unknown> | null {
    const key = id.toLowerCase();
    const o = overrides[kind].get(key);
    const { status, modified } = stateOf(kind, key);
    let raw: Record<string, unknown> | null = null;
    if (o?.raw) raw = { ...o.raw };
    else {
      const i = generatedIndex(kind, key);
      if (i === null || !generator) return null;
      raw =
        kind === 'service'
          ? generator.service(i, modified)
          : kind === 'channel'
            ? generator.channel(i, modified)
            : generator.organization(i, modified);
    }
    if (o?.modified) raw.modified = ptvTimestamp(o.modified);
    raw.publishingStatus = status === 'Published' ? 'Published' : status;
    return raw;
  }

  function nameOf(kind: FakePtvKind, id: string): string | null {
    const o = overrides[kind].get(id);
    if (o?.raw) {
      const names = (o.raw.serviceNames ?? o.raw.serviceChannelNames ?? o.raw.organizationNames) as
        Array<{ value?: string }> | undefined;
      return names?.[0]?.value ?? (typeof o.raw.id === 'string' ? 'x' : null);
    }
    const i = generatedIndex(kind, id);
    return i !== null && generator ? generator.name(kind, i) : null;
  }

  /** Ids of `kind` with `status`, modified at/after `since`, in a stable order. */
  function listIds(kind: FakePtvKind, status: FakePtvStatus, since: Date | null): string[] {
    const ids: string[] = [];
    const base = generator?.baseModified ?? new Date(0);
    const generatedQualify = status === 'Published' && (!since || base >= since);
    if (generatedQualify) {
      const n = generatedCount(kind);
      for (let i = 0; i < n; i++) {
        const id = fakeId[kind](i);
        if (!overrides[kind].has(id)) ids.push(id);
      }
    }
    for (const [id, o] of overrides[kind]) {
      if (!o.raw && generatedIndex(kind, id) === null) continue;
      const state = stateOf(kind, id);
      if (state.status === status && (!since || state.modified >= since)) ids.push(id);
    }
    return ids;
  }

  function servicesOfOrganization(organizationId: string): string[] {
    const org = organizationId.toLowerCase();
    const ids: string[] = [];
    const idx = generatedIndex('organization', org);
    if (generator && idx !== null && idx >= generator.roots) {
      const step = generator.roots * generator.subs;
      for (let i = idx - generator.roots; i < generator.services; i += step) {
        const id = fakeId.service(i);
        if (!overrides.service.get(id)?.raw && stateOf('service', id).status === 'Published') ids.push(id);
      }
    }
    for (const [id, o] of overrides.service) {
      const orgs = (o.raw?.organizations ?? []) as Array<{ organization?: { id?: string } | null }>;
      if (
        o.raw &&
        stateOf('service', id).status === 'Published' &&
        orgs.some((x) => x.organization?.id?.toLowerCase() === org)
      )
        ids.push(id);
    }
    return ids;
  }

  function parseDate(value: string | null): Date | null | 'invalid' {
    if (!value) return null;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(value)) return 'invalid';
    return new Date(`${value}Z`);
  }

  const stats = { requests: 0, maxInFlight: 0, faultsServed: 0, byPath: new Map<string, number>() };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    stats.requests++;
    const routeKey = url.pathname.replace(/[0-9a-f-]{36}/gi, '{id}');
    stats.byPath.set(routeKey, (stats.byPath.get(routeKey) ?? 0) + 1);
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const bom =
      options.bom === 'always' || ((options.bom ?? 'alternate') === 'alternate' && responses++ % 2 === 1);

    if (server.down) return send(res, 503, 'Service Unavailable', false);
    if (server.failAfter !== undefined) {
      if (server.failAfter <= 0) {
        server.down = true;
        return send(res, 503, 'Service Unavailable', false);
      }
      server.failAfter--;
    }
    const target = `${url.pathname}${url.search}`;
    const fault = faults.find((f) => (f.times ?? 1) > 0 && (!f.path || f.path.test(target)));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      stats.faultsServed++;
      const headers: Record<string, string> =
        fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
      const body =
        fault.body ??
        (fault.status === 429
          ? 'Too many requests sent to server, try again later'
          : `<html><body><h1>${fault.status} Gateway Time-out</h1></body></html>`);
      res.writeHead(fault.status, { 'content-type': 'text/plain', ...headers });
      res.end(body);
      return;
    }

    const m = /^\/api\/v11\/(Service|ServiceChannel|Organization)(?:\/(.*))?$/.exec(url.pathname);
    if (req.method !== 'GET' || !m) return send(res, 404, { errorMessage: 'Not found.' }, bom);
    const kind = ROUTES[m[1]!]!;
    const rest = m[2] ?? '';

    if (rest === '') {
      const since = parseDate(url.searchParams.get('date'));
      if (since === 'invalid')
        return send(res, 400, { date: ['Supports only format yyyy-MM-ddTHH:mm:ss'] }, bom);
      const status = (url.searchParams.get('status') ?? 'Published') as FakePtvStatus;
      if (!['Published', 'Archived', 'Withdrawn'].includes(status))
        return send(res, 400, { status: ['Invalid value'] }, bom);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
      const ids = listIds(kind, status, since);
      const pageCount = Math.ceil(ids.length / pageSize);
      const slice = ids.slice((page - 1) * pageSize, page * pageSize);
      return send(
        res,
        200,
        {
          pageNumber: page,
          pageSize,
          pageCount,
          itemList: slice.length === 0 ? null : slice.map((id) => ({ id, name: nameOf(kind, id) })),
        },
        bom,
      );
    }
    if (rest === 'list') {
      const guids = (url.searchParams.get('guids') ?? '')
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean);
      if (guids.length > 100) return send(res, 400, { guids: ['Max 100 can be added into list.'] }, bom);
      const items = guids
        .map((id) => (stateOf(kind, id.toLowerCase()).status === 'Published' ? record(kind, id) : null))
        .filter((x): x is Record<string, unknown> => x !== null);
      if (items.length === 0) return send(res, 404, { errorMessage: NOT_FOUND[kind] }, bom);
      return send(res, 200, items, bom);
    }
    if (kind === 'service' && rest === 'list/organization') {
      const org = url.searchParams.get('organizationId') ?? '';
      const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
      const ids = servicesOfOrganization(org);
      const pageCount = Math.ceil(ids.length / itemPageSize);
      const slice = ids.slice((page - 1) * itemPageSize, page * itemPageSize);
      return send(
        res,
        200,
        {
          pageNumber: page,
          pageSize: itemPageSize,
          pageCount,
          itemList: slice.length === 0 ? null : slice.map((id) => record('service', id)),
        },
        bom,
      );
    }
    if (/^[0-9a-f-]{36}$/i.test(rest)) {
      const item = stateOf(kind, rest.toLowerCase()).status === 'Published' ? record(kind, rest) : null;
      return item ? send(res, 200, item, bom) : send(res, 404, { errorMessage: NOT_FOUND[kind] }, bom);
    }
    return send(res, 404, { errorMessage: 'Not found.' }, bom);
  }

  const httpServer: Server = createServer((req, res) => {
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, 500, { errorMessage: `An unexpected error occurred. ${String(error)}` }, false);
    });
  });
  httpServer.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => httpServer.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const server: FakePtvServer = {
    url,
    baseUrl: `${url}/api/v11`,
    generator,
    stats,
    down: false,
    failAfter: undefined,
    put(kind, raw, opts = {}) {
      const id = String(raw.id).toLowerCase();
      overrides[kind].set(id, { raw, status: opts.status, modified: opts.modified });
    },
    touch(kind, ids, at = new Date()) {
      for (const id of ids) {
        const key = id.toLowerCase();
        overrides[kind].set(key, { ...overrides[kind].get(key), modified: at });
      }
    },
    setStatus(kind, id, status, at = new Date()) {
      const key = id.toLowerCase();
      overrides[kind].set(key, { ...overrides[kind].get(key), status, modified: at });
    },
    record,
    fail(fault) {
      faults.push({ ...fault });
    },
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      }),
  };
  return server;
}

export { PtvGenerator, fakeId, fakeIndex, ptvTimestamp };
export type { GeneratorOptions };
