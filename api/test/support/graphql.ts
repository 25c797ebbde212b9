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

/** POSTs one GraphQL operation to `${apiUrl}/graphql`. */
export async function gql<T = Record<string, unknown>>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
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
