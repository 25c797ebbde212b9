import { recordOnlySearchesShowingHits } from './domains/analytics/recording-search.js';
import { analyticsResolvers } from './domains/analytics/resolvers.js';
import { analyticsTypeDefs } from './domains/analytics/schema.js';
import { authResolvers } from './domains/auth/resolvers.js';
import { authTypeDefs } from './domains/auth/schema.js';
import { caseworkResolvers } from './domains/casework/resolvers.js';
import { caseworkTypeDefs } from './domains/casework/schema.js';
import { contactsResolvers } from './domains/contacts/resolvers.js';
import { contactsTypeDefs } from './domains/contacts/schema.js';
import { contentResolvers } from './domains/content/resolvers.js';
import { contentTypeDefs } from './domains/content/schema.js';
import { localHelpResolvers } from './domains/local-help/resolvers.js';
import { localHelpTypeDefs } from './domains/local-help/schema.js';
import { regionsResolvers } from './domains/regions/resolvers.js';
import { regionsTypeDefs } from './domains/regions/schema.js';
import { searchResolvers } from './domains/search/resolvers.js';
import { searchTypeDefs } from './domains/search/schema.js';
import { triageResolvers } from './domains/triage/resolvers.js';
import { triageTypeDefs } from './domains/triage/schema.js';
import { workspaceResolvers } from './domains/workspace/resolvers.js';
import { workspaceTypeDefs } from './domains/workspace/schema.js';
import { feedbackResolvers } from './domains/feedback/resolvers.js';
import { feedbackTypeDefs } from './domains/feedback/schema.js';
import { guideViewsResolvers } from './domains/guide-views/resolvers.js';
import { guideViewsTypeDefs } from './domains/guide-views/schema.js';

const baseTypeDefs = /* GraphQL */ `
  "Content locales; Finnish is the default and the fallback."
  enum Locale {
    fi
    sv
    en
  }

  type Query

  type Mutation
`;

/** The schema SDL, one part per domain. */
export const typeDefs = [
  baseTypeDefs,
  searchTypeDefs,
  contentTypeDefs,
  regionsTypeDefs,
  localHelpTypeDefs,
  analyticsTypeDefs,
  authTypeDefs,
  contactsTypeDefs,
  workspaceTypeDefs,
  caseworkTypeDefs,
  triageTypeDefs,
  feedbackTypeDefs,
  guideViewsTypeDefs,
];

/** Search, with analytics deciding per field whether it is recorded (facet counts alone are not a search). */
const recordedSearchResolvers = {
  ...searchResolvers,
  Query: {
    ...searchResolvers.Query,
    search: recordOnlySearchesShowingHits(searchResolvers.Query.search),
  },
};

/** Resolvers of every domain (merged by Apollo). */
export const resolvers = [
  recordedSearchResolvers,
  contentResolvers,
  regionsResolvers,
  localHelpResolvers,
  analyticsResolvers,
  authResolvers,
  contactsResolvers,
  workspaceResolvers,
  caseworkResolvers,
  triageResolvers,
  feedbackResolvers,
  guideViewsResolvers,
];
