import { z } from 'zod';
import {
  date,
  datetime,
  defineContentType,
  enumeration,
  json,
  manyToMany,
  richtext,
  string,
  text,
} from '../dsl/index.js';
import { DEFAULT_GUIDE_TOPIC, GUIDE_TOPICS } from '../guide-topics.js';
import { SLUG_PATTERN, SourceSchema, StringListSchema } from '../shared-schemas.js';
import { TEXT_LIMITS } from '../limits.js';

/** A public self-care guide. */
export const selfCareGuide = defineContentType({
  singularName: 'self-care-guide',
  pluralName: 'self-care-guides',
  displayName: 'Self-care guide',
  description: 'Public self-care guide with "when to seek care" signs',
  localized: true,
  fields: {
    slug: string({ pattern: SLUG_PATTERN }).required().unique(),
    title: string().required().localized(),
    summary: text({ maxLength: TEXT_LIMITS.summary }).localized(),
    body: richtext({ maxLength: TEXT_LIMITS.markdown }).required().localized(),
    whenToSeekCare: json(StringListSchema).localized(),
    /** Shared by every language version: the site groups guides by it. */
    topic: enumeration(GUIDE_TOPICS).default(DEFAULT_GUIDE_TOPIC),
    relatedServices: manyToMany('api::service-entry.service-entry', { mappedBy: 'guides' }),
    relatedGuides: manyToMany('api::self-care-guide.self-care-guide'),
    lastReviewed: date(),
    nextReview: date(),
    /** Set by the PTV sync when a linked service changed in PTV since the last review; editors clear it. */
    sourceChangedAt: datetime(),
    sources: json(z.array(SourceSchema)),
  },
});

/** A self-care guide document (REST shape). */
export type SelfCareGuide = z.infer<typeof selfCareGuide.schema>;
/** Writable self-care guide data. */
export type SelfCareGuideData = z.input<typeof selfCareGuide.dataSchema>;
