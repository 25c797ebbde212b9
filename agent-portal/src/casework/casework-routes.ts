/**
 * The casework screens' addresses: `#/casework/<screen>` and a contact's casework, `#/contact/<id>/casework`.
 */
import { CASEWORK_SCREENS, type CaseworkScreen } from './access';

/** A casework address. */
export type CaseworkRoute =
  | { readonly kind: 'casework'; readonly screen: CaseworkScreen }
  | { readonly kind: 'contact-casework'; readonly contactId: string };

/** Contact ids: letters, digits, dash and underscore. */
const CONTACT_ID = /^[A-Za-z0-9_-]{1,200}$/;

/** The casework route a hash names, or `undefined` when it names none. */
export function parseCaseworkRoute(hash: string): CaseworkRoute | undefined {
  const screen = /^#\/casework\/([a-z-]+)$/.exec(hash)?.[1];
  if (screen !== undefined) {
    const known = CASEWORK_SCREENS.find((s) => s === screen);
    return known ? { kind: 'casework', screen: known } : undefined;
  }
  const contact = /^#\/contact\/([^/?#]+)\/casework$/.exec(hash)?.[1];
  if (contact !== undefined && CONTACT_ID.test(contact))
    return { kind: 'contact-casework', contactId: contact };
  return undefined;
}

/** The address of a casework screen. */
export function caseworkHref(screen: CaseworkScreen): string {
  return `#/casework/${screen}`;
}

/** The address of a contact's casework (its assessments and call-backs, with the forms). */
export function contactCaseworkHref(contactId: string): string {
  return `#/contact/${encodeURIComponent(contactId)}/casework`;
}
