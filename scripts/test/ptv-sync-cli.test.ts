/**
 * `npm run ptv:sync` against a real Strapi syncing from the fake PTV: the summary a person reads, the exit
 * codes a scheduler reads, and the messages for bad usage.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeId, startFakePtv, type FakePtvServer } from '../src/fake-ptv/index.js';
import { startCms, type CmsHandle } from '../src/kit/index.js';
import { repoRoot } from '../src/kit/paths.js';
import { tsxCommand } from '../src/kit/process.js';

let cms: CmsHandle;
let ptv: FakePtvServer;

/** Runs the CLI to completion; never inherits the repository's `.env` values for the CMS. */
function cli(args: string[], env: Record<string, string> = {}) {
  const { command, args: argv } = tsxCommand(join(repoRoot, 'scripts', 'src', 'ptv-sync', 'cli.ts'), args);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, argv, {
      cwd: repoRoot,
      env: { ...process.env, CMS_URL: cms.url, CMS_WRITE_TOKEN: cms.writeToken, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  ptv = await startFakePtv({
    generate: { roots: 1, subOrganizationsPerRoot: 2, services: 12, channels: 30 },
  });
  cms = await startCms({ env: { PTV_BASE_URL: ptv.baseUrl } });
  const res = await fetch(`${cms.url}/api/regions?locale=fi`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cms.writeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      data: {
        code: 'cli-hva',
        name: 'CLI-alue',
        municipalityCodes: [],
        ptvOrganizationIds: [fakeId.organization(0)],
      },
    }),
  });
  expect(res.status).toBe(201);
});

afterAll(async () => {
  await cms?.stop();
  await ptv?.close();
});

describe('npm run ptv:sync', () => {
  it('runs a full sync, shows progress and prints the summary; exit code 0', async () => {
    const run = await cli(['--region', 'cli-hva', '--full', '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/cli-hva \(full\) \[#{30}\] 12\/12 100%/);
    expect(run.stdout).toContain('Done.');
    expect(run.stdout).toMatch(/created\s+12\n/);
    expect(run.stdout).toMatch(/skipped\s+0\n/);
  });

  it('a second, incremental run finds nothing to change (Finnish by default)', async () => {
    const run = await cli(['--region', 'cli-hva'], { LANG: 'C' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Valmis.');
    expect(run.stdout).toMatch(/luotu\s+0\n/);
  });

  it('an unknown region fails with the reason and exit code 1', async () => {
    const run = await cli(['--region', 'ei-ole', '--lang', 'sv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("HTTP 404: Unknown region 'ei-ole'");
  });

  it('without --region or without a token it says what is missing; exit code 2', async () => {
    const noRegion = await cli(['--lang', 'en']);
    expect(noRegion.code).toBe(2);
    expect(noRegion.stderr).toContain('Usage: npm run ptv:sync -- --region <code> [--full]');
    const noToken = await cli(['--region', 'cli-hva', '--lang', 'sv'], {
      CMS_WRITE_TOKEN: '',
    });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('Ange CMS_URL och CMS_WRITE_TOKEN');
  });
});
