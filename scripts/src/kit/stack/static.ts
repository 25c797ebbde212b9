/**
 * A tiny static file server for the built agent portal (SPA) and public site (VitePress, clean URLs).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** Content types by file extension. Text types carry `charset=utf-8`. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

/** Content type for a file name (`application/octet-stream` when unknown). */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Options for {@link serveStatic}. */
export interface ServeStaticOptions {
  /** Serve `/index.html` for unknown extension-less paths (single-page apps). Default false. */
  spaFallback?: boolean;
  /**
   * Extra in-memory files by URL path, e.g. `{ '/config.json': { apiUrl } }`. Objects are sent as
   * JSON; strings and bytes with the content type of the path's extension.
   */
  extraFiles?: Readonly<Record<string, string | Uint8Array | object>>;
  /** Default `127.0.0.1`. */
  host?: string;
}

/** A running static server. */
export interface StaticServer {
  /** `http://<host>:<port>` */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

interface Resolved {
  kind: 'file';
  path: string;
  size: number;
}

/**
 * Serves the files under `dir` on `port` (0 = any free port). Resolution order for a path `/p`:
 * an extra file, the file itself, `/p/index.html` (with a redirect to `/p/` when the slash is
 * missing), `/p.html` (VitePress clean URLs), then `/index.html` when `spaFallback` is on and `/p`
 * has no extension, else `404.html` (if present) with status 404. Paths containing `..` segments or
 * resolving outside `dir` (also through symlinks) are rejected with 403.
 */
export async function serveStatic(
  dir: string,
  port = 0,
  options: ServeStaticOptions = {},
): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1';
  const root = await realpath(resolve(dir));
  const extras = new Map<string, { body: Buffer; type: string }>();
  for (const [path, value] of Object.entries(options.extraFiles ?? {})) {
    if (typeof value === 'string') extras.set(path, { body: Buffer.from(value), type: contentTypeFor(path) });
    else if (value instanceof Uint8Array)
      extras.set(path, { body: Buffer.from(value), type: contentTypeFor(path) });
    else extras.set(path, { body: Buffer.from(JSON.stringify(value)), type: CONTENT_TYPES['.json']! });
  }

  async function fileAt(relative: string): Promise<Resolved | 'outside' | undefined> {
    const candidate = resolve(root, '.' + sep + relative);
    if (candidate !== root && !candidate.startsWith(root + sep)) return 'outside';
    try {
      const real = await realpath(candidate);
      if (real !== root && !real.startsWith(root + sep)) return 'outside';
      const info = await stat(real);
      return info.isFile() ? { kind: 'file', path: real, size: info.size } : undefined;
    } catch {
      return undefined;
    }
  }

  async function isDirectory(relative: string): Promise<boolean> {
    try {
      const real = await realpath(resolve(root, '.' + sep + relative));
      return (real === root || real.startsWith(root + sep)) && (await stat(real)).isDirectory();
    } catch {
      return false;
    }
  }

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    type: string,
    body: Buffer | string,
  ): void {
    const buf = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, {
      'content-type': type,
      'content-length': buf.length,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : buf);
  }

  function sendFile(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    file: Resolved,
    urlPath: string,
  ): void {
    // Vite and VitePress put content-hashed files under /assets/: those never change.
    const immutable = urlPath.startsWith('/assets/') && status === 200;
    res.writeHead(status, {
      'content-type': contentTypeFor(file.path),
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

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      send(req, res, 405, CONTENT_TYPES['.txt']!, 'Method Not Allowed\n');
      return;
    }
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      send(req, res, 400, CONTENT_TYPES['.txt']!, 'Bad Request\n');
      return;
    }
    const segments = path.split(/[/\\]/);
    if (!path.startsWith('/') || path.includes('\0') || segments.includes('..')) {
      send(req, res, 403, CONTENT_TYPES['.txt']!, 'Forbidden\n');
      return;
    }

    const extra = extras.get(path);
    if (extra) {
      send(req, res, 200, extra.type, extra.body);
      return;
    }

    const relative = path.slice(1);
    const candidates = path.endsWith('/') ? [`${relative}index.html`] : [relative];
    for (const candidate of candidates) {
      const found = await fileAt(candidate);
      if (found === 'outside') {
        send(req, res, 403, CONTENT_TYPES['.txt']!, 'Forbidden\n');
        return;
      }
      if (found) {
        sendFile(req, res, 200, found, path);
        return;
      }
    }
    if (!path.endsWith('/')) {
      if (await isDirectory(relative)) {
        const found = await fileAt(join(relative, 'index.html'));
        if (found && found !== 'outside') {
          const query = (req.url ?? '').slice(rawPath.length);
          res.writeHead(301, { location: `${rawPath}/${query}`, 'content-length': 0 });
          res.end();
          return;
        }
      }
      const html = await fileAt(`${relative}.html`);
      if (html && html !== 'outside') {
        sendFile(req, res, 200, html, path);
        return;
      }
    }
    const lastSegment = segments[segments.length - 1] ?? '';
    if (options.spaFallback && extname(lastSegment) === '') {
      const index = await fileAt('index.html');
      if (index && index !== 'outside') {
        sendFile(req, res, 200, index, path);
        return;
      }
    }
    const notFound = await fileAt('404.html');
    if (notFound && notFound !== 'outside') {
      sendFile(req, res, 404, notFound, path);
      return;
    }
    send(req, res, 404, CONTENT_TYPES['.txt']!, 'Not Found\n');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(req, res, 500, CONTENT_TYPES['.txt']!, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    server,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.close((error) => (error ? reject(error) : resolvePromise()));
        server.closeAllConnections();
      }),
  };
}
