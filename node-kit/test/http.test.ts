import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meiliHttpClient, nodeFetch, unwrapMeiliError } from '../src/index.js';

let server: Server;
let base = '';
let connections = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/empty') {
        res.writeHead(204).end();
      } else if (req.url === '/missing') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            message: 'Index `x` not found.',
            code: 'index_not_found',
            type: 'invalid_request',
          }),
        );
      } else {
        res.writeHead(200, { 'content-type': 'application/json', 'x-echo': 'yes' });
        res.end(JSON.stringify({ method: req.method, body, length: req.headers['content-length'] ?? null }));
      }
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('nodeFetch', () => {
  it('sends the method and body and answers like fetch, over one kept-alive connection', async () => {
    const before = connections;
    const posted = await nodeFetch(`${base}/echo`, { method: 'POST', body: 'hyvä' });
    expect(posted.status).toBe(200);
    expect(posted.headers.get('x-echo')).toBe('yes');
    // The length is counted in bytes, not characters.
    expect(await posted.json()).toEqual({ method: 'POST', body: 'hyvä', length: '5' });
    const again = await nodeFetch(new URL(`${base}/echo`));
    expect(((await again.json()) as { method: string }).method).toBe('GET');
    expect(connections - before).toBe(1);
  });

  it('answers 204 with an empty body', async () => {
    const res = await nodeFetch(`${base}/empty`);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });

  it('rejects with the abort reason when the signal aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('gave up');
    controller.abort(reason);
    await expect(nodeFetch(`${base}/echo`, { signal: controller.signal })).rejects.toBe(reason);
  });
});

describe('meiliHttpClient', () => {
  it('returns the parsed body of a success', async () => {
    expect(await meiliHttpClient(`${base}/echo`, { method: 'PUT', body: '{}' })).toMatchObject({
      method: 'PUT',
    });
  });

  it("throws Meilisearch's own error, with its code, for an error answer", async () => {
    const error = await meiliHttpClient(`${base}/missing`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchApiError);
    expect((error as MeilisearchApiError).cause?.code).toBe('index_not_found');
  });

  it('wraps a failed connection in a request error, which unwrapMeiliError leaves as it is', async () => {
    const error = await meiliHttpClient('http://127.0.0.1:1/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchRequestError);
    expect(unwrapMeiliError(error)).toBe(error);
    const api = new MeilisearchApiError(new Response(null, { status: 404 }), undefined);
    expect(unwrapMeiliError(new MeilisearchRequestError('x', api))).toBe(api);
  });
});
