/**
 * guideLocalServices (local help on the public site's guide pages) against a real Strapi started by the
 * @neuvo/scripts test kit on a throwaway database, content published through its REST API with the write token.
 */
import { startCms, type CmsHandle } from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_ENTRY_AGENT_ONLY_FIELDS } from '../src/models.js';
import type { Api } from '../src/server.js';
import { startTestApi } from './support/api.js';
import { cmsWrite } from './support/cms-rest.js';
import { codes, gql } from './support/graphql.js';

let cms: CmsHandle;
let api: Api;
const ids: Record<string, string> = {};

const rest = (path: string, method: 'POST' | 'PUT', data: Record<string, unknown>) =>
  cmsWrite(cms, path, method, data);

const OFFICE_HOURS = {
  alwaysOpen: false,
  weekly: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00', validFrom: null, validTo: null }],
  exceptions: [{ from: '2026-12-24', to: '2026-12-26', closed: true, slots: [] }],
};
const AGENT_SECRET = 'Sisäinen ohje vain ammattilaisille';
const INTERNAL_NUMBER = '040 555 0199';

beforeAll(async () => {
  cms = await startCms();
  const region = async (code: string, fi: string, sv: string) => {
    const id = (await rest('/regions?locale=fi&status=published', 'POST', { code, name: fi })).documentId;
    await rest(`/regions/${id}?locale=sv&status=published`, 'PUT', { name: sv });
    return id;
  };
  ids.pohjanmaa = await region('pohjanmaa', 'Pohjanmaa', 'Österbotten');
  ids.kymenlaakso = await region('kymenlaakso', 'Kymenlaakso', 'Kymmenedalen');
  ids.guide = (
    await rest('/self-care-guides?locale=fi&status=published', 'POST', {
      slug: 'flunssa',
      title: 'Flunssa',
      body: 'Lepää ja juo.',
    })
  ).documentId;
  await rest(`/self-care-guides/${ids.guide}?locale=sv&status=published`, 'PUT', {
    title: 'Förkylning',
    body: 'Vila och drick.',
  });
  ids.lonely = (
    await rest('/self-care-guides?locale=fi&status=published', 'POST', {
      slug: 'yksinainen-ohje',
      title: 'Ohje ilman palveluita',
      body: 'Ei linkitettyjä palveluita.',
    })
  ).documentId;

  ids.vaasa = (
    await rest('/service-entries?locale=fi&status=published', 'POST', {
      slug: 'vaasan-terveysasema',
      source: 'local',
      name: 'Vaasan terveysasema',
      organizationName: 'Pohjanmaan hyvinvointialue',
      regions: [ids.pohjanmaa],
      phoneChannels: [
        {
          name: 'Ajanvaraus',
          number: '06 218 1234',
          chargeType: 'charged',
          serviceHours: 'ma–pe 8–16',
          structuredHours: OFFICE_HOURS,
        },
      ],
      serviceLocations: [
        {
          name: 'Terveysasema',
          street: 'Sairaalantie 3',
          postalCode: '65130',
          postOffice: 'Vaasa',
          openingHours: 'ma–pe 8–16',
          structuredHours: OFFICE_HOURS,
        },
      ],
      eServices: [{ name: 'Ajanvaraus verkossa', url: 'https://example.fi/ajanvaraus' }],
      webPages: [{ name: 'Verkkosivu', url: 'https://example.fi/vaasa' }],
      guides: [ids.guide],
      agentInstructions: AGENT_SECRET,
      internalPhones: [{ label: 'Takapäivystys', number: INTERNAL_NUMBER }],
      extraKeywords: ['sisainen-sana'],
    })
  ).documentId;
  await rest(`/service-entries/${ids.vaasa}?locale=sv&status=published`, 'PUT', {
    name: 'Vasa hälsostation',
    phoneChannels: [{ name: 'Tidsbokning', number: '06 218 1234', structuredHours: OFFICE_HOURS }],
  });
  ids.kotka = (
    await rest('/service-entries?locale=fi&status=published', 'POST', {
      slug: 'kotkan-terveysasema',
      source: 'local',
      name: 'Kotkan terveysasema',
      regions: [ids.kymenlaakso],
      phoneChannels: [{ number: '05 000 0100', chargeType: 'charged' }],
      guides: [ids.guide],
    })
  ).documentId;
  ids.national = (
    await rest('/service-entries?locale=fi&status=published', 'POST', {
      slug: 'paivystysapu',
      source: 'local',
      name: 'Päivystysapu 116117',
      phoneChannels: [{ number: '116117', chargeType: 'free', structuredHours: { alwaysOpen: true } }],
      guides: [ids.guide],
    })
  ).documentId;
  ids.withdrawn = (
    await rest('/service-entries?locale=fi&status=published', 'POST', {
      slug: 'lakkautettu',
      source: 'local',
      ptvStatus: 'withdrawn',
      name: 'Lakkautettu palvelu',
      regions: [ids.pohjanmaa],
      guides: [ids.guide],
    })
  ).documentId;
  ids.unrelated = (
    await rest('/service-entries?locale=fi&status=published', 'POST', {
      slug: 'muu-palvelu',
      source: 'local',
      name: 'Muu palvelu',
      regions: [ids.pohjanmaa],
    })
  ).documentId;
  api = await startTestApi({ CMS_URL: cms.url, CMS_READ_TOKEN: cms.readToken });
}, 300_000);

afterAll(async () => {
  await api?.stop();
  await cms?.stop();
});

const LOCAL = /* GraphQL */ `
  query Local($slug: String!, $locale: Locale, $region: String!) {
    guideLocalServices(slug: $slug, locale: $locale, region: $region) {
      slug
      region {
        code
        name
      }
      services {
        id
        slug
        locale
        name
        organizationName
        national
        phones {
          name
          number
          serviceHours
          structuredHours {
            alwaysOpen
            weekly {
              days
              opens
              closes
            }
            exceptions {
              from
              to
              closed
            }
          }
        }
        locations {
          name
          street
          structuredHours {
            alwaysOpen
          }
        }
        eServices {
          url
        }
        webPages {
          url
        }
      }
    }
  }
`;
interface LocalData {
  guideLocalServices: {
    slug: string;
    region: { code: string; name: string };
    services: Array<{
      id: string;
      slug: string;
      locale: string;
      name: string;
      national: boolean;
      phones: Array<{ number: string; structuredHours: { alwaysOpen: boolean; weekly: unknown[] } | null }>;
      locations: Array<{ name: string; structuredHours: { alwaysOpen: boolean } | null }>;
      eServices: Array<{ url: string }>;
      webPages: Array<{ url: string }>;
    }>;
  };
}

describe.each(['citizen', 'agent'] as const)('guideLocalServices as %s', (role) => {
  const ask = (variables: Record<string, unknown>) => gql<LocalData>(api.url, LOCAL, variables, role);

  it("lists the county's services first, then national ones, never another county's", async () => {
    const r = await ask({ slug: 'flunssa', region: 'pohjanmaa' });
    expect(r.errors).toBeUndefined();
    const answer = r.data!.guideLocalServices;
    expect(answer.region).toEqual({ code: 'pohjanmaa', name: 'Pohjanmaa' });
    expect(answer.services.map((s) => [s.slug, s.national])).toEqual([
      ['vaasan-terveysasema', false],
      ['paivystysapu', true],
    ]);
    const [vaasa, national] = answer.services;
    expect(vaasa!.phones[0]).toMatchObject({
      number: '06 218 1234',
      structuredHours: {
        alwaysOpen: false,
        weekly: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }],
        exceptions: [{ from: '2026-12-24', to: '2026-12-26', closed: true }],
      },
    });
    expect(vaasa!.locations[0]).toMatchObject({
      name: 'Terveysasema',
      structuredHours: { alwaysOpen: false },
    });
    expect(vaasa!.eServices).toEqual([{ url: 'https://example.fi/ajanvaraus' }]);
    expect(vaasa!.webPages).toEqual([{ url: 'https://example.fi/vaasa' }]);
    expect(national!.phones[0]!.structuredHours).toMatchObject({ alwaysOpen: true, weekly: [] });

    const kymi = await ask({ slug: 'flunssa', region: 'kymenlaakso' });
    expect(kymi.data!.guideLocalServices.services.map((s) => s.slug)).toEqual([
      'kotkan-terveysasema',
      'paivystysapu',
    ]);
  });

  it('answers in the requested language, Finnish for untranslated services, and the county name translated', async () => {
    const r = await ask({ slug: 'flunssa', locale: 'sv', region: 'pohjanmaa' });
    expect(r.errors).toBeUndefined();
    const answer = r.data!.guideLocalServices;
    expect(answer.region.name).toBe('Österbotten');
    expect(answer.services.map((s) => [s.name, s.locale])).toEqual([
      ['Vasa hälsostation', 'sv'],
      ['Päivystysapu 116117', 'fi'],
    ]);
  });

  it('gives an empty list for a guide without services', async () => {
    const r = await ask({ slug: 'yksinainen-ohje', region: 'pohjanmaa' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.guideLocalServices.services).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown guide', async () => {
    const r = await ask({ slug: 'ei-ole-olemassa', region: 'pohjanmaa' });
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });

  it('answers VALIDATION_FAILED for a slug or region that cannot be one, naming the field', async () => {
    for (const variables of [
      { slug: '../flunssa', region: 'pohjanmaa' },
      { slug: 'flunssa', region: 'lappi' },
      { slug: 'flunssa', region: 'Pohjanmaa<script>' },
      { slug: 'flunssa', region: 'x'.repeat(500) },
    ]) {
      const r = await ask(variables);
      expect(codes(r), JSON.stringify(variables).slice(0, 60)).toEqual(['VALIDATION_FAILED']);
      expect(r.errors![0]!.message).not.toContain('<script>');
    }
  });

  it('never carries solution-bank data, whoever asks', async () => {
    const r = await ask({ slug: 'flunssa', region: 'pohjanmaa' });
    const body = JSON.stringify(r);
    expect(body).not.toContain(AGENT_SECRET);
    expect(body).not.toContain(INTERNAL_NUMBER);
    expect(body).not.toContain('sisainen-sana');
  });
});

describe('LocalService type', () => {
  it('has no agent-only field to ask for', async () => {
    const r = await gql<{ __type: { fields: { name: string }[] } }>(
      api.url,
      '{ __type(name: "LocalService") { fields { name } } }',
    );
    const names = r.data!.__type.fields.map((f) => f.name);
    expect(names).toContain('phones');
    for (const field of SERVICE_ENTRY_AGENT_ONLY_FIELDS) expect(names).not.toContain(field);
    const asked = await gql(
      api.url,
      '{ guideLocalServices(slug: "flunssa", region: "pohjanmaa") { services { agentInstructions } } }',
    );
    expect(codes(asked)).toEqual(['VALIDATION_FAILED']);
    expect(asked.data ?? null).toBeNull();
  });
});
