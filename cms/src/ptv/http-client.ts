/**
 * HTTP for PTV, with the manners PTV needs (docs §1.1): at most 4 requests in flight, a timeout per
 * request, retries with exponential backoff and full jitter on 429, 5xx, timeouts and network errors,
 * `Retry-After` honoured (seconds or HTTP date), JSON that may start with a UTF-8 byte-order mark.
 * Reads never carry an `Authorization` header (a malformed one turns an anonymous GET into a 500).
 */

import { DomainError } from '@neuvo/content-models/errors';

/** Why a PTV request failed for good (closed list). */
export type PtvFailure = 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_INVALID' | 'ABORTED';

/**
 * A PTV request failed for good. To the rest of Neuvo PTV could not be read (`code` UPSTREAM_UNAVAILABLE,
 * whatever the reason); `failure` says why, for the run's report.
 */
export class PtvError extends DomainError {
  override readonly name: string = 'PtvError';
  /** Why: PTV unreachable or failing, an answer we cannot read, or the run was stopped. */
  readonly failure: PtvFailure;
  /** Last HTTP status, if any. */
  readonly status: number | undefined;

  constructor(failure: PtvFailure, message: string, status?: number, options?: { cause?: unknown }) {
    super('UPSTREAM_UNAVAILABLE', message, {
      details: { failure, ...(status === undefined ? {} : { status }) },
      ...(options && 'cause' in options ? { cause: options.cause } : {}),
    });
    this.failure = failure;
    this.status = status;
  }
}

export interface PtvHttpOptions {
  /** e.g. `https://api.palvelutietovaranto.suomi.fi/api/v11` (no trailing slash needed). */
  baseUrl: string;
  maxInFlight?: number;
  timeoutMs?: number;
  /** Retries after the first attempt (default 6). */
  maxRetries?: number;
  /** First backoff step (default 500 ms); doubles per attempt, capped by `maxDelayMs` (default 30 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Upper bound for a server's Retry-After we are willing to wait (default 120 s). */
  maxRetryAfterMs?: number;
  fetch?: typeof fetch;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface PtvResponse {
  status: number;
  body: unknown;
}

/** Counters for progress reports, tests and the benchmark. */
export interface PtvHttpStats {
  requests: number;
  retries: number;
  maxInFlightSeen: number;
}

const RETRYABLE = (status: number) => status === 429 || status >= 500;

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new PtvError('ABORTED', 'aborted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new PtvError('ABORTED', 'aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Parses `Retry-After` (delta seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Parses JSON that may start with a UTF-8 byte-order mark. */
export function parseJsonWithBom(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

export class PtvHttpClient {
  readonly stats: PtvHttpStats = { requests: 0, retries: 0, maxInFlightSeen: 0 };
  private readonly baseUrl: string;
  private readonly maxInFlight: number;
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly options: PtvHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.maxInFlight = Math.max(1, Math.min(options.maxInFlight ?? 4, 4));
  }

  private async acquire(): Promise<void> {
    if (this.inFlight < this.maxInFlight) {
      this.inFlight++;
    } else {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.stats.maxInFlightSeen = Math.max(this.stats.maxInFlightSeen, this.inFlight);
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next)
      next(); // the slot passes straight to the next waiter
    else this.inFlight--;
  }

  private backoff(attempt: number): number {
    const base = this.options.baseDelayMs ?? 500;
    const cap = this.options.maxDelayMs ?? 30_000;
    // Full jitter: uniformly random in [0, min(cap, base·2^attempt)].
    return Math.round((this.options.random ?? Math.random)() * Math.min(cap, base * 2 ** attempt));
  }

  /**
   * GET `<baseUrl><path>?<query>`. Resolves with 2xx and 404 responses (the caller decides what a 404
   * means); retries the rest as described above and then throws `PtvError` with the last status.
   * `giveUpOnStatus`: stop retrying after that many responses with this status (the reader halves a
   * batch on repeated 504 instead of hammering the same request).
   */
  async get(
    path: string,
    query: Record<string, string | number | undefined> = {},
    opts: { signal?: AbortSignal; giveUpOnStatus?: { status: number; after: number } } = {},
  ): Promise<PtvResponse> {
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const fetchImpl = this.options.fetch ?? fetch;
    const sleep = this.options.sleep ?? defaultSleep;
    const maxRetries = this.options.maxRetries ?? 6;
    let sameStatus = 0;
    let lastError: unknown;
    let lastStatus: number | undefined;
    for (let attempt = 0; ; attempt++) {
      if (opts.signal?.aborted) throw new PtvError('ABORTED', 'aborted');
      let retryAfterMs: number | null = null;
      await this.acquire();
      try {
        this.stats.requests++;
        const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 120_000);
        const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
        const res = await fetchImpl(url, { headers: { accept: 'application/json' }, signal });
        const text = await res.text();
        if (res.ok || res.status === 404) {
          let body: unknown;
          try {
            body = text.trim() === '' ? null : parseJsonWithBom(text);
          } catch (error) {
            throw new PtvError('UPSTREAM_INVALID', `PTV ${url.pathname}: response is not JSON`, res.status, {
              cause: error,
            });
          }
          return { status: res.status, body };
        }
        lastStatus = res.status;
        if (!RETRYABLE(res.status)) {
          throw new PtvError('UPSTREAM_INVALID', `PTV ${url.pathname}: HTTP ${res.status}`, res.status);
        }
        lastError = new Error(`HTTP ${res.status}`);
        retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
        if (opts.giveUpOnStatus?.status === res.status && ++sameStatus >= opts.giveUpOnStatus.after) {
          throw new PtvError(
            'UPSTREAM_UNAVAILABLE',
            `PTV ${url.pathname}: HTTP ${res.status} repeatedly`,
            res.status,
          );
        }
      } catch (error) {
        if (error instanceof PtvError) throw error;
        if (opts.signal?.aborted) throw new PtvError('ABORTED', 'aborted', undefined, { cause: error });
        // Timeouts and network errors are retried like 5xx.
        lastError = error;
        lastStatus = undefined;
      } finally {
        this.release();
      }
      if (attempt >= maxRetries) {
        throw new PtvError(
          'UPSTREAM_UNAVAILABLE',
          `PTV ${url.pathname}: gave up after ${attempt + 1} attempts (${lastStatus ? `HTTP ${lastStatus}` : String((lastError as Error)?.message ?? lastError)})`,
          lastStatus,
          { cause: lastError },
        );
      }
      this.stats.retries++;
      const delay =
        retryAfterMs !== null
          ? Math.min(retryAfterMs, this.options.maxRetryAfterMs ?? 120_000)
          : this.backoff(attempt);
      await sleep(delay, opts.signal);
    }
  }
}
