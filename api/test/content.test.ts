/**
 * Content queries against a real Strapi (started by the @neuvo/scripts test kit on a throwaway database),
 * with content published through its REST API with the write token.
 */
import { startCms, type CmsHandle } from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/server.js';
import { codes, gql } from './support/graphql.js';
import { startTestApi } from './support/api.js';
import { cmsWrite } from './support/cms-rest.js';

let cms: CmsHandle;
let api: Api;
let cachedApi: Api;
const ids: Record<string, string> = {};

/** One GraphQL object as the tests look at it. */
type Row = Record<string, unknown>;

const rest = (path: string, method: 'POST' | 'PUT', data: Record<string, unknown>) =>
  cmsWrite(cms, path, method, data);

async function seedContent(): Promise<void> {
  ids.region = (
    await rest('/regions?locale=fi&status=published', 'POST', { code: 'pohjanmaa', name: 'Pohjanmaa' })
  ).documentId;
  ids.fever = (
    await rest('/self-care-guides?locale=fi&status=published', 'POST', {
      slug: 'kuume-aikuisella',
      topic: 'fever_infections',
      title: 'Kuume aikuisella',
      summary: 'Näin hoidat kuumetta kotona.',
      body: '# Kuume\n\nJuo riittävästi ja **lepää**.',
      whenToSeekCare: ['Kuume kestää yli 3 päivää', 'Hengitys vaikeutuu'],
      lastReviewed: '2026-01-15',
      nextReview: '2027-01-15',
      sources: [{ title: 'Käypä hoito', url: 'https://www.kaypahoito.fi/' }],
    })
  ).documentId;
  await rest(`/self-care-guides/${ids.fever}?locale=sv&status=published`, 'PUT', {
    title: 'Feber hos vuxna',
    summary: 'Så sköter du feber hemma.',
    body: '# Feber\n\nDrick tillräckligt.',
    whenToSeekCare: ['Febern varar över 3 dagar'],
  });
  ids.flu = (
    await rest('/self-care-guides?locale=fi&status=published', 'POST', {
      slug: 'flunssa',
      title: 'Flunssa',
      body: 'Lepää ja juo.',
      relatedGuides: [ids.fever],
    })
  ).documentId;
  ids.draft = (
    await rest('/self-care-guides?locale=fi&status=draft', 'POST', {
      slug: 'luonnos-ohje',
      title: 'Luonnos',
      body: 'Kesken.',
    })
  ).documentId;
  ids.instruction = (
    await rest('/professional-instructions?locale=fi&status=published', 'POST', {
      slug: 'hammassaryn-arvio',
      title: 'Hammassäryn arvio',
      body: 'Sisäinen ohje.',
      category: 'oral_health',
      audience: ['agent', 'nurse'],
    })
  ).documentId;
  ids.protocol = (
    await rest('/triage-protocols?status=published', 'POST', {
      code: 'hammassarky',
      version: 1,
      complaint: { fi: 'Hammassärky', sv: 'Tandvärk' },
      audience: 'adult',
      questions: [{ id: 'q1', text: { fi: 'Onko turvotusta?' }, type: 'boolean' }],
      redFlags: [],
      rules: [{ when: { question: 'q1', equals: true }, outcome: 'urgent_same_day' }],
      outcomes: [
        {
          urgency: 'urgent_same_day',
          advice: { fi: 'Soita tänään.' },
          disposition: { kind: 'queue', queueCode: 'suun-terveys' },
        },
        {
          urgency: 'self_care',
          advice: { fi: 'Kipulääke.' },
          disposition: { kind: 'guide', guideSlug: 'kuume-aikuisella' },
        },
      ],
      defaultOutcome: 'self_care',
      sources: [],
    })
  ).documentId;
  ids.queue = (
    await rest('/service-queues?locale=fi&status=published', 'POST', {
      code: 'suun-terveys',
      name: 'Suun terveys -jono',
      professionalGroup: 'oral_health',
      channels: ['chat'],
      openingHours: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }],
    })
  ).documentId;
  ids.service = (
    await rest('/service-entries?locale=fi&status=published', 'POST', {
      slug: 'suun-terveydenhuolto',
      source: 'local',
      name: 'Suun terveydenhuolto',
      summary: 'Hammashoitolan ajanvaraus.',
      description: 'Kiireellinen hammashoito.\nAjanvaraus puhelimitse.',
      organizationName: 'Pohjanmaan hyvinvointialue',
      serviceClasses: ['Suun terveydenhuolto'],
      targetGroups: ['Aikuiset'],
      keywords: ['hammas'],
      municipalityCodes: ['499'],
      regions: [ids.region],
      phoneChannels: [
        { name: 'Ajanvaraus', number: '06 218 1234', chargeType: 'charged', serviceHours: 'ma–pe 8–15' },
      ],
      webPages: [{ name: 'Verkkosivu', url: 'https://pohjanmaanhyvinvointi.fi/hammas' }],
      serviceLocations: [
        {
          name: 'Hammashoitola',
          street: 'Sairaalantie 3',
          postalCode: '65130',
          postOffice: 'Vaasa',
          latitude: 63.09,
          longitude: 21.6,
          openingHours: 'ma–pe 8–16',
        },
      ],
      eServices: [{ name: 'Ajanvaraus verkossa', url: 'https://example.fi/ajanvaraus' }],
      guides: [ids.fever],
      agentInstructions: 'Kysy **kipu** asteikolla 0–10.',
      internalPhones: [
        { label: 'Päivystävä hammaslääkäri', number: '040 555 0101', note: 'vain ammattilaisille' },
      ],
      extraKeywords: ['sisäinen-avainsana'],
      instructions: [ids.instruction],
      protocols: [ids.protocol],
      queue: ids.queue,
    })
  ).documentId;
  ids.chestPain = (
    await rest('/triage-protocols?status=published', 'POST', {
      code: 'rintakipu',
      version: 2,
      complaint: { fi: 'Rintakipu', sv: 'Bröstsmärta' },
      audience: 'adult',
      questions: [
        { id: 'hengitys', text: { fi: 'Onko hengenahdistusta?', sv: 'Andnöd?' }, type: 'boolean' },
        {
          id: 'kesto',
          text: { fi: 'Kuinka kauan kipu on kestänyt?' },
          type: 'choice',
          options: [
            { value: 'alle-tunti', label: { fi: 'Alle tunnin', sv: 'Under en timme' } },
            { value: 'paivia', label: { fi: 'Päiviä' } },
          ],
        },
        { id: 'ika', text: { fi: 'Ikä' }, type: 'number', unit: 'v', min: 0, max: 120 },
      ],
      redFlags: [
        {
          id: 'akuutti',
          when: {
            all: [
              { question: 'hengitys', equals: true },
              { question: 'kesto', in: ['alle-tunti'] },
            ],
          },
          outcome: 'emergency_112',
          reason: { fi: 'Äkillinen rintakipu ja hengenahdistus', sv: 'Plötslig bröstsmärta och andnöd' },
        },
      ],
      rules: [{ when: { question: 'ika', gte: 65 }, outcome: 'urgent_same_day' }],
      outcomes: [
        {
          urgency: 'emergency_112',
          advice: { fi: 'Soita 112.', sv: 'Ring 112.' },
          disposition: { kind: 'service', serviceSlug: 'suun-terveydenhuolto' },
        },
        {
          urgency: 'urgent_same_day',
          advice: { fi: 'Hakeudu päivystykseen tänään.' },
          disposition: { kind: 'queue', queueCode: 'suun-terveys' },
        },
        {
          urgency: 'self_care',
          advice: { fi: 'Seuraa oireita.' },
          disposition: { kind: 'guide', guideSlug: 'ei-julkaistu-opas' },
        },
      ],
      defaultOutcome: 'self_care',
      sources: [{ title: 'Käypä hoito', url: 'https://www.kaypahoito.fi/' }],
    })
  ).documentId;
  // Published in the CMS, but withdrawn in PTV: the public search index leaves it out, so must serviceEntry.
  ids.withdrawn = (
    await rest('/service-entries?locale=fi&status=published', 'POST', {
      slug: 'lakkautettu-palvelu',
      source: 'local',
      ptvStatus: 'withdrawn',
      name: 'Lakkautettu palvelu',
      summary: 'Palvelu on poistunut.',
      description: 'Ei enää käytössä.',
      agentInstructions: 'Ohjaa asiakas korvaavaan palveluun.',
    })
  ).documentId;
}

beforeAll(async () => {
  cms = await startCms();
  await seedContent();
  api = await startTestApi({ CMS_URL: cms.url, CMS_READ_TOKEN: cms.readToken });
  cachedApi = await startTestApi({
    CMS_URL: cms.url,
    CMS_READ_TOKEN: cms.readToken,
    CONTENT_CACHE_TTL_MS: '60000',
  });
}, 300_000);

afterAll(async () => {
  await api?.stop();
  await cachedApi?.stop();
  await cms?.stop();
});

const GUIDE = /* GraphQL */ `
  query Guide($slug: String!, $locale: Locale) {
    selfCareGuide(slug: $slug, locale: $locale) {
      id
      slug
      locale
      title
      summary
      body
      whenToSeekCare
      lastReviewed
      nextReview
      updatedAt
      sources {
        title
        url
      }
      relatedGuides {
        slug
        title
      }
    }
  }
`;

const SERVICE = /* GraphQL */ `
  query Service($id: ID!, $locale: Locale) {
    serviceEntry(id: $id, locale: $locale) {
      id
      slug
      locale
      source
      name
      summary
      description
      organizationName
      serviceClasses
      targetGroups
      keywords
      municipalityCodes
      updatedAt
      regions {
        code
        name
      }
      channels {
        phones {
          name
          number
          chargeType
          serviceHours
        }
        webPages {
          name
          url
        }
        locations {
          name
          street
          postalCode
          postOffice
          latitude
          longitude
          openingHours
        }
        eServices {
          name
          url
        }
      }
      guides {
        slug
        title
      }
      agentInstructions
      internalPhones {
        label
        number
        note
      }
      extraKeywords
      instructions {
        id
        slug
        title
        category
      }
      protocols {
        id
        code
        version
        complaint
      }
      queue {
        code
        name
      }
    }
  }
`;

const AGENT_FIELDS = [
  'agentInstructions',
  'internalPhones',
  'extraKeywords',
  'instructions',
  'protocols',
  'queue',
] as const;

describe.each(['citizen', 'agent'] as const)('content as %s', (role) => {
  const q = (query: string, variables: Record<string, unknown>, url = () => api.url) =>
    gql<Record<string, Row>>(url(), query, variables, role);

  it('returns a published self-care guide with all its fields', async () => {
    const r = await q(GUIDE, { slug: 'kuume-aikuisella' });
    expect(r.errors).toBeUndefined();
    expect(r.data?.selfCareGuide).toMatchObject({
      id: ids.fever,
      slug: 'kuume-aikuisella',
      locale: 'fi',
      title: 'Kuume aikuisella',
      summary: 'Näin hoidat kuumetta kotona.',
      body: '# Kuume\n\nJuo riittävästi ja **lepää**.',
      whenToSeekCare: ['Kuume kestää yli 3 päivää', 'Hengitys vaikeutuu'],
      lastReviewed: '2026-01-15',
      nextReview: '2027-01-15',
      sources: [{ title: 'Käypä hoito', url: 'https://www.kaypahoito.fi/' }],
      relatedGuides: [],
    });
    expect(Date.parse(String(r.data?.selfCareGuide?.updatedAt))).not.toBeNaN();
  });

  it('returns related guides by slug and title', async () => {
    const r = await q(GUIDE, { slug: 'flunssa' });
    expect(r.data?.selfCareGuide?.relatedGuides).toEqual([
      { slug: 'kuume-aikuisella', title: 'Kuume aikuisella' },
    ]);
  });

  it('returns the translation when it exists and falls back to Finnish, saying so in locale', async () => {
    const sv = await q(GUIDE, { slug: 'kuume-aikuisella', locale: 'sv' });
    expect(sv.data?.selfCareGuide).toMatchObject({
      locale: 'sv',
      title: 'Feber hos vuxna',
      whenToSeekCare: ['Febern varar över 3 dagar'],
    });
    const en = await q(GUIDE, { slug: 'kuume-aikuisella', locale: 'en' });
    expect(en.data?.selfCareGuide).toMatchObject({ locale: 'fi', title: 'Kuume aikuisella' });
  });

  it('answers NOT_FOUND for an unknown slug and for a draft', async () => {
    for (const slug of ['ei-ole-olemassa', 'luonnos-ohje']) {
      const r = await q(GUIDE, { slug });
      expect(codes(r)).toEqual(['NOT_FOUND']);
      expect(r.data?.selfCareGuide).toBeNull();
      expect(r.errors?.[0]?.message).not.toContain(slug);
    }
  });

  it('rejects a malformed slug with VALIDATION_FAILED', async () => {
    for (const slug of ['Kuume Aikuisella', '../admin', '', 'a'.repeat(200)]) {
      const r = await q(GUIDE, { slug });
      expect(codes(r)).toEqual(['VALIDATION_FAILED']);
      expect(r.errors?.[0]?.extensions?.field).toBe('slug');
    }
  });

  it('lists published guides with their topics, untranslated ones in Finnish', async () => {
    const fi = await q('query($l: Locale) { guides(locale: $l) { id slug title summary locale topic } }', {
      l: 'fi',
    });
    expect(fi.data?.guides).toEqual([
      // Saved without a topic: listed under the default one.
      { id: ids.flu, slug: 'flunssa', title: 'Flunssa', summary: null, locale: 'fi', topic: 'other' },
      {
        id: ids.fever,
        slug: 'kuume-aikuisella',
        title: 'Kuume aikuisella',
        summary: 'Näin hoidat kuumetta kotona.',
        locale: 'fi',
        topic: 'fever_infections',
      },
    ]);
    const sv = await q('query($l: Locale) { guides(locale: $l) { slug title locale topic } }', { l: 'sv' });
    expect(sv.data?.guides).toEqual([
      // The topic is shared by the language versions.
      { slug: 'kuume-aikuisella', title: 'Feber hos vuxna', locale: 'sv', topic: 'fever_infections' },
      { slug: 'flunssa', title: 'Flunssa', locale: 'fi', topic: 'other' },
    ]);
  });

  it('returns the public fields of a service entry with its channels', async () => {
    const r = await q(SERVICE, { id: ids.service });
    expect(r.errors).toBeUndefined();
    expect(r.data?.serviceEntry).toMatchObject({
      id: ids.service,
      slug: 'suun-terveydenhuolto',
      locale: 'fi',
      source: 'local',
      name: 'Suun terveydenhuolto',
      description: 'Kiireellinen hammashoito.\nAjanvaraus puhelimitse.',
      organizationName: 'Pohjanmaan hyvinvointialue',
      serviceClasses: ['Suun terveydenhuolto'],
      keywords: ['hammas'],
      municipalityCodes: ['499'],
      regions: [{ code: 'pohjanmaa', name: 'Pohjanmaa' }],
      channels: {
        phones: [
          { name: 'Ajanvaraus', number: '06 218 1234', chargeType: 'charged', serviceHours: 'ma–pe 8–15' },
        ],
        webPages: [{ name: 'Verkkosivu', url: 'https://pohjanmaanhyvinvointi.fi/hammas' }],
        locations: [
          {
            name: 'Hammashoitola',
            street: 'Sairaalantie 3',
            postalCode: '65130',
            postOffice: 'Vaasa',
            latitude: 63.09,
            longitude: 21.6,
            openingHours: 'ma–pe 8–16',
          },
        ],
        eServices: [{ name: 'Ajanvaraus verkossa', url: 'https://example.fi/ajanvaraus' }],
      },
      guides: [{ slug: 'kuume-aikuisella', title: 'Kuume aikuisella' }],
    });
  });

  if (role === 'citizen') {
    it('returns null for every agent-only field of a service entry', async () => {
      const r = await q(SERVICE, { id: ids.service });
      expect(r.errors).toBeUndefined();
      for (const field of AGENT_FIELDS) expect(r.data?.serviceEntry?.[field], field).toBeNull();
      expect(JSON.stringify(r.data)).not.toMatch(/040 555 0101|sisäinen-avainsana|kipu/);
    });

    it('does not serve an agent read from the cache to a citizen', async () => {
      const agent = await gql<Record<string, Row>>(cachedApi.url, SERVICE, { id: ids.service }, 'agent');
      expect(agent.data?.serviceEntry?.agentInstructions).toBe('Kysy **kipu** asteikolla 0–10.');
      const citizen = await q(SERVICE, { id: ids.service }, () => cachedApi.url);
      for (const field of AGENT_FIELDS) expect(citizen.data?.serviceEntry?.[field], field).toBeNull();
    });
  } else {
    it('returns the solution-bank fields of a service entry', async () => {
      const r = await q(SERVICE, { id: ids.service });
      expect(r.errors).toBeUndefined();
      expect(r.data?.serviceEntry).toMatchObject({
        agentInstructions: 'Kysy **kipu** asteikolla 0–10.',
        internalPhones: [
          { label: 'Päivystävä hammaslääkäri', number: '040 555 0101', note: 'vain ammattilaisille' },
        ],
        extraKeywords: ['sisäinen-avainsana'],
        instructions: [
          {
            id: ids.instruction,
            slug: 'hammassaryn-arvio',
            title: 'Hammassäryn arvio',
            category: 'oral_health',
          },
        ],
        protocols: [{ id: ids.protocol, code: 'hammassarky', version: 1, complaint: 'Hammassärky' }],
        queue: { code: 'suun-terveys', name: 'Suun terveys -jono' },
      });
    });
  }

  it('falls back to Finnish for an untranslated service entry', async () => {
    const r = await q(SERVICE, { id: ids.service, locale: 'en' });
    expect(r.data?.serviceEntry).toMatchObject({ locale: 'fi', name: 'Suun terveydenhuolto' });
  });

  it(
    role === 'citizen'
      ? 'answers NOT_FOUND for a service entry withdrawn in PTV, as search hides it'
      : 'returns a service entry withdrawn in PTV, as agent search does',
    async () => {
      const r = await q(SERVICE, { id: ids.withdrawn });
      if (role === 'citizen') {
        expect(codes(r)).toEqual(['NOT_FOUND']);
        expect(JSON.stringify(r)).not.toMatch(/Lakkautettu|poistunut|käytössä/);
      } else {
        expect(r.errors).toBeUndefined();
        expect(r.data?.serviceEntry).toMatchObject({
          name: 'Lakkautettu palvelu',
          agentInstructions: 'Ohjaa asiakas korvaavaan palveluun.',
        });
      }
    },
  );

  it('answers NOT_FOUND for an unknown service id and VALIDATION_FAILED for a malformed one', async () => {
    const unknown = await q(SERVICE, { id: 'zzzzzzzzzzzzzzzzzzzzzzzz' });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const malformed = await q(SERVICE, { id: '../../users/me' });
    expect(codes(malformed)).toEqual(['VALIDATION_FAILED']);
  });
});

const INSTRUCTION = /* GraphQL */ `
  query Instruction($id: ID!, $locale: Locale) {
    professionalInstruction(id: $id, locale: $locale) {
      id
      slug
      locale
      title
      body
      category
      audience
      regions {
        code
      }
      relatedServices {
        id
        name
        regions {
          code
          name
        }
      }
      reviewBy
      updatedAt
    }
  }
`;

const PROTOCOL = /* GraphQL */ `
  query Protocol($id: ID!, $locale: Locale) {
    triageProtocol(id: $id, locale: $locale) {
      id
      code
      version
      complaint
      audience
      questions {
        id
        type
        text
        options {
          value
          label
        }
        unit
        min
        max
      }
      redFlags {
        id
        urgency
        reason
        when {
          nodes {
            op
            question
            value
            values
            gte
            lte
            children
          }
        }
      }
      rules {
        id
        urgency
        when {
          nodes {
            op
            question
            gte
            lte
          }
        }
      }
      outcomes {
        urgency
        advice
        disposition {
          kind
          target
          title
          id
        }
      }
      defaultOutcome
      sources {
        title
        url
      }
      updatedAt
    }
  }
`;

describe('agent-only instructions and protocols', () => {
  it('returns a professional instruction in full to an agent, with its related services', async () => {
    const r = await gql<Record<string, Row>>(api.url, INSTRUCTION, { id: ids.instruction }, 'agent');
    expect(r.errors).toBeUndefined();
    expect(r.data?.professionalInstruction).toMatchObject({
      id: ids.instruction,
      slug: 'hammassaryn-arvio',
      locale: 'fi',
      title: 'Hammassäryn arvio',
      body: 'Sisäinen ohje.',
      category: 'oral_health',
      audience: ['agent', 'nurse'],
      regions: [],
      relatedServices: [
        {
          id: ids.service,
          name: 'Suun terveydenhuolto',
          regions: [{ code: 'pohjanmaa', name: 'Pohjanmaa' }],
        },
      ],
      reviewBy: null,
    });
    expect(Date.parse(String(r.data?.professionalInstruction?.updatedAt))).not.toBeNaN();
  });

  it('falls back to Finnish for an untranslated instruction', async () => {
    const r = await gql<Record<string, Row>>(
      api.url,
      INSTRUCTION,
      { id: ids.instruction, locale: 'sv' },
      'agent',
    );
    expect(r.data?.professionalInstruction).toMatchObject({ locale: 'fi', title: 'Hammassäryn arvio' });
  });

  it('returns a protocol with every text in the requested locale and conditions flattened', async () => {
    const r = await gql<Record<string, Row>>(
      api.url,
      PROTOCOL,
      { id: ids.chestPain, locale: 'sv' },
      'supervisor',
    );
    expect(r.errors).toBeUndefined();
    const p = r.data?.triageProtocol;
    expect(p).toMatchObject({
      id: ids.chestPain,
      code: 'rintakipu',
      version: 2,
      complaint: 'Bröstsmärta',
      audience: 'adult',
      defaultOutcome: 'self_care',
      sources: [{ title: 'Käypä hoito', url: 'https://www.kaypahoito.fi/' }],
    });
    expect(p?.questions).toEqual([
      { id: 'hengitys', type: 'boolean', text: 'Andnöd?', options: [], unit: null, min: null, max: null },
      {
        id: 'kesto',
        type: 'choice',
        text: 'Kuinka kauan kipu on kestänyt?',
        options: [
          { value: 'alle-tunti', label: 'Under en timme' },
          { value: 'paivia', label: 'Päiviä' },
        ],
        unit: null,
        min: null,
        max: null,
      },
      { id: 'ika', type: 'number', text: 'Ikä', options: [], unit: 'v', min: 0, max: 120 },
    ]);
    expect(p?.redFlags).toEqual([
      {
        id: 'akuutti',
        urgency: 'emergency_112',
        reason: 'Plötslig bröstsmärta och andnöd',
        when: {
          nodes: [
            { op: 'all', question: null, value: null, values: [], gte: null, lte: null, children: [1, 2] },
            {
              op: 'equals',
              question: 'hengitys',
              value: 'true',
              values: [],
              gte: null,
              lte: null,
              children: [],
            },
            {
              op: 'in',
              question: 'kesto',
              value: null,
              values: ['alle-tunti'],
              gte: null,
              lte: null,
              children: [],
            },
          ],
        },
      },
    ]);
    expect(p?.rules).toEqual([
      {
        id: 'rule-1',
        urgency: 'urgent_same_day',
        when: { nodes: [{ op: 'range', question: 'ika', gte: 65, lte: null }] },
      },
    ]);
  });

  it('resolves outcome dispositions to openable content, and leaves unpublished targets without a title', async () => {
    const r = await gql<Record<string, Row>>(api.url, PROTOCOL, { id: ids.chestPain }, 'agent');
    expect(r.data?.triageProtocol?.outcomes).toEqual([
      {
        urgency: 'emergency_112',
        advice: 'Soita 112.',
        disposition: {
          kind: 'service',
          target: 'suun-terveydenhuolto',
          title: 'Suun terveydenhuolto',
          id: ids.service,
        },
      },
      {
        urgency: 'urgent_same_day',
        advice: 'Hakeudu päivystykseen tänään.',
        disposition: { kind: 'queue', target: 'suun-terveys', title: 'Suun terveys -jono', id: null },
      },
      {
        urgency: 'self_care',
        advice: 'Seuraa oireita.',
        disposition: { kind: 'guide', target: 'ei-julkaistu-opas', title: null, id: null },
      },
    ]);
    const other = await gql<Record<string, Row>>(api.url, PROTOCOL, { id: ids.protocol }, 'agent');
    expect(other.data?.triageProtocol?.outcomes).toMatchObject([
      { disposition: { kind: 'queue', title: 'Suun terveys -jono' } },
      { disposition: { kind: 'guide', target: 'kuume-aikuisella', title: 'Kuume aikuisella' } },
    ]);
  });

  it('answers UNAUTHENTICATED to a caller who is not signed in, without any content', async () => {
    for (const [query, id] of [
      [INSTRUCTION, ids.instruction],
      [PROTOCOL, ids.chestPain],
    ] as const) {
      const r = await gql<Record<string, Row>>(api.url, query, { id }, 'citizen');
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(r)).not.toMatch(/Sisäinen ohje|Rintakipu|Soita/);
    }
  });

  it('answers NOT_FOUND for unknown ids and VALIDATION_FAILED for malformed ones', async () => {
    for (const query of [INSTRUCTION, PROTOCOL]) {
      expect(codes(await gql(api.url, query, { id: 'zzzzzzzzzzzzzzzzzzzzzzzz' }, 'agent'))).toEqual([
        'NOT_FOUND',
      ]);
      expect(codes(await gql(api.url, query, { id: '../users' }, 'agent'))).toEqual(['VALIDATION_FAILED']);
    }
    // A protocol's id is not an instruction's.
    expect(codes(await gql(api.url, INSTRUCTION, { id: ids.chestPain }, 'agent'))).toEqual(['NOT_FOUND']);
  });
});

describe('content when the CMS is down', () => {
  it('answers UPSTREAM_UNAVAILABLE', async () => {
    await cms.stop();
    for (const role of ['citizen', 'agent'] as const) {
      const r = await gql(api.url, GUIDE, { slug: 'kuume-aikuisella' }, role);
      expect(codes(r)).toEqual(['UPSTREAM_UNAVAILABLE']);
      const list = await gql(api.url, '{ guides { slug } }', {}, role);
      expect(codes(list)).toEqual(['UPSTREAM_UNAVAILABLE']);
    }
  });
});
