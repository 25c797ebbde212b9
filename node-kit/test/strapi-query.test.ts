import qs from 'qs';
import { describe, expect, it } from 'vitest';
import { encodeStrapiQuery } from '../src/index.js';

describe('encodeStrapiQuery', () => {
  it('writes nested objects and arrays in qs bracket syntax', () => {
    expect(
      encodeStrapiQuery({
        locale: 'fi',
        status: 'published',
        pagination: { page: 2, pageSize: 100 },
        populate: { regions: { fields: ['code', 'name'] }, phoneChannels: true },
      }),
    ).toBe(
      'locale=fi&status=published&pagination[page]=2&pagination[pageSize]=100' +
        '&populate[regions][fields][0]=code&populate[regions][fields][1]=name&populate[phoneChannels]=true',
    );
  });

  it('percent-encodes values but leaves out undefined, null and empty objects', () => {
    expect(
      encodeStrapiQuery({
        populate: { channels: { on: { 'channels.phone-channel': true } } },
        filters: { title: { $eq: 'a&b=c ä' } },
        skip: undefined,
        none: null,
        empty: {},
      }),
    ).toBe('populate[channels][on][channels.phone-channel]=true&filters[title][$eq]=a%26b%3Dc%20%C3%A4');
  });

  it('is read back by qs (the parser Strapi uses) as the same query', () => {
    const query = {
      filters: { $or: [{ title: { $containsi: 'kipu & kuume' } }, { code: { $in: ['a', 'b'] } }] },
      sort: ['updatedAt:asc', 'id:asc'],
      pagination: { pageSize: '50' },
    };
    expect(qs.parse(encodeStrapiQuery(query), { depth: 20 })).toEqual(query);
  });
});
