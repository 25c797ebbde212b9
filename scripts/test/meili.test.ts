import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { isPortFree, startMeili, type MeiliHandle } from '../src/kit/index.js';
import { servesMeiliDashboard } from '../src/kit/stack/meili.js';

describe('startMeili', () => {
  let meili: MeiliHandle | undefined;
  afterEach(async () => {
    await meili?.stop();
    meili = undefined;
  });

  it('answers /health and requires the master key for the api', async () => {
    meili = await startMeili();
    const health = await fetch(`${meili.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'available' });

    const anonymous = await fetch(`${meili.url}/indexes`);
    expect(anonymous.status).toBe(401);
    const withKey = await fetch(`${meili.url}/indexes`, {
      headers: { authorization: `Bearer ${meili.masterKey}` },
    });
    expect(withKey.status).toBe(200);
  });

  it('serves the mini-dashboard in development only', async () => {
    const dashboard = async (handle: MeiliHandle) => {
      const res = await fetch(`${handle.url}/`, { headers: { accept: 'text/html' } });
      return { status: res.status, html: /<html/i.test(await res.text()) };
    };
    meili = await startMeili();
    expect(await dashboard(meili)).toEqual({ status: 200, html: true });
    // What `npm start` checks of an external Meilisearch under NODE_ENV=production.
    expect(await servesMeiliDashboard(meili.url)).toBe(true);
    await meili.stop();
    meili = await startMeili({ environment: 'production' });
    expect((await dashboard(meili)).html).toBe(false);
    expect(await servesMeiliDashboard(meili.url)).toBe(false);
  });

  it('stop() ends the process, frees the port and removes its temp data dir', async () => {
    meili = await startMeili();
    const { port, dataDir } = meili;
    expect(await isPortFree(port)).toBe(false);
    await meili.stop();
    expect(meili.process.running).toBe(false);
    expect(await isPortFree(port)).toBe(true);
    expect(existsSync(dataDir)).toBe(false);
    meili = undefined;
  });

  it('fails with a clear message when the binary is missing', async () => {
    await expect(startMeili({ bin: '/nonexistent/meilisearch' })).rejects.toThrow(
      /binary not found.*MEILI_BIN/s,
    );
  });
});
