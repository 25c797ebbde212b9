/**
 * Transactional outbox of content changes (cms → search-indexer).
 *
 * A document-service middleware records every publish, unpublish, delete, discardDraft, and every
 * create/update that publishes directly, of our content types (`api::*`) into `outbox_events` in the SAME
 * database transaction as the change: an event exists if and only if the change was committed. Consumers
 * page through the table by id (`GET /api/outbox/events?after=&limit=`); an event only says "this document
 * changed", the consumer re-reads the published state by documentId.
 */
import { EventEmitter } from 'node:events';
import type { OutboxEvent } from '@neuvo/content-models/outbox';
import type { Core } from '@strapi/strapi';
import type { DocumentContext, DocumentMiddleware } from '../document-middleware';

/**
 * Told after a transaction that appended outbox events has committed, in this process. Consumers waiting on the
 * endpoint (`wait=`) are answered at once instead of at their next poll. Other cms processes are not told; waiting
 * consumers re-check the table every {@link OUTBOX_RECHECK_MS} anyway.
 */
const appended = new EventEmitter();
appended.setMaxListeners(0);

/** How often a waiting request re-reads the table (events committed by another cms process). */
export const OUTBOX_RECHECK_MS = 200;

/** Resolves when this process commits an outbox event, or after `ms`, whichever comes first. */
export function waitForOutboxAppend(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      appended.off('appended', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    appended.once('appended', done);
  });
}

/** Table name (also used by tests and documented in the README). */
export const OUTBOX_TABLE = 'outbox_events';

/** Document actions that change what is published. */
const ALWAYS_RECORDED = new Set(['publish', 'unpublish', 'delete', 'discardDraft']);
/** Actions recorded only when called with `status: 'published'` (they publish directly). */
const RECORDED_WHEN_PUBLISHING = new Set(['create', 'update']);

/** Creates `outbox_events` when missing (knex schema builder: same code for SQLite and PostgreSQL). */
export async function ensureOutboxTable(strapi: Core.Strapi): Promise<void> {
  const schema = () => strapi.db.getSchemaConnection();
  if (await schema().hasTable(OUTBOX_TABLE)) return;
  try {
    await schema().createTable(OUTBOX_TABLE, (table) => {
      table.increments('id').primary();
      table.string('uid', 255).notNullable();
      table.string('document_id', 255).notNullable();
      table.string('locale', 32).nullable();
      table.string('action', 32).notNullable();
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(strapi.db.connection.fn.now());
    });
  } catch (error) {
    // Another instance may have created it between the check and the create (several cms processes
    // booting against one PostgreSQL database).
    if (!(await schema().hasTable(OUTBOX_TABLE))) throw error;
  }
}

function shouldRecord(ctx: DocumentContext): boolean {
  if (!ctx.uid.startsWith('api::')) return false;
  if (ALWAYS_RECORDED.has(ctx.action)) return true;
  return RECORDED_WHEN_PUBLISHING.has(ctx.action) && ctx.params?.status === 'published';
}

type Entry = { documentId?: string; locale?: string | null };

/**
 * What changed, from the action's result: create/update return the entry, the other actions
 * `{ documentId, entries }`. No affected entries (e.g. publishing a document without a draft) means no
 * change and no event. The locale is recorded when exactly one locale was affected, else null
 * (document-wide).
 */
function describeChange(
  ctx: DocumentContext,
  result: unknown,
): { documentId: string; locale: string | null } | null {
  const value = (result ?? {}) as Entry & { entries?: Entry[] };
  const entries: Entry[] = Array.isArray(value.entries) ? value.entries : result ? [value] : [];
  if (entries.length === 0) return null;
  const documentId = ctx.params?.documentId ?? value.documentId ?? entries[0]?.documentId;
  if (typeof documentId !== 'string') return null;
  const locales = new Set(entries.map((entry) => entry.locale ?? null));
  const [only] = locales;
  return { documentId, locale: locales.size === 1 && typeof only === 'string' ? only : null };
}

/** A change to record: one published state of one document (locale null = every locale). */
export interface OutboxChange {
  uid: string;
  documentId: string;
  locale: string | null;
  action: string;
}

/** The transaction handle `strapi.db.transaction` gives its callback. */
interface TransactionScope {
  trx: Trx;
  onCommit: (callback: () => void) => void;
}
type Trx = Parameters<ReturnType<Core.Strapi['db']['getConnection']>['transacting']>[0];

/**
 * Appends events in the caller's transaction, so they commit exactly when the changes they describe do.
 * Used by the middleware and by writers that bypass the Document Service (the PTV sync's bulk writes).
 */
export async function appendOutboxEvents(
  strapi: Core.Strapi,
  { trx, onCommit }: TransactionScope,
  changes: readonly OutboxChange[],
): Promise<void> {
  if (changes.length === 0) return;
  if (strapi.db.dialect.client === 'postgres') {
    // Concurrent transactions could otherwise commit ids out of order (11 visible before 10), and a
    // consumer that has read up to 11 would never see 10. Holding this lock from id assignment to
    // commit makes commit order equal id order. It does not block readers.
    await trx.raw('LOCK TABLE ?? IN SHARE ROW EXCLUSIVE MODE', [OUTBOX_TABLE]);
  }
  // created_at from here rather than the column default: SQLite's CURRENT_TIMESTAMP has second precision.
  const createdAt = new Date();
  for (let i = 0; i < changes.length; i += 500) {
    await strapi.db
      .getConnection(OUTBOX_TABLE)
      .transacting(trx)
      .insert(
        changes.slice(i, i + 500).map((change) => ({
          uid: change.uid,
          document_id: change.documentId,
          locale: change.locale,
          action: change.action,
          created_at: createdAt,
        })),
      );
  }
  // After the outermost commit, when the events are visible to readers.
  onCommit(() => {
    appended.emit('appended');
  });
}

/** The outbox middleware; register it in `register()` with `strapi.documents.use`. */
export function createOutboxMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    if (!shouldRecord(ctx)) return next();
    // strapi.db.transaction joins an enclosing transaction (AsyncLocalStorage) and the document service
    // wraps every action in strapi.db.transaction too, so the change and the event commit together.
    return strapi.db.transaction(async (scope) => {
      const result = await next();
      const change = describeChange(ctx, result);
      if (change) await appendOutboxEvents(strapi, scope, [{ uid: ctx.uid, action: ctx.action, ...change }]);
      return result;
    });
  };
}

/** Reads events with id > `after`, oldest first. */
export async function listOutboxEvents(
  strapi: Core.Strapi,
  { after, limit }: { after: number; limit: number },
): Promise<OutboxEvent[]> {
  const rows: Array<Record<string, unknown>> = await strapi.db
    .getConnection(OUTBOX_TABLE)
    .select('id', 'uid', 'document_id', 'locale', 'action', 'created_at')
    .where('id', '>', after)
    .orderBy('id', 'asc')
    .limit(limit);
  return rows.map((row) => ({
    id: Number(row.id),
    uid: String(row.uid),
    documentId: String(row.document_id),
    locale: row.locale == null ? null : String(row.locale),
    action: String(row.action),
    createdAt: toIso(row.created_at),
  }));
}

// SQLite returns CURRENT_TIMESTAMP as 'YYYY-MM-DD HH:MM:SS' (UTC) or epoch millis, PostgreSQL a Date.
function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text)
    ? new Date(`${text.replace(' ', 'T')}Z`).toISOString()
    : new Date(text).toISOString();
}
