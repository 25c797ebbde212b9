import { buildSchema, printSchema } from 'graphql';
import { typeDefs } from './schema.js';

/**
 * The api's whole schema as one SDL text, the form the browser apps' contract (`@neuvo/graphql-contract`) keeps
 * committed in `graphql-contract/schema.graphql`: the front ends generate their types from that file, so they
 * never load the api's code. Printing the built schema (rather than joining the domain parts) folds every
 * `extend type` into its type, which keeps the file readable and its diffs meaningful.
 */
export function printApiSchema(parts: readonly string[] = typeDefs): string {
  const header =
    '# The GraphQL schema of @neuvo/api, printed from api/src/domains/*/schema.ts and api/src/schema.ts.\n' +
    '# Do not edit: regenerate with `npm run graphql:generate` (a test fails while this file is stale).\n\n';
  return `${header}${printSchema(buildSchema(parts.join('\n')))}\n`;
}

/** Where the contract package keeps the printed schema. */
export const CONTRACT_SCHEMA_FILE = new URL('../../graphql-contract/schema.graphql', import.meta.url);
