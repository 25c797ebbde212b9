import { createMarkdownRenderer } from 'vitepress';
import { describe, expect, it } from 'vitest';
import type { SiteGuide } from './api-client.js';
import { escapeHtml, renderGuideIndex, renderGuidePage, telLinks } from './render-guide-page.js';
import { SITE_STRINGS } from './site-i18n.js';
import { buildGuideRoutes } from './site-paths.js';

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
    topic: 'fever_infections',
    ...overrides,
  };
}

// flunssa in Finnish and Swedish, kuume in Finnish only, korvakipu nowhere.
const context = {
  routes: buildGuideRoutes({
    fi: [
      { slug: 'flunssa', title: 'Flunssa' },
      { slug: 'kuume', title: 'Kuume' },
    ],
    sv: [{ slug: 'flunssa', title: 'Förkylning' }],
    en: [],
  }),
};

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
    const en = renderGuidePage(guide({ locale: 'en', title: 'Common cold' }), context);
    expect(en).toContain('Reviewed <time datetime="2025-03-01">1 March 2025</time>');
  });

  it('links the translations that exist under their own slugs; the language menu also knows the fallback page', () => {
    const page = renderGuidePage(guide(), context);
    expect(page).toContain('<a href="/sv/guides/forkylning.html" hreflang="sv-FI" lang="sv-FI">Svenska</a>');
    expect(page).not.toContain('hreflang="en"');
    expect(page).toContain(
      'languages: {"fi":"/guides/flunssa.html","sv":"/sv/guides/forkylning.html","en":"/en/guides/flunssa.html"}',
    );
    expect(page).toContain('alternates: {"fi":"/guides/flunssa.html","sv":"/sv/guides/forkylning.html"}');
  });

  it('puts "when to seek care" right after the emergency notice, before the body', () => {
    const page = renderGuidePage(guide(), context);
    const emergency = page.indexOf('class="neuvo-emergency"');
    const seekCare = page.indexOf('class="neuvo-guide__seek-care"');
    const body = page.indexOf('class="neuvo-guide__body"');
    expect(emergency).toBeGreaterThan(0);
    expect(seekCare).toBeGreaterThan(emergency);
    expect(body).toBeGreaterThan(seekCare);
  });

  it('shows the emergency notice in the page language with the numbers as tel: links', () => {
    expect(renderGuidePage(guide(), context)).toContain(
      'Hätätilanteessa soita <a href="tel:112">112</a>. Kiireellisessä asiassa soita Päivystysapuun <a href="tel:116117">116117</a>.',
    );
    expect(renderGuidePage(guide({ locale: 'sv' }), context)).toContain(
      'ring Jourhjälpen <a href="tel:116117">',
    );
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
    const routes = buildGuideRoutes({
      fi: [],
      sv: [
        { slug: 'korvakipu', title: 'Öronvärk' },
        { slug: 'flunssa', title: 'Förkylning' },
      ],
      en: [],
    });
    const page = renderGuideIndex(
      'sv',
      [
        { slug: 'korvakipu', title: 'Öronvärk', summary: null, locale: 'sv', topic: 'pain' },
        {
          slug: 'flunssa',
          title: 'Förkylning',
          summary: 'Går över av sig själv.',
          locale: 'sv',
          topic: 'other',
        },
      ],
      routes,
    );
    expect(page).toContain('title: "Egenvårdsanvisningar"');
    const first = page.indexOf('Förkylning');
    const second = page.indexOf('Öronvärk');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(page).toContain(
      `<a href="/sv/guides/forkylning.html">Förkylning</a><p>Går över av sig själv.</p>`,
    );
  });

  it('says so when a locale has no guides', () => {
    expect(renderGuideIndex('en', [], new Map())).toContain(SITE_STRINGS.en.guidesIndexEmpty);
  });
});

describe('telLinks', () => {
  it('links 112 and 116117 and leaves other numbers alone', () => {
    expect(telLinks('Soita 112 tai 116 117.')).toBe(
      'Soita <a href="tel:112">112</a> tai <a href="tel:116117">116 117</a>.',
    );
    expect(telLinks('1120 tai +358112 tai 11211')).toBe('1120 tai +358112 tai 11211');
  });
});
