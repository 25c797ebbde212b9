import { COMPONENTS } from '../components/channels.js';
import type { AnyComponent, AnyContentType, AnyField } from '../dsl/index.js';
import type { Problem } from '../errors.js';
import { CONTENT_TYPES } from '../types/index.js';

/** A Strapi attribute as written to schema.json. */
export type StrapiAttributeJson = Record<string, unknown>;

/** Strapi 5 content-type schema.json. */
export interface StrapiContentTypeJson {
  kind: 'collectionType';
  collectionName: string;
  info: { singularName: string; pluralName: string; displayName: string; description: string };
  options: { draftAndPublish: true };
  pluginOptions: { i18n: { localized: boolean } };
  attributes: Record<string, StrapiAttributeJson>;
}

/** Strapi 5 component JSON. */
export interface StrapiComponentJson {
  collectionName: string;
  info: { displayName: string; description: string };
  options: Record<string, never>;
  attributes: Record<string, StrapiAttributeJson>;
}

/** A generated file: path relative to `cms/src`, and its parsed content. */
export interface GeneratedStrapiFile {
  readonly path: string;
  readonly json: StrapiContentTypeJson | StrapiComponentJson;
}

/** Builds the Strapi attribute of a field, keys in a fixed order. */
export function toStrapiAttribute(
  field: AnyField,
  owner: 'localized' | 'not-localized' | 'component',
): StrapiAttributeJson {
  const c = field.config;
  const attribute: StrapiAttributeJson = { type: c.kind };
  if (c.relation) {
    attribute.relation = c.relation.kind;
    attribute.target = c.relation.target;
    if (c.relation.inversedBy) attribute.inversedBy = c.relation.inversedBy;
    if (c.relation.mappedBy) attribute.mappedBy = c.relation.mappedBy;
  }
  if (c.component) {
    attribute.repeatable = c.component.repeatable;
    attribute.component = c.component.uid;
  }
  if (c.enumValues) attribute.enum = [...c.enumValues];
  if (c.required) attribute.required = true;
  if (c.unique) attribute.unique = true;
  if (c.maxLength !== undefined) attribute.maxLength = c.maxLength;
  if (c.min !== undefined) attribute.min = c.min;
  if (c.max !== undefined) attribute.max = c.max;
  if (c.regex !== undefined) attribute.regex = c.regex;
  if (c.hasDefault) attribute.default = c.defaultValue;
  // Relations are always per locale in Strapi 5 i18n, so they carry no i18n option.
  if (owner === 'localized' && c.kind !== 'relation') {
    attribute.pluginOptions = { i18n: { localized: c.localized } };
  }
  return attribute;
}

/** Builds the schema.json of a content type. */
export function toStrapiContentType(type: AnyContentType): StrapiContentTypeJson {
  const attributes: Record<string, StrapiAttributeJson> = {};
  for (const [name, field] of Object.entries(type.fields as Record<string, AnyField>)) {
    attributes[name] = toStrapiAttribute(field, type.localized ? 'localized' : 'not-localized');
  }
  return {
    kind: 'collectionType',
    collectionName: type.collectionName,
    info: {
      singularName: type.singularName,
      pluralName: type.pluralName,
      displayName: type.displayName,
      description: type.description,
    },
    options: { draftAndPublish: true },
    pluginOptions: { i18n: { localized: type.localized } },
    attributes,
  };
}

/** Builds the JSON of a component. */
export function toStrapiComponent(component: AnyComponent): StrapiComponentJson {
  const attributes: Record<string, StrapiAttributeJson> = {};
  for (const [name, field] of Object.entries(component.fields as Record<string, AnyField>)) {
    attributes[name] = toStrapiAttribute(field, 'component');
  }
  return {
    collectionName: component.collectionName,
    info: { displayName: component.displayName, description: component.description },
    options: {},
    attributes,
  };
}

/**
 * Checks that relations point at known types and that every `inversedBy` has the matching
 * `mappedBy` on the other side (and vice versa) with compatible kinds; components must exist.
 */
export function checkStrapiModel(
  types: readonly AnyContentType[] = CONTENT_TYPES,
  components: readonly AnyComponent[] = COMPONENTS,
): Problem[] {
  const problems: Problem[] = [];
  const byUid = new Map(types.map((t) => [t.uid as string, t]));
  const componentUids = new Set(components.map((c) => c.uid as string));
  const inverseKind: Record<string, string> = {
    manyToMany: 'manyToMany',
    oneToOne: 'oneToOne',
    manyToOne: 'oneToMany',
    oneToMany: 'manyToOne',
  };
  for (const type of types) {
    for (const [name, field] of Object.entries(type.fields as Record<string, AnyField>)) {
      const path = `${type.uid}.${name}`;
      const { relation, component } = field.config;
      if (component && !componentUids.has(component.uid)) {
        problems.push({ path, message: `unknown component ${component.uid}` });
      }
      if (!relation) continue;
      const target = byUid.get(relation.target);
      if (!target) {
        problems.push({ path, message: `unknown relation target ${relation.target}` });
        continue;
      }
      const otherName = relation.inversedBy ?? relation.mappedBy;
      if (!otherName) {
        if (relation.kind === 'oneToMany') problems.push({ path, message: 'oneToMany needs mappedBy' });
        continue;
      }
      const other = (target.fields as Record<string, AnyField>)[otherName]?.config.relation;
      const expectBack = relation.inversedBy ? { mappedBy: name } : { inversedBy: name };
      if (!other) {
        problems.push({ path, message: `${relation.target}.${otherName} is not a relation` });
      } else if (other.target !== type.uid) {
        problems.push({
          path,
          message: `${relation.target}.${otherName} targets ${other.target}, not ${type.uid}`,
        });
      } else if (
        ('mappedBy' in expectBack && other.mappedBy !== name) ||
        ('inversedBy' in expectBack && other.inversedBy !== name)
      ) {
        problems.push({
          path,
          message: `${relation.target}.${otherName} must have ${Object.keys(expectBack)[0]}: "${name}"`,
        });
      } else if (inverseKind[relation.kind] !== other.kind) {
        problems.push({
          path,
          message: `${relation.kind} pairs with ${inverseKind[relation.kind]}, not ${other.kind}`,
        });
      }
    }
  }
  return problems;
}

/**
 * Every Strapi file derived from the content models: content-type schema.json files and channel
 * components, paths relative to `cms/src`. Throws when the model is inconsistent.
 */
export function generateStrapiFiles(): GeneratedStrapiFile[] {
  const problems = checkStrapiModel();
  if (problems.length > 0) {
    throw new Error(
      `Inconsistent content model:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
  const files: GeneratedStrapiFile[] = CONTENT_TYPES.map((type) => ({
    path: `api/${type.singularName}/content-types/${type.singularName}/schema.json`,
    json: toStrapiContentType(type),
  }));
  for (const component of COMPONENTS) {
    files.push({
      path: `components/${component.category}/${component.name}.json`,
      json: toStrapiComponent(component),
    });
  }
  return files;
}
