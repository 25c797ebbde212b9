/**
 * URL slugs made from titles: `Feber hos barn` → `feber-hos-barn`, `Äkillinen alaselkäkipu` → `akillinen-alaselkakipu`.
 * Pure. The CMS `slug` (Finnish, unique) stays the key of a guide; these slugs only name pages.
 */

/** Longest slug made from a title; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

// Letters that Unicode decomposition does not reduce to ASCII.
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/**
 * A kebab-case slug (`[a-z0-9]+(-[a-z0-9]+)*`) for a title, at most {@link MAX_SLUG_LENGTH} characters: å, ä and ö
 * (and other accented Latin letters) lose their marks, everything else that is not a letter or digit separates
 * words. `''` when nothing usable is left (a title of symbols only).
 */
export function slugFromTitle(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = title
    .toLowerCase()
    .replace(/[ßæøœđðþłı]/g, (char) => TRANSLITERATIONS[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) {
      // A single overlong first word is cut rather than dropped.
      if (slug === '') slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug;
}

/** Names of other pages in a guides folder (`index.md` is the guide index). */
export const RESERVED_SLUGS: readonly string[] = ['index'];

/** A page that wants a slug: `key` identifies it (the CMS slug), `wanted` is the slug it asks for. */
export interface SlugRequest {
  readonly key: string;
  readonly wanted: string;
  /** Pages with a real translation are served before fallback pages when two want the same slug. */
  readonly preferred: boolean;
}

/**
 * Gives every request a distinct slug, deterministically whatever the input order: requests are served preferred
 * first, then by key; the first to ask for a slug gets it, later ones get `-2`, `-3`, … (cut so that the whole
 * stays within {@link MAX_SLUG_LENGTH}). An empty `wanted` falls back to the key. Returns key → slug.
 */
export function assignSlugs(
  requests: readonly SlugRequest[],
  reserved: readonly string[] = RESERVED_SLUGS,
): Map<string, string> {
  const ordered = [...requests].sort(
    (a, b) => Number(b.preferred) - Number(a.preferred) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const taken = new Set<string>(reserved);
  const result = new Map<string, string>();
  for (const request of ordered) {
    if (result.has(request.key)) continue;
    const base = request.wanted || request.key;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) {
      const suffix = `-${n}`;
      slug = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    taken.add(slug);
    result.set(request.key, slug);
  }
  return result;
}
