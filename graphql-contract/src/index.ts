/**
 * `@neuvo/graphql-contract`: the api's GraphQL contract for the browser apps. The typed operations are generated
 * from `schema.graphql` (printed by the api) and `operations/*.graphql`; the client sends them.
 */
export * from './generated/operations.js';
export {
  createGraphQLClient,
  GraphQLRequestError,
  isAbortError,
  toClientErrorCode,
  type GraphQLClient,
  type GraphQLClientErrorCode,
  type GraphQLClientOptions,
  type RequestOptions,
} from './client.js';
