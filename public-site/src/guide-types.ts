import type { Locale } from '@neuvo/content-models';

/** A guide in the `guides(locale)` list (GraphQL `GuideSummary`). */
export interface GuideSummary {
  slug: string;
  title: string;
  summary: string | null;
  /** Locale of the text; the api returns Finnish for guides not translated into the requested locale. */
  locale: Locale;
}

/** A full guide (GraphQL `SelfCareGuide`), as the site queries it. */
export interface SiteGuide {
  slug: string;
  locale: Locale;
  title: string;
  summary: string | null;
  /** Markdown. */
  body: string;
  whenToSeekCare: string[];
  /** ISO date. */
  lastReviewed: string | null;
  /** ISO date. */
  nextReview: string | null;
  sources: { title: string; url: string }[];
  relatedGuides: { slug: string; title: string }[];
}
