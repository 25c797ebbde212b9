import { shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import type { GraphQLClient } from '@neuvo/graphql-contract';
import { fetchRegions, type RegionView } from '../graphql/queries';
import type { Locale } from './models';

/** Region names by code, in one locale. */
export type RegionNames = ReadonlyMap<string, string>;

/** The region's name, or its code when the name is not known (the regions list is not loaded, or lacks it). */
export function regionName(names: RegionNames, code: string): string {
  return names.get(code) ?? code;
}

export interface UseRegions {
  /** Published regions in the UI locale, ordered by name; empty until loaded (or when loading failed). */
  readonly regions: Readonly<ShallowRef<readonly RegionView[]>>;
  /** Names by code of {@link UseRegions.regions}. */
  readonly names: Readonly<ShallowRef<RegionNames>>;
}

/**
 * Loads the published regions in the UI locale (again when the locale changes; each locale once). Regions are
 * labels only: when the api cannot answer, the portal shows codes and keeps working.
 */
export function useRegions(client: GraphQLClient, locale: Readonly<Ref<Locale>>): UseRegions {
  const regions = shallowRef<readonly RegionView[]>([]);
  const names = shallowRef<RegionNames>(new Map());
  const loaded = new Map<Locale, readonly RegionView[]>();
  let latest = 0;

  const show = (list: readonly RegionView[]) => {
    regions.value = list;
    names.value = new Map(list.map((r) => [r.code, r.name]));
  };

  watch(
    locale,
    async (current) => {
      const request = ++latest;
      const known = loaded.get(current);
      if (known) {
        show(known);
        return;
      }
      try {
        const list = await fetchRegions(client, current);
        loaded.set(current, list);
        if (request === latest) show(list);
      } catch {
        // Codes instead of names; the next locale switch tries again.
      }
    },
    { immediate: true },
  );
  return { regions, names };
}
