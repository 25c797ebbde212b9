import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DomainError, SEARCH_DOC_TYPES, type Locale, type SearchDocType } from '../../models.js';

/** Most favourites one person keeps; adding more answers VALIDATION_FAILED. */
export const MAX_FAVOURITES = 200;
/** Most documentIds one `lastOpened` call may ask about (a page of results and the favourites list). */
export const MAX_LAST_OPENED_IDS = 250;

export interface Favourite {
  type: SearchDocType;
  documentId: string;
  slug: string | null;
  title: string;
  locale: Locale;
  addedAt: string;
}

export interface OpenedDocument {
  type: SearchDocType;
  documentId: string;
  /** The content's `updatedAt` the person saw when they last opened it. */
  seenUpdatedAt: string;
  openedAt: string;
}

/**
 * A staff member's own workspace in the operational store: favourites and what they opened last. Every call names
 * the person by the provider's subject (from their session), so one person never sees another's rows.
 */
export interface WorkspaceStore {
  favourites(subject: string): Promise<Favourite[]>;
  /** Adds (or refreshes the title of) a favourite. */
  addFavourite(subject: string, favourite: Omit<Favourite, 'addedAt'>, now?: Date): Promise<Favourite>;
  /** True when there was such a favourite. */
  removeFavourite(subject: string, type: SearchDocType, documentId: string): Promise<boolean>;
  recordOpened(
    subject: string,
    opened: Omit<OpenedDocument, 'openedAt'>,
    now?: Date,
  ): Promise<OpenedDocument>;
  lastOpened(subject: string, documentIds: readonly string[]): Promise<OpenedDocument[]>;
}

const asType = (value: string): SearchDocType =>
  (SEARCH_DOC_TYPES as readonly string[]).includes(value) ? (value as SearchDocType) : 'service';

export function createWorkspaceStore(db: Kysely<Database>): WorkspaceStore {
  return {
    async favourites(subject) {
      const rows = await db
        .selectFrom('api_staff_favourites')
        .selectAll()
        .where('subject', '=', subject)
        .orderBy('created_at', 'desc')
        .orderBy('title', 'asc')
        .execute();
      return rows.map((r) => ({
        type: asType(r.content_type),
        documentId: r.document_id,
        slug: r.slug,
        title: r.title,
        locale: r.locale as Locale,
        addedAt: r.created_at,
      }));
    },

    async addFavourite(subject, favourite, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('api_staff_favourites')
          .select('created_at')
          .where('subject', '=', subject)
          .where('content_type', '=', favourite.type)
          .where('document_id', '=', favourite.documentId)
          .executeTakeFirst();
        if (existing) {
          await trx
            .updateTable('api_staff_favourites')
            .set({ title: favourite.title, slug: favourite.slug, locale: favourite.locale })
            .where('subject', '=', subject)
            .where('content_type', '=', favourite.type)
            .where('document_id', '=', favourite.documentId)
            .execute();
          return { ...favourite, addedAt: existing.created_at };
        }
        const count = await trx
          .selectFrom('api_staff_favourites')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('subject', '=', subject)
          .executeTakeFirst();
        if (Number(count?.n ?? 0) >= MAX_FAVOURITES) {
          throw new DomainError(
            'VALIDATION_FAILED',
            `At most ${MAX_FAVOURITES} favourites; remove one first.`,
          );
        }
        const addedAt = now.toISOString();
        await trx
          .insertInto('api_staff_favourites')
          .values({
            subject,
            content_type: favourite.type,
            document_id: favourite.documentId,
            slug: favourite.slug,
            title: favourite.title,
            locale: favourite.locale,
            created_at: addedAt,
          })
          .execute();
        return { ...favourite, addedAt };
      });
    },

    async removeFavourite(subject, type, documentId) {
      const result = await db
        .deleteFrom('api_staff_favourites')
        .where('subject', '=', subject)
        .where('content_type', '=', type)
        .where('document_id', '=', documentId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async recordOpened(subject, opened, now = new Date()) {
      const openedAt = now.toISOString();
      await db
        .insertInto('api_staff_opened')
        .values({
          subject,
          document_id: opened.documentId,
          content_type: opened.type,
          seen_updated_at: opened.seenUpdatedAt,
          opened_at: openedAt,
        })
        .onConflict((oc) =>
          oc.columns(['subject', 'document_id']).doUpdateSet({
            content_type: opened.type,
            seen_updated_at: opened.seenUpdatedAt,
            opened_at: openedAt,
          }),
        )
        .execute();
      return { ...opened, openedAt };
    },

    async lastOpened(subject, documentIds) {
      if (documentIds.length === 0) return [];
      const rows = await db
        .selectFrom('api_staff_opened')
        .selectAll()
        .where('subject', '=', subject)
        .where('document_id', 'in', [...new Set(documentIds)])
        .execute();
      return rows.map((r) => ({
        type: asType(r.content_type),
        documentId: r.document_id,
        seenUpdatedAt: r.seen_updated_at,
        openedAt: r.opened_at,
      }));
    },
  };
}
