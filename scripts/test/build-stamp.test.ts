import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashInputs, isUpToDate, writeStamp } from '../src/start/build-stamp.js';

describe('build stamps', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'neuvo-stamp-'));
    mkdirSync(join(dir, 'src', 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'src', 'a.ts'), 'a');
    writeFileSync(join(dir, 'src', 'node_modules', 'ignored.js'), '1');
    mkdirSync(join(dir, 'out'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is up to date only while the inputs and outputs are unchanged', () => {
    const src = join(dir, 'src');
    const stamps = join(dir, 'stamps');
    const hash = hashInputs([src]);
    expect(isUpToDate('x', hash, [join(dir, 'out')], stamps)).toBe(false);
    writeStamp('x', hash, stamps);
    expect(isUpToDate('x', hash, [join(dir, 'out')], stamps)).toBe(true);

    writeFileSync(join(src, 'node_modules', 'ignored.js'), '2');
    expect(hashInputs([src])).toBe(hash);

    writeFileSync(join(src, 'a.ts'), 'changed');
    expect(hashInputs([src])).not.toBe(hash);

    writeFileSync(join(src, 'a.ts'), 'a');
    writeFileSync(join(src, 'b.ts'), 'new file');
    expect(hashInputs([src])).not.toBe(hash);

    rmSync(join(dir, 'out'), { recursive: true });
    expect(isUpToDate('x', hash, [join(dir, 'out')], stamps)).toBe(false);
  });
});
