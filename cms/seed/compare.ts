/**
 * Canonical form of a document's data for "has it changed?" checks. The REST API returns more than we
 * send (ids inside components, nulls for absent values, numbers as strings on PostgreSQL, datetimes with
 * milliseconds, jsonb with reordered keys), so both the wanted and the stored data are brought into one
 * form before comparing.
 */
import { COMPONENTS, type AnyContentType, type FieldConfig, type FieldMap } from '@neuvo/content-models';

const COMPONENT_FIELDS = new Map<string, FieldMap>(
  COMPONENTS.map((component) => [component.uid, component.fields]),
);

function canonValue(config: FieldConfig, value: unknown): unknown {
  const repeatable = config.kind === 'component' && config.component?.repeatable;
  if (value === undefined || value === null) return repeatable ? [] : null;
  switch (config.kind) {
    case 'component': {
      const fields = COMPONENT_FIELDS.get(config.component!.uid) ?? {};
      const entries = repeatable && Array.isArray(value) ? value : [value];
      const canon = entries.map((entry) => canonFields(fields, entry as Record<string, unknown>));
      return repeatable ? canon : canon[0];
    }
    case 'float':
    case 'integer':
      return Number(value);
    case 'datetime':
      return new Date(String(value)).toISOString();
    default:
      return value;
  }
}

/** The non-relation fields of `fields` in canonical form (missing → null, component ids dropped). */
export function canonFields(fields: FieldMap, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.config.kind === 'relation') continue;
    out[name] = canonValue(field.config, data[name]);
  }
  return out;
}

/** documentIds of a populated relation (to-one or to-many), sorted. */
export function relationIds(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value ? [value] : [];
  return items.map((item) => String((item as { documentId: string }).documentId)).sort();
}

/** JSON with object keys sorted, so equal data gives equal text whatever the key order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** Canonical values equal, field by field. */
function sameFields(
  fields: FieldMap,
  stored: Record<string, unknown>,
  wanted: Record<string, unknown>,
): boolean {
  return Object.entries(fields).every(([name, field]) => {
    const config = field.config;
    if (config.kind === 'relation') return true;
    const [s, w] = [stored[name], wanted[name]];
    if (config.kind === 'component') {
      const componentFields = COMPONENT_FIELDS.get(config.component!.uid) ?? {};
      const [ss, ws] = [s, w].map((v) => (Array.isArray(v) ? v : v === null ? [] : [v])) as [
        Array<Record<string, unknown>>,
        Array<Record<string, unknown>>,
      ];
      return ss.length === ws.length && ss.every((entry, i) => sameFields(componentFields, entry, ws[i]!));
    }
    return stableStringify(s) === stableStringify(w);
  });
}

/**
 * True when writing the wanted data and relations would not change the stored document: equal in
 * canonical form.
 */
export function isUnchanged(
  contentType: AnyContentType,
  stored: Record<string, unknown>,
  wanted: { data: Record<string, unknown>; relations: Record<string, string[]> },
): boolean {
  const fields = contentType.fields as FieldMap;
  if (!sameFields(fields, canonFields(fields, stored), canonFields(fields, wanted.data))) return false;
  return Object.entries(wanted.relations).every(
    ([field, ids]) => stableStringify(relationIds(stored[field])) === stableStringify([...ids].sort()),
  );
}
