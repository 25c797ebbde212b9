/**
 * File-system side of the Strapi schema generation, shared by the generator script and the drift
 * test. Output is formatted with the repository's Prettier config so `npm run format` never causes
 * drift.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { generateStrapiFiles } from '../src/strapi/generate.js';

/** Absolute path of `cms/src`. */
export const CMS_SRC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../cms/src');

/** The command that regenerates the files. */
export const REGENERATE_COMMAND = 'npm run generate:strapi -w @neuvo/content-models';

/** Generated files with their final text (path relative to `cms/src`). */
export async function renderStrapiFiles(): Promise<Array<{ path: string; text: string }>> {
  const config = (await prettier.resolveConfig(join(CMS_SRC_DIR, 'x.json'))) ?? {};
  const files = generateStrapiFiles();
  return Promise.all(
    files.map(async (file) => ({
      path: file.path,
      text: await prettier.format(JSON.stringify(file.json, null, 2), { ...config, parser: 'json' }),
    })),
  );
}

/**
 * Content-type schema.json files that the cms package owns on purpose (internal types not defined in
 * content-models), relative to `cms/src`. Everything else under `api/<name>/content-types/` and
 * `components/channels/` must come from the generator.
 */
export const CMS_OWNED_FILES: readonly string[] = [];

/** Paths (relative to `cms/src`) of the files on disk that the generator owns. */
export function listOwnedFiles(cmsSrcDir: string = CMS_SRC_DIR): string[] {
  const found: string[] = [];
  const apiDir = join(cmsSrcDir, 'api');
  if (existsSync(apiDir)) {
    for (const api of readdirSync(apiDir)) {
      const typesDir = join(apiDir, api, 'content-types');
      if (!existsSync(typesDir)) continue;
      for (const type of readdirSync(typesDir)) {
        const schema = join(typesDir, type, 'schema.json');
        if (existsSync(schema)) found.push(relative(cmsSrcDir, schema));
      }
    }
  }
  const channelsDir = join(cmsSrcDir, 'components', 'channels');
  if (existsSync(channelsDir)) {
    for (const file of readdirSync(channelsDir)) {
      if (file.endsWith('.json')) found.push(relative(cmsSrcDir, join(channelsDir, file)));
    }
  }
  return found
    .map((p) => p.split('\\').join('/'))
    .filter((p) => !CMS_OWNED_FILES.includes(p))
    .sort();
}

/** Reads a file under `cms/src`, or `undefined` when absent. */
export function readCmsFile(path: string, cmsSrcDir: string = CMS_SRC_DIR): string | undefined {
  const file = join(cmsSrcDir, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Writes the generated files; returns the paths whose content changed. */
export async function writeStrapiFiles(cmsSrcDir: string = CMS_SRC_DIR): Promise<string[]> {
  const changed: string[] = [];
  for (const file of await renderStrapiFiles()) {
    const target = join(cmsSrcDir, file.path);
    if (readCmsFile(file.path, cmsSrcDir) === file.text) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    changed.push(file.path);
  }
  return changed;
}
