import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiteBuildError, type BuiltRelease } from './build-release.js';
import { createPublishing } from './publishing.js';
import type { SitePublishStatus } from './publish-status.js';
import { openReleaseStore, type ReleaseStore } from './releases.js';
import { startSiteServer, STATUS_PATH, type SiteServer } from './site-server.js';

let dir: string;
let releases: ReleaseStore;
let server: SiteServer | undefined;
const lines: string[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'site-publishing-'));
  releases = await openReleaseStore(dir);
  lines.length = 0;
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** A GET with the path sent exactly as written (fetch would normalise `..` away). */
function rawGet(base: string, path: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

const built = (fi: string[]): BuiltRelease => ({ pages: { fi, sv: [], en: [] }, skipped: [] });

/** A build that writes a one-page site, or throws like a failed `vitepress build`. */
function siteBuild(plan: Array<string | Error>) {
  let call = 0;
  return async (outDir: string): Promise<BuiltRelease> => {
    const next = plan[call++]!;
    await writeFile(join(outDir, 'half-written.html'), 'partial');
    if (next instanceof Error) throw new SiteBuildError('vitepress-build', { cause: next });
    await writeFile(join(outDir, 'index.html'), `<h1>${next}</h1>`);
    await writeFile(join(outDir, '404.html'), 'not found');
    return built([next]);
  };
}

describe('publishing a release', () => {
  it('a failed build keeps the previous release live and reports the step, the message and the last good build', async () => {
    const publishing = await createPublishing({
      releases,
      log: (line) => lines.push(line),
      hidePaths: [dir],
      build: siteBuild(['flunssa', new Error(`Rollup failed to resolve ${dir}/x.md`)]),
    });
    expect(await publishing.publish()).toBe('live');
    expect(await publishing.publish()).toBe('failed');

    expect(await readFile(join(releases.currentLink, 'index.html'), 'utf8')).toBe('<h1>flunssa</h1>');
    // The failed build's half-written release is gone.
    expect(await releases.list()).toEqual([join(dir, 'releases', '1')]);

    const status = publishing.status();
    expect(status).toMatchObject({
      state: 'failed',
      building: false,
      lastGood: { release: '1', pages: { fi: 1, sv: 0, en: 0 }, skipped: [] },
      lastFailure: {
        step: 'vitepress-build',
        message: 'vitepress-build failed: Rollup failed to resolve …/x.md',
      },
    });
    expect(Date.parse(status.lastFailure!.at)).not.toBeNaN();
    // The same status is on disk for anyone serving the release directory another way.
    expect(JSON.parse(await readFile(join(dir, 'status.json'), 'utf8'))).toEqual(status);
    expect(lines[1]).toMatch(
      /^build 2: FAILED after \d+\.\d s in vitepress-build .*; still serving release 1$/,
    );
  });

  it('a build that throws something other than a build error is reported as step unknown', async () => {
    const publishing = await createPublishing({
      releases,
      log: () => undefined,
      build: async () => {
        throw new TypeError('x is not a function');
      },
    });
    expect(await publishing.publish()).toBe('failed');
    expect(publishing.status()).toMatchObject({
      state: 'failed',
      lastGood: null,
      lastFailure: { step: 'unknown', message: 'x is not a function' },
    });
    expect(await releases.current()).toBeNull();
  });

  it('the site server answers from the new release after a switch, and serves the status', async () => {
    const publishing = await createPublishing({
      releases,
      log: () => undefined,
      build: siteBuild(['yksi', new Error('broken'), 'kaksi']),
    });
    await publishing.publish();
    server = await startSiteServer({ releases, status: publishing.status, port: 0 });
    const page = async (path: string) => {
      const res = await fetch(`${server!.url}${path}`);
      return { status: res.status, text: await res.text() };
    };
    expect(await page('/')).toEqual({ status: 200, text: '<h1>yksi</h1>' });
    await publishing.publish();
    expect(await page('/')).toEqual({ status: 200, text: '<h1>yksi</h1>' });
    const failed = JSON.parse((await page(STATUS_PATH)).text) as SitePublishStatus;
    expect(failed.state).toBe('failed');
    await publishing.publish();
    expect(await page('/')).toEqual({ status: 200, text: '<h1>kaksi</h1>' });
    expect(await page('/missing')).toEqual({ status: 404, text: 'not found' });
    // The status file next to the releases is not reachable by climbing out of the release.
    for (const path of ['/../status.json', '/%2e%2e/status.json', '/status.json']) {
      expect(await rawGet(server.url, path)).toEqual({ status: 404, text: 'not found' });
    }
    const live = JSON.parse((await page(STATUS_PATH)).text) as SitePublishStatus;
    expect(live).toMatchObject({
      state: 'live',
      lastGood: { release: '2' },
      lastFailure: { step: 'vitepress-build' },
    });
  });

  it('serves the site scripts of the previous release to pages opened before a switch, never its page chunks', async () => {
    const chunks = ['app.aaa.js', 'guides_flunssa.md.bbb.js', 'guides_flunssa.md.bbb.lean.js'];
    const publishing = await createPublishing({
      releases,
      log: () => undefined,
      build: async (outDir) => {
        await writeFile(join(outDir, '404.html'), 'not found');
        if ((await releases.list()).length === 1) {
          await mkdir(join(outDir, 'assets'));
          for (const chunk of chunks) await writeFile(join(outDir, 'assets', chunk), chunk);
        }
        return built([]);
      },
    });
    await publishing.publish();
    await publishing.publish();
    server = await startSiteServer({ releases, status: publishing.status, port: 0 });
    const [app, page, lean] = await Promise.all(chunks.map((c) => fetch(`${server!.url}/assets/${c}`)));
    expect([app!.status, page!.status, lean!.status]).toEqual([200, 404, 404]);
    expect(await app!.text()).toBe('app.aaa.js');
  });
});
