import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the contract in a browser bundle', () => {
  it('takes only the error codes from content-models, none of its schemas', async () => {
    // As Vite bundles it for the portal: ESM for browsers, unused code shaken out.
    const result = await build({
      // Paths in the metafile are relative to the repository root, wherever the test runs from.
      absWorkingDir: fileURLToPath(new URL('../../', import.meta.url)),
      entryPoints: ['graphql-contract/src/index.ts'],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      minify: true,
      metafile: true,
      outfile: 'contract.js',
    });
    const [output] = Object.values(result.metafile.outputs);
    const inputs = Object.keys(output?.inputs ?? {});
    expect(inputs.filter((input) => input.includes('content-models'))).toEqual([
      'content-models/dist/errors.js',
    ]);
    expect(inputs.some((input) => input.includes('node_modules/zod'))).toBe(false);
    // Every app's operation texts and the client; zod alone would add more than 50 KB.
    expect(output?.bytes).toBeLessThan(30_000);
  });
});
