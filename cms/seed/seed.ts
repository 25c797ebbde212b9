/**
 * The seed runner: writes the sample content to a running CMS over REST with a full-access token (no
 * Strapi internals, so it works against any deployment).
 *
 * 1. Plan: every item is mapped to documents (see `plan.ts`) and validated with the content-models zod
 *    schemas, and every relation key is checked. Any problem → SeedValidationError naming type and key,
 *    before anything is written.
 * 2. Sync, type by type (relation targets first): existing documents are found by natural key; each
 *    locale version is compared, in canonical form, with the stored PUBLISHED version and written only
 *    when it differs (POST for a new document, PUT for a changed or new locale; both publish). A second
 *    run therefore writes nothing, and so adds no outbox events.
 */
import { DEFAULT_LOCALE, DomainError, LOCALES, type FieldMap, type Locale } from '@neuvo/content-models';
import { createStrapiRest, type StrapiQueryValue, type StrapiRest } from '@neuvo/node-kit';
import { isUnchanged } from './compare';
import { TYPE_SPECS, type SeedDoc, type SeedVersion, type TypeSpec } from './plan';
import { SEED_TYPES, type SeedContent, type SeedTypeName } from './types';

/** The content is invalid; `problems` lists every problem as `type 'key' (locale): field: message`. */
export class SeedValidationError extends DomainError {
  override readonly name: string = 'SeedValidationError';
  constructor(readonly problems: readonly string[]) {
    super(
      'VALIDATION_FAILED',
      `Invalid seed content, nothing was written:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      { details: { problems } },
    );
  }
}

/** Writing one document failed (the message names type, key and locale and carries Strapi's message). */
export class SeedWriteError extends DomainError {
  override readonly name: string = 'SeedWriteError';
  constructor(message: string, options: { cause: unknown }) {
    // The cms refused or failed the write: its own code when it answered, else it was not reachable.
    const cause = options.cause;
    super(cause instanceof DomainError ? cause.code : 'UPSTREAM_UNAVAILABLE', message, options);
  }
}

/** Per-type counts of documents. */
export interface SeedSummaryRow {
  type: SeedTypeName;
  created: number;
  updated: number;
  unchanged: number;
}

export interface SeedResult {
  rows: SeedSummaryRow[];
  /** Number of create/update requests sent (0 when everything was already up to date). */
  writes: number;
}

export interface SeedOptions {
  /** CMS base URL, e.g. http://127.0.0.1:1337 */
  url: string;
  /** A full-access API token (CMS_WRITE_TOKEN). */
  token: string;
  content: SeedContent;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

interface PlannedType {
  spec: TypeSpec;
  docs: SeedDoc[];
}

const specByName = new Map(TYPE_SPECS.map((spec) => [spec.name, spec]));
const where = (type: string, key: string, locale?: Locale | null) =>
  `${type} '${key}'${locale ? ` (${locale})` : ''}`;

/** Maps and validates all content; throws SeedValidationError listing every problem. */
export function planSeed(content: SeedContent): PlannedType[] {
  const problems: string[] = [];
  const planned: PlannedType[] = [];
  for (const name of SEED_TYPES) {
    const spec = specByName.get(name)!;
    try {
      planned.push({ spec, docs: spec.docs(content) });
    } catch (error) {
      problems.push(`${name}: the content cannot be read (${(error as Error).message})`);
      planned.push({ spec, docs: [] });
    }
  }
  const keys = new Map(planned.map(({ spec, docs }) => [spec.name, new Set(docs.map((doc) => doc.key))]));

  for (const { spec, docs } of planned) {
    const fields = spec.contentType.fields;
    const seen = new Set<string>();
    for (const doc of docs) {
      if (seen.has(doc.key)) problems.push(`${where(spec.name, doc.key)}: the key is used twice`);
      seen.add(doc.key);
      if (spec.contentType.localized && !doc.versions.some((v) => v.locale === DEFAULT_LOCALE)) {
        problems.push(`${where(spec.name, doc.key)}: has no Finnish (fi) version`);
      }
      for (const version of doc.versions as SeedVersion[]) {
        const unknown = Object.keys(version.data).filter(
          (field) => !(field in fields) || fields[field]!.config.kind === 'relation',
        );
        for (const field of unknown)
          problems.push(
            `${where(spec.name, doc.key, version.locale)}: ${field}: not a data field of ${spec.contentType.uid}`,
          );
        const parsed = spec.contentType.dataSchema.safeParse(version.data);
        if (parsed.success) {
          // Write what zod produced (defaults filled, numbers coerced): it is what Strapi will store.
          (version as { data: Record<string, unknown> }).data = parsed.data as Record<string, unknown>;
        } else {
          for (const issue of parsed.error.issues) {
            problems.push(
              `${where(spec.name, doc.key, version.locale)}: ${issue.path.join('.') || '(item)'}: ${issue.message}`,
            );
          }
        }
      }
      for (const [field, relation] of Object.entries(doc.relations)) {
        const config = fields[field]?.config;
        if (config?.kind !== 'relation') {
          problems.push(`${where(spec.name, doc.key)}: ${field}: not a relation of ${spec.contentType.uid}`);
          continue;
        }
        const toOne = config.relation?.kind === 'manyToOne' || config.relation?.kind === 'oneToOne';
        if (toOne && relation.keys.length > 1)
          problems.push(`${where(spec.name, doc.key)}: ${field}: takes one ${relation.target} key`);
        for (const key of relation.keys) {
          if (!keys.get(relation.target)?.has(key)) {
            problems.push(
              `${where(spec.name, doc.key)}: ${field}: no ${relation.target} item with key '${key}'`,
            );
          }
        }
      }
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return planned;
}

/** Where each document is: documentId by key, and the locales it has (from the plan). */
interface DocIndex {
  ids: Map<string, string>;
  locales: Map<string, Set<Locale | null>>;
}

/** Validates the content, then writes what differs from the CMS. */
export async function runSeed(options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const planned = planSeed(options.content);
  const client = createStrapiRest({ url: options.url, token: options.token });
  const index = new Map<SeedTypeName, DocIndex>(
    planned.map(({ spec, docs }) => [
      spec.name,
      {
        ids: new Map(),
        locales: new Map(docs.map((doc) => [doc.key, new Set(doc.versions.map((v) => v.locale))])),
      },
    ]),
  );
  const rows: SeedSummaryRow[] = [];
  for (const { spec, docs } of planned) {
    rows.push(await syncType(client, spec, docs, index, log));
  }
  return { rows, writes: client.writes };
}

async function syncType(
  client: StrapiRest,
  spec: TypeSpec,
  docs: SeedDoc[],
  index: Map<SeedTypeName, DocIndex>,
  log: (line: string) => void,
): Promise<SeedSummaryRow> {
  const { contentType } = spec;
  const plural = contentType.pluralName;
  const locales: Array<Locale | null> = contentType.localized ? [...LOCALES] : [null];
  const ids = index.get(spec.name)!.ids;

  // Relation fields we manage and component fields, so stored documents can be compared.
  const relationFields = new Set(docs.flatMap((doc) => Object.keys(doc.relations)));
  const populate: Record<string, StrapiQueryValue> = {};
  for (const field of relationFields) populate[field] = { fields: ['documentId'] };
  for (const [name, field] of Object.entries(contentType.fields as FieldMap)) {
    if (field.config.kind === 'component') populate[name] = true;
  }

  // Existing documents: drafts tell which documents exist (every document has a draft), published
  // versions are what we compare with.
  const published = new Map<Locale | null, Map<string, Record<string, unknown>>>();
  for (const locale of locales) {
    const localeParam = locale ? { locale } : {};
    for (const draft of await client.findAll(plural, {
      ...localeParam,
      status: 'draft',
      fields: spec.keyFields,
    })) {
      ids.set(spec.keyOf(draft), String(draft.documentId));
    }
    const docsInLocale = await client.findAll(plural, { ...localeParam, status: 'published', populate });
    published.set(locale, new Map(docsInLocale.map((doc) => [spec.keyOf(doc), doc])));
  }

  const outcome = new Map<string, 'created' | 'updated' | 'unchanged'>();
  const syncDoc = async (doc: SeedDoc): Promise<boolean> => {
    let complete = true;
    for (const version of doc.versions) {
      const relations = resolveRelations(doc, version.locale, index);
      complete &&= relations.complete;
      const stored = published.get(version.locale)?.get(doc.key);
      if (stored && isUnchanged(contentType, stored, { data: version.data, relations: relations.ids }))
        continue;

      const documentId = ids.get(doc.key);
      const body = { data: { ...version.data, ...relations.payload } };
      const localeParam = version.locale ? { locale: version.locale } : {};
      try {
        if (documentId === undefined) {
          const res = await client.request<{ data: { documentId: string } }>(
            'POST',
            `/${plural}`,
            localeParam,
            body,
          );
          ids.set(doc.key, res.data.documentId);
          outcome.set(doc.key, 'created');
        } else {
          await client.request('PUT', `/${plural}/${documentId}`, localeParam, body);
          if (outcome.get(doc.key) !== 'created') outcome.set(doc.key, 'updated');
        }
      } catch (error) {
        throw new SeedWriteError(
          `Writing ${where(spec.name, doc.key, version.locale)} failed: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
      log(`${outcome.get(doc.key)} ${where(spec.name, doc.key, version.locale)}`);
    }
    if (!outcome.has(doc.key)) outcome.set(doc.key, 'unchanged');
    return complete;
  };

  // Relations to documents of the same type that are created later in this run (e.g. related guides)
  // are written in a second pass, once every document of the type exists.
  const incomplete: SeedDoc[] = [];
  for (const doc of docs) if (!(await syncDoc(doc))) incomplete.push(doc);
  for (const doc of incomplete) await syncDoc(doc);

  const count = (state: string) => [...outcome.values()].filter((value) => value === state).length;
  return {
    type: spec.name,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
  };
}

/**
 * The relation values of one locale version. A relation to a localized type links the target's version in
 * the same locale (Finnish for a non-localized source), so targets without that locale are left out.
 * `complete` is false when a target has no document yet.
 */
function resolveRelations(doc: SeedDoc, locale: Locale | null, index: Map<SeedTypeName, DocIndex>) {
  const payload: Record<string, { set: Array<{ documentId: string; locale?: Locale }> }> = {};
  const ids: Record<string, string[]> = {};
  let complete = true;
  for (const [field, relation] of Object.entries(doc.relations)) {
    const target = index.get(relation.target)!;
    const targetLocalized = specByName.get(relation.target)!.contentType.localized;
    const targetLocale = targetLocalized ? (locale ?? DEFAULT_LOCALE) : null;
    const set: Array<{ documentId: string; locale?: Locale }> = [];
    for (const key of relation.keys) {
      const documentId = target.ids.get(key);
      if (documentId === undefined) {
        complete = false;
        continue;
      }
      if (!target.locales.get(key)?.has(targetLocale)) continue;
      set.push(targetLocale ? { documentId, locale: targetLocale } : { documentId });
    }
    payload[field] = { set };
    ids[field] = set.map((entry) => entry.documentId);
  }
  return { payload, ids, complete };
}

/** The summary as a small table. */
export function formatSummary(result: SeedResult): string {
  const lines = [
    `${'type'.padEnd(14)}${'created'.padStart(9)}${'updated'.padStart(9)}${'unchanged'.padStart(11)}`,
  ];
  for (const row of result.rows) {
    lines.push(
      `${row.type.padEnd(14)}${String(row.created).padStart(9)}${String(row.updated).padStart(9)}${String(row.unchanged).padStart(11)}`,
    );
  }
  lines.push(`${result.writes} write request(s)`);
  return lines.join('\n');
}
