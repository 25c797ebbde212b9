import { join } from 'node:path';
import { repoRoot, runProcess, tsxCommand } from '@neuvo/scripts';

/** Writes the sample content into a CMS with the seed command exactly as `npm start` runs it. */
export async function seedSampleContent(cms: { url: string; writeToken: string }): Promise<void> {
  const { command, args } = tsxCommand(join(repoRoot, 'cms', 'seed', 'run.ts'));
  await runProcess({
    name: 'seed',
    command,
    args,
    cwd: join(repoRoot, 'cms'),
    env: { CMS_URL: cms.url, CMS_WRITE_TOKEN: cms.writeToken },
    timeoutMs: 240_000,
  });
}
