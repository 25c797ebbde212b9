/**
 * Per-client rate limits over `rate-limiter-flexible`: each client has a budget of cost points per window
 * (`RATE_LIMIT_WINDOW_SECONDS`), charged what each operation costs (`operationCost`, at least 1 per operation).
 * Anonymous clients are counted per IP address; agents per agent key and IP address (all agents share one key until
 * agent sign-in exists, so the key alone would make one busy desk slow down every other). Counters live in this
 * process's memory: each api instance counts on its own.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ApiConfig } from './config.js';
import type { Role } from './context.js';

/** The verdict on one operation. */
export type RateVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export interface RateLimiter {
  /** Charges `points` to the client `key` (from {@link clientKey}) of this role. */
  consume(role: Role, key: string, points: number): Promise<RateVerdict>;
}

/** A limiter per role; a role whose budget is 0 is not limited. */
export function createRateLimiter(limits: ApiConfig['rateLimit']): RateLimiter {
  const make = (points: number, prefix: string) =>
    points > 0 ? new RateLimiterMemory({ points, duration: limits.windowSeconds, keyPrefix: prefix }) : null;
  const limiters: Record<Role, RateLimiterMemory | null> = {
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

/** The key a client is counted under; an agent key only as a digest, so it never sits in memory as a map key. */
export function clientKey(role: Role, address: string, agentKey: string | undefined): string {
  if (role !== 'agent' || agentKey === undefined) return address;
  return `${createHash('sha256').update(agentKey, 'utf8').digest('base64url').slice(0, 16)}:${address}`;
}
