/**
 * The cms outbox as its consumers read it (cms → search indexer): one definition of the event and of the page the
 * endpoint answers. Pure types and constants, free of zod (`@neuvo/content-models/outbox`).
 *
 * An event says only "this document changed"; the consumer re-reads the published state by `documentId`.
 */

/** Path of the outbox feed on the cms (full-access API token only). */
export const OUTBOX_EVENTS_PATH = '/api/outbox/events';

/** Events per page when the consumer names no `limit`. */
export const OUTBOX_DEFAULT_LIMIT = 100;
/** The largest `limit` the endpoint accepts. */
export const OUTBOX_MAX_LIMIT = 500;
/** The longest `wait` (ms) a consumer may ask the endpoint to hold an empty answer. */
export const OUTBOX_MAX_WAIT_MS = 25_000;

/** One outbox row as the endpoint returns it. */
export interface OutboxEvent {
  readonly id: number;
  /** Content type uid, e.g. `api::self-care-guide.self-care-guide`. */
  readonly uid: string;
  readonly documentId: string;
  /** The locale the action targeted; `null` means every locale (a whole-document action, or a non-localized type). */
  readonly locale: string | null;
  /** The document action: `publish`, `unpublish`, `delete`, `discardDraft`, or `create`/`update` that published. */
  readonly action: string;
  /** ISO 8601 time of the commit that recorded it. */
  readonly createdAt: string;
}

/**
 * The answer of `GET /api/outbox/events?after=&limit=&wait=`: events with id > `after`, oldest first, and the id
 * to continue from (the last event's id, or `after` when the page is empty).
 */
export interface OutboxEventsResponse {
  readonly data: readonly OutboxEvent[];
  readonly meta: { readonly lastId: number };
}
