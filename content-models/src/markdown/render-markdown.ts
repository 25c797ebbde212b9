import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { boundMarkdown, MARKDOWN_BOUNDS, type MarkdownBounds } from './bound-markdown.js';

export interface RenderMarkdownOptions {
  /**
   * Demote headings so the highest one in the body is at least this level (e.g. 2 when the page already has
   * its own `<h1>`). Relative levels are kept; nothing goes below h6. Default 1 (unchanged).
   */
  readonly minHeadingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Give headings ids derived from their text (for the page outline and anchors). Default false. */
  readonly headingIds?: boolean;
  /** Bounds applied before parsing (see {@link boundMarkdown}). Default {@link MARKDOWN_BOUNDS}. */
  readonly bounds?: MarkdownBounds;
}

// Minimal hast shapes, so we do not depend on @types/hast directly.
interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
interface HastParent {
  type: string;
  children?: HastNode[];
}
type HastNode = HastText | HastElement | HastParent;

const HEADING = /^h([1-6])$/;

function isElement(node: HastNode): node is HastElement {
  return node.type === 'element';
}

/** Every node of the tree, depth first, without recursion (the tree depth is bounded, but cheaply so). */
function allNodes(tree: HastNode): HastNode[] {
  const nodes: HastNode[] = [];
  const stack: HastNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes.push(node);
    const children = (node as HastParent).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return nodes;
}

function textOf(node: HastNode): string {
  return allNodes(node)
    .map((n) => (n.type === 'text' ? (n as HastText).value : ''))
    .join('');
}

/** GitHub-style slug: lower case, letters (incl. ä, ö, å) and digits kept, spaces to hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, '-');
}

/** Runs AFTER rehype-sanitize: only changes heading levels and sets ids it derives itself. */
function rehypeHeadings(options: RenderMarkdownOptions) {
  return (tree: HastNode): void => {
    const headings = allNodes(tree).filter(
      (node): node is HastElement => isElement(node) && HEADING.test(node.tagName),
    );
    const top = Math.min(7, ...headings.map((node) => Number(node.tagName[1])));
    const shift = Math.max(0, (options.minHeadingLevel ?? 1) - top);
    const used = new Map<string, number>();
    for (const heading of headings) {
      if (shift > 0) heading.tagName = `h${Math.min(6, Number(heading.tagName[1]) + shift)}`;
      if (options.headingIds) {
        const base = slugify(textOf(heading)) || 'section';
        const count = used.get(base) ?? 0;
        used.set(base, count + 1);
        heading.properties = { ...heading.properties, id: count === 0 ? base : `${base}-${count}` };
      }
    }
  };
}

/**
 * Renders editor Markdown (CommonMark + GFM: tables, task lists, strikethrough, autolinks) to sanitised HTML,
 * safe for `v-html` and for a generated page.
 *
 * Editor content is untrusted. Its length, nesting and delimiter runs are bounded first ({@link boundMarkdown}), so
 * rendering takes time and stack linear in the input. Raw HTML is never passed through (remark-rehype drops it)
 * and rehype-sanitize's GitHub schema removes anything unsafe that Markdown itself can express (`javascript:` or
 * `data:` links, `on*` attributes). Pure: same input, same output, no I/O.
 */
export function renderMarkdown(
  markdown: string | null | undefined,
  options: RenderMarkdownOptions = {},
): string {
  if (!markdown || markdown.trim() === '') return '';
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(rehypeHeadings, options)
    .use(rehypeStringify);
  return String(processor.processSync(boundMarkdown(markdown, options.bounds ?? MARKDOWN_BOUNDS)));
}
