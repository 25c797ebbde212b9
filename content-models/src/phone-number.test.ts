import { describe, expect, it } from 'vitest';
import { telHref, telNumber } from './phone-number.js';

describe('telNumber', () => {
  it.each([
    ['09 310 10023', null, '+358931010023'],
    ['040-550 1990', null, '+358405501990'],
    ['(09) 8162 0000', null, '+358981620000'],
    ['405501990', '+358', '+358405501990'],
    ['+358 40 550 1990', null, '+358405501990'],
    ['+358 (0)40 550 1990', null, '+358405501990'],
    ['00358 6 325 1111', null, '+35863251111'],
    ['0045 12 34 56 78', null, '+4512345678'],
    ['0800\u00a0123\u00a0456', null, '+358800123456'],
  ])('%s (prefix %s) dials %s', (number, prefix, expected) => {
    expect(telNumber(number, prefix)).toBe(expected);
  });

  it('keeps national short numbers without a country code', () => {
    expect(telNumber('112')).toBe('112');
    expect(telNumber('116 117')).toBe('116117');
    expect(telNumber('116117', '+358')).toBe('116117');
  });

  it('refuses text that is not a dialable number', () => {
    expect(telNumber('kysy neuvonnasta')).toBeNull();
    expect(telNumber('')).toBeNull();
    expect(telNumber('12')).toBeNull();
    expect(telNumber('040 123 4567 8901 2345')).toBeNull();
    expect(telNumber('+358 40"><script>')).toBeNull();
    expect(telNumber('405501990')).toBeNull();
  });

  it('gives the tel: link', () => {
    expect(telHref('06 218 9000')).toBe('tel:+35862189000');
    expect(telHref('soita meille')).toBeNull();
  });
});
