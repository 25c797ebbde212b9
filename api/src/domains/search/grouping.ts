/**
 * The pure rules of a grouped, bilingual search: which languages a query is searched in, how much a hit of another
 * language or another region weighs, and how the hits of one service in several regions (and languages) become one
 * hit with "also in" links. No Meilisearch here; `service.ts` sends the requests.
 */
import type { Locale } from '../../models.js';

/**
 * The languages a query is searched in, the interface language first. Finland's national languages are Finnish and
 * Swedish: a Finnish interface also searches Swedish and a Swedish one Finnish (bilingual counties serve callers in
 * both). An English interface searches English, then both national languages, because most regional content exists
 * in Finnish and Swedish only.
 */
export function searchLocales(locale: Locale): readonly Locale[] {
  switch (locale) {
    case 'fi':
      return ['fi', 'sv'];
    case 'sv':
      return ['sv', 'fi'];
    case 'en':
      return ['en', 'fi', 'sv'];
  }
}

/**
 * Federated-search weight of a hit in another language than the interface's: a little below 1, so that of two hits
 * that match equally well the one in the interface language comes first, while a good Swedish match (`tandläkare`)
 * still beats a poor Finnish one.
 */
export const OTHER_LANGUAGE_WEIGHT = 0.9;

/**
 * Federated-search weight of a hit only for other regions than the chosen home region. Region-less (national) hits
 * weigh as home-region hits. Half: another region's entry outranks a home-region or national one only when it matches
 * at least twice as well (Meilisearch's ranking score), so the agent's own county comes first.
 */
export const OTHER_REGION_WEIGHT = 0.5;

/** The fields of a hit that grouping looks at. */
export interface GroupMember {
  readonly id: string;
  readonly groupKey: string;
  readonly locale: Locale;
  readonly region: readonly string[];
}

/**
 * Keeps the first hit of each group, in order: the best-ranked entry of a service, whatever its language or region.
 * Returns the kept hits and how many were dropped as repeats.
 */
export function firstOfEachGroup<T extends Pick<GroupMember, 'groupKey'>>(
  hits: readonly T[],
): { kept: T[]; repeats: number } {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const hit of hits) {
    if (seen.has(hit.groupKey)) continue;
    seen.add(hit.groupKey);
    kept.push(hit);
  }
  return { kept, repeats: hits.length - kept.length };
}

/**
 * The entry of a group to show: the home region's entry in the language of the best hit when there is one, else the
 * best hit itself. `members` are the group's entries in that language.
 */
export function displayMember<T extends GroupMember>(best: T, members: readonly T[], home: string | null): T {
  if (home === null || best.region.includes(home)) return best;
  return members.find((m) => m.locale === best.locale && m.region.includes(home)) ?? best;
}

/** The other regions' entries of a group (not the shown one), ordered by their first region code. */
export function otherMembers<T extends GroupMember>(shown: T, members: readonly T[]): T[] {
  return members
    .filter((m) => m.id !== shown.id && m.locale === shown.locale && m.region.length > 0)
    .sort((a, b) => (a.region[0] ?? '').localeCompare(b.region[0] ?? ''));
}
