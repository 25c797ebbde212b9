/**
 * One small GraphQL client for the browser apps (and the site's build, which runs in Node): a `fetch` POST per
 * request, typed by the generated documents, with errors mapped to the closed list of codes.
 */
import { GRAPHQL_REQUEST_ERROR_CODES, isApiErrorCode, type ApiErrorCode } from '@neuvo/content-models/errors';
import type { TypedDocumentString } from './generated/operations.js';

/**
 * What a failed request reports: a code of the api's closed list (`extensions.code`), or `NETWORK` when the api
 * could not be reached (connection refused, DNS, timeout).
 */
export type GraphQLClientErrorCode = ApiErrorCode | 'NETWORK';

/** The client's code for an `extensions.code` the api sent; anything outside the contract is `INTERNAL`. */
export function toClientErrorCode(code: unknown): GraphQLClientErrorCode {
  if (typeof code !== 'string') return 'INTERNAL';
  if (isApiErrorCode(code)) return code;
  if (GRAPHQL_REQUEST_ERROR_CODES.has(code)) return 'VALIDATION_FAILED';
  return 'INTERNAL';
}

/** A request that failed; `code` decides what the user is told, `cause` keeps the details for developers. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  readonly code: GraphQLClientErrorCode;
  /** The input field a `VALIDATION_FAILED` names (`extensions.field`, e.g. `input.citizen.identityCode`). */
  readonly field: string | undefined;

  constructor(
    code: GraphQLClientErrorCode,
    message: string,
    options?: { cause?: unknown; field?: string | undefined },
  ) {
    super(message, options);
    this.code = code;
    this.field = options?.field;
  }
}

/** True for the rejection `fetch` produces when the caller's AbortSignal fires. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error as { name: unknown }).name === 'AbortError'
  );
}

export interface RequestOptions {
  /** Cancels the request (instant search aborts the previous keystroke's); the rejection is the AbortError. */
  signal?: AbortSignal | undefined;
}

export interface GraphQLClient {
  /** Sends one generated operation; resolves with its `data`, rejects with a {@link GraphQLRequestError}. */
  request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    options?: RequestOptions,
  ): Promise<TResult>;
}

export interface GraphQLClientOptions {
  /** The api's GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  apiUrl: string;
  /**
   * Whether cookies go along (`fetch`'s `credentials`). The agent portal sends `'include'`: its staff session is an
   * httpOnly cookie the api set at sign-in, and the api accepts it from the portal's origin only. Default
   * `'same-origin'` (what `fetch` does): the public site has no session to send.
   */
  credentials?: RequestCredentials | undefined;
  /** Called when the api says the session has ended (`UNAUTHENTICATED`), before the request's error is thrown. */
  onSessionEnded?: (() => void) | undefined;
  /** Gives up after this long with `NETWORK`. Default: no limit of its own (the browser's). */
  timeoutMs?: number | undefined;
  fetch?: typeof fetch;
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: ReadonlyArray<{ message?: string; extensions?: { code?: unknown; field?: unknown } }>;
}

/** The code of an answer that carries no GraphQL errors and no data (a proxy's error page, a crash). */
function codeOfHttpStatus(status: number): GraphQLClientErrorCode {
  if (status === 502 || status === 503 || status === 504) return 'UPSTREAM_UNAVAILABLE';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  return 'INTERNAL';
}

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };

  function signalFor(callerSignal: AbortSignal | undefined): AbortSignal | null {
    if (options.timeoutMs === undefined) return callerSignal ?? null;
    const timeout = AbortSignal.timeout(options.timeoutMs);
    return callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  }

  return {
    async request<TResult, TVariables>(
      document: TypedDocumentString<TResult, TVariables>,
      variables: TVariables,
      requestOptions: RequestOptions = {},
    ): Promise<TResult> {
      let response: Response;
      try {
        response = await fetchImpl(options.apiUrl, {
          method: 'POST',
          headers,
          credentials: options.credentials ?? 'same-origin',
          body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
          signal: signalFor(requestOptions.signal),
        });
      } catch (error) {
        // The caller's own abort passes through untouched, so callers can tell it from a failure.
        if (isAbortError(error) && requestOptions.signal?.aborted) throw error;
        throw new GraphQLRequestError('NETWORK', 'The api could not be reached', { cause: error });
      }

      let body: GraphQLResponseBody<TResult> | undefined;
      try {
        body = (await response.json()) as GraphQLResponseBody<TResult>;
      } catch (error) {
        if (isAbortError(error) && requestOptions.signal?.aborted) throw error;
        body = undefined;
      }

      const firstError = body?.errors?.[0];
      if (firstError) {
        const code = toClientErrorCode(firstError.extensions?.code);
        if (code === 'UNAUTHENTICATED') options.onSessionEnded?.();
        const field = firstError.extensions?.field;
        throw new GraphQLRequestError(code, firstError.message ?? 'GraphQL error', {
          cause: body?.errors,
          field: typeof field === 'string' ? field : undefined,
        });
      }
      if (!response.ok || body?.data === undefined || body.data === null) {
        throw new GraphQLRequestError(
          codeOfHttpStatus(response.status),
          `Unexpected response from the api (HTTP ${response.status})`,
        );
      }
      return body.data;
    },
  };
}
