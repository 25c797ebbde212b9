/**
 * The portal's hash routes: every piece of content has its own address, so links between content are real
 * `<a href>` links (middle-click opens a new tab) and the browser's back and forward buttons move between views.
 */
import { parseCaseworkRoute, type CaseworkRoute } from '../casework/casework-routes';
import type { ContentType } from '../graphql/queries';
import { isLocale, type Locale } from './models';

/** What the hash names. */
export type Route =
  | { readonly kind: 'none' }
  | { readonly kind: 'report' }
  /** The signed-in person's contacts. */
  | { readonly kind: 'contacts' }
  /** One contact of the contact log. */
  | { readonly kind: 'contact'; readonly id: string }
  | {
      readonly kind: 'content';
      readonly type: ContentType;
      readonly ref: string;
      /** Set when the content is opened in another language than the interface's (a hit in the other language). */
      readonly locale?: Locale;
    }
  | CaseworkRoute;

/** The supervisors' search report (kept from before content routes existed). */
export const REPORT_HASH = '#search-report';
/** The signed-in person's contacts. */
export const CONTACTS_HASH = '#/contacts';
/** Contact ids are UUIDs. */
const CONTACT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The hash of one contact. */
export function contactHref(id: string): string {
  return `#/contact/${id}`;
}

const SEGMENT: Readonly<Record<ContentType, string>> = {
  service: 'service',
  instruction: 'instruction',
  protocol: 'protocol',
  guide: 'guide',
};
const TYPES = Object.keys(SEGMENT) as ContentType[];
/** documentIds and slugs: letters, digits, dash and underscore. */
const REF = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * Reads a location hash (`#/instruction/<documentId>`, `#/guide/<slug>`, `#/service/<documentId>/sv`,
 * `#search-report`, `#/contacts`, `#/contact/<id>`, the casework screens `#/casework/<screen>` and
 * `#/contact/<id>/casework`, …).
 */
export function parseRoute(hash: string): Route {
  if (hash === REPORT_HASH) return { kind: 'report' };
  if (hash === CONTACTS_HASH) return { kind: 'contacts' };
  const casework = parseCaseworkRoute(hash);
  if (casework) return casework;
  const contact = /^#\/contact\/([^/?#]+)$/.exec(hash);
  if (contact) return CONTACT_ID.test(contact[1]!) ? { kind: 'contact', id: contact[1]! } : { kind: 'none' };
  const match = /^#\/([a-z]+)\/([^/?#]+)(?:\/([a-z]{2}))?$/.exec(hash);
  if (!match) return { kind: 'none' };
  const type = TYPES.find((t) => SEGMENT[t] === match[1]);
  let ref: string;
  try {
    ref = decodeURIComponent(match[2]!);
  } catch {
    return { kind: 'none' };
  }
  const locale = match[3];
  if (!type || !REF.test(ref) || (locale !== undefined && !isLocale(locale))) return { kind: 'none' };
  return locale !== undefined ? { kind: 'content', type, ref, locale } : { kind: 'content', type, ref };
}

/**
 * The hash of a piece of content. Guides are addressed by slug (their public address); services, instructions
 * and protocols by CMS documentId. `locale` opens it in that language instead of the interface's.
 */
export function contentHref(type: ContentType, ref: string, locale?: Locale): string {
  return `#/${SEGMENT[type]}/${encodeURIComponent(ref)}${locale ? `/${locale}` : ''}`;
}

/** The hash that opens a search hit: in the hit's own language when that is not the interface's. */
export function hitHref(
  hit: { type: ContentType; documentId: string; slug?: string | null; locale?: Locale },
  interfaceLocale: Locale,
): string {
  const ref = hit.type === 'guide' && hit.slug ? hit.slug : hit.documentId;
  return contentHref(
    hit.type,
    ref,
    hit.locale !== undefined && hit.locale !== interfaceLocale ? hit.locale : undefined,
  );
}
