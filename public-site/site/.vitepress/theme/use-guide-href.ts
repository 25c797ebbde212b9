import type { Locale } from '@neuvo/content-models/locales';
import { withBase } from 'vitepress';
import { shallowRef } from 'vue';
import { GUIDE_ROUTE_TABLE_FILE, guideHref, type GuideRouteTable } from '../../../src/guide-path.js';

const table = shallowRef<GuideRouteTable | null>(null);
let loading: Promise<void> | undefined;

/**
 * `href(locale, slug)`: the page of a guide the api names by its CMS slug, from the built site's route table
 * (fetched once per page load; until it arrives, the CMS slug's path, which forwards to the page).
 */
export function useGuideHref(): (locale: Locale, slug: string) => string {
  if (typeof window !== 'undefined') {
    loading ??= fetch(withBase(`/${GUIDE_ROUTE_TABLE_FILE}`))
      .then((res) => (res.ok ? (res.json() as Promise<GuideRouteTable>) : {}))
      .then((loaded) => {
        table.value = loaded;
      })
      .catch(() => {
        table.value = {};
      });
  }
  return (locale, slug) => guideHref(table.value, locale, slug);
}
