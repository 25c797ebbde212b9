import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient, GraphQLRequestError, isAbortError } from './client.js';
import { PortalRegionsDocument, SiteGuidesDocument } from './generated/operations.js';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('createGraphQLClient', () => {
  it('POSTs the operation with the cookies the caller asked for and returns data', async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      credentials: 'include',
      fetch: async (url, init) => {
        seen = { url: String(url), init: init ?? {} };
        return jsonResponse({ data: { regions: [{ code: 'pohjanmaa', name: 'Pohjanmaa' }] } });
      },
    });
    const data = await client.request(PortalRegionsDocument, { locale: 'fi' });
    expect(data.regions).toEqual([{ code: 'pohjanmaa', name: 'Pohjanmaa' }]);
    expect(seen?.url).toBe('http://api.test/graphql');
    expect(seen?.init.method).toBe('POST');
    expect(seen?.init.credentials).toBe('include');
    expect(JSON.parse(String(seen?.init.body))).toEqual({
      query: PortalRegionsDocument.toString(),
      variables: { locale: 'fi' },
    });
    expect(JSON.parse(String(seen?.init.body)).query).toContain('query PortalRegions($locale: Locale!)');
  });

  it('sends cookies only to the same origin unless told otherwise', async () => {
    let init: RequestInit = {};
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      fetch: async (_url, given) => {
        init = given ?? {};
        return jsonResponse({ data: { guides: [] } });
      },
    });
    await client.request(SiteGuidesDocument, { locale: 'sv' });
    expect(init.credentials).toBe('same-origin');
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
    await expect(client.request(PortalRegionsDocument, { locale: 'fi' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(ended).toBe(1);
  });

  it.each([
    ['NOT_FOUND', 'NOT_FOUND'],
    ['FORBIDDEN', 'FORBIDDEN'],
    ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ['RATE_LIMITED', 'RATE_LIMITED'],
    ['CONFLICT', 'CONFLICT'],
    ['CONFIG_INVALID', 'INTERNAL'],
    ['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE'],
    ['GRAPHQL_VALIDATION_FAILED', 'VALIDATION_FAILED'],
    ['BAD_USER_INPUT', 'VALIDATION_FAILED'],
    ['SOMETHING_ELSE', 'INTERNAL'],
    [undefined, 'INTERNAL'],
  ])('maps extensions.code %s to %s', async (code, expected) => {
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      fetch: async () => jsonResponse({ data: null, errors: [{ message: 'x', extensions: { code } }] }, 200),
    });
    await expect(client.request(SiteGuidesDocument, { locale: 'fi' })).rejects.toMatchObject({
      name: 'GraphQLRequestError',
      code: expected,
    });
  });

  it('carries the input field a VALIDATION_FAILED names, and none otherwise', async () => {
    const answer = (extensions: Record<string, unknown>) =>
      createGraphQLClient({
        apiUrl: 'http://api.test/graphql',
        fetch: async () => jsonResponse({ data: null, errors: [{ message: 'x', extensions }] }, 200),
      });
    await expect(
      answer({ code: 'VALIDATION_FAILED', field: 'input.citizen.identityCode' }).request(SiteGuidesDocument, {
        locale: 'fi',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.citizen.identityCode' });
    await expect(
      answer({ code: 'CONFLICT' }).request(SiteGuidesDocument, { locale: 'fi' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', field: undefined });
  });

  it('reports NETWORK when the api cannot be reached', async () => {
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const error = await client.request(SiteGuidesDocument, { locale: 'fi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('NETWORK');
    expect((error as GraphQLRequestError).cause).toBeInstanceOf(TypeError);
  });

  it.each([
    [503, 'UPSTREAM_UNAVAILABLE'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [500, 'INTERNAL'],
  ])('reports HTTP %s without a GraphQL body as %s', async (status, expected) => {
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      fetch: async () => new Response('Service Unavailable', { status }),
    });
    await expect(client.request(SiteGuidesDocument, { locale: 'fi' })).rejects.toMatchObject({
      code: expected,
    });
  });

  it('passes the caller’s aborts through untouched so callers can ignore them', async () => {
    const controller = new AbortController();
    const client = createGraphQLClient({
      apiUrl: 'http://api.test/graphql',
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    });
    const pending = client.request(SiteGuidesDocument, { locale: 'fi' }, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(GraphQLRequestError);
  });

  describe('against a real HTTP server', () => {
    let server: Server;
    let apiUrl: string;

    beforeAll(async () => {
      // Answers /slow never, and everything else with one guide.
      server = createServer((request, response) => {
        if (request.url === '/slow') return;
        response.setHeader('content-type', 'application/json');
        response.end(
          JSON.stringify({
            data: { guides: [{ slug: 'kuume', title: 'Kuume', summary: null, locale: 'fi' }] },
          }),
        );
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it('returns the data of a real answer with the global fetch', async () => {
      const client = createGraphQLClient({ apiUrl: `${apiUrl}/graphql` });
      const data = await client.request(SiteGuidesDocument, { locale: 'fi' });
      expect(data.guides.map((guide) => guide.slug)).toEqual(['kuume']);
    });

    it('gives up after timeoutMs with NETWORK', async () => {
      const client = createGraphQLClient({ apiUrl: `${apiUrl}/slow`, timeoutMs: 200 });
      const started = Date.now();
      const error = await client.request(SiteGuidesDocument, { locale: 'fi' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQLRequestError);
      expect((error as GraphQLRequestError).code).toBe('NETWORK');
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('still lets the caller abort when a timeout is set', async () => {
      const client = createGraphQLClient({ apiUrl: `${apiUrl}/slow`, timeoutMs: 10_000 });
      const controller = new AbortController();
      const pending = client.request(SiteGuidesDocument, { locale: 'fi' }, { signal: controller.signal });
      controller.abort();
      expect(isAbortError(await pending.catch((e: unknown) => e))).toBe(true);
    });
  });
});
