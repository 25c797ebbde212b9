import { defineConfig, type DefaultTheme, type LocaleSpecificConfig } from 'vitepress';
import { loadSiteBuildConfig } from '../../src/config.js';
import { LOCALE_META, SITE_STRINGS, type SiteLocale } from '../../src/site-i18n.js';

function localeConfig(locale: SiteLocale): LocaleSpecificConfig<DefaultTheme.Config> & { label: string } {
  const meta = LOCALE_META[locale];
  const strings = SITE_STRINGS[locale];
  return {
    label: meta.label,
    lang: meta.lang,
    title: 'Neuvo',
    description: strings.siteDescription,
    themeConfig: {
      nav: [
        { text: strings.navGuides, link: `${meta.prefix}/guides/`, activeMatch: `^${meta.prefix}/guides/` },
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
      footer: { message: strings.footer },
    },
  };
}

export default defineConfig({
  title: 'Neuvo',
  // Clean, relocatable output: /guides/<slug>.html, /sv/guides/<slug>.html, …
  cleanUrls: false,
  lastUpdated: false,
  // Generated guide pages link to each other with plain HTML; nothing else should dangle.
  ignoreDeadLinks: false,
  head: [['meta', { name: 'theme-color', content: '#005a87' }]],
  // The api URL citizens' browsers call (theme/site-api.ts), fixed when the site is built.
  vite: { define: { __NEUVO_API_URL__: JSON.stringify(loadSiteBuildConfig(process.env).browserApiUrl) } },
  // VitePress writes a page's description into <meta name="description"> unescaped; a guide summary is editor content.
  // A description tag from here takes its place and goes through VitePress's attribute escaping.
  transformHead: ({ description }) => [['meta', { name: 'description', content: description }]],
  locales: {
    root: localeConfig('fi'),
    sv: localeConfig('sv'),
    en: localeConfig('en'),
  },
  themeConfig: {
    // A guide is not translated into every language: switching language goes to that language's home page
    // instead of a 404. Guide pages link their existing translations themselves.
    i18nRouting: false,
  },
});
