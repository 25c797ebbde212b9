import type { Locale } from '@neuvo/content-models/locales';
import { SiteRecordGuideViewDocument } from '@neuvo/graphql-contract';
import { siteApi } from './site-api.js';

/**
 * Counts one view of a guide page for the most read list. Anonymous (no cookie, nothing about the reader); a failure
 * is not the reader's concern and is dropped.
 */
export function recordGuideView(slug: string, locale: Locale): void {
  siteApi.request(SiteRecordGuideViewDocument, { slug, locale }).catch(() => undefined);
}
