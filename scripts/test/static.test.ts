import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../src/kit/index.js';

/** A raw GET that sends the path exactly as given (fetch would normalise `..` away). */
function rawGet(
  server: StaticServer,
  path: string,
): Promise<{ status: number; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic', () => {
  let root: string;
  let site: string;
  let spa: StaticServer;
  let docs: StaticServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'neuvo-static-'));
    site = join(root, 'site');
    mkdirSync(join(site, 'assets'), { recursive: true });
    mkdirSync(join(site, 'fi', 'guides'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(site, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(site, 'assets', 'style.css'), 'body{}');
    writeFileSync(join(site, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(site, 'fi', 'index.html'), '<p>fi home</p>');
    writeFileSync(join(site, 'fi', 'guides', 'flu.html'), '<p>flu guide</p>');
    writeFileSync(join(site, '404.html'), '<p>not here</p>');
    writeFileSync(join(root, 'secret.txt'), 'top secret');
    symlinkSync(join(root, 'secret.txt'), join(site, 'link.txt'));

    spa = await serveStatic(site, 0, {
      spaFallback: true,
      extraFiles: { '/config.json': { apiUrl: 'http://x/graphql' } },
    });
    docs = await serveStatic(site, 0);
  });

  afterAll(async () => {
    await spa.close();
    await docs.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves files with the right content type', async () => {
    const html = await fetch(`${spa.url}/`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain('<title>home</title>');

    const js = await fetch(`${spa.url}/assets/app-abc123.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toBe('console.log(1)');

    expect((await fetch(`${spa.url}/assets/style.css`)).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await fetch(`${spa.url}/logo.svg`)).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('serves extra in-memory files as JSON', async () => {
    const res = await fetch(`${spa.url}/config.json`);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ apiUrl: 'http://x/graphql' });
  });

  it('falls back to index.html for unknown page paths of a SPA, not for missing assets', async () => {
    const page = await fetch(`${spa.url}/contacts/123?tab=notes`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>home</title>');

    const asset = await fetch(`${spa.url}/assets/missing.js`);
    expect(asset.status).toBe(404);
  });

  it('resolves VitePress clean URLs and directory indexes', async () => {
    const guide = await fetch(`${docs.url}/fi/guides/flu`);
    expect(guide.status).toBe(200);
    expect(await guide.text()).toBe('<p>flu guide</p>');

    const dir = await fetch(`${docs.url}/fi`, { redirect: 'manual' });
    expect(dir.status).toBe(301);
    expect(dir.headers.get('location')).toBe('/fi/');
    expect(await (await fetch(`${docs.url}/fi/`)).text()).toBe('<p>fi home</p>');
  });

  it('answers 404 with 404.html when there is no SPA fallback', async () => {
    const res = await fetch(`${docs.url}/nope`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<p>not here</p>');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
  ])('rejects directory traversal %s', async (path) => {
    const res = await rawGet(spa, path);
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('top secret');
  });

  it('does not follow symlinks out of the served directory', async () => {
    const res = await rawGet(docs, '/link.txt');
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('top secret');
  });

  it('rejects other methods than GET and HEAD', async () => {
    const res = await fetch(`${spa.url}/`, { method: 'POST' });
    expect(res.status).toBe(405);
    const head = await fetch(`${spa.url}/assets/style.css`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('6');
  });
});
