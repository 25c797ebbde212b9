import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme, type HeadConfig, type LocaleSpecificConfig } from 'vitepress';
import { loadSiteBuildConfig } from '../../src/config.js';
import { FINDABLE_STRINGS } from '../../src/i18n/findable.js';
import { escapeHtml, telLinks } from '../../src/render-guide-page.js';
import { languageHead, sitemapItems, type PageLanguageData } from '../../src/seo.js';
import { LOCALE_META, SITE_STRINGS, type SiteLocale } from '../../src/site-i18n.js';
import { accessibilityPath, azPath } from '../../src/site-paths.js';

const buildConfig = loadSiteBuildConfig(process.env);

/** What the theme reads from `theme.value.neuvo` (the 404 page's emergency notice). */
export interface NeuvoThemeConfig {
  emergencyLabel: string;
  /** Plain text: the theme makes its emergency numbers `tel:` links. */
  emergencyNotice: string;
}

function localeConfig(locale: SiteLocale): LocaleSpecificConfig<DefaultTheme.Config> & { label: string } {
  const meta = LOCALE_META[locale];
  const strings = SITE_STRINGS[locale];
  const findable = FINDABLE_STRINGS[locale];
  const neuvo: NeuvoThemeConfig = {
    emergencyLabel: strings.emergencyLabel,
    emergencyNotice: strings.emergencyNotice,
  };
  return {
    label: meta.label,
    lang: meta.lang,
    title: 'Neuvo',
    description: strings.siteDescription,
    themeConfig: {
      nav: [
        { text: strings.navGuides, link: `${meta.prefix}/guides/`, activeMatch: `^${meta.prefix}/guides/` },
        { text: findable.navAz, link: azPath(locale) },
      ],
      outline: { level: [2, 3], label: strings.outlineLabel },
      docFooter: { prev: strings.docFooterPrev, next: strings.docFooterNext },
      darkModeSwitchLabel: strings.darkModeSwitchLabel,
      lightModeSwitchTitle: strings.lightModeSwitchTitle,
      darkModeSwitchTitle: strings.darkModeSwitchTitle,
      sidebarMenuLabel: strings.sidebarMenuLabel,
      returnToTopLabel: strings.returnToTopLabel,
      langMenuLabel: strings.langMenuLabel,
      skipToContentLabel: strings.skipToContentLabel,
      notFound: {
        title: strings.notFoundTitle,
        quote: strings.notFoundQuote,
        linkLabel: strings.notFoundLinkLabel,
        linkText: strings.notFoundLinkText,
      },
      // The footer message is HTML (VitePress writes it with v-html): only our own escaped strings go in.
      footer: {
        message:
          `${telLinks(escapeHtml(strings.footer))}<br>` +
          `<a href="${accessibilityPath(locale)}">${escapeHtml(findable.footerAccessibility)}</a>`,
      },
      neuvo,
    } as DefaultTheme.Config & { neuvo: NeuvoThemeConfig },
  };
}

// Each page's language versions, from its frontmatter, collected as pages are rendered for the sitemap (which
// VitePress writes after every page).
const pageLanguages = new Map<string, PageLanguageData>();

export default defineConfig({
  title: 'Neuvo',
  // Clean, relocatable output: /guides/<slug>.html, /sv/guides/<slug>.html, …
  cleanUrls: false,
  lastUpdated: false,
  // Generated guide pages link to each other with plain HTML; nothing else should dangle.
  ignoreDeadLinks: false,
  head: [['meta', { name: 'theme-color', content: '#005a87' }]],
  vite: {
    // The api URL citizens' browsers call (theme/site-api.ts), fixed when the site is built.
    define: { __NEUVO_API_URL__: JSON.stringify(buildConfig.browserApiUrl) },
    resolve: {
      // The language menu goes to the same page in the other language (a guide's translation or its fallback page),
      // which VitePress cannot know since the pages have different slugs: the theme's language links are replaced
      // by ones that read the page's `languages` frontmatter.
      alias: [
        {
          find: /^.*\/composables\/langs(\.js)?$/,
          replacement: fileURLToPath(new URL('./theme/page-langs.ts', import.meta.url)),
        },
      ],
    },
  },
  sitemap: {
    hostname: `${buildConfig.siteUrl}/`,
    transformItems: (items) => sitemapItems(items, pageLanguages, buildConfig.siteUrl),
  },
  transformPageData(pageData) {
    pageLanguages.set(pageData.relativePath, {
      languages: pageData.frontmatter['languages'],
      alternates: pageData.frontmatter['alternates'],
      noindex: pageData.frontmatter['noindex'] === true,
    });
  },
  // VitePress writes a page's description into <meta name="description"> unescaped; a guide summary is editor content.
  // A description tag from here takes its place and goes through VitePress's attribute escaping.
  transformHead: ({ description, pageData }) => [
    ['meta', { name: 'description', content: description }] as HeadConfig,
    ...languageHead(
      pageData.relativePath,
      {
        languages: pageData.frontmatter['languages'],
        alternates: pageData.frontmatter['alternates'],
        noindex: pageData.frontmatter['noindex'] === true,
      },
      buildConfig.siteUrl,
    ),
  ],
  locales: {
    root: localeConfig('fi'),
    sv: localeConfig('sv'),
    en: localeConfig('en'),
  },
});
