/**
 * Builds the public site: fetches the self-care guides from the api over GraphQL, generates the VitePress pages
 * (guides, fallback pages, home, topic, A–Z and accessibility pages per locale) and runs `vitepress build site`
 * (output: site/.vitepress/dist).
 *
 *   npm run build -w @neuvo/public-site                 # generate + build
 *   npm run generate -w @neuvo/public-site              # generate only (then `npm run dev`)
 *
 * Env: API_URL (default http://127.0.0.1:4000/graphql; a base URL gets /graphql appended), SITE_URL,
 * ACCESSIBILITY_FEEDBACK_EMAIL (see README).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vitepress';
import { ApiResponseError, ApiUnreachableError, createGraphQLGuideSource } from '../src/api-client.js';
import { loadSiteBuildConfig, SiteConfigError } from '../src/config.js';
import { generateGuidePages } from '../src/generate-pages.js';

const siteDir = fileURLToPath(new URL('../site', import.meta.url));
const generateOnly = process.argv.includes('--generate-only');

async function main(): Promise<void> {
  const config = loadSiteBuildConfig(process.env);
  console.log(`[public-site] fetching guides from ${config.apiUrl}`);
  const result = await generateGuidePages({
    source: createGraphQLGuideSource({ apiUrl: config.apiUrl }),
    siteDir,
    log: (message) => console.log(`[public-site] ${message}`),
    accessibilityFeedbackEmail: config.accessibilityFeedbackEmail,
  });
  const total = Object.values(result.pages).reduce((sum, slugs) => sum + slugs.length, 0);
  console.log(`[public-site] generated ${total} guide page(s)`);
  if (result.skipped.length > 0) {
    // Reported, not fatal: one guide the api cannot serve or the renderer rejects must not keep the others offline.
    console.warn(
      `[public-site] left out ${result.skipped.length} guide(s): ` +
        result.skipped.map((s) => `${s.slug} (${s.locale}, ${s.reason})`).join(', '),
    );
  }
  if (generateOnly) return;
  await build(siteDir);
  console.log(`[public-site] built ${join(siteDir, '.vitepress', 'dist')}`);
}

main().catch((error: unknown) => {
  if (error instanceof ApiUnreachableError || error instanceof SiteConfigError) {
    console.error(`[public-site] ${error.message}`);
  } else if (error instanceof ApiResponseError) {
    console.error(
      `[public-site] The api returned an error${error.code ? ` (${error.code})` : ''}: ${error.message}`,
    );
  } else {
    console.error('[public-site] build failed:', error);
  }
  process.exitCode = 1;
});
