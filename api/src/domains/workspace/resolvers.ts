import { z } from 'zod';
import type { ApiContext } from '../../context.js';
import {
  DomainError,
  LOCALES,
  SEARCH_DOC_TYPES,
  SLUG_PATTERN,
  type Locale,
  type SearchDocType,
} from '../../models.js';
import { requireStaff } from '../auth/require.js';
import { DOCUMENT_ID } from '../content/cms-parse.js';
import { MAX_LAST_OPENED_IDS } from './store.js';

const invalid = (field: string, message: string) =>
  new DomainError('VALIDATION_FAILED', message, { details: { field } });

function documentId(value: string, field = 'documentId'): string {
  if (!DOCUMENT_ID.test(value))
    throw invalid(field, `${field} must be a CMS documentId (letters and digits)`);
  return value;
}

const Timestamp = z.iso.datetime({ offset: true });

interface FavouriteInput {
  type: SearchDocType;
  documentId: string;
  slug?: string | null;
  title: string;
  locale: Locale;
}

export const workspaceResolvers = {
  Query: {
    myFavourites: (_p: unknown, _args: unknown, ctx: ApiContext) =>
      ctx.services.workspace.favourites(requireStaff(ctx.viewer, 'useWorkspace').subject),
    lastOpened: (_p: unknown, args: { documentIds: string[] }, ctx: ApiContext) => {
      const { subject } = requireStaff(ctx.viewer, 'useWorkspace');
      if (args.documentIds.length > MAX_LAST_OPENED_IDS)
        throw invalid('documentIds', `At most ${MAX_LAST_OPENED_IDS} documentIds.`);
      return ctx.services.workspace.lastOpened(
        subject,
        args.documentIds.map((id) => documentId(id, 'documentIds')),
      );
    },
  },
  Mutation: {
    addFavourite: (_p: unknown, { input }: { input: FavouriteInput }, ctx: ApiContext) => {
      const { subject } = requireStaff(ctx.viewer, 'useWorkspace');
      const title = input.title.trim();
      if (title.length < 1 || title.length > 300) throw invalid('title', 'title must be 1–300 characters');
      const slug = input.slug?.trim() || null;
      if (input.type === 'guide' && (slug === null || slug.length > 200 || !SLUG_PATTERN.test(slug)))
        throw invalid('slug', 'A guide favourite needs its kebab-case slug.');
      if (!(SEARCH_DOC_TYPES as readonly string[]).includes(input.type) || !LOCALES.includes(input.locale))
        throw invalid('type', 'Unknown content type or locale.');
      return ctx.services.workspace.addFavourite(subject, {
        type: input.type,
        documentId: documentId(input.documentId),
        slug: input.type === 'guide' ? slug : null,
        title,
        locale: input.locale,
      });
    },
    removeFavourite: (_p: unknown, args: { type: SearchDocType; documentId: string }, ctx: ApiContext) =>
      ctx.services.workspace.removeFavourite(
        requireStaff(ctx.viewer, 'useWorkspace').subject,
        args.type,
        documentId(args.documentId),
      ),
    recordOpened: (
      _p: unknown,
      args: { type: SearchDocType; documentId: string; updatedAt: string },
      ctx: ApiContext,
    ) => {
      const { subject } = requireStaff(ctx.viewer, 'useWorkspace');
      if (!Timestamp.safeParse(args.updatedAt).success)
        throw invalid('updatedAt', 'updatedAt must be an ISO 8601 timestamp');
      return ctx.services.workspace.recordOpened(subject, {
        type: args.type,
        documentId: documentId(args.documentId),
        // Stored as UTC toISOString(), so string order is time order whatever offset the client sent.
        seenUpdatedAt: new Date(args.updatedAt).toISOString(),
      });
    },
  },
};
