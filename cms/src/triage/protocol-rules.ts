/**
 * Rules for triage protocols that the schema cannot express:
 *
 * - A published protocol version is immutable. Agents' assessments refer to (code, version), so the text
 *   behind a version must never change once it has been in use. Updating or re-publishing a document that
 *   has a published version is rejected; a change is a new document with version N+1.
 * - (code, version) is unique across documents.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DocumentMiddleware } from '../document-middleware';

/** Uid of the triage protocol content type. */
export const TRIAGE_PROTOCOL_UID = 'api::triage-protocol.triage-protocol';

type ProtocolKey = { code?: unknown; version?: unknown };

export function createProtocolRulesMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  const documents = () => strapi.documents(TRIAGE_PROTOCOL_UID as never);

  async function assertNotPublished(documentId: string): Promise<void> {
    const published = (await documents().findOne({
      documentId,
      status: 'published',
      fields: ['version'],
    } as never)) as { version?: number } | null;
    if (published) {
      const next = typeof published.version === 'number' ? published.version + 1 : 'N+1';
      throw new errors.ValidationError(`Published protocol versions are immutable; create version ${next}`);
    }
  }

  async function assertUniqueCodeVersion(data: ProtocolKey, documentId: string | undefined): Promise<void> {
    let { code, version } = data;
    if (documentId && (code === undefined || version === undefined)) {
      // A partial update: fill in the stored values.
      const draft = (await documents().findOne({
        documentId,
        status: 'draft',
        fields: ['code', 'version'],
      } as never)) as ProtocolKey | null;
      code ??= draft?.code;
      version ??= draft?.version;
    }
    if (typeof code !== 'string' || version === undefined || version === null) return; // schema validation reports it
    const filters: Record<string, unknown> = { code: { $eq: code }, version: { $eq: Number(version) } };
    if (documentId) filters.documentId = { $ne: documentId };
    const clash = await documents().findFirst({ filters, status: 'draft', fields: ['documentId'] } as never);
    if (clash) {
      throw new errors.ValidationError(
        'Another triage protocol already has this code and version; (code, version) must be unique',
      );
    }
  }

  return async (ctx, next) => {
    if (ctx.uid !== TRIAGE_PROTOCOL_UID) return next();
    const documentId: string | undefined = ctx.params?.documentId;
    if ((ctx.action === 'update' || ctx.action === 'publish') && documentId) {
      await assertNotPublished(documentId);
    }
    if (ctx.action === 'create' || ctx.action === 'update') {
      await assertUniqueCodeVersion((ctx.params?.data ?? {}) as ProtocolKey, documentId);
    }
    return next();
  };
}
