import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Raw HTML in the Markdown is dropped by remark-rehype (allowDangerousHtml is off); rehype-sanitize's default
// (GitHub) schema is a second line of defence for URLs (javascript:) and attributes (on*).
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze();

/** Renders editor Markdown (e.g. agent instructions) to sanitised HTML, safe for `v-html`. */
export function renderMarkdown(markdown: string | null | undefined): string {
  if (!markdown || markdown.trim() === '') return '';
  return String(processor.processSync(markdown));
}
