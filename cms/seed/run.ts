/**
 * `npm run seed -w @neuvo/cms`: writes the sample content (`./content`) to the CMS at CMS_URL using the
 * full-access token CMS_WRITE_TOKEN. Safe to run any number of times: unchanged items are not written.
 */
import { z } from 'zod';
import { seedContent } from './content/index';
import { formatSummary, runSeed } from './seed';

const Env = z.object({
  CMS_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().default('http://127.0.0.1:1337')),
  CMS_WRITE_TOKEN: z
    .string({ message: 'is required (a full-access API token)' })
    .min(1, 'is required (a full-access API token)'),
});

async function main(): Promise<void> {
  const parsed = Env.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid seed configuration:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  const config = Object.freeze(parsed.data);
  console.log(`Seeding ${config.CMS_URL} ...`);
  const result = await runSeed({
    url: config.CMS_URL,
    token: config.CMS_WRITE_TOKEN,
    content: seedContent,
    log: (line) => console.log(`  ${line}`),
  });
  console.log(formatSummary(result));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
