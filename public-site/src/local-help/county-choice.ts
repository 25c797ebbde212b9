/**
 * The reader's wellbeing services county, remembered in the browser's localStorage (never a cookie: it is not sent
 * anywhere). The stored value is only a region code; anything else found under the key is ignored.
 */

/** The localStorage key. */
export const COUNTY_STORAGE_KEY = 'neuvo.county';

const REGION_CODE = /^[a-z0-9-]{1,64}$/;

/** The part of `Storage` used here (a test passes a Map-backed one). */
export type CountyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The remembered county code, or null (none, unreadable, or storage blocked). */
export function readCounty(storage: CountyStorage | undefined): string | null {
  try {
    const value = storage?.getItem(COUNTY_STORAGE_KEY) ?? null;
    return value !== null && REGION_CODE.test(value) ? value : null;
  } catch {
    // Storage can be disabled (private mode, blocked site data): the choice is then asked for on each page.
    return null;
  }
}

/** Remembers the county; returns false when storage refused (the choice still holds on this page). */
export function rememberCounty(storage: CountyStorage | undefined, code: string): boolean {
  if (!REGION_CODE.test(code)) throw new RangeError('not a region code');
  try {
    storage?.setItem(COUNTY_STORAGE_KEY, code);
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Forgets the county. */
export function forgetCounty(storage: CountyStorage | undefined): void {
  try {
    storage?.removeItem(COUNTY_STORAGE_KEY);
  } catch {
    // Nothing to forget when storage is blocked.
  }
}

/** The browser's localStorage, or undefined where there is none or reading it is blocked. */
export function browserStorage(): CountyStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
