/** A piece of a highlighted snippet: plain text, or text the api marked as a match. */
export interface HighlightSegment {
  readonly text: string;
  readonly mark: boolean;
}

const MARK_TAG = /<(\/?)mark>/gi;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Decodes the character references an HTML-escaping api produces (`&amp;`, `&lt;`, `&#39;`, `&#x2F;` …).
 * The result is only ever rendered as text, so decoding cannot create markup.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const codePoint =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an api snippet (HTML-escaped text with `<mark>` around matches) into text segments. The ONLY markup
 * honoured is `<mark>` / `</mark>` (exactly, no attributes); character references are decoded and everything
 * else, including any other tag, stays literal text. The segments are rendered with text interpolation, never
 * `v-html`, so nothing in a snippet can become markup. Stray or nested mark tags are dropped.
 */
export function parseHighlight(snippet: string | null | undefined): HighlightSegment[] {
  if (!snippet) return [];
  const segments: HighlightSegment[] = [];
  let inMark = false;
  let cursor = 0;
  const push = (raw: string): void => {
    const text = decodeEntities(raw);
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && last.mark === inMark) {
      segments[segments.length - 1] = { text: last.text + text, mark: inMark };
    } else {
      segments.push({ text, mark: inMark });
    }
  };
  for (const match of snippet.matchAll(MARK_TAG)) {
    push(snippet.slice(cursor, match.index));
    cursor = match.index + match[0].length;
    inMark = match[1] !== '/';
  }
  push(snippet.slice(cursor));
  return segments;
}

/** The snippet as plain text (tags removed), e.g. for aria labels. */
export function highlightToText(snippet: string | null | undefined): string {
  return parseHighlight(snippet)
    .map((segment) => segment.text)
    .join('');
}
