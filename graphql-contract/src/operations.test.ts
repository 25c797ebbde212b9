import { readdirSync, readFileSync, statSync } from 'node:fs';
import { buildSchema, parse, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readOperationSources, readSchemaSource } from '../scripts/codegen.js';
import * as generated from './generated/operations.js';

const schema = buildSchema(readSchemaSource());

/** The messages of GraphQL's validation of one document against the api's schema; empty when it is valid. */
function problems(source: string): string[] {
  return validate(schema, parse(source)).map((error: GraphQLError) => error.message);
}

/** Every typed document the generated module exports: what the client actually sends. */
const documents: [string, { toString(): string }][] = Object.entries(generated).filter(
  ([, value]) => value instanceof generated.TypedDocumentString,
);

describe('the front ends’ operations against the api schema', () => {
  it.each(readOperationSources())('$name validates', ({ source }) => {
    expect(problems(source)).toEqual([]);
  });

  it('covers the portal’s and the site’s operations', () => {
    const names = documents.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['PortalSearchDocument', 'PortalServiceEntryDocument']));
    expect(names).toEqual(expect.arrayContaining(['SiteGuidesDocument', 'SiteGuideDocument']));
  });

  it.each(documents.map(([name, document]) => ({ name, document })))(
    '$name, as the client sends it, validates',
    ({ document }) => {
      expect(problems(document.toString())).toEqual([]);
    },
  );

  it('rejects a document that does not match the schema', () => {
    const broken = `
      query Broken($slug: String!) {
        selfCareGuide(slug: $slug, language: fi) { title bodyText }
      }
    `;
    expect(problems(broken)).toEqual([
      'Unknown argument "language" on field "Query.selfCareGuide".',
      'Cannot query field "bodyText" on type "SelfCareGuide". Did you mean "body"?',
    ]);
  });
});

/** Every file under `dir` whose name ends in one of `extensions`. */
function sourceFiles(dir: URL, extensions: string[]): URL[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist' || name === 'cache') return [];
    const url = new URL(name, dir);
    if (statSync(url).isDirectory()) return sourceFiles(new URL(`${name}/`, dir), extensions);
    return extensions.some((extension) => name.endsWith(extension)) ? [url] : [];
  });
}

describe('the front ends send only the contract’s operations', () => {
  // A query written inline in a front end would escape both the generated types and the validation above.
  const frontEnds = [
    'agent-portal/src/',
    'public-site/src/',
    'public-site/scripts/',
    'public-site/site/.vitepress/',
  ];
  const files = frontEnds.flatMap((dir) =>
    sourceFiles(new URL(`../../${dir}`, import.meta.url), ['.ts', '.vue', '.mts']),
  );

  it('finds the front ends’ sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  const inline = /\/\*\s*GraphQL\s*\*\/|\b(?:query|mutation|subscription)\s+[A-Z]\w*\s*[({]/;

  it('recognises an inline operation', () => {
    expect(inline.test('const Q = /* GraphQL */ `{ guides { slug } }`;')).toBe(true);
    expect(inline.test('const Q = `query SiteGuides($locale: Locale!) { guides { slug } }`;')).toBe(true);
    expect(inline.test('// the query PortalSearch is sent on every keystroke')).toBe(false);
  });

  it('has no GraphQL operation written inline in a front end', () => {
    const offenders = files
      .filter((file) => !file.pathname.endsWith('.test.ts'))
      .filter((file) => inline.test(readFileSync(file, 'utf8')))
      .map((file) => file.pathname);
    expect(offenders).toEqual([]);
  });
});
