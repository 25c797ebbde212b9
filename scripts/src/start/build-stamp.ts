/**
 * Build stamps: a hash of a build's inputs stored under `.data/stamps/`, so `npm start` rebuilds
 * the CMS admin and the agent portal only when their sources changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataDir, repoRoot } from '../kit/paths.js';

const SKIP_DIRS = new Set([
  'node_modules',
  'dist',
  'build',
  '.cache',
  '.strapi',
  '.tmp',
  '.vite',
  'coverage',
  '.git',
]);

function walk(path: string, files: string[]): void {
  let info;
  try {
    info = statSync(path);
  } catch {
    return; // a missing input counts as "not there", which is part of the hash
  }
  if (info.isFile()) {
    files.push(path);
    return;
  }
  if (!info.isDirectory()) return;
  for (const entry of readdirSync(path).sort()) {
    if (SKIP_DIRS.has(entry)) continue;
    walk(join(path, entry), files);
  }
}

/**
 * SHA-256 over the relative paths and contents of every file under `inputs` (files or directories,
 * relative to the repo root or absolute). `node_modules`, `dist`, `build` and caches are skipped.
 */
export function hashInputs(inputs: readonly string[], extra = ''): string {
  const hash = createHash('sha256');
  hash.update(extra);
  for (const input of inputs) {
    const files: string[] = [];
    walk(join(input.startsWith('/') ? '' : repoRoot, input), files);
    hash.update(`\0input:${input}\0${files.length}`);
    for (const file of files) {
      hash.update(`\0${relative(repoRoot, file)}\0`);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

function stampPath(name: string, stampDir: string): string {
  return join(stampDir, `${name}.sha256`);
}

/** True when the stamp `name` holds `hash` and every output path exists. */
export function isUpToDate(
  name: string,
  hash: string,
  outputs: readonly string[],
  stampDir: string = join(dataDir, 'stamps'),
): boolean {
  const path = stampPath(name, stampDir);
  if (!existsSync(path) || readFileSync(path, 'utf8').trim() !== hash) return false;
  return outputs.every((output) => existsSync(join(output.startsWith('/') ? '' : repoRoot, output)));
}

/** Records that the build `name` was made from inputs with `hash`. */
export function writeStamp(name: string, hash: string, stampDir: string = join(dataDir, 'stamps')): void {
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(stampPath(name, stampDir), hash + '\n');
}
