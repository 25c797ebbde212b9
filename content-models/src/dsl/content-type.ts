import { z } from 'zod';
import { LocaleSchema } from '../locale.js';
import { type AnyField, type FieldObjectSchema, type RelationBrand, fieldObjectSchema } from './field.js';

/** Fields of a content type or component, in display order. */
export type FieldMap = Record<string, AnyField>;

/** Object shape of all fields. */
export type FieldsShape<F extends FieldMap> = { -readonly [K in keyof F]: FieldObjectSchema<F[K]> };

/** Names of the relation fields of `F`. */
export type RelationKeys<F extends FieldMap> = {
  [K in keyof F]: F[K] extends RelationBrand ? K : never;
}[keyof F];

/** Shape of the writable data: every field except relations. */
export type DataShape<F extends FieldMap> = Omit<FieldsShape<F>, RelationKeys<F>>;

/** Fields Strapi 5 adds to every document in REST responses. */
export const documentSystemShape = {
  id: z.number().int().optional(),
  documentId: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }).optional(),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  publishedAt: z.iso.datetime({ offset: true }).nullable().optional(),
};

type SystemShape<L extends boolean> = typeof documentSystemShape & {
  locale: L extends true ? typeof LocaleSchema : z.ZodOptional<z.ZodNullable<typeof LocaleSchema>>;
};

/** Cross-field validation of a document (e.g. a decision tree's graph). */
export type Refinement<T> = (value: T, ctx: z.RefinementCtx) => void;

/** Input of {@link defineContentType}. */
export interface ContentTypeInput<F extends FieldMap, L extends boolean, S extends string> {
  /** Kebab-case singular name; the uid is `api::<singularName>.<singularName>`. */
  readonly singularName: S;
  /** Kebab-case plural name (REST path `/api/<pluralName>`). */
  readonly pluralName: string;
  readonly displayName: string;
  readonly description: string;
  /** Whether the type is localized (i18n). */
  readonly localized: L;
  readonly fields: F;
  /** Cross-field validation applied to both the data and the document schema. */
  readonly refine?: Refinement<z.output<z.ZodObject<DataShape<F>>>>;
}

/** A content type, defined once: Strapi schema metadata, fields and the derived zod schemas. */
export interface ContentType<
  F extends FieldMap = FieldMap,
  L extends boolean = boolean,
  S extends string = string,
> {
  readonly kind: 'collectionType';
  /** Strapi uid, e.g. `api::service-entry.service-entry`. */
  readonly uid: `api::${S}.${S}`;
  readonly singularName: S;
  readonly pluralName: string;
  readonly displayName: string;
  readonly description: string;
  /** Database table, snake-case plural (e.g. `service_entries`). */
  readonly collectionName: string;
  readonly draftAndPublish: true;
  readonly localized: L;
  readonly fields: F;
  /** zod schema of writable data (all fields except relations). */
  readonly dataSchema: z.ZodObject<DataShape<F>>;
  /** zod schema of a document as the Strapi 5 REST API returns it (relations only when populated). */
  readonly schema: z.ZodObject<FieldsShape<F> & SystemShape<L>>;
}

/** Any content type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyContentType = ContentType<any, boolean, string>;

/** `foo-bar` → `foo_bar`. */
export function snakeCase(kebab: string): string {
  return kebab.replace(/-/g, '_');
}

function buildShape(fields: FieldMap, includeRelations: boolean): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (!includeRelations && field.config.kind === 'relation') continue;
    shape[name] = fieldObjectSchema(field);
  }
  return shape;
}

/** Attribute names Strapi 5 reserves (snake-case form; `status` with draft & publish). */
const RESERVED_NAMES = [
  'id',
  'document_id',
  'created_at',
  'updated_at',
  'published_at',
  'created_by',
  'updated_by',
  'created_by_id',
  'updated_by_id',
  'entry_id',
  'localizations',
  'meta',
  'locale',
  'status',
];

function checkFields(owner: string, fields: FieldMap, localizedOwner: boolean | 'component'): void {
  for (const [name, field] of Object.entries(fields)) {
    if (!/^[a-z][a-zA-Z0-9]*$/.test(name)) throw new Error(`${owner}.${name}: field names are camelCase`);
    const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (RESERVED_NAMES.includes(snake) || snake.startsWith('strapi')) {
      throw new Error(`${owner}.${name}: reserved by Strapi`);
    }
    if (field.config.localized && localizedOwner !== true) {
      throw new Error(`${owner}.${name}: only fields of a localized content type can be localized`);
    }
  }
}

/** Defines a collection type (draft & publish on). */
export function defineContentType<const F extends FieldMap, const L extends boolean, const S extends string>(
  input: ContentTypeInput<F, L, S>,
): ContentType<F, L, S> {
  const uid: `api::${S}.${S}` = `api::${input.singularName}.${input.singularName}`;
  checkFields(uid, input.fields, input.localized);
  let dataSchema = z.object(buildShape(input.fields, false));
  let schema = z.object({
    ...documentSystemShape,
    locale: input.localized ? LocaleSchema : LocaleSchema.nullable().optional(),
    ...buildShape(input.fields, true),
  });
  const refine = input.refine as Refinement<unknown> | undefined;
  if (refine) {
    dataSchema = dataSchema.superRefine(refine);
    schema = schema.superRefine(refine);
  }
  return {
    kind: 'collectionType',
    uid,
    singularName: input.singularName,
    pluralName: input.pluralName,
    displayName: input.displayName,
    description: input.description,
    collectionName: snakeCase(input.pluralName),
    draftAndPublish: true,
    localized: input.localized,
    fields: input.fields,
    dataSchema: dataSchema as unknown as z.ZodObject<DataShape<F>>,
    schema: schema as unknown as z.ZodObject<FieldsShape<F> & SystemShape<L>>,
  };
}

/** Input of {@link defineComponent}. */
export interface ComponentInput<F extends FieldMap> {
  readonly category: string;
  /** Kebab-case name; uid is `<category>.<name>`. */
  readonly name: string;
  /** Plural of the name, used for the table; defaults to `<name>s`. */
  readonly pluralName?: string;
  readonly displayName: string;
  readonly description: string;
  readonly fields: F;
}

/** A Strapi component, defined once. */
export interface Component<F extends FieldMap = FieldMap> {
  /** `<category>.<name>`, e.g. `channels.phone-channel`. */
  readonly uid: `${string}.${string}`;
  readonly category: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  /** e.g. `components_channels_phone_channels`. */
  readonly collectionName: string;
  readonly fields: F;
  /** zod schema of one component entry (Strapi adds a numeric `id`). */
  readonly schema: z.ZodObject<FieldsShape<F> & { id: z.ZodOptional<z.ZodNumber> }>;
}

/** Any component. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyComponent = Component<any>;

/** Defines a component. Component fields are never localized themselves (the using field is). */
export function defineComponent<const F extends FieldMap>(input: ComponentInput<F>): Component<F> {
  const uid = `${input.category}.${input.name}` as const;
  checkFields(uid, input.fields, 'component');
  for (const [name, field] of Object.entries(input.fields)) {
    if (field.config.kind === 'relation' || field.config.kind === 'component') {
      throw new Error(`${uid}.${name}: components here hold scalar fields only`);
    }
  }
  const plural = input.pluralName ?? `${input.name}s`;
  return {
    uid,
    category: input.category,
    name: input.name,
    displayName: input.displayName,
    description: input.description,
    collectionName: `components_${snakeCase(input.category)}_${snakeCase(plural)}`,
    fields: input.fields,
    schema: z.object({
      id: z.number().int().optional(),
      ...buildShape(input.fields, true),
    }) as unknown as z.ZodObject<FieldsShape<F> & { id: z.ZodOptional<z.ZodNumber> }>,
  };
}
