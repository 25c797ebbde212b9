import { readFileSync } from 'node:fs';
import { buildSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../src/schema.js';
import { CONTRACT_SCHEMA_FILE, printApiSchema } from '../src/sdl.js';

describe('the schema file of the GraphQL contract', () => {
  it('is the api schema as printed now (else run npm run graphql:generate)', () => {
    expect(readFileSync(CONTRACT_SCHEMA_FILE, 'utf8')).toBe(printApiSchema());
  });

  it('describes the same schema the api serves', () => {
    const served = printSchema(buildSchema(typeDefs.join('\n')));
    expect(printSchema(buildSchema(readFileSync(CONTRACT_SCHEMA_FILE, 'utf8')))).toBe(served);
  });

  it('differs from the printed schema once a domain schema changes, so a stale file cannot pass', () => {
    const changed = printApiSchema([...typeDefs, 'extend type Query { ping: Boolean }']);
    expect(changed).toContain('ping: Boolean');
    expect(readFileSync(CONTRACT_SCHEMA_FILE, 'utf8')).not.toBe(changed);
  });
});
