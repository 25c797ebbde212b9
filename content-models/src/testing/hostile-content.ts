/**
 * `@neuvo/content-models/testing/hostile-content`: what a careless or hostile editor may paste into the CMS, for the
 * tests of every package that shows, indexes or serves editor content (cms, search-indexer, api, agent portal,
 * public site). A subpath of its own and side-effect free: nothing outside tests imports it, so no app bundles it.
 *
 * Every payload that would run code calls `alert(` so that a test can look for that one marker in its output.
 *
 * @packageDocumentation
 */

/** Single-line strings (titles, summaries, labels) that try to break out of HTML, attributes, scripts or templates. */
export const HOSTILE_TEXT = Object.freeze({
  scriptTag: 'Flunssa <script>alert(1)</script>',
  /** Closes a double-quoted attribute (e.g. `<meta content="…">`) and adds an element with an event handler. */
  attributeBreakout: 'S "><img src=x onerror=alert(2)>',
  singleQuoteBreakout: "S ' onmouseover='alert(3)",
  /** Ends an inline `<script>` block (VitePress inlines page data in one). */
  scriptEnd: 'Kuume </script><script>alert(4)</script>',
  /** Vue/VitePress template syntax: must stay text. */
  template: 'Kurkkukipu {{ constructor.constructor("alert(5)")() }}',
  templateUnterminated: "Yskä {{ 'x",
  /** Right-to-left override: makes `exe.pdf` look like `fdp.exe` and reorders what follows. */
  rtlOverride: 'Ohje \u202Efdp.exe\u202C loppu',
  /** YAML frontmatter breakout. */
  frontmatterBreakout: 'Otsikko\n---\nlayout: false\n---\n<script>alert(6)</script>',
  javascriptUrl: 'javascript:alert(7)',
  dataUrl: 'data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==',
  /** Control characters and a NUL. */
  controlCharacters: 'Rivi\u0000\u0007\u001b[31m loppu',
});

/** Markdown bodies that try to smuggle markup or script through the renderer. */
export const HOSTILE_MARKDOWN = Object.freeze({
  rawHtml:
    'Lepää.\n\n<script>alert(11)</script>\n\n<img src="x" onerror="alert(12)">\n\n<iframe src="https://example.com"></iframe>',
  links:
    '[klikkaa](javascript:alert(13)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxNCk8L3NjcmlwdD4=) ' +
    '[väli]( javascript:alert(15)) [iso](JaVaScRiPt:alert(16)) ![kuva](javascript:alert(17)) <javascript:alert(18)>',
  referenceLink: '[linkki][x]\n\n[x]: javascript:alert(19)',
  template: 'Ohje {{ constructor.constructor("alert(20)")() }} ja </script><script>alert(21)</script>',
  rtl: 'Lataa \u202Efdp.exe\u202C tästä.',
});

/**
 * Inputs that make naive Markdown parsers or regular expressions slow (super-linear) or overflow the stack, each a
 * function of the wanted length in characters.
 */
export const ADVERSARIAL_MARKDOWN: Readonly<Record<string, (length: number) => string>> = Object.freeze({
  openBrackets: (length: number) => '['.repeat(length),
  nestedBlockquotes: (length: number) => '>'.repeat(length),
  nestedLists: (length: number) => '- '.repeat(Math.floor(length / 2)) + 'a',
  nestedEmphasis: (length: number) => '*a'.repeat(Math.floor(length / 2)),
  emphasisRuns: (length: number) =>
    '*'.repeat(Math.floor(length / 2)) + 'a' + '*'.repeat(Math.floor(length / 2)),
  nestedLinks: (length: number) => '[a'.repeat(Math.floor(length / 4)) + ']'.repeat(Math.floor(length / 4)),
  unclosedLinks: (length: number) => '[a]('.repeat(Math.floor(length / 4)),
  unclosedImages: (length: number) => '![a]('.repeat(Math.floor(length / 5)),
  unclosedTags: (length: number) => '<a'.repeat(Math.floor(length / 2)),
  unclosedComments: (length: number) => '<!--'.repeat(Math.floor(length / 4)),
});

/** A body of about `bytes` characters (default 1 MB) of plausible text with a marker word at its very end. */
export function hugeBody(bytes = 1_000_000, marker = 'loppumerkki'): string {
  const paragraph = 'Lepää, juo riittävästi ja seuraa oireita. **Hakeudu hoitoon**, jos olo huononee.\n\n';
  return (
    paragraph.repeat(Math.ceil(bytes / paragraph.length)).slice(0, bytes - marker.length - 1) + ` ${marker}`
  );
}

const TAG = /<([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset']);

/** Decodes the character references a browser would decode in an attribute value (numeric and the few named). */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    .replace(/&quot;/gi, '"')
    .replace(/&amp;/gi, '&');
}

/**
 * Executable markup in `html` as a browser would parse its tags: event-handler attributes, `javascript:`,
 * `vbscript:` or `data:` URLs, `<script>` elements carrying one of the payloads above (`alert(`), and
 * `<iframe>`/`<object>`/`<embed>` elements. Escaped text (`&lt;img …&gt;`) is inert and not reported. Returns one line per finding (empty when the HTML is inert). For tests: a regex
 * scan, good enough to catch payloads that survived as markup, not a general HTML parser.
 */
export function findExecutableMarkup(html: string): string[] {
  const findings: string[] = [];
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase();
    const attributes = tag[2] ?? '';
    if (name === 'iframe' || name === 'object' || name === 'embed') findings.push(`<${name}> element`);
    for (const attribute of attributes.matchAll(ATTRIBUTE)) {
      const key = attribute[1]!.toLowerCase();
      const value = decodeAttribute(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
      if (key.startsWith('on')) findings.push(`event attribute ${key} on <${name}>`);
      // Browsers ignore ASCII whitespace and control characters before and inside the scheme.
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must be removed here
      const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (
        URL_ATTRIBUTES.has(key) &&
        (scheme.startsWith('javascript:') || scheme.startsWith('vbscript:') || scheme.startsWith('data:'))
      )
        findings.push(`${key}=${scheme.slice(0, 30)} on <${name}>`);
    }
  }
  const scripts = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;
  for (const script of html.matchAll(scripts)) {
    if (script[1]!.includes('alert(')) findings.push('payload inside a <script> element');
  }
  return findings;
}

// The monotonic clock of both browsers and Node; content-models is built without DOM or Node types.
declare const performance: { now(): number };

/**
 * How much slower `fn` gets per character when its input grows `factor` times (default 10): the best time of one run
 * on `make(factor * n)` divided by the best time of `factor` runs on `make(n)`. Both process the same number of
 * characters, so linear work gives about 1 (up to a few times more when the larger input falls out of the CPU caches
 * and collects more garbage) and quadratic work about `factor`. Comparing equal work, best of `runs`, keeps a machine
 * busy with other processes from deciding the result.
 */
export function growthPerCharacter(
  fn: (input: string) => unknown,
  make: (length: number) => string,
  n: number,
  { factor = 10, runs = 3 }: { factor?: number; runs?: number } = {},
): number {
  const small = make(n);
  const large = make(factor * n);
  const best = (work: () => void) => {
    let time = Number.POSITIVE_INFINITY;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      work();
      time = Math.min(time, performance.now() - start);
    }
    return time;
  };
  fn(small);
  const manySmall = best(() => {
    for (let i = 0; i < factor; i++) fn(small);
  });
  const oneLarge = best(() => fn(large));
  return oneLarge / Math.max(manySmall, 0.5);
}
