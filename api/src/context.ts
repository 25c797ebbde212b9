import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from '@neuvo/node-kit';
import type { SearchAnalytics } from './domains/analytics/service.js';
import type { ContentService } from './domains/content/service.js';
import type { RegionService } from './domains/regions/service.js';
import type { SearchService } from './domains/search/service.js';

/**
 * Who is asking. `agent` when the request carries `x-agent-key: <AGENT_API_KEY>`, otherwise `citizen`.
 * Agent-only data (instructions, protocols, solution-bank fields) is only ever read for agents.
 */
export type Role = 'citizen' | 'agent';

/** Per-request GraphQL context. */
export interface ApiContext {
  readonly role: Role;
  /** Who is counted by the rate limits (an IP address, or an agent key digest and IP address). */
  readonly client: string;
  readonly requestId: string;
  readonly services: Services;
}

/** Domain services shared by all requests. */
export interface Services {
  readonly search: SearchService;
  readonly content: ContentService;
  readonly regions: RegionService;
  readonly analytics: SearchAnalytics;
  readonly logger: Logger;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Decides the role from the `x-agent-key` header value. Compares SHA-256 digests with
 * `timingSafeEqual`, so neither the key's content nor its length leaks through timing.
 */
export function createRoleResolver(agentApiKey: string): (headerValue: string | undefined) => Role {
  const expected = digest(agentApiKey);
  return (headerValue) => {
    if (headerValue === undefined || headerValue === '') return 'citizen';
    return timingSafeEqual(digest(headerValue), expected) ? 'agent' : 'citizen';
  };
}
