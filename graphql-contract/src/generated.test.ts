import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, generateOperationsModule, readOperationSources } from '../scripts/codegen.js';

describe('generated operations', () => {
  it('are what the committed schema and operations generate (else run npm run graphql:generate)', async () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(await generateOperationsModule());
  });

  it('change when an operation changes, so a stale file cannot pass', async () => {
    const operations = readOperationSources().map(({ name, source }) => ({
      name,
      source: source.replace('query SiteGuides($locale: Locale!) {', 'query SiteGuides($locale: Locale) {'),
    }));
    const changed = await generateOperationsModule(operations);
    expect(changed).not.toBe(readFileSync(GENERATED_FILE, 'utf8'));
    expect(changed).toContain(
      'export type SiteGuidesQueryVariables = Exact<{\n  locale?: Locale | null | undefined;',
    );
  });
});
