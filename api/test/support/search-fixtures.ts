import { analyseSearchDoc, createAnalysis } from '@neuvo/analysis';
import { Meilisearch, type Settings } from 'meilisearch';
import {
  searchGroupKey,
  searchIndexSettings,
  SEARCH_KEY_ACTIONS,
  SEARCH_KEY_INDEX_PATTERNS,
} from '@neuvo/content-models';
import { indexName, type Locale, type SearchDoc } from '../../src/models.js';

const base = {
  keywords: [],
  region: [],
  serviceClasses: [],
  targetGroups: [],
  phones: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
} satisfies Partial<SearchDoc>;

function doc(
  d: Partial<SearchDoc> & Pick<SearchDoc, 'documentId' | 'type' | 'locale' | 'title' | 'audience' | 'slug'>,
): SearchDoc {
  return {
    ...base,
    summary: '',
    body: '',
    id: `${d.type}-${d.documentId}`,
    groupKey: searchGroupKey(d.type, d.slug, d.region ?? []),
    routable: 1,
    ...d,
  };
}

export const feverGuide = doc({
  documentId: 'guidefever0000000000001',
  type: 'guide',
  locale: 'fi',
  title: 'Kuume aikuisella',
  summary: 'Näin hoidat kuumetta kotona.',
  body: 'Kuume on elimistön tapa puolustautua. Juo riittävästi ja lepää. <script>alert(1)</script> Jos kuume kestää yli kolme päivää, ota yhteyttä.',
  audience: 'public',
  slug: 'kuume-aikuisella',
  url: '/fi/ohjeet/kuume-aikuisella',
});

export const dentalService = doc({
  documentId: 'servicedental00000000001',
  type: 'service',
  locale: 'fi',
  title: 'Suun terveydenhuolto',
  summary: 'Hammashoitolan ajanvaraus.',
  body: 'Hammassärky ja kiireellinen hammashoito.',
  audience: 'public',
  slug: 'suun-terveydenhuolto',
  region: ['pohjanmaa'],
  phones: ['06 123 4567'],
});

export const dentalServiceKymi = doc({
  documentId: 'servicedental00000000002',
  type: 'service',
  locale: 'fi',
  title: 'Suun terveydenhuolto Kymenlaakso',
  summary: 'Hammashoitolan ajanvaraus Kymenlaaksossa.',
  body: 'Hammassärky ja kiireellinen hammashoito.',
  audience: 'public',
  slug: 'suun-terveydenhuolto-kymenlaakso',
  region: ['kymenlaakso'],
});

/** Agent-only: an instruction with a word that exists nowhere in public content. */
export const switchboardInstruction = doc({
  documentId: 'instructionswitch0000001',
  type: 'instruction',
  locale: 'fi',
  title: 'Vaihteen siirto-ohje',
  summary: 'Miten puhelu siirretään päivystykseen.',
  body: 'Siirrä puhelu sisänumeroon. Salasana kirjataan erikseen: zebrakoodi.',
  audience: 'agent',
  slug: 'vaihteen-siirto-ohje',
});

export const chestPainProtocol = doc({
  documentId: 'protocolchestpain0000001',
  type: 'protocol',
  locale: 'fi',
  title: 'Rintakipu aikuisella',
  summary: 'Hoidon tarpeen arvio rintakivussa, zebrakoodi.',
  body: 'Kysy kivun kesto ja säteily.',
  audience: 'agent',
  slug: 'rintakipu-aikuinen',
});

/**
 * An indexer bug simulated: an agent-only document that landed in a public index. Citizens must still
 * never receive it (the api also filters on `audience = "public"`).
 */
export const misplacedInstruction = doc({
  documentId: 'instructionmisplaced0001',
  type: 'instruction',
  locale: 'fi',
  title: 'Väärin indeksoitu ohje',
  summary: 'Tämä ei saa näkyä kansalaiselle: zebrakoodi.',
  body: 'zebrakoodi',
  audience: 'agent',
  slug: 'vaarin-indeksoitu',
});

export const feverGuideSv = doc({
  documentId: 'guidefever0000000000001',
  type: 'guide',
  locale: 'sv',
  title: 'Feber hos vuxna',
  summary: 'Så sköter du feber hemma.',
  body: 'Feber är kroppens sätt att försvara sig.',
  audience: 'public',
  slug: 'kuume-aikuisella',
});

/** The same service title in two regions: suggestions show the title once. */
export const helplinePohjanmaa = doc({
  documentId: 'servicehelpline000000001',
  type: 'service',
  locale: 'fi',
  title: 'Päivystysapu 116117',
  summary: 'Maksuton päivystysavun numero.',
  body: 'Soita ennen kuin lähdet päivystykseen.',
  audience: 'public',
  slug: 'pohjanmaa-116117',
  region: ['pohjanmaa'],
  phones: ['116117'],
});

export const helplineKymi = doc({
  ...helplinePohjanmaa,
  id: 'service-servicehelpline000000002',
  documentId: 'servicehelpline000000002',
  slug: 'kymenlaakso-116117',
  region: ['kymenlaakso'],
});

export const INDEX_CONTENT: Record<string, SearchDoc[]> = {
  [indexName('public', 'fi')]: [
    feverGuide,
    dentalService,
    dentalServiceKymi,
    misplacedInstruction,
    helplinePohjanmaa,
    helplineKymi,
  ],
  [indexName('agent', 'fi')]: [
    feverGuide,
    dentalService,
    dentalServiceKymi,
    helplinePohjanmaa,
    helplineKymi,
    { ...switchboardInstruction },
    { ...chestPainProtocol },
  ],
  [indexName('public', 'sv')]: [feverGuideSv],
  [indexName('agent', 'sv')]: [feverGuideSv],
};

/**
 * Creates the indexes with the real settings, adds the fixtures analysed as the indexer analyses them (Voikko when
 * installed) and returns a search-only key.
 */
export async function seedSearch(
  url: string,
  masterKey: string,
  content: Record<string, SearchDoc[]> = INDEX_CONTENT,
): Promise<string> {
  const admin = new Meilisearch({ host: url, apiKey: masterKey });
  const analysis = createAnalysis();
  for (const [uid, docs] of Object.entries(content)) {
    await admin.createIndex(uid, { primaryKey: 'id' }).waitTask();
    // The real settings from content-models, so the api's filters are checked against them.
    const locale = uid.split('-')[1] as Locale;
    await admin
      .index(uid)
      .updateSettings(structuredClone(searchIndexSettings(locale)) as unknown as Settings)
      .waitTask();
    const task = await admin
      .index(uid)
      .addDocuments(docs.map((doc) => analyseSearchDoc(analysis, doc)))
      .waitTask();
    if (task.status !== 'succeeded') throw new Error(`seeding ${uid} failed: ${JSON.stringify(task.error)}`);
  }
  const key = await admin.createKey({
    description: 'api tests: search only',
    actions: [...SEARCH_KEY_ACTIONS],
    indexes: [...SEARCH_KEY_INDEX_PATTERNS],
    expiresAt: null,
  });
  return key.key;
}

// ---------------------------------------------------------------------------------------------------------------------
// Regional content: one service per county, a bare national entry, Swedish versions (api/test/search-regions.test.ts)
// ---------------------------------------------------------------------------------------------------------------------

const REGION_PHONES: Record<string, string> = {
  pohjanmaa: '06 000 0100',
  kymenlaakso: '05 000 0200',
  'etela-karjala': '05 000 0300',
};

/** One county's dental-care entry, as the sample catalogue names them (`<region>-suun-terveydenhuolto`). */
function dental(region: string, n: number, locale: Locale): SearchDoc {
  return doc({
    documentId: `servicedentalregion00000${n}`,
    type: 'service',
    locale,
    audience: 'agent',
    slug: `${region}-suun-terveydenhuolto`,
    region: [region],
    phones: [REGION_PHONES[region] ?? ''],
    ...(locale === 'fi'
      ? {
          title: 'Suun terveydenhuolto, ajanvaraus',
          summary: 'Hammashoitolan ajanvaraus ja kiireellinen hammashoito.',
          body: 'Hammassärky, hammastarkastus ja hammaslääkärin vastaanotto.',
          keywords: ['hammaslääkäri', 'hammashoito'],
        }
      : {
          title: 'Munhälsovård, tidsbokning',
          summary: 'Tidsbokning till tandvården och brådskande tandvård.',
          body: 'Tandvärk, tandkontroll och mottagning hos tandläkare.',
          keywords: ['tandläkare', 'tandvård'],
        }),
  });
}

function socialCounselling(region: string, n: number): SearchDoc {
  return doc({
    documentId: `servicesocialregion00000${n}`,
    type: 'service',
    locale: 'fi',
    audience: 'agent',
    title: 'Sosiaalineuvonta ja aikuissosiaalityö',
    summary: 'Neuvontaa toimeentuloon, asumiseen ja arjen pulmiin.',
    body: 'Täydentävä ja ehkäisevä toimeentulotuki haetaan hyvinvointialueelta. Perustoimeentulotuki haetaan Kelasta.',
    keywords: ['sosiaalineuvonta', 'toimeentulotuki'],
    slug: `${region}-sosiaalineuvonta`,
    region: [region],
    phones: [`09 000 ${n}777`],
  });
}

/** A region-less entry without any channel (what a national catalogue import can bring): routable 0. */
export const bareIncomeSupport = doc({
  documentId: 'servicebareincome0000001',
  type: 'service',
  locale: 'fi',
  audience: 'agent',
  title: 'Toimeentulotuki',
  summary: 'Toimeentulotuki on viimesijainen taloudellinen tuki.',
  slug: 'toimeentulotuki',
  routable: 0,
});

/** The only entry for its word: shown although it cannot route a caller. */
export const bareHousingAllowance = doc({
  documentId: 'servicebarehousing000001',
  type: 'service',
  locale: 'fi',
  audience: 'agent',
  title: 'Yleinen asumistuki',
  summary: 'Asumistuki pienituloisille.',
  slug: 'yleinen-asumistuki',
  routable: 0,
});

/** Health centres: Pohjanmaa has one titled exactly by the query, Kymenlaakso only a wider entry. */
export const vaasaHealthCentre = doc({
  documentId: 'servicehealthvaasa000001',
  type: 'service',
  locale: 'fi',
  audience: 'agent',
  title: 'Vaasan terveysasema',
  summary: 'Terveysasema Vaasan keskustassa.',
  slug: 'pohjanmaa-terveysasema-vaasa',
  region: ['pohjanmaa'],
  phones: ['06 000 0400'],
});

export const kymiHealthCentres = doc({
  documentId: 'servicehealthkymi0000001',
  type: 'service',
  locale: 'fi',
  audience: 'agent',
  title: 'Terveysasemien ajanvaraus ja hoitajan neuvonta',
  summary: 'Kymenlaakson terveysasemat: ajanvaraus ja neuvonta.',
  slug: 'kymenlaakso-terveysasemat',
  region: ['kymenlaakso'],
  phones: ['05 000 0500'],
});

export const DENTAL_FI = [
  dental('pohjanmaa', 1, 'fi'),
  dental('kymenlaakso', 2, 'fi'),
  dental('etela-karjala', 3, 'fi'),
];
/** Swedish versions of the same entries (Pohjanmaa is bilingual; Kymenlaakso has a Swedish page too). */
export const DENTAL_SV = [dental('pohjanmaa', 1, 'sv'), dental('kymenlaakso', 2, 'sv')];
export const SOCIAL_FI = [socialCounselling('pohjanmaa', 1), socialCounselling('kymenlaakso', 2)];

export const REGION_CONTENT: Record<string, SearchDoc[]> = {
  [indexName('agent', 'fi')]: [
    ...DENTAL_FI,
    ...SOCIAL_FI,
    bareIncomeSupport,
    bareHousingAllowance,
    vaasaHealthCentre,
    kymiHealthCentres,
    { ...feverGuide, audience: 'agent' },
  ],
  [indexName('agent', 'sv')]: [...DENTAL_SV, { ...feverGuideSv, audience: 'agent' }],
  [indexName('agent', 'en')]: [],
  [indexName('public', 'fi')]: [],
  [indexName('public', 'sv')]: [],
  [indexName('public', 'en')]: [],
};
