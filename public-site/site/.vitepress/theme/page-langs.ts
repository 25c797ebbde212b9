/**
 * Replaces the default theme's `useLangs` (wired in config.ts with a Vite alias): the language menu, the mobile
 * language list and the 404 page's home link. A page's `languages` frontmatter (written by the page generator)
 * names its version in each language, e.g. a guide's Swedish page under its Swedish slug, or the page saying the
 * guide is not translated yet. A page without it (the 404) links the other languages' home pages.
 */
import { computed } from 'vue';
import { useData } from 'vitepress';

const SITE_PATH = /^\/[a-z0-9/._-]*$/;

export function useLangs(_options: { correspondingLink?: boolean } = {}) {
  const { site, localeIndex, frontmatter } = useData();
  const homeOf = (key: string, link?: string) => link || (key === 'root' ? '/' : `/${key}/`);

  const currentLang = computed(() => ({
    label: site.value.locales[localeIndex.value]?.label,
    link: homeOf(localeIndex.value, site.value.locales[localeIndex.value]?.link),
  }));

  const localeLinks = computed(() => {
    const languages = (frontmatter.value['languages'] ?? {}) as Record<string, unknown>;
    return Object.entries(site.value.locales).flatMap(([key, value]) => {
      if (value.label === currentLang.value.label) return [];
      // Locale keys are `root` (Finnish), `sv` and `en`; the frontmatter names languages `fi`, `sv`, `en`.
      const target = languages[key === 'root' ? 'fi' : key];
      return [
        {
          text: value.label ?? key,
          link: typeof target === 'string' && SITE_PATH.test(target) ? target : homeOf(key, value.link),
        },
      ];
    });
  });

  return { localeLinks, currentLang };
}
