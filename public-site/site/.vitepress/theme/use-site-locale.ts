import type { Locale } from '@neuvo/content-models/locales';
import { useData } from 'vitepress';
import { computed, type ComputedRef } from 'vue';
import { SEARCH_FEEDBACK_STRINGS, type SearchFeedbackStrings } from '../../../src/i18n/search-feedback.js';

/** The page's language (from its VitePress locale: the root is Finnish) and the search and feedback strings in it. */
export function useSiteLocale(): {
  locale: ComputedRef<Locale>;
  strings: ComputedRef<SearchFeedbackStrings>;
} {
  const { localeIndex } = useData();
  const locale = computed<Locale>(() =>
    localeIndex.value === 'sv' ? 'sv' : localeIndex.value === 'en' ? 'en' : 'fi',
  );
  return { locale, strings: computed(() => SEARCH_FEEDBACK_STRINGS[locale.value]) };
}

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
