/**
 * The agent portal's Markdown renderer is the shared one (bounded, sanitised; see `@neuvo/content-models/markdown`).
 * This module stays the portal's lazily loaded chunk (see markdown-loader.ts).
 */
export { renderMarkdown } from '@neuvo/content-models/markdown';
