import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root. */
export const repoRoot: string = dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url)))));

/** Where `npm start` keeps its data (SQLite files, Meilisearch data, build stamps): `<repo>/.data`. */
export const dataDir: string = join(repoRoot, '.data');

/** Default Meilisearch binary, copied there by `scripts/install-meilisearch.mjs` at postinstall. */
export const defaultMeiliBin: string = join(dataDir, 'bin', 'meilisearch');
