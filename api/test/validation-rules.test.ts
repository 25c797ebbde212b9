import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../src/schema.js';
import { DEFAULT_QUERY_LIMITS, queryLimitsRule } from '../src/validation-rules.js';

const schema = buildSchema(typeDefs.join('\n'));
const check = (query: string, limits = { maxDepth: 4, maxFields: 20 }) =>
  validate(schema, parse(query), [queryLimitsRule(limits)]).map((e) => e.message);

describe('queryLimitsRule', () => {
  it('accepts an operation within the limits', () => {
    expect(check('{ search(query: "a") { total hits { id title } } }')).toEqual([]);
  });

  it('rejects an operation deeper than maxDepth, also through fragments', () => {
    const deep = /* GraphQL */ `
      query {
        serviceEntry(id: "x") {
          ...E
        }
      }
      fragment E on ServiceEntry {
        channels {
          phones {
            ... on PhoneChannel {
              number
            }
          }
        }
      }
    `;
    expect(check(deep, { maxDepth: 3, maxFields: 100 })).toEqual([
      'The operation is too deep: at most 3 levels of fields are allowed.',
    ]);
    expect(check(deep, { maxDepth: 4, maxFields: 100 })).toEqual([]);
  });

  it('counts every alias and every fragment use towards maxFields', () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: guides { slug }`).join(' ');
    expect(check(`{ ${aliases} }`)).toEqual([
      'The operation is too large: at most 20 fields (counting aliases and fragment uses) are allowed.',
    ]);
  });

  it('stops a fragment bomb quickly', () => {
    // Each fragment uses the previous one 4 times: 4^12 expanded fields from a tiny document.
    const fragments = ['fragment F0 on GuideSummary { slug title }'];
    for (let i = 1; i <= 12; i++) {
      const p = `F${i - 1}`;
      fragments.push(`fragment F${i} on GuideSummary { ...${p} ...${p} ...${p} ...${p} }`);
    }
    const started = Date.now();
    const errors = check(`{ guides { ...F12 } } ${fragments.join(' ')}`, { maxDepth: 8, maxFields: 300 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(errors).toContain(
      'The operation is too large: at most 300 fields (counting aliases and fragment uses) are allowed.',
    );
  });

  it('allows the standard introspection query with the default limits', () => {
    expect(
      check(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), DEFAULT_QUERY_LIMITS),
    ).toEqual([]);
  });

  it('bounds the depth of introspection queries separately', () => {
    let nested = 'name';
    for (let i = 0; i < 16; i++) nested = `ofType { ${nested} }`;
    expect(check(`{ __type(name: "Query") { ${nested} } }`, DEFAULT_QUERY_LIMITS)).toEqual([
      'The introspection query is too deep: at most 16 levels are allowed.',
    ]);
  });
});
