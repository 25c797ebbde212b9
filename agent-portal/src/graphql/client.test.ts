import { describe, expect, it } from 'vitest';
import { createGraphQLClient, GraphQLRequestError, isAbortError } from './client';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('createGraphQLClient', () => {
  it('POSTs the query with the session cookie (credentials) and returns data', async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      fetch: async (url, init) => {
        seen = { url: String(url), init: init ?? {} };
        return jsonResponse({ data: { ok: true } });
      },
    });
    await expect(client.request('{ ok }', { a: 1 })).resolves.toEqual({ ok: true });
    expect(seen?.url).toBe('http://api.test/graphql');
    expect(seen?.init.method).toBe('POST');
    expect(seen?.init.credentials).toBe('include');
    expect(seen?.init.headers).not.toHaveProperty('x-agent-key');
    expect(JSON.parse(String(seen?.init.body))).toEqual({ query: '{ ok }', variables: { a: 1 } });
  });

  it('reports an ended session once and throws UNAUTHENTICATED', async () => {
    let ended = 0;
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      onSessionEnded: () => ended++,
      fetch: async () =>
        jsonResponse(
          { errors: [{ message: 'The session has ended.', extensions: { code: 'UNAUTHENTICATED' } }] },
          401,
        ),
    });
    await expect(client.request('{ ok }')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(ended).toBe(1);
  });

  it.each([
    ['NOT_FOUND', 'NOT_FOUND'],
    ['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE'],
    ['GRAPHQL_VALIDATION_FAILED', 'VALIDATION_FAILED'],
    ['SOMETHING_ELSE', 'INTERNAL'],
    [undefined, 'INTERNAL'],
  ])('maps extensions.code %s to %s', async (code, expected) => {
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      fetch: async () => jsonResponse({ data: null, errors: [{ message: 'x', extensions: { code } }] }, 200),
    });
    await expect(client.request('{ x }')).rejects.toMatchObject({
      name: 'GraphQLRequestError',
      code: expected,
    });
  });

  it('reports NETWORK when the api cannot be reached', async () => {
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const error = await client.request('{ x }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('NETWORK');
  });

  it('reports UPSTREAM_UNAVAILABLE for a 503 without a GraphQL body', async () => {
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      fetch: async () => new Response('Service Unavailable', { status: 503 }),
    });
    await expect(client.request('{ x }')).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
  });

  it('passes aborts through untouched so callers can ignore them', async () => {
    const controller = new AbortController();
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    });
    const pending = client.request('{ x }', {}, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });
});
