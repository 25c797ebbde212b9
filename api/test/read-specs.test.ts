import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { contentResolvers } from '../src/domains/content/resolvers.js';
import { READ_SPECS, SERVICE_ENTRY_AGENT_ONLY_FIELDS } from '../src/models.js';
import { typeDefs } from '../src/schema.js';

const agentOnly: readonly string[] = SERVICE_ENTRY_AGENT_ONLY_FIELDS;

describe('service entry read specs', () => {
  it('never name an agent-only attribute in what a citizen reads', () => {
    const pub = READ_SPECS.serviceEntryPublic;
    const named = [...pub.fields, ...Object.keys(pub.populate)];
    expect(named.filter((f) => agentOnly.includes(f))).toEqual([]);
  });

  it('read every agent-only attribute for agents', () => {
    const extra = READ_SPECS.serviceEntryAgentExtra;
    expect([...extra.fields, ...Object.keys(extra.populate)].sort()).toEqual([...agentOnly].sort());
  });

  it('guard every agent-only GraphQL field of ServiceEntry with a role check and keep it nullable', () => {
    const type = buildSchema(typeDefs.join('\n')).getType('ServiceEntry');
    if (!isObjectType(type)) throw new Error('ServiceEntry missing');
    for (const name of agentOnly) {
      const field = type.getFields()[name];
      expect(field, name).toBeDefined();
      expect(field?.type.toString().endsWith('!'), `${name} must be nullable`).toBe(false);
      expect(field?.description ?? '', name).toMatch(/^Agent-only/);
      expect(Object.keys(contentResolvers.ServiceEntry)).toContain(name);
    }
  });
});
