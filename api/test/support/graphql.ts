import { testApiAt, type TestRole } from './api.js';

/** A GraphQL error as the api sends it. */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; requestId?: string };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GqlError[];
}

/**
 * POSTs one GraphQL operation to `${apiUrl}/graphql`. `as` is either request headers or a role: for a role, the
 * request carries that role's session at the test api running at `apiUrl` (signed in through its local provider).
 */
export async function gql<T = Record<string, unknown>>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  as: Record<string, string> | TestRole = {},
): Promise<GqlResponse<T>> {
  const headers = typeof as === 'string' ? await testApiAt(apiUrl).headers(as) : as;
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
  return { status: res.status, headers: res.headers, ...body };
}

/** Codes of the errors in a response. */
export const codes = (r: GqlResponse<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);
