import type { CmsClient, OutboxEvent } from './cms-client.js';
import { OUTBOX_MAX_LIMIT } from './content.js';

/** Pages as large as the outbox endpoint serves. */
export const OUTBOX_PAGE_LIMIT = OUTBOX_MAX_LIMIT;

/**
 * The id of the newest outbox event (`from` when there is none after it). The outbox's `meta.lastId` is the last id of
 * the returned page, so this pages forward from `from` (a known-consumed id, e.g. the cursor) until a page is empty.
 */
export async function outboxHead(cms: CmsClient, from = 0): Promise<number> {
  let head = from;
  for (;;) {
    const page = await cms.readOutbox(head, OUTBOX_PAGE_LIMIT);
    const last = lastEventId(page.events);
    if (last === null) return Math.max(head, 0);
    head = Math.max(last, page.lastId);
  }
}

/** Highest id in a page of events, or `null` for an empty page. */
export function lastEventId(events: readonly OutboxEvent[]): number | null {
  return events.reduce<number | null>((max, e) => (max === null || e.id > max ? e.id : max), null);
}

/**
 * False when the outbox no longer reaches `cursor`: no event has an id >= cursor, which happens when the cms database
 * was replaced while Meilisearch kept its data (ids restart at 1, and every new event would sit below the cursor).
 */
export async function outboxReachesCursor(cms: CmsClient, cursor: number): Promise<boolean> {
  if (cursor <= 0) return true;
  const page = await cms.readOutbox(cursor - 1, 1);
  return page.events.length > 0;
}
