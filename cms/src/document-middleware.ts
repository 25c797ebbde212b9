/**
 * The slice of Strapi's document-service middleware API our middlewares use. Strapi's own type is a
 * union over every content type and action; ours only need the uid, the action name and the params.
 */
import type { Core } from '@strapi/strapi';

/** What a document-service middleware receives. */
export interface DocumentContext {
  uid: string;
  action: string;
  // The params differ per action (documentId, locale, status, data, ...).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  params: any;
}

/** A document-service middleware. */
export type DocumentMiddleware = (ctx: DocumentContext, next: () => Promise<unknown>) => Promise<unknown>;

/** Registers a middleware (call from `register()`, before any document is touched). */
export function useDocumentMiddleware(strapi: Core.Strapi, middleware: DocumentMiddleware): void {
  strapi.documents.use(middleware as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
}
