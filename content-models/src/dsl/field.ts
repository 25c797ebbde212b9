import { z } from 'zod';

/** Strapi attribute types the DSL can produce. */
export type FieldKind =
  | 'string'
  | 'text'
  | 'richtext'
  | 'json'
  | 'enumeration'
  | 'boolean'
  | 'integer'
  | 'float'
  | 'date'
  | 'datetime'
  | 'relation'
  | 'component';

/** Strapi relation kinds the DSL supports. */
export type RelationKind = 'oneToOne' | 'oneToMany' | 'manyToOne' | 'manyToMany';

/** Everything a field knows besides its zod schema; turned into a Strapi attribute by the generator. */
export interface FieldConfig {
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly unique: boolean;
  /** Localized on a localized content type (`pluginOptions.i18n.localized`). Relations are always per locale. */
  readonly localized: boolean;
  readonly hasDefault: boolean;
  readonly defaultValue?: unknown;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  /** Strapi `regex` (validated by Strapi on publish); zod validates the same pattern. */
  readonly regex?: string;
  readonly enumValues?: readonly string[];
  readonly relation?: {
    readonly kind: RelationKind;
    readonly target: string;
    readonly inversedBy?: string;
    readonly mappedBy?: string;
  };
  readonly component?: { readonly uid: string; readonly repeatable: boolean };
}

/**
 * One field of a content type or component: its Strapi attribute config plus the zod schema of a
 * present value. `R` records whether it is required, `D` whether it has a default (both change the
 * inferred TS type).
 */
export class Field<
  Z extends z.ZodType = z.ZodType,
  R extends boolean = boolean,
  D extends boolean = boolean,
> {
  constructor(
    /** Strapi-facing configuration. */
    readonly config: FieldConfig,
    /** zod schema of a present (non-null) value. */
    readonly valueSchema: Z,
  ) {}

  /** Marks the field required (Strapi `required: true`, zod non-nullable). */
  required(): Field<Z, true, D> {
    return new Field(this.withConfig({ required: true }), this.valueSchema);
  }

  /** Marks the field unique (Strapi `unique: true`). */
  unique(): Field<Z, R, D> {
    return new Field(this.withConfig({ unique: true }), this.valueSchema);
  }

  /** Marks the field localized: each locale has its own value. */
  localized(): Field<Z, R, D> {
    return new Field(this.withConfig({ localized: true }), this.valueSchema);
  }

  /** Sets a Strapi default; zod then maps a missing/null value to it. */
  default(value: z.output<Z>): Field<Z, R, true> {
    return new Field(this.withConfig({ hasDefault: true, defaultValue: value }), this.valueSchema);
  }

  private withConfig(patch: Partial<FieldConfig>): FieldConfig {
    return { ...this.config, ...patch };
  }
}

/** Any field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyField = Field<any, boolean, boolean>;

/** The zod schema a field contributes to its object: default → missing/null filled in, required → as is, else nullish. */
export type FieldObjectSchema<F> =
  F extends Field<infer Z, infer R, infer D>
    ? D extends true
      ? z.ZodPipe<
          z.ZodOptional<z.ZodNullable<Z>>,
          z.ZodTransform<z.output<Z>, z.output<Z> | null | undefined>
        >
      : R extends true
        ? Z
        : z.ZodOptional<z.ZodNullable<Z>>
    : never;

/** Builds the object-level zod schema of a field (see {@link FieldObjectSchema}). */
export function fieldObjectSchema<F extends AnyField>(field: F): FieldObjectSchema<F> {
  const { config, valueSchema } = field;
  if (config.kind === 'relation') {
    // Relations are present only when populated.
    return valueSchema.nullable().optional() as FieldObjectSchema<F>;
  }
  if (config.hasDefault) {
    const fallback = config.defaultValue;
    return valueSchema
      .nullable()
      .optional()
      .transform((value: unknown) => value ?? fallback) as unknown as FieldObjectSchema<F>;
  }
  if (config.required) return valueSchema as FieldObjectSchema<F>;
  return valueSchema.nullable().optional() as FieldObjectSchema<F>;
}

function make<Z extends z.ZodType>(
  kind: FieldKind,
  schema: Z,
  extra: Partial<FieldConfig> = {},
): Field<Z, false, false> {
  return new Field<Z, false, false>(
    { kind, required: false, unique: false, localized: false, hasDefault: false, ...extra },
    schema,
  );
}

/** Options of a string-like field. */
export interface StringOptions {
  readonly maxLength?: number;
  /** Anchored pattern, e.g. `^[a-z0-9-]+$`; used by both Strapi (`regex`) and zod. */
  readonly pattern?: RegExp;
}

/** Short text (Strapi `string`). */
export function string(options: StringOptions = {}): Field<z.ZodString, false, false> {
  let schema = z.string();
  if (options.maxLength !== undefined) schema = schema.max(options.maxLength);
  if (options.pattern) schema = schema.regex(options.pattern, `must match ${options.pattern.source}`);
  return make('string', schema, {
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
    ...(options.pattern ? { regex: options.pattern.source } : {}),
  });
}

/**
 * Options of a long-text field. The maximum is required: editor content is untrusted, and every long field needs a
 * bound that the CMS enforces on save (see `TEXT_LIMITS`).
 */
export interface LongTextOptions {
  readonly maxLength: number;
}

// The maximum goes to Strapi only, not to zod: readers must keep accepting content saved before a limit existed
// (they bound what they render or index themselves); Strapi refuses a longer value on save, naming the field.

/** Long plain text (Strapi `text`), newlines allowed. */
export function text(options: LongTextOptions): Field<z.ZodString, false, false> {
  return make('text', z.string(), { maxLength: options.maxLength });
}

/** Markdown (Strapi `richtext`). */
export function richtext(options: LongTextOptions): Field<z.ZodString, false, false> {
  return make('richtext', z.string(), { maxLength: options.maxLength });
}

/** JSON with a precise zod schema for its content. */
export function json<Z extends z.ZodType>(schema: Z): Field<Z, false, false> {
  return make('json', schema);
}

/** Enumeration (Strapi `enumeration` with `enum`). */
export function enumeration<const V extends readonly [string, ...string[]]>(
  values: V,
): Field<z.ZodEnum<{ [K in V[number]]: K }>, false, false> {
  return make('enumeration', z.enum(values) as unknown as z.ZodEnum<{ [K in V[number]]: K }>, {
    enumValues: values,
  });
}

/** Boolean. */
export function boolean(): Field<z.ZodBoolean, false, false> {
  return make('boolean', z.boolean());
}

/** Integer with optional bounds (Strapi `min`/`max`). */
export function integer(options: { min?: number; max?: number } = {}): Field<z.ZodNumber, false, false> {
  let schema = z.number().int();
  if (options.min !== undefined) schema = schema.min(options.min);
  if (options.max !== undefined) schema = schema.max(options.max);
  return make('integer', schema, {
    ...(options.min !== undefined ? { min: options.min } : {}),
    ...(options.max !== undefined ? { max: options.max } : {}),
  });
}

/**
 * Floating-point number (Strapi `float`: double precision in PostgreSQL; Strapi's `decimal` would be
 * numeric(10,2) and round coordinates to about a kilometre). Some databases return numeric strings, so
 * zod coerces them.
 */
export function float(
  options: { min?: number; max?: number } = {},
): Field<z.ZodType<number, unknown>, false, false> {
  let schema = z.number();
  if (options.min !== undefined) schema = schema.min(options.min);
  if (options.max !== undefined) schema = schema.max(options.max);
  const coerced = z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
    schema,
  ) as unknown as z.ZodType<number, unknown>;
  return make('float', coerced, {
    ...(options.min !== undefined ? { min: options.min } : {}),
    ...(options.max !== undefined ? { max: options.max } : {}),
  });
}

/** Calendar date `YYYY-MM-DD`. */
export function date(): Field<z.ZodISODate, false, false> {
  return make('date', z.iso.date());
}

/** Timestamp (ISO 8601, offset allowed). */
export function datetime(): Field<z.ZodISODateTime, false, false> {
  return make('datetime', z.iso.datetime({ offset: true }));
}

/**
 * A related document as the Strapi 5 REST API returns it when populated: `documentId` plus whatever
 * fields were requested (kept as is).
 */
export const RelationRefSchema = z.looseObject({ documentId: z.string().min(1) });

/** A populated relation target: `{ documentId, ...fields }`. */
export type RelationRef = z.infer<typeof RelationRefSchema>;

type RelationOptions = { inversedBy?: string; mappedBy?: string };

declare const relationBrand: unique symbol;

/** A relation field; the type-only brand lets types separate relations from data fields. */
export type RelationField<Z extends z.ZodType> = Field<Z, false, false> & { readonly [relationBrand]: true };

/** Type-only marker of relation fields. */
export type RelationBrand = { readonly [relationBrand]: true };

function relation<K extends RelationKind, Z extends z.ZodType>(
  kind: K,
  target: string,
  schema: Z,
  options: RelationOptions,
): RelationField<Z> {
  if (options.inversedBy && options.mappedBy)
    throw new Error(`Relation to ${target}: inversedBy and mappedBy are exclusive`);
  return make('relation', schema, {
    relation: {
      kind,
      target,
      ...(options.inversedBy ? { inversedBy: options.inversedBy } : {}),
      ...(options.mappedBy ? { mappedBy: options.mappedBy } : {}),
    },
  }) as RelationField<Z>;
}

/** Relation to many documents of `target` (uid). */
export function manyToMany(
  target: string,
  options: RelationOptions = {},
): RelationField<z.ZodArray<typeof RelationRefSchema>> {
  return relation('manyToMany', target, z.array(RelationRefSchema), options);
}

/** Many of this type relate to one `target`. */
export function manyToOne(
  target: string,
  options: RelationOptions = {},
): RelationField<typeof RelationRefSchema> {
  return relation('manyToOne', target, RelationRefSchema, options);
}

/** One of this type relates to many `target` (the inverse side of a manyToOne). */
export function oneToMany(
  target: string,
  options: RelationOptions = {},
): RelationField<z.ZodArray<typeof RelationRefSchema>> {
  return relation('oneToMany', target, z.array(RelationRefSchema), options);
}

/** A component definition as fields understand it (see `defineComponent`). */
export interface ComponentLike<S extends z.ZodType = z.ZodType> {
  readonly uid: string;
  readonly schema: S;
}

/** Repeatable component field (array of component entries). */
export function repeatableComponent<S extends z.ZodType>(
  component: ComponentLike<S>,
): Field<z.ZodArray<S>, false, false> {
  return make('component', z.array(component.schema), {
    component: { uid: component.uid, repeatable: true },
  });
}

/** Single component field. */
export function singleComponent<S extends z.ZodType>(component: ComponentLike<S>): Field<S, false, false> {
  return make('component', component.schema, { component: { uid: component.uid, repeatable: false } });
}
