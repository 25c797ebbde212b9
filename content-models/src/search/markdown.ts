/**
 * Markdown → plain text for search bodies and snippets. Deliberately simple: keeps the words, drops the syntax
 * (headings, emphasis, links, images, code fences, tables, HTML, lists, quotes).
 *
 * Editor content is untrusted, so this is one linear pass per line with no backtracking regular expression: every
 * search for a closing `]`, `)`, `>` or `-->` starts where the previous one ended or uses a position computed once
 * per line, so `[` × 160,000 costs as much as any other 160,000 characters.
 */
export function stripMarkdown(markdown: string | null | undefined): string {
  if (!markdown) return '';
  const lines = removeHtmlComments(markdown.replace(/\r\n?/g, '\n')).split('\n');
  const out: string[] = [];
  let inFence = false;
  for (const raw of lines) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(collapse(raw));
      continue;
    }
    const line = blockText(raw);
    if (line !== undefined) out.push(collapse(inlineText(line)));
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const FENCE = /^[ \t]*(?:```|~~~)/;
const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]+|$)/;
const CLOSING_HASHES = /^[ \t]*#{1,6}[ \t]*$/;
const THEMATIC_BREAK = /^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/;
const LINK_DEFINITION = /^[ \t]*\[[^\]]+\]:[ \t]+\S/;
const CONTAINER = /[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)/y;

/** Removes `<!-- … -->`; an unclosed comment is kept as text. Linear: each search starts after the last. */
function removeHtmlComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    if (start === -1) break;
    const end = text.indexOf('-->', start + 4);
    if (end === -1) break;
    out += text.slice(from, start);
    from = end + 3;
  }
  return out + text.slice(from);
}

/** Collapses spaces and tabs and trims. */
function collapse(line: string): string {
  return line.replace(/[ \t]+/g, ' ').trim();
}

/**
 * The text of one line without its block syntax, or undefined for a line that carries none (a table delimiter row,
 * a link reference definition). Every pattern is anchored and has no nested quantifiers.
 */
function blockText(line: string): string | undefined {
  if (LINK_DEFINITION.test(line)) return undefined;
  if (THEMATIC_BREAK.test(line) || CLOSING_HASHES.test(line)) return '';
  if (isTableDelimiterRow(line)) return undefined;
  // Quotes and list markers nest: skip them one at a time with a sticky pattern (no re-slicing of the line).
  CONTAINER.lastIndex = 0;
  let start = 0;
  while (CONTAINER.test(line) && CONTAINER.lastIndex > start) start = CONTAINER.lastIndex;
  const rest = line.slice(start).replace(HEADING, '');
  const trimmed = rest.trim();
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1)
    return trimmed
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim())
      .join(' ');
  return rest;
}

/** `|---|:-:|`: only pipes, dashes, colons and blanks, with at least one pipe and one dash. */
function isTableDelimiterRow(line: string): boolean {
  let pipe = false;
  let dash = false;
  for (const c of line) {
    if (c === '|') pipe = true;
    else if (c === '-') dash = true;
    else if (c !== ':' && c !== ' ' && c !== '\t') return false;
  }
  return pipe && dash;
}

/** For each index, the index of the next occurrence of `char` at or after it (or -1). One backward pass. */
function nextIndex(line: string, char: string): Int32Array {
  const next = new Int32Array(line.length + 1).fill(-1);
  for (let i = line.length - 1; i >= 0; i--) next[i] = line[i] === char ? i : next[i + 1]!;
  return next;
}

const WORD = /[\p{L}\p{N}_]/u;
const ESCAPABLE = new Set('\\`*_{}[]()#+-.!|>~');

/**
 * Inline syntax → text: links and images keep their text, HTML tags become a space, emphasis, strikethrough and
 * code markers go, backslash escapes give their character. `*` and `_` inside words and numbers stay.
 */
function inlineText(line: string): string {
  const closeBracket = nextIndex(line, ']');
  const closeParen = nextIndex(line, ')');
  const closeAngle = nextIndex(line, '>');
  let out = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    const next = line[i + 1];
    if (c === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      out += next;
      i += 2;
    } else if (c === '[' || (c === '!' && next === '[')) {
      const open = c === '[' ? i : i + 1;
      const close = closeBracket[open + 1]!;
      const after = close === -1 ? undefined : line[close + 1];
      const end = after === '(' ? closeParen[close + 2]! : after === '[' ? closeBracket[close + 2]! : -1;
      if (end === -1) {
        out += c;
        i++;
      } else {
        // The link text is copied; its emphasis is removed when the output is scanned again below.
        out += line.slice(open + 1, close);
        i = end + 1;
      }
    } else if (c === '<' && next !== undefined && /[A-Za-z/]/.test(next) && closeAngle[i + 1] !== -1) {
      out += ' ';
      i = closeAngle[i + 1]! + 1;
    } else {
      out += c;
      i++;
    }
  }
  return removeEmphasis(out);
}

/** Removes `**`, `__`, `~~` and backtick markers, and `*`/`_` that open or close a word. Linear. */
function removeEmphasis(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '`') continue;
    if ((c === '*' || c === '_' || c === '~') && text[i + 1] === c) {
      i++;
      continue;
    }
    if (c === '*' || c === '_') {
      const before = text[i - 1];
      const after = text[i + 1];
      const wordBefore = before !== undefined && WORD.test(before);
      const wordAfter = after !== undefined && WORD.test(after);
      const spaceBefore = before === undefined || before === ' ' || before === '\t';
      const spaceAfter = after === undefined || after === ' ' || after === '\t';
      // Opening (`*word`) or closing (`word*`) markers go; `snake_case` and `2*3` keep theirs.
      if ((!wordBefore && !spaceAfter) || (!wordAfter && !spaceBefore)) continue;
    }
    out += c;
  }
  return out;
}

/** Collapses whitespace of plain text (keeps paragraph breaks). */
export function normalizeText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** First `max` characters of plain text on a word boundary, with an ellipsis when cut. */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
