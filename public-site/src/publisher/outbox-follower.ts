/**
 * Follows the CMS outbox (`GET /api/outbox/events`, long poll) and tells the publisher when content the site shows
 * changed. The event and page shapes are the ones `@neuvo/content-models/outbox` defines for every consumer.
 */
import {
  OUTBOX_EVENTS_PATH,
  OUTBOX_MAX_LIMIT,
  OUTBOX_MAX_WAIT_MS,
  type OutboxEvent,
  type OutboxEventsResponse,
} from '@neuvo/content-models/outbox';

export interface OutboxFollowerOptions {
  readonly cmsUrl: string;
  /** A Strapi API token the outbox route accepts (today: full access). */
  readonly token: string;
  /** Content type uids whose changes matter to the site. */
  readonly uids: ReadonlySet<string>;
  /** How long the CMS may hold an empty answer (long poll), at most {@link OUTBOX_MAX_WAIT_MS}. */
  readonly waitMs: number;
  /** Called with the relevant events of each page that has any. */
  readonly onChange: (events: readonly OutboxEvent[]) => void;
  readonly log: (message: string) => void;
  readonly fetch?: typeof fetch;
}

/** The CMS answered something other than an outbox page. */
export class OutboxReadError extends Error {
  override readonly name: string = 'OutboxReadError';
}

/** Reads one page after `after`; with `waitMs` the CMS holds an empty answer that long. */
export async function readOutboxPage(
  options: Pick<OutboxFollowerOptions, 'cmsUrl' | 'token' | 'fetch'>,
  after: number,
  waitMs: number,
  signal?: AbortSignal,
): Promise<OutboxEventsResponse> {
  const url = new URL(OUTBOX_EVENTS_PATH, options.cmsUrl);
  url.searchParams.set('after', String(after));
  url.searchParams.set('limit', String(OUTBOX_MAX_LIMIT));
  if (waitMs > 0) url.searchParams.set('wait', String(Math.min(waitMs, OUTBOX_MAX_WAIT_MS)));
  // Bounded: the CMS's own wait plus a margin; a CMS that does not answer at all is retried.
  const timeout = AbortSignal.timeout(waitMs + 15_000);
  const res = await (options.fetch ?? fetch)(url, {
    headers: { authorization: `Bearer ${options.token}` },
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  });
  if (!res.ok) {
    await res.arrayBuffer().catch(() => undefined);
    throw new OutboxReadError(
      `the CMS outbox answered HTTP ${res.status}${res.status === 403 || res.status === 401 ? ' (check CMS_WRITE_TOKEN)' : ''}`,
    );
  }
  const body = (await res.json()) as Partial<OutboxEventsResponse>;
  if (!Array.isArray(body.data) || typeof body.meta?.lastId !== 'number') {
    throw new OutboxReadError('the CMS outbox answered something that is not an outbox page');
  }
  return body as OutboxEventsResponse;
}

/** The id of the newest event (0 for an empty outbox): where following starts when the site was just built. */
export async function outboxHead(
  options: Pick<OutboxFollowerOptions, 'cmsUrl' | 'token' | 'fetch'>,
): Promise<number> {
  let head = 0;
  for (;;) {
    const page = await readOutboxPage(options, head, 0);
    if (page.data.length === 0) return head;
    head = page.meta.lastId;
  }
}

/**
 * Follows the outbox from `after` until `signal` aborts. Failures are logged and retried with a growing pause
 * (1 s doubling to 30 s), so a CMS restart only delays the site. Resolves once stopped.
 */
export async function followOutbox(
  options: OutboxFollowerOptions,
  after: number,
  signal: AbortSignal,
): Promise<void> {
  let cursor = after;
  let backoffMs = 0;
  while (!signal.aborted) {
    try {
      const page = await readOutboxPage(options, cursor, options.waitMs, signal);
      backoffMs = 0;
      const relevant = page.data.filter((event) => options.uids.has(event.uid));
      if (relevant.length > 0) options.onChange(relevant);
      cursor = page.meta.lastId;
    } catch (error) {
      if (signal.aborted) break;
      backoffMs = Math.min(backoffMs === 0 ? 1_000 : backoffMs * 2, 30_000);
      options.log(`reading the outbox failed (${reasonOf(error)}); retrying in ${backoffMs / 1000} s`);
      await sleep(backoffMs, signal);
    }
  }
}

/** Why a read failed: Node's code for a network failure (`ECONNREFUSED`, …), else the message. */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error instanceof Error ? error.message : String(error));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
