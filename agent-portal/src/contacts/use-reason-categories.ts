import type { GraphQLClient } from '@neuvo/graphql-contract';
import { shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import type { Locale } from '../content/models';
import { fetchReasonCategories, type ReasonCategoryView } from '../graphql/queries';

/**
 * The contact reason categories in the interface language (`contactReasonCategories`), again on a language switch.
 * `null` while not loaded, when the list is empty or could not be read: the form then takes a typed code, which the
 * api still checks.
 */
export function useReasonCategories(
  client: GraphQLClient,
  locale: Readonly<Ref<Locale>>,
): ShallowRef<readonly ReasonCategoryView[] | null> {
  const categories = shallowRef<readonly ReasonCategoryView[] | null>(null);
  watch(
    locale,
    async (current) => {
      try {
        const list = await fetchReasonCategories(client, current);
        if (current === locale.value) categories.value = list.length > 0 ? list : null;
      } catch {
        // Keep what is shown.
      }
    },
    { immediate: true },
  );
  return categories;
}

/** The label of a category code, or the code itself when the list does not hold it. */
export function reasonCategoryLabel(categories: readonly ReasonCategoryView[] | null, code: string): string {
  return categories?.find((c) => c.code === code)?.label ?? code;
}
