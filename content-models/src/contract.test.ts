import { describe, expect, it } from 'vitest';
import {
  API_ERROR_CODES,
  ConfigError,
  DOMAIN_ERROR_CODES,
  DomainError,
  errorCodeOfHttpStatus,
  isApiErrorCode,
  toApiErrorCode,
} from './errors.js';
import { PTV_GUARDED_FIELDS, PTV_OWNED_FIELDS } from './ptv.js';
import { SERVICE_ENTRY_AGENT_ONLY_FIELDS, serviceEntry } from './types/service-entry.js';

describe('error codes', () => {
  it('sends every domain code to clients as one of the api codes, most as themselves', () => {
    for (const code of DOMAIN_ERROR_CODES) {
      expect(API_ERROR_CODES).toContain(toApiErrorCode(code));
    }
    for (const code of API_ERROR_CODES) expect(toApiErrorCode(code)).toBe(code);
    expect(toApiErrorCode('CONFLICT')).toBe('CONFLICT');
    expect(toApiErrorCode('CONFIG_INVALID')).toBe('INTERNAL');
  });

  it('recognises api codes and nothing else', () => {
    expect(isApiErrorCode('RATE_LIMITED')).toBe(true);
    expect(isApiErrorCode('CONFLICT')).toBe(true);
    expect(isApiErrorCode('CONFIG_INVALID')).toBe(false);
    expect(isApiErrorCode('GRAPHQL_PARSE_FAILED')).toBe(false);
    expect(isApiErrorCode(undefined)).toBe(false);
  });

  it('gives a configuration error the CONFIG_INVALID code and its own name', () => {
    const error = new ConfigError('Set CMS_READ_TOKEN');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      name: 'ConfigError',
      code: 'CONFIG_INVALID',
      message: 'Set CMS_READ_TOKEN',
    });
  });

  it.each([
    [400, 'VALIDATION_FAILED'],
    [401, 'FORBIDDEN'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [429, 'RATE_LIMITED'],
    [500, 'UPSTREAM_UNAVAILABLE'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ] as const)('maps HTTP %i from another service to %s', (status, code) => {
    expect(errorCodeOfHttpStatus(status)).toBe(code);
  });
});

describe('PTV-owned fields', () => {
  it('are fields of the service entry, none of them a solution-bank (agent-only) field', () => {
    const fields = Object.keys(serviceEntry.fields);
    for (const field of PTV_OWNED_FIELDS) expect(fields).toContain(field);
    for (const field of SERVICE_ENTRY_AGENT_ONLY_FIELDS) expect(PTV_GUARDED_FIELDS).not.toContain(field);
  });

  it('guard the owned fields and the source field that unlocks them', () => {
    expect(PTV_GUARDED_FIELDS).toEqual([...PTV_OWNED_FIELDS, 'source']);
  });
});
