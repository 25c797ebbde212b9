import { describe, expect, it } from 'vitest';
import { SearchDocSchema } from './search-doc.js';
import { parseSearchSource, SEARCH_SOURCES, searchDocTypeForUid, searchPopulate } from './sources.js';
import { TEXT_LIMITS } from '../limits.js';
import { HOSTILE_MARKDOWN, hugeBody } from '../testing/hostile-content.js';
import { SEARCH_BODY_LENGTH, toSearchDocs } from './mappers.js';

/** A service entry as Strapi 5 REST returns it with SEARCH_SOURCES.service.populate. */
const rawService = {
  id: 12,
  documentId: 'svc1',
  locale: 'fi',
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
  publishedAt: '2025-03-01T10:00:00.000Z',
  slug: 'suun-terveydenhuolto',
  ptvId: '2b4e5c1a-1111-4a2b-8c3d-0123456789ab',
  source: 'ptv',
  ptvStatus: 'published',
  ptvSyncedAt: null,
  name: 'Suun terveydenhuolto',
  summary: 'Hammashoitoa kaikenikäisille.',
  description: 'Hammastarkastukset ja hoito.\nKiireellinen hoito arkisin.',
  userInstruction: 'Soita ajanvaraukseen.',
  organizationName: 'Pohjanmaan hyvinvointialue',
  serviceClasses: ['Suun terveydenhuolto'],
  targetGroups: ['Kansalaiset'],
  keywords: ['hammaslääkäri', 'hammashoito'],
  municipalityCodes: ['905'],
  regions: [{ id: 3, documentId: 'reg1', code: 'pohjanmaa' }],
  phoneChannels: [
    {
      id: 1,
      name: 'Ajanvaraus',
      number: '06 218 0000',
      prefixNumber: null,
      chargeType: 'charged',
      chargeInfo: null,
      serviceHours: 'ma–pe 8–15',
    },
  ],
  webPages: [{ id: 2, name: 'Verkkosivu', url: 'https://pohjanmaanhyvinvointi.fi/suu' }],
  serviceLocations: [
    {
      id: 4,
      name: 'Vaasan hammashoitola',
      street: 'Sairaalatie 1',
      postalCode: '65130',
      postOffice: 'Vaasa',
      municipalityCode: '905',
      latitude: '63.0951',
      longitude: 21.6165,
      openingHours: null,
      phone: '06 218 1111',
    },
  ],
  eServices: [],
  agentInstructions:
    '## Sisäinen ohje\n\nOhjaa **kiireelliset** takapäivystykseen: [ohje](https://intra/ohje).',
  internalPhones: [{ id: 5, label: 'Takapäivystys', number: '06 999 1234', note: 'vain ammattilaisille' }],
  extraKeywords: ['hammassärky', 'viisaudenhammas'],
};

const service = parseSearchSource('service', rawService);

describe('toSearchDocs(service)', () => {
  it('the public doc never contains agentInstructions, internal phones or extra keywords', () => {
    const docs = toSearchDocs('service', service, 'fi');
    const text = JSON.stringify(docs.public);
    expect(docs.public).toBeDefined();
    for (const secret of [
      'Sisäinen ohje',
      'takapäivystykseen',
      'Takapäivystys',
      '06 999 1234',
      'vain ammattilaisille',
      'hammassärky',
      'viisaudenhammas',
      'intra',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('the agent doc adds agentInstructions (as plain text), internal phones and extra keywords', () => {
    const { agent } = toSearchDocs('service', service, 'fi');
    expect(agent.audience).toBe('agent');
    expect(agent.body).toContain('Sisäinen ohje');
    expect(agent.body).toContain('Ohjaa kiireelliset takapäivystykseen: ohje.');
    expect(agent.body).not.toMatch(/[#*[\]]/);
    expect(agent.phones).toEqual(['06 218 0000', '06 218 1111', '06 999 1234']);
    expect(agent.keywords).toEqual(['hammaslääkäri', 'hammashoito', 'hammassärky', 'viisaudenhammas']);
  });

  it('maps the public fields', () => {
    const doc = toSearchDocs('service', service, 'fi').public!;
    expect(SearchDocSchema.parse(doc)).toEqual(doc);
    expect(doc).toMatchObject({
      id: 'service-svc1',
      documentId: 'svc1',
      type: 'service',
      locale: 'fi',
      title: 'Suun terveydenhuolto',
      summary: 'Hammashoitoa kaikenikäisille.',
      keywords: ['hammaslääkäri', 'hammashoito'],
      region: ['pohjanmaa'],
      serviceClasses: ['Suun terveydenhuolto'],
      targetGroups: ['Kansalaiset'],
      audience: 'public',
      slug: 'suun-terveydenhuolto',
      phones: ['06 218 0000', '06 218 1111'],
      url: 'https://pohjanmaanhyvinvointi.fi/suu',
      updatedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(doc.body).toContain('Hammastarkastukset ja hoito.\nKiireellinen hoito arkisin.');
    expect(doc.body).toContain('Soita ajanvaraukseen.');
  });

  it('indexes a service withdrawn from PTV for agents only', () => {
    const docs = toSearchDocs(
      'service',
      parseSearchSource('service', { ...rawService, ptvStatus: 'withdrawn' }),
      'fi',
    );
    expect(docs.public).toBeUndefined();
    expect(docs.agent.id).toBe('service-svc1');
  });

  it('tolerates an entry with only required fields', () => {
    const minimal = parseSearchSource('service', {
      documentId: 'm1',
      locale: 'sv',
      slug: 'm',
      name: 'Minimal',
      updatedAt: '2025-01-01T00:00:00+02:00',
    });
    const docs = toSearchDocs('service', minimal, 'sv');
    expect(docs.public).toMatchObject({
      title: 'Minimal',
      summary: '',
      body: '',
      keywords: [],
      region: [],
      phones: [],
      locale: 'sv',
    });
    expect(docs.public?.url).toBeUndefined();
    expect(docs.public?.updatedAt).toBe('2024-12-31T22:00:00.000Z');
  });
});

describe('grouping and routability of service docs', () => {
  const withSlug = (slug: string, extra: Record<string, unknown> = {}) =>
    toSearchDocs('service', parseSearchSource('service', { ...rawService, slug, ...extra }), 'fi');

  it('groups one-region entries named <region>-<service> by the rest of the slug', () => {
    expect(withSlug('pohjanmaa-suun-terveydenhuolto').agent.groupKey).toBe('service:suun-terveydenhuolto');
    const kymi = withSlug('kymenlaakso-suun-terveydenhuolto', {
      regions: [{ id: 4, documentId: 'reg2', code: 'kymenlaakso' }],
    });
    expect(kymi.agent.groupKey).toBe('service:suun-terveydenhuolto');
    expect(kymi.public?.groupKey).toBe('service:suun-terveydenhuolto');
  });

  it('keeps the whole slug when it does not start with the entry region or the entry has no single region', () => {
    // The slug names another region than the entry has: not grouped with that region's entries.
    expect(withSlug('kymenlaakso-rokotukset').agent.groupKey).toBe('service:kymenlaakso-rokotukset');
    expect(withSlug('pohjanmaa-rokotukset', { regions: [] }).agent.groupKey).toBe(
      'service:pohjanmaa-rokotukset',
    );
    const two = withSlug('pohjanmaa-rokotukset', {
      regions: [
        { id: 3, documentId: 'reg1', code: 'pohjanmaa' },
        { id: 4, documentId: 'reg2', code: 'kymenlaakso' },
      ],
    });
    expect(two.agent.groupKey).toBe('service:pohjanmaa-rokotukset');
  });

  it('marks a region-less service entry without any channel as not routable, everything else routable', () => {
    const bare = {
      regions: [],
      phoneChannels: [],
      webPages: [],
      serviceLocations: [],
      eServices: [],
      internalPhones: [],
    };
    expect(withSlug('toimeentulotuki', bare).agent.routable).toBe(0);
    expect(withSlug('toimeentulotuki', bare).public?.routable).toBe(0);
    // One e-service is enough; so is a region, or (for agents) an internal phone.
    expect(
      withSlug('toimeentulotuki', { ...bare, eServices: [{ id: 9, name: 'Hae', url: 'https://x.fi' }] }).agent
        .routable,
    ).toBe(1);
    expect(withSlug('toimeentulotuki', { ...bare, regions: rawService.regions }).agent.routable).toBe(1);
    const internal = withSlug('toimeentulotuki', { ...bare, internalPhones: rawService.internalPhones });
    expect(internal.public?.routable).toBe(0);
    expect(internal.agent.routable).toBe(1);
  });
});

describe('toSearchDocs(other types)', () => {
  it('an instruction goes to agents only, Markdown stripped', () => {
    const entry = parseSearchSource('instruction', {
      documentId: 'ins1',
      locale: 'fi',
      updatedAt: '2025-02-01T00:00:00.000Z',
      slug: 'lastensuojeluilmoitus',
      title: 'Lastensuojeluilmoitus',
      body: '# Milloin\n\n- Huoli lapsesta\n- Soita **sosiaalipäivystykseen**',
      category: 'social_services',
      audience: ['agent'],
      regions: [{ documentId: 'r1', code: 'kymenlaakso' }],
    });
    const docs = toSearchDocs('instruction', entry, 'fi');
    expect(docs.public).toBeUndefined();
    expect(docs.agent).toMatchObject({
      id: 'instruction-ins1',
      type: 'instruction',
      audience: 'agent',
      title: 'Lastensuojeluilmoitus',
      body: 'Milloin\n\nHuoli lapsesta\nSoita sosiaalipäivystykseen',
      region: ['kymenlaakso'],
      keywords: ['social_services'],
    });
  });

  it('a protocol goes to agents only, texts in the requested locale with Finnish fallback', () => {
    const entry = parseSearchSource('protocol', {
      documentId: 'p1',
      updatedAt: '2025-02-01T00:00:00.000Z',
      locale: null,
      code: 'fever',
      version: 2,
      complaint: { fi: 'Kuume', sv: 'Feber' },
      audience: 'child',
      questions: [{ id: 'temp', text: { fi: 'Lämpö', sv: 'Temperatur' }, type: 'number' }],
      redFlags: [
        {
          id: 'hot',
          when: { question: 'temp', gte: 41 },
          outcome: 'paivystys_now',
          reason: { fi: 'Erittäin korkea kuume' },
        },
      ],
      rules: [],
      outcomes: [
        {
          urgency: 'paivystys_now',
          advice: { fi: 'Päivystykseen', sv: 'Till jouren' },
          disposition: { kind: 'service', serviceSlug: 'paivystys' },
        },
        { urgency: 'self_care', advice: { fi: 'Lepää' }, disposition: { kind: 'guide', guideSlug: 'kuume' } },
      ],
      defaultOutcome: 'self_care',
    });
    const sv = toSearchDocs('protocol', entry, 'sv');
    expect(sv.public).toBeUndefined();
    expect(sv.agent).toMatchObject({
      id: 'protocol-p1',
      locale: 'sv',
      title: 'Feber',
      slug: 'fever',
      targetGroups: ['child'],
    });
    expect(sv.agent.body).toContain('Temperatur');
    expect(sv.agent.body).toContain('Erittäin korkea kuume');
    expect(sv.agent.body).toContain('Till jouren');
    expect(toSearchDocs('protocol', entry, 'en').agent.title).toBe('Kuume');
  });

  it('a guide goes to both audiences with the same content', () => {
    const entry = parseSearchSource('guide', {
      documentId: 'g1',
      locale: 'en',
      updatedAt: '2025-02-01T00:00:00.000Z',
      slug: 'common-cold',
      title: 'Common cold',
      summary: null,
      body: 'Rest and drink *plenty* of fluids. See [Omaolo](https://omaolo.fi).',
      whenToSeekCare: ['Fever over 5 days', 'Shortness of breath'],
    });
    const docs = toSearchDocs('guide', entry, 'en');
    expect(docs.public).toMatchObject({
      id: 'guide-g1',
      audience: 'public',
      title: 'Common cold',
      summary: 'Rest and drink plenty of fluids. See Omaolo.',
    });
    expect(docs.public?.body).toBe(
      'Rest and drink plenty of fluids. See Omaolo.\n\nFever over 5 days\nShortness of breath',
    );
    expect(docs.agent).toEqual({ ...docs.public, audience: 'agent' });
  });
});

describe('related services embedded in instructions and guides', () => {
  const related = [
    { documentId: 'svc1', name: 'Suun terveydenhuolto', ptvStatus: 'published' },
    { documentId: 'svc2', name: 'Sisäinen hammaspäivystys', ptvStatus: 'withdrawn' },
  ];

  it("an instruction carries its related services' names as keywords and their ids", () => {
    const entry = parseSearchSource('instruction', {
      documentId: 'ins2',
      locale: 'fi',
      updatedAt: '2025-02-01T00:00:00.000Z',
      slug: 'hammassarky',
      title: 'Hammassärky',
      body: 'Ohjaa ajanvaraukseen.',
      category: 'oral_health',
      audience: ['agent'],
      relatedServices: related,
    });
    const { agent } = toSearchDocs('instruction', entry, 'fi');
    expect(agent.keywords).toEqual(['oral_health', 'Suun terveydenhuolto', 'Sisäinen hammaspäivystys']);
    expect(agent.relatedServiceIds).toEqual(['svc1', 'svc2']);
  });

  it('a guide names only PTV-published services in its public doc, all of them for agents', () => {
    const entry = parseSearchSource('guide', {
      documentId: 'g2',
      locale: 'fi',
      updatedAt: '2025-02-01T00:00:00.000Z',
      slug: 'hammassarky',
      title: 'Hammassärky',
      body: 'Kipulääke auttaa.',
      relatedServices: related,
    });
    const docs = toSearchDocs('guide', entry, 'fi');
    expect(docs.public).toMatchObject({ keywords: ['Suun terveydenhuolto'], relatedServiceIds: ['svc1'] });
    expect(JSON.stringify(docs.public)).not.toContain('svc2');
    expect(JSON.stringify(docs.public)).not.toContain('Sisäinen');
    expect(docs.agent).toMatchObject({
      keywords: ['Suun terveydenhuolto', 'Sisäinen hammaspäivystys'],
      relatedServiceIds: ['svc1', 'svc2'],
    });
  });

  it('populates the related services a doc embeds', () => {
    expect(searchPopulate('instruction')).toMatchObject({
      relatedServices: { fields: ['name', 'ptvStatus'] },
    });
    expect(searchPopulate('guide')).toMatchObject({ relatedServices: { fields: ['name', 'ptvStatus'] } });
  });
});

describe('search sources', () => {
  it('populate specs name relations and components, never "*"', () => {
    for (const type of Object.keys(SEARCH_SOURCES) as (keyof typeof SEARCH_SOURCES)[]) {
      expect(JSON.stringify(searchPopulate(type))).not.toContain('*');
      const fields = SEARCH_SOURCES[type].contentType.fields as Record<string, { config: { kind: string } }>;
      for (const key of Object.keys(searchPopulate(type)))
        expect(['relation', 'component']).toContain(fields[key]?.config.kind);
    }
    expect(searchPopulate('service')).toMatchObject({ regions: { fields: ['code'] }, internalPhones: true });
  });

  it('maps content type uids to search doc types', () => {
    expect(searchDocTypeForUid('api::service-entry.service-entry')).toBe('service');
    expect(searchDocTypeForUid('api::triage-protocol.triage-protocol')).toBe('protocol');
    expect(searchDocTypeForUid('api::region.region')).toBeUndefined();
  });

  it('parseSearchSource rejects a malformed document with VALIDATION_FAILED and issue paths', () => {
    expect(() =>
      parseSearchSource('guide', { documentId: 'g', locale: 'fi', slug: 'Bad Slug', title: 'x', body: 'y' }),
    ).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: expect.objectContaining({ issues: [expect.objectContaining({ path: 'slug' })] }),
      }),
    );
  });
});

describe('search documents of hostile content', () => {
  const hugeGuide = () =>
    parseSearchSource('guide', {
      documentId: 'g-huge',
      locale: 'fi',
      slug: 'valtava',
      title: 'Valtava ohje',
      summary: hugeBody(200_000, 'tiivistelmänloppu'),
      body: `${HOSTILE_MARKDOWN.rawHtml}\n\n${hugeBody(1_000_000, 'loppumerkki')}`,
      whenToSeekCare: [hugeBody(50_000, 'merkkienloppu')],
    });

  it('crops a 1 MB guide body to a bounded length, keeping its beginning', () => {
    const docs = toSearchDocs('guide', hugeGuide(), 'fi');
    for (const doc of [docs.public!, docs.agent]) {
      expect(doc.body.length).toBeLessThanOrEqual(SEARCH_BODY_LENGTH + TEXT_LIMITS.note + 10);
      expect(doc.body).toContain('Lepää.');
      expect(doc.body).not.toContain('loppumerkki');
      expect(doc.body).not.toContain('merkkienloppu');
      expect(doc.body).not.toMatch(/<script|<img/);
      expect(doc.summary.length).toBeLessThanOrEqual(TEXT_LIMITS.summary + 1);
      expect(() => SearchDocSchema.parse(doc)).not.toThrow();
    }
  });

  it('crops instruction bodies and service agent instructions too', () => {
    const instruction = parseSearchSource('instruction', {
      documentId: 'i-huge',
      locale: 'fi',
      slug: 'valtava',
      title: 'Valtava',
      category: 'social_services',
      audience: ['agent'],
      body: hugeBody(1_000_000, 'loppumerkki'),
    });
    expect(toSearchDocs('instruction', instruction, 'fi').agent.body.length).toBeLessThanOrEqual(
      SEARCH_BODY_LENGTH + 1,
    );
    const service = parseSearchSource('service', {
      ...rawService,
      description: hugeBody(1_000_000, 'kuvauksenloppu'),
      agentInstructions: hugeBody(1_000_000, 'ohjeenloppu'),
    });
    const docs = toSearchDocs('service', service, 'fi');
    expect(docs.public!.body.length).toBeLessThanOrEqual(SEARCH_BODY_LENGTH + 1);
    expect(docs.agent.body.length).toBeLessThanOrEqual(2 * SEARCH_BODY_LENGTH + 1);
    expect(docs.agent.body).not.toContain('ohjeenloppu');
  });

  it('maps a 1 MB guide in time proportional to what it keeps, not to its size', () => {
    const entry = hugeGuide();
    toSearchDocs('guide', entry, 'fi');
    const start = performance.now();
    toSearchDocs('guide', entry, 'fi');
    // Stripping the whole megabyte took ~100 ms on a busy 2-CPU machine (2026-12-03); the cropped input a few ms.
    expect(performance.now() - start).toBeLessThan(250);
  });
});
