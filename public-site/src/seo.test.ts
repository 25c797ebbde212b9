import { describe, expect, it } from 'vitest';
import { languageHead, languagePaths, sitemapItems, sitePathOf } from './seo.js';

const site = 'https://neuvo.fi';
const alternates = { fi: '/guides/kuume-lapsi.html', sv: '/sv/guides/feber-hos-barn.html' };

describe('languageHead', () => {
  it('writes the canonical URL, hreflang alternates and x-default (the Finnish page)', () => {
    expect(languageHead('sv/guides/feber-hos-barn.md', { alternates, noindex: false }, site)).toEqual([
      ['link', { rel: 'canonical', href: 'https://neuvo.fi/sv/guides/feber-hos-barn.html' }],
      ['link', { rel: 'alternate', hreflang: 'fi-FI', href: 'https://neuvo.fi/guides/kuume-lapsi.html' }],
      [
        'link',
        { rel: 'alternate', hreflang: 'sv-FI', href: 'https://neuvo.fi/sv/guides/feber-hos-barn.html' },
      ],
      ['link', { rel: 'alternate', hreflang: 'x-default', href: 'https://neuvo.fi/guides/kuume-lapsi.html' }],
    ]);
  });

  it('marks fallback pages noindex, and writes nothing for pages without language data', () => {
    expect(languageHead('en/guides/x.md', { alternates: {}, noindex: true }, site)).toEqual([
      ['meta', { name: 'robots', content: 'noindex' }],
    ]);
    expect(languageHead('404.md', { noindex: false }, site)).toEqual([]);
  });

  it('ignores frontmatter paths that are not site paths', () => {
    expect(languagePaths({ fi: 'javascript:alert(1)', sv: '/sv/"><x', en: '/en/a.html', xx: '/x' })).toEqual({
      en: '/en/a.html',
    });
  });
});

describe('sitemapItems', () => {
  it('drops noindex pages and adds the alternates of the others', () => {
    const pages = new Map([
      ['sv/guides/feber-hos-barn.md', { alternates, noindex: false }],
      ['en/guides/kuume-lapsi.md', { alternates: {}, noindex: true }],
      ['index.md', { alternates: { fi: '/' }, noindex: false }],
    ]);
    const items = sitemapItems(
      [{ url: 'sv/guides/feber-hos-barn.html' }, { url: 'en/guides/kuume-lapsi.html' }, { url: '' }],
      pages,
      site,
    );
    expect(items).toEqual([
      {
        url: 'sv/guides/feber-hos-barn.html',
        links: [
          { lang: 'fi-FI', url: 'https://neuvo.fi/guides/kuume-lapsi.html' },
          { lang: 'sv-FI', url: 'https://neuvo.fi/sv/guides/feber-hos-barn.html' },
          { lang: 'x-default', url: 'https://neuvo.fi/guides/kuume-lapsi.html' },
        ],
      },
      {
        url: '',
        links: [
          { lang: 'fi-FI', url: 'https://neuvo.fi/' },
          { lang: 'x-default', url: 'https://neuvo.fi/' },
        ],
      },
    ]);
  });

  it('maps source files to site paths', () => {
    expect(sitePathOf('index.md')).toBe('/');
    expect(sitePathOf('sv/index.md')).toBe('/sv/');
    expect(sitePathOf('sv/guides/x.md')).toBe('/sv/guides/x.html');
  });
});
