import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDependencies, findCycles, importsOf, packageOf } from '../src/check-deps/index.js';
import { repoRoot } from '../src/kit/paths.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Writes a small workspace: `files` maps paths (relative to its root) to contents; objects become JSON. */
function workspace(files: Record<string, string | object>): string {
  const root = mkdtempSync(join(tmpdir(), 'neuvo-deps-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

describe('the dependency check', () => {
  it('passes on this repository', () => {
    expect(checkDependencies(repoRoot)).toEqual([]);
  });

  it('finds an import of a package that package.json does not declare', () => {
    const root = workspace({
      'package.json': { workspaces: ['a', 'b'], devDependencies: { vitest: '4' } },
      'a/package.json': { name: '@x/a', dependencies: { zod: '4' } },
      'a/src/index.ts': "import { z } from 'zod';\nimport { b } from '@x/b';\nimport { it } from 'vitest';\n",
      'b/package.json': { name: '@x/b' },
      'b/test/b.test.ts': "import { readFileSync } from 'node:fs';\nimport 'fs';\nexport const b = 1;\n",
    });
    expect(checkDependencies(root)).toEqual([
      {
        kind: 'undeclared',
        message: "a/src/index.ts: imports @x/b, which @x/a's package.json does not declare",
      },
    ]);
  });

  it('finds an import through a computed module name', () => {
    const root = workspace({
      'package.json': { workspaces: ['a'] },
      'a/package.json': { name: '@x/a' },
      'a/src/start.ts': "const name = '@x/b';\nexport const load = () => import(name);\n",
      'a/src/fine.ts': "export const load = () => import('./start.js');\n",
    });
    expect(checkDependencies(root).map((p) => p.kind)).toEqual(['computed-import']);
    expect(checkDependencies(root)[0]!.message).toMatch(/^a\/src\/start\.ts: /);
  });

  it('finds a cycle between workspace packages, development dependencies included', () => {
    const root = workspace({
      'package.json': { workspaces: ['a', 'b', 'c'] },
      'a/package.json': { name: '@x/a', dependencies: { '@x/b': '*' } },
      'b/package.json': { name: '@x/b', dependencies: { '@x/c': '*' } },
      'c/package.json': { name: '@x/c', devDependencies: { '@x/a': '*' } },
    });
    expect(checkDependencies(root)).toEqual([
      { kind: 'cycle', message: 'workspace packages depend on each other: @x/a -> @x/b -> @x/c -> @x/a' },
    ]);
  });
});

describe('its parts', () => {
  it('names the package of a module specifier, nothing for relative paths and built-ins', () => {
    expect(packageOf('@neuvo/scripts/fake-ptv')).toBe('@neuvo/scripts');
    expect(packageOf('qs')).toBe('qs');
    expect(packageOf('vitest/config')).toBe('vitest');
    expect(packageOf('./x.js')).toBeUndefined();
    expect(packageOf('node:fs')).toBeUndefined();
    expect(packageOf('path')).toBeUndefined();
  });

  it('reads static, re-exported, dynamic and required module names', () => {
    const { specifiers, computed } = importsOf(
      "import a from 'a';\nexport { b } from 'b';\nconst c = await import('c');\nconst d = require('d');\n" +
        'const e = require(process.env.E!);\nconst f = await import(`f${1}`);\n',
    );
    expect(specifiers).toEqual(['a', 'b', 'c', 'd']);
    expect(computed).toBe(2);
  });

  it('finds no cycle in a graph without one', () => {
    const graph = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(findCycles(graph)).toEqual([]);
  });
});
