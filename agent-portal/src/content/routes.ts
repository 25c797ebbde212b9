/**
 * The portal's hash routes: every piece of content has its own address, so links between content are real
 * `<a href>` links (middle-click opens a new tab) and the browser's back and forward buttons move between views.
 */
import type { ContentType } from '../graphql/queries';

/** What the hash names. */
export type Route =
  | { readonly kind: 'none' }
  | { readonly kind: 'report' }
  | { readonly kind: 'content'; readonly type: ContentType; readonly ref: string };

/** The supervisors' search report (kept from before content routes existed). */
export const REPORT_HASH = '#search-report';

const SEGMENT: Readonly<Record<ContentType, string>> = {
  service: 'service',
  instruction: 'instruction',
  protocol: 'protocol',
  guide: 'guide',
};
const TYPES = Object.keys(SEGMENT) as ContentType[];
/** documentIds and slugs: letters, digits, dash and underscore. */
const REF = /^[A-Za-z0-9_-]{1,200}$/;

/** Reads a location hash (`#/instruction/<documentId>`, `#/guide/<slug>`, `#search-report`, …). */
export function parseRoute(hash: string): Route {
  if (hash === REPORT_HASH) return { kind: 'report' };
  const match = /^#\/([a-z]+)\/([^/?#]+)$/.exec(hash);
  if (!match) return { kind: 'none' };
  const type = TYPES.find((t) => SEGMENT[t] === match[1]);
  let ref: string;
  try {
    ref = decodeURIComponent(match[2]!);
  } catch {
    return { kind: 'none' };
  }
  return type && REF.test(ref) ? { kind: 'content', type, ref } : { kind: 'none' };
}

/**
 * The hash of a piece of content. Guides are addressed by slug (their public address); services, instructions
 * and protocols by CMS documentId.
 */
export function contentHref(type: ContentType, ref: string): string {
  return `#/${SEGMENT[type]}/${encodeURIComponent(ref)}`;
}

/** The hash that opens a search hit. */
export function hitHref(hit: { type: ContentType; documentId: string; slug?: string | null }): string {
  return contentHref(hit.type, hit.type === 'guide' && hit.slug ? hit.slug : hit.documentId);
}
