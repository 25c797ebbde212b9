/**
 * @neuvo/content-models — the one definition of every Neuvo content type and the shared domain logic:
 * zod schemas and TS types, Strapi schema generation, triage and decision-tree evaluators, search
 * documents, index names/settings and mappers. Pure: no `node:*`, no DOM.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export * from './secrets.js';
export * from './locale.js';
export * from './guide-topics.js';
export * from './outbox.js';
export * from './ptv.js';
export * from './urgency.js';
export * from './limits.js';
export * from './sign-in.js';
export * from './shared-schemas.js';
/** The field DSL (builders `string()`, `json(schema)`, `manyToMany(uid)`, `defineContentType`, …). */
export * as dsl from './dsl/index.js';
export { RelationRefSchema, documentSystemShape } from './dsl/index.js';
export type {
  AnyComponent,
  AnyContentType,
  Component,
  ContentType,
  Field,
  FieldConfig,
  FieldMap,
  FieldsShape,
  DataShape,
  FieldKind,
  RelationKind,
  RelationRef,
} from './dsl/index.js';
export * from './components/channels.js';
export * from './types/index.js';
export * from './triage/index.js';
export * from './clickbot/index.js';
export * from './search/index.js';
export * from './strapi/generate.js';
export * from './contacts/index.js';
export * from './service-hours/schema.js';
export {
  isOpenAt,
  nextOpening,
  openStatus,
  NEXT_OPENING_HORIZON_DAYS,
  type OpenStatus,
} from './service-hours/evaluate.js';
export * from './phone-number.js';
