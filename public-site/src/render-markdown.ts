/**
 * The public site renders guide bodies with the shared renderer (bounded, sanitised; see
 * `@neuvo/content-models/markdown`), the same one the agent portal uses.
 */
export { renderMarkdown, slugify, type RenderMarkdownOptions } from '@neuvo/content-models/markdown';
