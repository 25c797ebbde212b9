/**
 * Where the `<LocalHelp>` component goes in a generated guide page. The page's HTML sits in `<div v-pre>` so that
 * Vue never compiles content, and a component inside it would not be compiled either: the slot closes that block,
 * places the component and opens a new `v-pre` block for the rest of the page. Its props are a kebab-case slug and a
 * locale code, nothing an editor could break out of.
 */
import { SLUG_PATTERN } from '@neuvo/content-models';
import type { SiteLocale } from '../site-i18n.js';

/** The markup between two parts of a guide page's `v-pre` block; empty for a slug that is not kebab-case. */
export function localHelpSlot(slug: string, locale: SiteLocale): string {
  if (!SLUG_PATTERN.test(slug)) return '';
  return `</div><LocalHelp slug="${slug}" locale="${locale}" /><div v-pre class="neuvo-guide">`;
}
