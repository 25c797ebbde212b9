/**
 * A linear pre-pass that bounds what editor Markdown can cost a parser, before it is rendered.
 *
 * CommonMark parsers recurse on container nesting (blockquotes, lists) and resolve emphasis, link and code-span
 * delimiters with work that grows faster than the input when delimiters pile up in one paragraph: 2 KB of `>`
 * overflowed the stack and 40 KB of nested emphasis took seconds. Editor content is untrusted, so before parsing we
 * remove bidirectional override characters, cap the length, cap the container markers and indentation at the start
 * of each line, and turn a block with more delimiters than a generous budget into plain text (its delimiters become
 * full-width characters, which read the same). Ordinary content is never touched: the limits are far above anything
 * in real guides and instructions.
 */
import { TEXT_LIMITS } from '../limits.js';

/** The bounds {@link boundMarkdown} applies. */
export interface MarkdownBounds {
  /** Characters kept; the rest is cut at a line break and replaced by an ellipsis. */
  readonly maxLength: number;
  /** Container markers (`>`, `-`, `*`, `+`, `1.`) kept at the start of one line. */
  readonly maxContainerMarkers: number;
  /** Columns of leading whitespace kept in the container prefix of a line (a tab counts 4). */
  readonly maxIndentColumns: number;
  /**
   * Emphasis, strikethrough, bracket, code-span and angle-bracket delimiters (and backslash escapes) in one block of
   * non-blank lines; a block with more renders as plain text.
   */
  readonly maxDelimitersPerParagraph: number;
}

/** The bounds used when rendering editor Markdown for the portal and the public site. */
export const MARKDOWN_BOUNDS: MarkdownBounds = Object.freeze({
  maxLength: TEXT_LIMITS.markdown,
  maxContainerMarkers: 8,
  maxIndentColumns: 24,
  maxDelimitersPerParagraph: 200,
});

/** Inline delimiters and the full-width forms that replace them in a block over the budget. */
const FULLWIDTH: Readonly<Record<string, string>> = {
  '*': '\uFF0A',
  _: '\uFF3F',
  '~': '\uFF5E',
  '[': '\uFF3B',
  ']': '\uFF3D',
  '`': '\uFF40',
  '<': '\uFF1C',
};

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** Keeps at most `maxColumns` columns of the whitespace `run` (tabs count 4). */
function clampWhitespace(run: string, maxColumns: number): string {
  let columns = 0;
  let kept = '';
  for (const c of run) {
    const width = c === '\t' ? 4 : 1;
    if (columns + width > maxColumns) break;
    columns += width;
    kept += c;
  }
  return kept;
}

/**
 * Length of a container marker at `i` (`>`, a bullet followed by whitespace, or up to 9 digits and `.`/`)` followed
 * by whitespace), or 0 when there is none.
 */
function markerLength(line: string, i: number): number {
  const c = line[i];
  if (c === '>') return 1;
  const spaceAfter = (at: number) => line[at] === ' ' || line[at] === '\t';
  if ((c === '-' || c === '*' || c === '+') && spaceAfter(i + 1)) return 1;
  if (c !== undefined && c >= '0' && c <= '9') {
    let j = i;
    while (j < line.length && j - i < 9 && line[j]! >= '0' && line[j]! <= '9') j++;
    if ((line[j] === '.' || line[j] === ')') && spaceAfter(j + 1)) return j + 1 - i;
  }
  return 0;
}

/** The line with its container prefix bounded: at most `maxMarkers` markers, each whitespace run clamped. */
function boundPrefix(line: string, bounds: MarkdownBounds): string {
  let i = 0;
  let markers = 0;
  let out = '';
  for (;;) {
    const start = i;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i > start) out += clampWhitespace(line.slice(start, i), bounds.maxIndentColumns);
    const length = markerLength(line, i);
    if (length === 0) break;
    // Markers beyond the budget are dropped: their text stays, one level further out.
    if (markers < bounds.maxContainerMarkers) out += line.slice(i, i + length);
    markers++;
    i += length;
  }
  return i === 0 ? line : out + line.slice(i);
}

// Bidirectional embeddings, overrides and isolates make text read differently from what it is (`\u202Efdp.exe` shows
// as `exe.pdf`); Finnish, Swedish and English content never needs them.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Cuts `markdown` to `maxLength` characters, at a line break when one is near the end. */
function cut(markdown: string, maxLength: number): string {
  if (markdown.length <= maxLength) return markdown;
  const head = markdown.slice(0, maxLength);
  const lineBreak = head.lastIndexOf('\n');
  return `${lineBreak > maxLength * 0.9 ? head.slice(0, lineBreak) : head}\n\n…`;
}

/** Delimiters and backslash escapes in `line`: each is a token that inline parsing has to resolve. */
function countDelimiters(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && ASCII_PUNCTUATION.test(line[i + 1] ?? '')) {
      count++;
      i++;
    } else if (c in FULLWIDTH) count++;
  }
  return count;
}

/**
 * `line` as plain text for the parser: delimiters become their full-width forms (＊, ［, …), which read the same and
 * are not syntax, and backslash escapes give their character. Backslash escapes are not used for this because the
 * parser's cost grows faster than linearly with their number in one paragraph, like that of delimiters.
 */
function neutralise(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    let c = line[i]!;
    if (c === '\\' && ASCII_PUNCTUATION.test(line[i + 1] ?? '')) c = line[++i]!;
    out += FULLWIDTH[c] ?? c;
  }
  return out;
}

/**
 * Returns Markdown that renders like `markdown` but costs a CommonMark/GFM parser time and stack linear in its
 * length (see the module comment). Two passes over each block of non-blank lines: count, then neutralise if needed.
 *
 * A block with more delimiters than the budget renders as plain text: the parser's cost grows with the product of a
 * paragraph's delimiters and its length, so keeping even the first ones of such a block would keep it expensive.
 */
export function boundMarkdown(markdown: string, bounds: MarkdownBounds = MARKDOWN_BOUNDS): string {
  const lines = cut(markdown.replace(/\r\n?/g, '\n').replace(BIDI_CONTROLS, ''), bounds.maxLength)
    .split('\n')
    .map((line) => boundPrefix(line, bounds));
  let blockStart = 0;
  let delimiters = 0;
  const closeBlock = (end: number) => {
    if (delimiters > bounds.maxDelimitersPerParagraph)
      for (let n = blockStart; n < end; n++) lines[n] = neutralise(lines[n]!);
    delimiters = 0;
    blockStart = end + 1;
  };
  for (let n = 0; n < lines.length; n++) {
    if (isBlank(lines[n]!)) closeBlock(n);
    else delimiters += countDelimiters(lines[n]!);
  }
  closeBlock(lines.length);
  return lines.join('\n');
}
