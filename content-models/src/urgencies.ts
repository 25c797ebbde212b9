/**
 * The care urgencies and their order. Free of zod, so a browser app (the portal's triage runner) can import them
 * alone; the zod schema is in `urgency.ts`.
 */

/**
 * Care urgencies, ordered from most to least urgent. The order is meaningful: evaluators pick the
 * outcome with the lowest index.
 */
export const URGENCIES = [
  'emergency_112',
  'paivystys_now',
  'urgent_same_day',
  'non_urgent',
  'self_care',
] as const;

/** One of {@link URGENCIES}. */
export type Urgency = (typeof URGENCIES)[number];

/** Rank of an urgency: 0 = most urgent. */
export function urgencyRank(urgency: Urgency): number {
  return URGENCIES.indexOf(urgency);
}

/** Returns the more urgent of two urgencies. */
export function mostUrgent(a: Urgency, b: Urgency): Urgency {
  return urgencyRank(a) <= urgencyRank(b) ? a : b;
}
