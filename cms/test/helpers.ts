/** Small REST helpers for the CMS integration tests. */
import { OUTBOX_MAX_LIMIT, type OutboxEvent, type OutboxEventsResponse } from '@neuvo/content-models/outbox';

// Tests inspect Strapi's JSON loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

/** Calls `<url>/api<path>` with an optional bearer token and JSON body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function api<T = any>(
  url: string,
  path: string,
  options: { token?: string; method?: string; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const res = await fetch(`${url}/api${path}`, {
    method: options.method ?? 'GET',
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as T) : (undefined as T) };
}

/** All outbox events after `after` (follows pages). */
export async function outboxEvents(url: string, token: string, after = 0): Promise<OutboxEvent[]> {
  const events: OutboxEvent[] = [];
  for (;;) {
    const res = await api<OutboxEventsResponse>(
      url,
      `/outbox/events?after=${after}&limit=${OUTBOX_MAX_LIMIT}`,
      { token },
    );
    if (res.status !== 200) throw new Error(`outbox: HTTP ${res.status} ${JSON.stringify(res.body)}`);
    events.push(...res.body.data);
    if (res.body.data.length < OUTBOX_MAX_LIMIT) return events;
    after = res.body.meta.lastId;
  }
}

/** The id of the newest outbox event (0 when there is none). */
export async function lastOutboxId(url: string, token: string): Promise<number> {
  const events = await outboxEvents(url, token);
  return events.at(-1)?.id ?? 0;
}
