/**
 * Splits Markdown into the part before the first heading and one part per heading, so each section of a body can
 * be rendered (and copied) on its own. Headings inside fenced code blocks do not split.
 */
export interface MarkdownSection {
  /** The heading's text without the `#` marks; `null` for the part before the first heading. */
  readonly heading: string | null;
  /** The section's Markdown, its heading line included. */
  readonly markdown: string;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function splitMarkdownSections(markdown: string): MarkdownSection[] {
  const sections: { heading: string | null; lines: string[] }[] = [{ heading: null, lines: [] }];
  let fence: string | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const f = FENCE.exec(line);
    if (f) {
      if (fence === null) fence = f[1]!.slice(0, 3);
      else if (f[1]!.startsWith(fence)) fence = null;
    }
    const h = fence === null ? HEADING.exec(line) : null;
    if (h) sections.push({ heading: h[2]!.trim(), lines: [line] });
    else sections[sections.length - 1]!.lines.push(line);
  }
  return sections
    .map((s) => ({ heading: s.heading, markdown: s.lines.join('\n').trim() }))
    .filter((s) => s.heading !== null || s.markdown !== '');
}
