import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// content-models' entries for browser apps (package.json `exports`), read from source.
const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../content-models/src');

/** Every module `entry` reaches through relative imports, with the packages they import. */
function packagesImported(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^(?:import|export)(?! type)[^;]*?from\s+'([^']+)'/gm)) {
      if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')));
      else packages.add(specifier!);
    }
  };
  visit(join(srcDir, entry));
  return packages;
}

// The agent desktop imports these entries of content-models; zod would add its whole library to the browser bundle.
describe.each(['triage.ts', 'contact-log.ts', 'sign-in.ts'])('the browser entry %s', (entry) => {
  it('imports no package at all (no zod)', () => {
    expect([...packagesImported(entry)]).toEqual([]);
  });
});
