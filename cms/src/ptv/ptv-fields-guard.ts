/**
 * PTV-owned fields are read-only for everyone but the sync.
 *
 * A document-service middleware on ServiceEntry: for an entry with `source: 'ptv'`, an update from the
 * admin (content manager) or the REST API that CHANGES a PTV-owned field (`PTV_GUARDED_FIELDS` of
 * @neuvo/content-models: `PTV_OWNED_FIELDS` plus `source` itself) is refused with a 400 naming the fields. Values sent unchanged are fine — the admin's
 * edit form always sends the whole entry. Creating an entry with `source: 'ptv'` is the sync's alone.
 * The sync marks its own work with `runAsPtvSync` (an in-process flag no request can set), so it writes
 * these fields freely. Solution-bank fields (agentInstructions, internalPhones, extraKeywords, the
 * instruction/guide/protocol/queue links, regions, slug) stay editable.
 *
 * Adding a locale PTV does not supply (e.g. an English version of a Finnish-only service) is allowed; its
 * text is the editor's until PTV provides that language, when the sync takes it over.
 */
import { PTV_GUARDED_FIELDS } from '@neuvo/content-models/ptv';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DocumentMiddleware } from '../document-middleware';
import { isPtvSync } from './sync-context';

const SERVICE_UID = 'api::service-entry.service-entry';

interface Attribute {
  type: string;
  component?: string;
  repeatable?: boolean;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** A comparable form of a value of `attribute` ('' and null alike, dates as instants, components by field). */
function normalize(strapi: Core.Strapi, attribute: Attribute, value: unknown): unknown {
  if (attribute.type === 'component') {
    const schema = strapi.components[attribute.component as never] as unknown as {
      attributes: Record<string, Attribute>;
    };
    const items = value == null ? [] : Array.isArray(value) ? value : [value];
    // Component row ids and the admin's temp keys are not content.
    return items.map((item) =>
      Object.fromEntries(
        Object.entries(schema.attributes).map(([name, attr]) => [
          name,
          normalize(strapi, attr, (item as Record<string, unknown> | null)?.[name]),
        ]),
      ),
    );
  }
  if (value === undefined || value === null || value === '') return null;
  switch (attribute.type) {
    case 'datetime':
    case 'date':
    case 'timestamp':
      return new Date(value as string).getTime();
    case 'integer':
    case 'biginteger':
    case 'float':
    case 'decimal':
      return Number(value);
    case 'json':
      return JSON.stringify(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function refuse(fields: string[]): never {
  throw new errors.ValidationError(
    `These fields come from PTV and are read-only in this entry: ${fields.join(', ')}. ` +
      'Change them in PTV (palvelutietovaranto.suomi.fi); the next PTV sync brings the change here.',
    { fields },
  );
}

/** The guard; register it in `register()` with the other document middlewares. */
export function createPtvFieldsGuard(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    if (ctx.uid !== SERVICE_UID || isPtvSync()) return next();
    const data = ctx.params?.data as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object') return next();
    if (ctx.action === 'create') {
      if (data.source === 'ptv') refuse(['source']);
      return next();
    }
    if (ctx.action !== 'update') return next();
    const sent = PTV_GUARDED_FIELDS.filter((field) => field in data);
    if (sent.length === 0) return next();

    const attributes = strapi.contentType(SERVICE_UID as never).attributes as unknown as Record<
      string,
      Attribute
    >;
    const documentId = ctx.params.documentId as string;
    const locale = (ctx.params.locale as string | undefined) ?? 'fi';
    const populate = Object.fromEntries(
      sent.filter((f) => attributes[f]?.type === 'component').map((f) => [f, true]),
    );
    const service = strapi.documents(SERVICE_UID as never);
    let current = (await service.findOne({
      documentId,
      locale,
      status: 'draft',
      populate,
    } as never)) as Record<string, unknown> | null;
    let compared = sent;
    if (!current) {
      // A new locale version: its localized text is free; the non-localized PTV fields are the entry's.
      const [other] = (await service.findMany({
        filters: { documentId },
        locale: '*',
        status: 'draft',
        populate,
        limit: 1,
      } as never)) as unknown as Array<Record<string, unknown>>;
      if (!other) return next();
      current = other;
      compared = sent.filter((f) => attributes[f]?.pluginOptions?.i18n?.localized === false);
    }
    if (current.source !== 'ptv') {
      if (data.source === 'ptv') refuse(['source']);
      return next();
    }
    const changed = compared.filter(
      (field) =>
        !same(
          normalize(strapi, attributes[field]!, data[field]),
          normalize(strapi, attributes[field]!, current![field]),
        ),
    );
    if (changed.length > 0) refuse(changed);
    return next();
  };
}
