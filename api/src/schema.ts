import { analyticsResolvers } from './domains/analytics/resolvers.js';
import { analyticsTypeDefs } from './domains/analytics/schema.js';
import { contentResolvers } from './domains/content/resolvers.js';
import { contentTypeDefs } from './domains/content/schema.js';
import { searchResolvers } from './domains/search/resolvers.js';
import { searchTypeDefs } from './domains/search/schema.js';

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
export const typeDefs = [baseTypeDefs, searchTypeDefs, contentTypeDefs, analyticsTypeDefs];

/** Resolvers of every domain (merged by Apollo). */
export const resolvers = [searchResolvers, contentResolvers, analyticsResolvers];
