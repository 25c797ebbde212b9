/**
 * `@neuvo/content-models/markdown`: editor Markdown to sanitised HTML, shared by the agent portal and the public
 * site. A subpath of its own, so that the services loading the main entry (the CommonJS cms among them) never load
 * the Markdown toolchain. Pure: no `node:*`, no DOM.
 *
 * @packageDocumentation
 */
export { boundMarkdown, MARKDOWN_BOUNDS, type MarkdownBounds } from './bound-markdown.js';
export { renderMarkdown, slugify, type RenderMarkdownOptions } from './render-markdown.js';
