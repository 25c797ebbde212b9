/**
 * What the benchmarks that drive the agent portal in headless Chromium share: the platform with the sample content,
 * the browser, and signing in through the portal and the local provider as a person does.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { LocalUser } from '@neuvo/local-idp';
import { repoRoot } from '../kit/paths.js';
import { runProcess, tsxCommand } from '../kit/process.js';
import { startPlatform, type PlatformStack, type PlatformOptions } from '../kit/stack/stack.js';

/** An agent without a home region: the portal then ranks no county first. */
export const BENCH_AGENT: LocalUser = {
  username: 'bench.agentti',
  password: 'bench-agentti-salasana',
  name: 'Bench Agentti',
  roles: ['neuvo-agent'],
};

/** The same flags as the end-to-end tests: Debian's Chromium, headless, no background traffic. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the platform and seeds the sample content with the seed command exactly as `npm start` runs it. */
export async function startSeededPlatform(options: PlatformOptions): Promise<PlatformStack> {
  const stack = await startPlatform(options);
  try {
    const { command, args } = tsxCommand(join(repoRoot, 'cms', 'seed', 'run.ts'));
    await runProcess({
      name: 'seed',
      command,
      args,
      cwd: join(repoRoot, 'cms'),
      env: { CMS_URL: stack.cms.url, CMS_WRITE_TOKEN: stack.cms.writeToken },
      timeoutMs: 300_000,
    });
    return stack;
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** Signs in through the portal's button and the local provider's form. */
export async function signInThroughPortal(page: Page, portalUrl: string, user: LocalUser): Promise<void> {
  await page.goto(portalUrl);
  await page.getByTestId('sign-in').click();
  await page.getByLabel('Käyttäjätunnus').fill(user.username);
  await page.getByLabel('Salasana').fill(user.password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.getByTestId('signed-in-as').waitFor({ timeout: 30_000 });
}

/** Waits until each query finds something through the api (the indexer has caught up with the seed). */
export async function waitSearchable(
  stack: PlatformStack,
  page: Page,
  queries: readonly string[],
): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const totals = await page.evaluate(
      async ({ url, queries }) =>
        Promise.all(
          queries.map(async (query) => {
            const res = await fetch(url, {
              method: 'POST',
              credentials: 'include',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                query: 'query($q: String!) { search(query: $q, limit: 1) { total } }',
                variables: { q: query },
              }),
            });
            const body = (await res.json()) as { data?: { search: { total: number } } };
            return body.data?.search.total ?? 0;
          }),
        ),
      { url: stack.api.graphqlUrl, queries: [...queries] },
    );
    if (totals.every((total) => total > 0)) return;
    if (Date.now() > deadline)
      throw new Error(
        `sample content not searchable: ${queries.filter((_, i) => totals[i] === 0).join(', ')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
