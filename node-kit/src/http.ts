/**
 * HTTP over `node:http` with keep-alive, for Meilisearch and the CMS on the same host or network; used by the
 * search-indexer and the api.
 *
 * Why not the global `fetch`: on this platform (Node 20's bundled undici) a keep-alive request whose answer is more
 * than a few hundred bytes regularly waits about 40 ms for a delayed TCP acknowledgement, measured on loopback
 * against Meilisearch (a 20-hit search: 44 ms with `fetch`, 1.3 ms with `node:http`) and Strapi (45 vs 28 ms).
 * Every search, every document read and every task wait paid it. `node:http` sets TCP_NODELAY and does not stall.
 */
import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64, noDelay: true });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64, noDelay: true });

/** A `fetch`-compatible function (what the callers here use of it) over `node:http`. */
export async function nodeFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, key) => {
    headers[key] = value;
  });
  const body = init.body === undefined || init.body === null ? undefined : String(init.body);
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<Response>((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method: init.method ?? 'GET',
        headers,
        agent: url.protocol === 'https:' ? httpsAgent : httpAgent,
        ...(init.signal ? { signal: init.signal } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [key, value] of Object.entries(res.headers)) {
            if (value !== undefined)
              responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
          }
          const status = res.statusCode ?? 500;
          const nullBody = status === 204 || status === 304;
          resolve(
            new Response(nullBody ? null : Buffer.concat(chunks), { status, headers: responseHeaders }),
          );
        });
      },
    );
    req.on('error', (error) => reject(init.signal?.aborted ? (init.signal.reason ?? error) : error));
    req.end(body);
  });
}

/**
 * `httpClient` for meilisearch-js over {@link nodeFetch}: returns the parsed body and throws the library's own
 * `MeilisearchApiError` for an error answer. meilisearch-js wraps whatever a custom client throws in a
 * `MeilisearchRequestError`; {@link unwrapMeiliError} turns it back into the `MeilisearchApiError`.
 */
export async function meiliHttpClient(input: string | URL | Request, init?: RequestInit): Promise<unknown> {
  const url = input instanceof Request ? input.url : input.toString();
  let response: Response;
  let text: string;
  try {
    response = await nodeFetch(input, init);
    text = await response.text();
  } catch (cause) {
    throw new MeilisearchRequestError(url, cause);
  }
  const body: unknown = text === '' ? undefined : JSON.parse(text);
  if (!response.ok) throw new MeilisearchApiError(response, body as never);
  return body;
}

/**
 * The `MeilisearchApiError` (an answer from Meilisearch, with its error code) inside the `MeilisearchRequestError`
 * that meilisearch-js wraps around errors of a custom `httpClient`; any other error unchanged.
 */
export function unwrapMeiliError(error: unknown): unknown {
  return error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError
    ? error.cause
    : error;
}
