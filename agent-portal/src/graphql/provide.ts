import { inject, type InjectionKey } from 'vue';
import type { GraphQLClient } from '@neuvo/graphql-contract';

export const GRAPHQL_CLIENT_KEY: InjectionKey<GraphQLClient> = Symbol('neuvo-graphql-client');

export function useGraphQLClient(): GraphQLClient {
  const client = inject(GRAPHQL_CLIENT_KEY);
  if (!client) throw new Error('No GraphQL client provided (GRAPHQL_CLIENT_KEY)');
  return client;
}
