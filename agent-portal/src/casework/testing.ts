/**
 * A GraphQL client for the casework components' tests: answers each operation by name from the test's handlers and
 * records what was sent. It stands in for the api at the network border only (the components, queries and checks
 * under test are the real ones).
 */
import type { GraphQLClient } from '@neuvo/graphql-contract';

/** One request the component sent. */
export interface SentRequest {
  readonly operation: string;
  readonly variables: Record<string, unknown>;
}

/** Answers of the operations a test expects; a handler may throw (a `GraphQLRequestError`) like the api refusing. */
export type Handlers = Record<string, (variables: Record<string, unknown>) => unknown>;

export function recordingClient(handlers: Handlers): { client: GraphQLClient; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const client: GraphQLClient = {
    async request<T>(document: { toString(): string }, variables?: unknown): Promise<T> {
      const operation = /(?:query|mutation)\s+(\w+)/.exec(String(document))?.[1] ?? '';
      const vars = (variables ?? {}) as Record<string, unknown>;
      sent.push({ operation, variables: vars });
      const handler = handlers[operation];
      if (!handler) throw new Error(`unexpected operation ${operation}`);
      return handler(vars) as T;
    },
  };
  return { client, sent };
}
