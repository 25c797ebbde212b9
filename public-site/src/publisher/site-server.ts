/**
 * Serves the current release of the site. `current` is resolved once per request, so a request is answered from one
 * release even while the publisher switches to a new one. Hashed assets (`/assets/…`) missing from the current
 * release are looked up in the previous one, so a page opened just before a switch still loads the site's scripts
 * and styles (pages' own chunks excepted, see {@link PAGE_CHUNK}).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import type { ReleaseStore } from './releases.js';

/**
 * A page's own chunk (`/assets/guides_flunssa.md.<hash>.js`, `.lean.js`): never taken from an older release. When it
 * is missing, VitePress's router fetches `/hashmap.json` again and loads the current page (or its 404), instead of
 * showing the old content.
 */
const PAGE_CHUNK = /\.md\.[\w-]+(\.lean)?\.js$/;

/** Where the publishing status is served. */
export const STATUS_PATH = '/_site-status.json';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export interface SiteServerOptions {
  readonly releases: ReleaseStore;
  /** The publishing status, read per request. */
  readonly status: () => unknown;
  readonly port: number;
  /** Default `127.0.0.1`. */
  readonly host?: string;
}

export interface SiteServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** A regular file strictly inside `root` (also after following symlinks), else undefined. */
async function fileIn(root: string, relative: string): Promise<{ path: string; size: number } | undefined> {
  const candidate = resolve(root, '.' + sep + relative);
  if (!candidate.startsWith(root + sep)) return undefined;
  try {
    const real = await realpath(candidate);
    if (!real.startsWith(root + sep)) return undefined;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string): void {
  const buf = Buffer.from(body);
  res.writeHead(status, {
    'content-type': type,
    'content-length': buf.length,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : buf);
}

export async function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  const host = options.host ?? '127.0.0.1';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      send(req, res, 405, CONTENT_TYPES['.txt']!, 'Method Not Allowed\n');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://site').pathname);
    } catch {
      send(req, res, 400, CONTENT_TYPES['.txt']!, 'Bad Request\n');
      return;
    }
    if (path.includes('\0') || path.split('/').includes('..')) {
      send(req, res, 403, CONTENT_TYPES['.txt']!, 'Forbidden\n');
      return;
    }
    if (path === STATUS_PATH) {
      send(req, res, 200, CONTENT_TYPES['.json']!, JSON.stringify(options.status()));
      return;
    }
    const current = await options.releases.current();
    const root = current ? await realpath(current).catch(() => null) : null;
    if (!root) {
      send(req, res, 503, CONTENT_TYPES['.txt']!, 'The site is being built.\n');
      return;
    }
    // VitePress output without clean URLs: /p/ → /p/index.html, /p → /p.html or /p/index.html.
    const candidates = path.endsWith('/')
      ? [`${path}index.html`]
      : extname(path) === ''
        ? [`${path}.html`, `${path}/index.html`]
        : [path];
    for (const candidate of candidates) {
      const file = await fileIn(root, candidate);
      if (file) return sendFile(req, res, 200, file, path);
    }
    if (path.startsWith('/assets/') && !PAGE_CHUNK.test(path)) {
      for (const release of (await options.releases.list()).reverse()) {
        const older = await realpath(release).catch(() => null);
        const file = older && older !== root ? await fileIn(older, path) : undefined;
        if (file) return sendFile(req, res, 200, file, path);
      }
    }
    const notFound = await fileIn(root, '404.html');
    if (notFound) return sendFile(req, res, 404, notFound, path);
    send(req, res, 404, CONTENT_TYPES['.txt']!, 'Not Found\n');
  }

  function sendFile(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    file: { path: string; size: number },
    urlPath: string,
  ): void {
    // VitePress content-hashes everything under /assets/: those never change; pages must be re-checked.
    const immutable = status === 200 && urlPath.startsWith('/assets/');
    res.writeHead(status, {
      'content-type': CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
      'content-length': file.size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file.path);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(req, res, 500, CONTENT_TYPES['.txt']!, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.close((error) => (error ? reject(error) : resolvePromise()));
        server.closeAllConnections();
      }),
  };
}
