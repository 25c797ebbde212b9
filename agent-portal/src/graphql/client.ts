/**
 * A deliberately tiny GraphQL client: one `fetch` POST per request with the api's session cookie, errors mapped
 * to the api's closed list of `extensions.code` values plus two client-side codes (`NETWORK`, `CONFIG`).
 */

/** Codes the api may return in `extensions.code` (closed list of the contract). */
export const API_ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'UPSTREAM_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
/** `NETWORK`: the api could not be reached; `CONFIG`: the portal itself is misconfigured. */
export type ClientErrorCode = ApiErrorCode | 'NETWORK' | 'CONFIG';

// Apollo Server's built-in codes for requests rejected before our resolvers run.
const APOLLO_VALIDATION_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

export function toClientErrorCode(code: unknown): ClientErrorCode {
  if (typeof code !== 'string') return 'INTERNAL';
  if ((API_ERROR_CODES as readonly string[]).includes(code)) return code as ApiErrorCode;
  if (APOLLO_VALIDATION_CODES.has(code)) return 'VALIDATION_FAILED';
  return 'INTERNAL';
}

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  readonly code: ClientErrorCode;

  constructor(code: ClientErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True for the rejection `fetch` produces when its AbortSignal fires. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error as { name: unknown }).name === 'AbortError'
  );
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface GraphQLClient {
  request<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
    query: string,
    variables?: TVariables,
    options?: RequestOptions,
  ): Promise<TData>;
}

interface GraphQLResponseBody<TData> {
  data?: TData | null;
  errors?: ReadonlyArray<{ message?: string; extensions?: { code?: unknown } }>;
}

export interface GraphQLClientOptions {
  apiUrl: string;
  fetch?: typeof fetch;
  /** Called when the api says the session has ended (`UNAUTHENTICATED`), before the request's error is thrown. */
  onSessionEnded?: () => void;
}

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };

  return {
    async request<TData, TVariables extends Record<string, unknown>>(
      query: string,
      variables?: TVariables,
      requestOptions: RequestOptions = {},
    ): Promise<TData> {
      let response: Response;
      try {
        response = await fetchImpl(options.apiUrl, {
          method: 'POST',
          headers,
          // The session cookie (httpOnly, set by the api at sign-in) goes along; the api allows it from this origin only.
          credentials: 'include',
          body: JSON.stringify({ query, variables: variables ?? {} }),
          signal: requestOptions.signal ?? null,
        });
      } catch (error) {
        if (isAbortError(error)) throw error;
        throw new GraphQLRequestError('NETWORK', 'The api could not be reached', { cause: error });
      }

      let body: GraphQLResponseBody<TData> | undefined;
      try {
        body = (await response.json()) as GraphQLResponseBody<TData>;
      } catch (error) {
        if (isAbortError(error)) throw error;
        body = undefined;
      }

      const firstError = body?.errors?.[0];
      if (firstError) {
        const code = toClientErrorCode(firstError.extensions?.code);
        if (code === 'UNAUTHENTICATED') options.onSessionEnded?.();
        throw new GraphQLRequestError(code, firstError.message ?? 'GraphQL error', { cause: body?.errors });
      }
      if (!response.ok || body === undefined || body.data === undefined || body.data === null) {
        const code: ClientErrorCode =
          response.status === 502 || response.status === 503 || response.status === 504
            ? 'UPSTREAM_UNAVAILABLE'
            : response.status === 401 || response.status === 403
              ? 'FORBIDDEN'
              : 'INTERNAL';
        throw new GraphQLRequestError(code, `Unexpected response from the api (HTTP ${response.status})`);
      }
      return body.data;
    },
  };
}
