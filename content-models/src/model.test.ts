import { describe, expect, expectTypeOf, it } from 'vitest';
import { DomainError, isDomainError } from './errors.js';
import { DEFAULT_LOCALE, LOCALES, LocalizedTextSchema, pickText } from './locale.js';
import { URGENCIES, mostUrgent } from './urgency.js';
import {
  CONTENT_TYPES,
  type ServiceEntry,
  type ServiceQueue,
  professionalInstruction,
  region,
  searchSynonym,
  serviceEntry,
  serviceQueue,
} from './types/index.js';
import { COMPONENTS, phoneChannel } from './components/channels.js';
import { defineContentType, string } from './dsl/index.js';

describe('locales and texts', () => {
  it('has fi (default), sv and en', () => {
    expect(LOCALES).toEqual(['fi', 'sv', 'en']);
    expect(DEFAULT_LOCALE).toBe('fi');
  });

  it('pickText falls back to Finnish for a missing or blank translation', () => {
    const text = { fi: 'Kuume', sv: 'Feber', en: ' ' };
    expect(pickText(text, 'sv')).toBe('Feber');
    expect(pickText(text, 'en')).toBe('Kuume');
    expect(pickText({ fi: 'Kuume' }, 'en')).toBe('Kuume');
    expect(pickText(undefined, 'fi')).toBe('');
  });

  it('LocalizedText requires non-empty Finnish', () => {
    expect(LocalizedTextSchema.safeParse({ sv: 'Feber' }).success).toBe(false);
    expect(LocalizedTextSchema.safeParse({ fi: '  ' }).success).toBe(false);
    expect(LocalizedTextSchema.parse({ fi: 'Kuume', en: 'Fever' })).toEqual({ fi: 'Kuume', en: 'Fever' });
  });
});

describe('urgency', () => {
  it('is ordered from most to least urgent', () => {
    expect(URGENCIES).toEqual([
      'emergency_112',
      'paivystys_now',
      'urgent_same_day',
      'non_urgent',
      'self_care',
    ]);
    expect(mostUrgent('self_care', 'urgent_same_day')).toBe('urgent_same_day');
  });
});

describe('DomainError', () => {
  it('carries a closed code, details and a cause', () => {
    const cause = new Error('boom');
    const error = new DomainError('NOT_FOUND', 'Guide not found', { details: { slug: 'x' }, cause });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'DomainError', code: 'NOT_FOUND', details: { slug: 'x' }, cause });
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(error, 'FORBIDDEN')).toBe(false);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(new DomainError('INTERNAL', 'x').details).toEqual({});
  });
});

describe('content types', () => {
  it('defines the 9 content types with contract uids and collection names', () => {
    expect(CONTENT_TYPES.map((t) => [t.uid, t.collectionName, t.localized])).toEqual([
      ['api::region.region', 'regions', true],
      ['api::service-queue.service-queue', 'service_queues', true],
      ['api::service-entry.service-entry', 'service_entries', true],
      ['api::professional-instruction.professional-instruction', 'professional_instructions', true],
      ['api::triage-protocol.triage-protocol', 'triage_protocols', false],
      ['api::self-care-guide.self-care-guide', 'self_care_guides', true],
      ['api::clickbot-tree.clickbot-tree', 'clickbot_trees', false],
      ['api::search-synonym.search-synonym', 'search_synonyms', true],
      ['api::contact-reason.contact-reason', 'contact_reasons', true],
    ]);
    expect(CONTENT_TYPES.every((t) => t.draftAndPublish)).toBe(true);
  });

  it('defines the 5 channel components', () => {
    expect(COMPONENTS.map((c) => [c.uid, c.collectionName])).toEqual([
      ['channels.phone-channel', 'components_channels_phone_channels'],
      ['channels.web-page', 'components_channels_web_pages'],
      ['channels.service-location', 'components_channels_service_locations'],
      ['channels.e-service', 'components_channels_e_services'],
      ['channels.internal-phone', 'components_channels_internal_phones'],
    ]);
  });

  it('parses a Strapi REST document: nulls for empty fields, defaults filled, relations only when populated', () => {
    const doc = serviceEntry.schema.parse({
      documentId: 'abc',
      locale: 'fi',
      slug: 'neuvola',
      name: 'Neuvola',
      summary: null,
      ptvStatus: null,
      serviceLocations: [{ id: 1, name: 'Neuvola', latitude: '60.1', longitude: null }],
      regions: [{ documentId: 'r1', code: 'kymenlaakso', name: 'Kymenlaakso' }],
      unknownField: 1,
    });
    expect(doc.source).toBe('local');
    expect(doc.ptvStatus).toBe('published');
    expect(doc.summary).toBeNull();
    expect(doc.serviceLocations?.[0]?.latitude).toBe(60.1);
    expect(doc.regions?.[0]).toEqual({ documentId: 'r1', code: 'kymenlaakso', name: 'Kymenlaakso' });
    expect(doc.instructions).toBeUndefined();
    expect('unknownField' in doc).toBe(false);
  });

  it('validates patterns, lengths and enums', () => {
    const base = { documentId: 'a', locale: 'fi', slug: 'ok-slug', name: 'N' };
    expect(serviceEntry.schema.safeParse(base).success).toBe(true);
    expect(serviceEntry.schema.safeParse({ ...base, slug: 'Not OK' }).success).toBe(false);
    expect(serviceEntry.schema.safeParse({ ...base, name: 'x'.repeat(201) }).success).toBe(false);
    expect(serviceEntry.schema.safeParse({ ...base, locale: 'de' }).success).toBe(false);
    expect(serviceEntry.schema.safeParse({ ...base, ptvId: 'nope' }).success).toBe(false);
    expect(serviceEntry.schema.safeParse({ ...base, phoneChannels: [{ name: 'no number' }] }).success).toBe(
      false,
    );
    expect(
      region.dataSchema.safeParse({
        code: 'pohjanmaa',
        name: 'Pohjanmaa',
        municipalityCodes: ['905', '9050'],
      }).success,
    ).toBe(false);
    expect(
      professionalInstruction.dataSchema.safeParse({ slug: 'a', title: 't', body: 'b', audience: [] })
        .success,
    ).toBe(false);
    expect(searchSynonym.dataSchema.safeParse({ name: 'x', terms: ['only-one'] }).success).toBe(false);
  });

  it('dataSchema excludes relations', () => {
    expect(Object.keys(serviceEntry.dataSchema.shape)).not.toContain('regions');
    expect(Object.keys(serviceEntry.schema.shape)).toContain('regions');
  });

  it('queue opening hours use ISO weekdays and HH:MM', () => {
    const ok = {
      code: 'nurse-chat',
      name: 'Hoitaja',
      openingHours: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }],
    };
    expect(serviceQueue.dataSchema.parse(ok).strongIdentificationRequired).toBe(false);
    expect(
      serviceQueue.dataSchema.safeParse({
        ...ok,
        openingHours: [{ days: [0], opens: '08:00', closes: '16:00' }],
      }).success,
    ).toBe(false);
    expect(
      serviceQueue.dataSchema.safeParse({
        ...ok,
        openingHours: [{ days: [1], opens: '16:00', closes: '08:00' }],
      }).success,
    ).toBe(false);
    expect(
      serviceQueue.dataSchema.safeParse({
        ...ok,
        openingHours: [{ days: [1], opens: '8:00', closes: '16:00' }],
      }).success,
    ).toBe(false);
  });

  it('infers precise TS types', () => {
    expectTypeOf<ServiceEntry['name']>().toEqualTypeOf<string>();
    expectTypeOf<ServiceEntry['summary']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ServiceEntry['source']>().toEqualTypeOf<'ptv' | 'local'>();
    expectTypeOf<ServiceEntry['locale']>().toEqualTypeOf<'fi' | 'sv' | 'en'>();
    expectTypeOf<NonNullable<ServiceEntry['internalPhones']>[number]['number']>().toEqualTypeOf<string>();
    expectTypeOf<ServiceQueue['strongIdentificationRequired']>().toEqualTypeOf<boolean>();
    expectTypeOf<NonNullable<ServiceEntry['regions']>[number]['documentId']>().toEqualTypeOf<string>();
    expectTypeOf(phoneChannel.uid).toEqualTypeOf<`${string}.${string}`>();
    expectTypeOf(serviceEntry.uid).toEqualTypeOf<'api::service-entry.service-entry'>();
  });

  it('refuses localized fields on a non-localized type', () => {
    expect(() =>
      defineContentType({
        singularName: 'x',
        pluralName: 'xs',
        displayName: 'X',
        description: '',
        localized: false,
        fields: { a: string().localized() },
      }),
    ).toThrowError(/only fields of a localized content type/);
  });
});
