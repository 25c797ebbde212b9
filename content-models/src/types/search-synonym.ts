import type { z } from 'zod';
import { defineContentType, json, string } from '../dsl/index.js';
import { StringListSchema } from '../shared-schemas.js';

/** One synonym group per entry and locale (e.g. `terveysasema`, `terkkari`). */
export const searchSynonym = defineContentType({
  singularName: 'search-synonym',
  pluralName: 'search-synonyms',
  displayName: 'Search synonym',
  description: 'A group of search terms that mean the same thing (one group per locale)',
  localized: true,
  fields: {
    name: string().required().unique(),
    terms: json(StringListSchema.min(2)).localized(),
  },
});

/** A search synonym document (REST shape). */
export type SearchSynonym = z.infer<typeof searchSynonym.schema>;
/** Writable search synonym data. */
export type SearchSynonymData = z.input<typeof searchSynonym.dataSchema>;
