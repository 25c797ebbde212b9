/**
 * The Markdown pipeline (unified + remark + rehype) is most of the bundle and only needed once a service
 * with agent instructions is opened, so it is a separate chunk loaded on first use (and prefetched when idle).
 */
import type { renderMarkdown } from './render-markdown';

type RenderMarkdown = typeof renderMarkdown;

let loading: Promise<RenderMarkdown> | undefined;

export function loadMarkdownRenderer(): Promise<RenderMarkdown> {
  loading ??= import('./render-markdown').then((module) => module.renderMarkdown);
  return loading;
}
