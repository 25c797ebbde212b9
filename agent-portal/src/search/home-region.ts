import { ref, watch, type Ref } from 'vue';

/** What a browser keeps of a home region chosen in the portal: a region code, or none chosen. */
interface StoredChoice {
  readonly region: string | null;
}

/** The `localStorage` key of one person's home-region choice (`Me.preferenceKey`, never a name or subject). */
export function homeRegionStorageKey(preferenceKey: string): string {
  return `neuvo.homeRegion.${preferenceKey}`;
}

const REGION_CODE = /^[a-z0-9-]{1,64}$/;

/** The stored choice, or `undefined` when there is none (or it is unreadable: then the sign-in claim applies). */
export function readHomeRegion(
  storage: Storage | undefined,
  preferenceKey: string,
): StoredChoice | undefined {
  try {
    const raw = storage?.getItem(homeRegionStorageKey(preferenceKey));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null || !('region' in parsed)) return undefined;
    const region = (parsed as { region: unknown }).region;
    if (region === null) return { region: null };
    return typeof region === 'string' && REGION_CODE.test(region) ? { region } : undefined;
  } catch {
    return undefined;
  }
}

function writeHomeRegion(storage: Storage | undefined, preferenceKey: string, region: string | null): void {
  try {
    storage?.setItem(homeRegionStorageKey(preferenceKey), JSON.stringify({ region } satisfies StoredChoice));
  } catch {
    // Private mode or a full storage: the choice lasts until the page is reloaded.
  }
}

/**
 * The agent's home region: what they chose last in this browser (per signed-in person, across reloads), else the
 * region of their sign-in claims. Changing the returned ref remembers the choice.
 *
 * @param preferenceKey `Me.preferenceKey`; without one (no session) nothing is remembered
 * @param claimRegion `Me.homeRegion` from the sign-in claims
 */
export function useHomeRegion(
  preferenceKey: string | null | undefined,
  claimRegion: string | null | undefined,
  storage: Storage | undefined = typeof localStorage === 'undefined' ? undefined : localStorage,
): Ref<string | null> {
  const stored = preferenceKey ? readHomeRegion(storage, preferenceKey) : undefined;
  const region = ref<string | null>(stored ? stored.region : (claimRegion ?? null));
  watch(region, (value) => {
    if (preferenceKey) writeHomeRegion(storage, preferenceKey, value);
  });
  return region;
}
