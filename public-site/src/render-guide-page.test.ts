import { createMarkdownRenderer } from 'vitepress';
import { describe, expect, it } from 'vitest';
import type { SiteGuide } from './api-client.js';
import { escapeHtml, guidePath, renderGuideIndex, renderGuidePage } from './render-guide-page.js';
import { SITE_STRINGS } from './site-i18n.js';

function guide(overrides: Partial<SiteGuide> = {}): SiteGuide {
  return {
    slug: 'flunssa',
    locale: 'fi',
    title: 'Flunssa',
    summary: 'Flunssa paranee yleensä itsestään.',
    body: '## Kotihoito\n\nLepää ja juo riittävästi.\n\n```\nrivi 1\n\nrivi 3\n```\n\nEsimerkki: {{ constructor }}',
    whenToSeekCare: ['Kuume yli 40 °C', 'Hengenahdistus'],
    lastReviewed: '2025-03-01',
    nextReview: '2026-03-01',
    sources: [
      { title: 'Käypä hoito', url: 'https://www.kaypahoito.fi/' },
      { title: 'Paha', url: 'javascript:alert(1)' },
    ],
    relatedGuides: [
      { slug: 'kuume', title: 'Kuume' },
      { slug: 'yskä-ei-kaannetty', title: 'Ei sivua' },
      { slug: 'korvakipu', title: 'Korvakipu (ei tällä kielellä)' },
    ],
    ...overrides,
  };
}

const context = { availableIn: ['fi', 'sv'] as const, slugsInLocale: new Set(['flunssa', 'kuume']) };

describe('renderGuidePage', () => {
  it('wraps the whole page in <div v-pre> with the title in the frontmatter', () => {
    const page = renderGuidePage(guide(), context);
    expect(
      page.startsWith('---\ntitle: "Flunssa"\ndescription: "Flunssa paranee yleensä itsestään."\n'),
    ).toBe(true);
    expect(page).toContain('\n<div v-pre class="neuvo-guide">');
    expect(page.trimEnd().endsWith('</div>')).toBe(true);
  });

  it('keeps the HTML a single markdown-it block (no blank lines inside)', () => {
    const page = renderGuidePage(guide(), context);
    const html = page.slice(page.indexOf('<div v-pre'));
    expect(html.trimEnd().split('\n')).toHaveLength(1);
    // The blank line of the code block survives as character references.
    expect(html).toContain('rivi 1&#10;&#10;rivi 3');
  });

  it('renders the body sanitised and the when-to-seek-care signs, sources and related guides', () => {
    const page = renderGuidePage(
      guide({ body: 'Hoito <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">' }),
      context,
    );
    expect(page).not.toMatch(/<script|onerror|javascript:/i);
    expect(page).toContain('<h2 id="neuvo-seek-care">Milloin hakeutua hoitoon</h2>');
    expect(page).toContain('<li>Kuume yli 40 °C</li>');
    expect(page).toContain('<a href="https://www.kaypahoito.fi/" rel="noopener noreferrer">Käypä hoito</a>');
    expect(page).not.toContain('>Paha<');
    expect(page).toContain('<a href="/guides/kuume.html">Kuume</a>');
    expect(page).not.toContain('korvakipu');
  });

  it('formats review dates for the locale in Europe/Helsinki', () => {
    expect(renderGuidePage(guide(), context)).toContain(
      'Tarkistettu <time datetime="2025-03-01">1. maaliskuuta 2025</time> · Seuraava tarkistus <time datetime="2026-03-01">1. maaliskuuta 2026</time>',
    );
    const sv = renderGuidePage(guide({ locale: 'sv', title: 'Förkylning' }), context);
    expect(sv).toContain('Granskad <time datetime="2025-03-01">1 mars 2025</time>');
    const en = renderGuidePage(guide({ locale: 'en', title: 'Common cold' }), {
      ...context,
      availableIn: ['en'],
    });
    expect(en).toContain('Reviewed <time datetime="2025-03-01">1 March 2025</time>');
  });

  it('links only the translations that exist, with hreflang alternates', () => {
    const page = renderGuidePage(guide(), context);
    expect(page).toContain('<a href="/sv/guides/flunssa.html" hreflang="sv-FI" lang="sv-FI">Svenska</a>');
    expect(page).not.toContain('/en/guides/flunssa.html');
    expect(page).toContain('"hreflang":"sv-FI","href":"/sv/guides/flunssa.html"');
  });

  it('shows the emergency notice in the page language', () => {
    expect(renderGuidePage(guide(), context)).toContain(SITE_STRINGS.fi.emergencyNotice);
    expect(renderGuidePage(guide({ locale: 'sv' }), context)).toContain(SITE_STRINGS.sv.emergencyNotice);
  });

  it('escapes titles and frontmatter values that look like markup or YAML', () => {
    const page = renderGuidePage(guide({ title: 'A "quoted": <b>title</b>\n---', summary: null }), context);
    // One line, and no `</` that could end the <script> block VitePress puts the frontmatter in.
    expect(page).toContain('title: "A \\"quoted\\": <\u2060b>title<\u2060/b> ---"');
    expect(page).toContain(`<h1>${escapeHtml('A "quoted": <b>title</b> ---')}</h1>`);
  });

  it("survives VitePress's markdown renderer as one untouched HTML block", async () => {
    const md = await createMarkdownRenderer(process.cwd());
    const page = renderGuidePage(guide(), context);
    const body = page.slice(page.indexOf('<div v-pre'));
    const rendered = md.render(body);
    expect(rendered.trim()).toBe(body.trim());
    expect(rendered).toContain('{{ constructor }}');
  });
});

describe('renderGuideIndex', () => {
  it('lists guides sorted for the locale, with links per locale', () => {
    const page = renderGuideIndex('sv', [
      { slug: 'ont-i-orat', title: 'Öronvärk', summary: null, locale: 'sv' },
      { slug: 'forkylning', title: 'Förkylning', summary: 'Går över av sig själv.', locale: 'sv' },
    ]);
    expect(page).toContain('title: "Egenvårdsanvisningar"');
    const first = page.indexOf('Förkylning');
    const second = page.indexOf('Öronvärk');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(page).toContain(
      `<a href="${guidePath('sv', 'forkylning')}">Förkylning</a><p>Går över av sig själv.</p>`,
    );
  });

  it('says so when a locale has no guides', () => {
    expect(renderGuideIndex('en', [])).toContain(SITE_STRINGS.en.guidesIndexEmpty);
  });
});
