/**
 * The cms runs as CommonJS (Strapi requires the tsc output in `cms/dist`), and it takes the shared contract (locales,
 * PTV-owned fields, outbox limits, error codes) from `@neuvo/content-models` at run time instead of keeping copies.
 * These tests load the compiled cms with Node's own `require`, as `strapi start` does, and check that what it uses
 * IS content-models' CommonJS build: the same class objects, the same module instances.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureCmsServerBuild } from '@neuvo/scripts';
import { beforeAll, describe, expect, it } from 'vitest';

const cmsDir = join(import.meta.dirname, '..');
// A require that resolves packages the way the compiled cms does (from cms/dist).
const cmsRequire = createRequire(join(cmsDir, 'dist', 'src', 'index.js'));

beforeAll(async () => {
  await ensureCmsServerBuild();
});

describe('the compiled cms and content-models', () => {
  it('resolves content-models and its subpaths to the CommonJS build', () => {
    for (const entry of [
      '@neuvo/content-models',
      '@neuvo/content-models/ptv',
      '@neuvo/content-models/errors',
    ]) {
      expect(cmsRequire.resolve(entry)).toMatch(/content-models[/\\]dist[/\\]cjs[/\\]/);
    }
    const { LOCALES } = cmsRequire('@neuvo/content-models/locales') as { LOCALES: readonly string[] };
    expect(LOCALES).toEqual(['fi', 'sv', 'en']);
  });

  it("builds its error classes on content-models' DomainError, with codes from the closed list", () => {
    const { DomainError, DOMAIN_ERROR_CODES } = cmsRequire('@neuvo/content-models/errors') as {
      DomainError: new (...args: never[]) => Error;
      DOMAIN_ERROR_CODES: readonly string[];
    };
    const { UnmappableServiceError } = cmsRequire('./ptv/to-service-entry.js') as {
      UnmappableServiceError: new (message: string) => Error & { code: string };
    };
    const { PtvError } = cmsRequire('./ptv/http-client.js') as {
      PtvError: new (failure: string, message: string) => Error & { code: string; failure: string };
    };
    const unmappable = new UnmappableServiceError('no name');
    expect(unmappable).toBeInstanceOf(DomainError);
    expect(DOMAIN_ERROR_CODES).toContain(unmappable.code);
    const ptv = new PtvError('UPSTREAM_INVALID', 'unexpected paging envelope');
    expect(ptv).toBeInstanceOf(DomainError);
    expect([ptv.code, ptv.failure]).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_INVALID']);
  });

  it('loads the PTV field guard with the list module of content-models, not a copy of it', () => {
    const ptvModule = cmsRequire.resolve('@neuvo/content-models/ptv');
    delete cmsRequire.cache[ptvModule];
    delete cmsRequire.cache[cmsRequire.resolve('./ptv/ptv-fields-guard.js')];
    cmsRequire('./ptv/ptv-fields-guard.js');
    expect(cmsRequire.cache[ptvModule]).toBeDefined();
  });
});
