/**
 * Per-client rate limits over `rate-limiter-flexible`: each client has a budget of cost points per window
 * (`RATE_LIMIT_WINDOW_SECONDS`), charged what each operation costs (`operationCost`, at least 1 per operation).
 * Anonymous clients are counted per IP address; signed-in staff per person and IP address, so one busy desk never
 * slows down another, and a person cannot reset their count by signing in again.
 *
 * With `REDIS_URL` the counters live in Redis, so every api instance behind a load balancer charges the same budget;
 * while Redis cannot be reached, each instance counts in its own memory (the library's insurance limiter) instead of
 * failing requests. Without it, the counters live in this process's memory.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { ApiConfig } from './config.js';
import type { Role } from './context.js';
import type { Viewer } from './domains/auth/roles.js';
import type { Logger } from '@neuvo/node-kit';

/** The verdict on one operation. */
export type RateVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export interface RateLimiter {
  /** Charges `points` to the client `key` (from {@link clientKey}) of this role. */
  consume(role: Role, key: string, points: number): Promise<RateVerdict>;
  /**
   * The verdict for a client without charging it: refused while it has no points left. Asked before a request is
   * parsed, so a client over its budget costs no parsing or validation.
   */
  check(role: Role, key: string): Promise<RateVerdict>;
  /**
   * Connects to Redis, if configured (waits at most `timeoutMs`). Never throws: until Redis answers, the counters are
   * kept in memory.
   */
  connect(timeoutMs?: number): Promise<void>;
  /** Closes the Redis connection, if any. */
  stop(): Promise<void>;
}

/** Prefix of the counters' keys in Redis (which the api may share with others). */
const REDIS_KEY_PREFIX = 'neuvo:api:rate';

/** A limiter per role; a role whose budget is 0 is not limited. */
export function createRateLimiter(limits: ApiConfig['rateLimit'], logger: Logger): RateLimiter {
  const anyLimit = limits.anonymousPoints > 0 || limits.agentPoints > 0;
  // Connects on the first counted request; `enableOfflineQueue: false` makes a command fail at once while Redis is
  // away (the insurance limiter then counts), instead of queueing requests behind a reconnect.
  const redis =
    limits.redisUrl && anyLimit
      ? new Redis(limits.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 })
      : undefined;
  // ioredis reconnects by itself; without a listener an 'error' event would crash the process.
  redis?.on('error', (error: Error) =>
    logger.warn('rate_limit_store_unavailable', { errorName: error.name }),
  );

  const make = (points: number, name: string): RateLimiterAbstract | null => {
    if (points === 0) return null;
    const options = { points, duration: limits.windowSeconds, keyPrefix: `${REDIS_KEY_PREFIX}:${name}` };
    const memory = new RateLimiterMemory(options);
    return redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory })
      : memory;
  };
  const limiters: Record<Role, RateLimiterAbstract | null> = {
    citizen: make(limits.anonymousPoints, 'anonymous'),
    agent: make(limits.agentPoints, 'agent'),
  };
  return {
    async consume(role, key, points) {
      const limiter = limiters[role];
      if (!limiter) return { allowed: true };
      try {
        await limiter.consume(key, points);
        return { allowed: true };
      } catch (rejection) {
        // The library rejects with a RateLimiterRes when the budget is spent; anything else is a real error.
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
    },
    async check(role, key) {
      const limiter = limiters[role];
      if (!limiter) return { allowed: true };
      const state = await limiter.get(key);
      if (state === null || state.remainingPoints > 0) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) };
    },
    async connect(timeoutMs = 2000) {
      if (!redis || redis.status !== 'wait') return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        redis.connect().catch(() => undefined),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if ((redis.status as string) !== 'ready')
        logger.warn('rate_limit_store_unavailable', { counting: 'in memory' });
    },
    async stop() {
      redis?.disconnect();
    },
  };
}

/**
 * The address the request came from: the TCP peer, or with `trustProxyHops` reverse proxies in front, the address
 * that many entries from the end of `X-Forwarded-For` (entries before it were written by the client and prove
 * nothing).
 */
export function clientAddress(req: IncomingMessage, trustProxyHops: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustProxyHops === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustProxyHops] ?? forwarded[0] ?? peer;
}

/**
 * The key a client is counted under: a signed-in person by their provider's subject and IP address (so a new
 * sign-in does not reset the count), anyone else by IP address. The subject only as a digest, so no identifier
 * of a person sits in memory or Redis as a key.
 */
export function clientKey(viewer: Viewer, address: string): string {
  if (viewer.kind !== 'staff') return address;
  return `${createHash('sha256').update(viewer.identity.subject, 'utf8').digest('base64url').slice(0, 16)}:${address}`;
}
