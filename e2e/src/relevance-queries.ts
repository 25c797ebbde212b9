/**
 * The relevance test set: what agents and citizens type, in Finnish and Swedish, and which sample documents
 * (`cms/seed/content`) must be among the first five hits. Inflected forms, compounds and their parts, typos, and
 * synonyms or slang from the CMS's synonym groups. A service is named by its slug without the region prefix: the
 * entry of any wellbeing services county counts (the search is not filtered by region).
 *
 * Add a query whenever search fails someone in real use; never remove one to make the numbers look better.
 */

/** What a relevant hit is: `<type>:<slug>`. */
export type ExpectedDoc = `${'service' | 'guide' | 'instruction' | 'protocol'}:${string}`;

export interface RelevanceQuery {
  /** As typed. */
  readonly q: string;
  /** Any of these in the top 5 is a success. */
  readonly expect: readonly ExpectedDoc[];
  /** What the query exercises (reported with misses). */
  readonly kind: string;
}

const s = (slug: string): ExpectedDoc => `service:${slug}`;
const g = (slug: string): ExpectedDoc => `guide:${slug}`;
const i = (slug: string): ExpectedDoc => `instruction:${slug}`;
const p = (slug: string): ExpectedDoc => `protocol:${slug}`;

/** True when a hit (type and slug) is the expected document; services match the slug of any county. */
export function isExpected(hit: { type: string; slug: string | null }, expected: ExpectedDoc): boolean {
  const [type, slug] = expected.split(':') as [string, string];
  if (hit.type !== type || hit.slug === null) return false;
  return (
    hit.slug === slug ||
    (type === 'service' &&
      /^(pohjanmaa|kymenlaakso|etela-karjala)-/.test(hit.slug) &&
      hit.slug.endsWith(`-${slug}`))
  );
}

/** Finnish queries. */
export const FINNISH_QUERIES: readonly RelevanceQuery[] = [
  {
    q: 'hammaslääkärille',
    expect: [s('suun-terveydenhuolto'), g('hammassarky')],
    kind: 'inflected compound',
  },
  { q: 'hammaslääkärin', expect: [s('suun-terveydenhuolto')], kind: 'inflected compound' },
  { q: 'hammaslääkäriin', expect: [s('suun-terveydenhuolto')], kind: 'inflected compound' },
  {
    q: 'hammassäryssä',
    expect: [g('hammassarky'), p('dental-pain'), i('hammaspaivystys-viikonloppu')],
    kind: 'inflected compound',
  },
  { q: 'hammassärkyyn', expect: [g('hammassarky'), p('dental-pain')], kind: 'inflected compound' },
  { q: 'kurkkukivun', expect: [g('kurkkukipu'), p('sore-throat-adult')], kind: 'inflected compound' },
  { q: 'kurkkukipuun', expect: [g('kurkkukipu'), p('sore-throat-adult')], kind: 'inflected compound' },
  { q: 'kurkku kipeänä', expect: [g('kurkkukipu'), p('sore-throat-adult')], kind: 'compound part' },
  { q: 'lastenneuvolaan', expect: [s('aitiys-ja-lastenneuvola')], kind: 'inflected compound' },
  { q: 'lastenneuvolasta', expect: [s('aitiys-ja-lastenneuvola')], kind: 'inflected compound' },
  {
    q: 'neuvolaan',
    expect: [s('aitiys-ja-lastenneuvola'), i('aitiysneuvola-ensikaynti')],
    kind: 'inflected',
  },
  {
    q: 'äitiysneuvolaan',
    expect: [s('aitiys-ja-lastenneuvola'), i('aitiysneuvola-ensikaynti')],
    kind: 'inflected compound',
  },
  {
    q: 'kotihoidosta',
    expect: [s('ikaihmisten-asiakasohjaus-ja-kotihoito'), i('kotihoito-kiireellinen')],
    kind: 'inflected compound',
  },
  {
    q: 'kotihoitoon',
    expect: [s('ikaihmisten-asiakasohjaus-ja-kotihoito'), i('kotihoito-kiireellinen')],
    kind: 'inflected compound',
  },
  {
    q: 'kotihoidon asiakas',
    expect: [i('kotihoito-kiireellinen'), s('ikaihmisten-asiakasohjaus-ja-kotihoito')],
    kind: 'inflected compound',
  },
  {
    q: 'päihdeongelmaan',
    expect: [s('mielenterveys-ja-paihdepalvelut'), g('paihteet-huoli'), i('paihdeasiakkaan-ohjaus')],
    kind: 'inflected compound',
  },
  {
    q: 'päihdepalveluihin',
    expect: [s('mielenterveys-ja-paihdepalvelut'), i('paihdeasiakkaan-ohjaus')],
    kind: 'inflected compound',
  },
  {
    q: 'mielenterveyspalveluihin',
    expect: [s('mielenterveys-ja-paihdepalvelut')],
    kind: 'inflected compound',
  },
  { q: 'rokotuksen', expect: [s('rokotukset')], kind: 'inflected' },
  { q: 'rokotukseen', expect: [s('rokotukset')], kind: 'inflected' },
  { q: 'influenssarokotteen', expect: [s('rokotukset')], kind: 'inflected compound' },
  { q: 'kuumeen', expect: [g('kuume-aikuinen'), g('kuume-lapsi'), p('fever-child')], kind: 'inflected' },
  { q: 'lapsen kuume', expect: [g('kuume-lapsi'), p('fever-child')], kind: 'inflected' },
  { q: 'kuumeinen lapsi', expect: [g('kuume-lapsi'), p('fever-child')], kind: 'derived' },
  { q: 'korvakivun', expect: [g('korvakipu-lapsi')], kind: 'inflected compound' },
  { q: 'lapsen korvakipu', expect: [g('korvakipu-lapsi')], kind: 'inflected' },
  {
    q: 'selkäkivun',
    expect: [g('alaselkakipu'), p('back-pain-adult'), s('fysioterapia-suoravastaanotto')],
    kind: 'inflected compound',
  },
  { q: 'alaselkäkipuun', expect: [g('alaselkakipu'), p('back-pain-adult')], kind: 'inflected compound' },
  { q: 'nilkan nyrjähdyksen', expect: [g('nilkan-nyrjahdys')], kind: 'inflected' },
  { q: 'nyrjähtänyt nilkka', expect: [g('nilkan-nyrjahdys')], kind: 'derived' },
  {
    q: 'virtsatieinfektioon',
    expect: [g('virtsatieinfektio'), p('urinary-symptoms-adult')],
    kind: 'inflected compound',
  },
  { q: 'virtsatietulehdus', expect: [g('virtsatieinfektio'), p('urinary-symptoms-adult')], kind: 'compound' },
  { q: 'ripulin', expect: [g('ripuli-oksentelu')], kind: 'inflected' },
  { q: 'oksentelun', expect: [g('ripuli-oksentelu')], kind: 'inflected' },
  { q: 'päänsäryn', expect: [g('paansarky')], kind: 'inflected compound' },
  { q: 'päänsärkyyn', expect: [g('paansarky')], kind: 'inflected compound' },
  { q: 'ihottumaan', expect: [g('ihottuma')], kind: 'inflected' },
  { q: 'silmän punoitukseen', expect: [g('silman-punoitus')], kind: 'inflected' },
  { q: 'silmätautien poliklinikalle', expect: [s('silmatautien-poliklinikka')], kind: 'inflected compound' },
  { q: 'silmälääkärille', expect: [s('silmatautien-poliklinikka')], kind: 'inflected compound' },
  { q: 'hyönteisen piston', expect: [g('hyonteisen-pisto')], kind: 'inflected' },
  { q: 'punkin puremaan', expect: [g('hyonteisen-pisto')], kind: 'inflected' },
  { q: 'palovamman', expect: [g('palovamma')], kind: 'inflected compound' },
  { q: 'unettomuuteen', expect: [g('unettomuus')], kind: 'inflected' },
  { q: 'ahdistukseen', expect: [g('ahdistus'), s('mielenterveys-ja-paihdepalvelut')], kind: 'inflected' },
  { q: 'paniikkikohtauksen', expect: [g('ahdistus')], kind: 'inflected compound' },
  { q: 'raskauden alussa', expect: [g('raskauden-alku')], kind: 'inflected' },
  {
    q: 'raskaustestin',
    expect: [g('raskauden-alku'), s('aitiys-ja-lastenneuvola')],
    kind: 'inflected compound',
  },
  { q: 'yskän', expect: [g('yska')], kind: 'inflected' },
  { q: 'flunssan', expect: [g('flunssa')], kind: 'inflected' },
  { q: 'terveysasemalle', expect: [s('terveysasemat'), s('terveysasema-vaasa')], kind: 'inflected compound' },
  {
    q: 'terveyskeskukseen',
    expect: [s('terveysasemat'), s('terveysasema-vaasa')],
    kind: 'inflected compound',
  },
  { q: 'terveysasemien ajanvaraukseen', expect: [s('terveysasemat')], kind: 'inflected compound' },
  { q: 'laboratorioon', expect: [s('laboratorio')], kind: 'inflected' },
  { q: 'verikokeeseen', expect: [s('laboratorio')], kind: 'inflected compound' },
  { q: 'näytteenottoon', expect: [s('laboratorio')], kind: 'inflected compound' },
  { q: 'fysioterapeutille', expect: [s('fysioterapia-suoravastaanotto')], kind: 'inflected compound' },
  {
    q: 'sosiaalipäivystykseen',
    expect: [s('sosiaalipaivystys'), i('sosiaalipaivystys-yhteys')],
    kind: 'inflected compound',
  },
  {
    q: 'kriisipäivystykseen',
    expect: [s('sosiaalipaivystys'), i('sosiaalipaivystys-yhteys')],
    kind: 'inflected compound',
  },
  { q: 'lastensuojeluilmoituksen', expect: [i('lastensuojeluilmoitus')], kind: 'inflected compound' },
  { q: 'lastensuojeluilmoitusta', expect: [i('lastensuojeluilmoitus')], kind: 'inflected compound' },
  { q: 'toimeentulotukeen', expect: [s('sosiaalineuvonta')], kind: 'inflected compound' },
  { q: 'sosiaalineuvontaan', expect: [s('sosiaalineuvonta')], kind: 'inflected compound' },
  {
    q: 'erikoissairaanhoidon ajanvaraukseen',
    expect: [s('erikoissairaanhoito-ajanvaraus')],
    kind: 'inflected compound',
  },
  { q: 'keskussairaalaan', expect: [s('erikoissairaanhoito-ajanvaraus')], kind: 'inflected compound' },
  { q: 'päivystysapuun', expect: [s('116117')], kind: 'inflected compound' },
  { q: 'päivystykseen', expect: [s('116117')], kind: 'inflected' },
  { q: 'vaihteeseen', expect: [s('vaihde'), i('vaihteen-siirrot')], kind: 'inflected' },
  { q: 'tulkin tilaamiseen', expect: [i('tulkin-tilaaminen')], kind: 'inflected' },
  { q: 'takaisinsoittopyynnön', expect: [i('takaisinsoitto')], kind: 'inflected compound' },
  { q: 'hätänumeroon', expect: [i('hatatilanne-ohjaus-112')], kind: 'inflected compound' },
  { q: 'itsetuhoinen soittaja', expect: [i('itsetuhoisuus-puhelussa')], kind: 'derived' },
  { q: 'huoli-ilmoitus ikääntyneestä', expect: [i('huoli-ilmoitus-iakas')], kind: 'inflected' },
  { q: 'lääkkeisiin liittyvät kysymykset', expect: [i('laakekysymysten-ohjaus')], kind: 'inflected' },
  { q: 'ruotsinkielistä palvelua', expect: [i('ruotsinkielinen-palvelu')], kind: 'inflected' },
  { q: 'hammaslääkri', expect: [s('suun-terveydenhuolto')], kind: 'typo' },
  { q: 'kurkkukpu', expect: [g('kurkkukipu'), p('sore-throat-adult')], kind: 'typo' },
  { q: 'lastenneuvloaan', expect: [s('aitiys-ja-lastenneuvola')], kind: 'typo' },
  { q: 'rokotuss', expect: [s('rokotukset')], kind: 'typo' },
  { q: 'laboratorjo', expect: [s('laboratorio')], kind: 'typo' },
  { q: 'hammaslekurille', expect: [s('suun-terveydenhuolto')], kind: 'synonym' },
  { q: 'terkkariin', expect: [s('terveysasemat'), s('terveysasema-vaasa')], kind: 'synonym' },
  { q: 'sossuun', expect: [s('sosiaalineuvonta'), s('sosiaalipaivystys')], kind: 'synonym' },
  { q: 'neukkariin', expect: [s('aitiys-ja-lastenneuvola')], kind: 'synonym' },
  { q: 'labraan', expect: [s('laboratorio')], kind: 'synonym' },
  { q: 'piikki', expect: [s('rokotukset')], kind: 'synonym' },
  { q: 'fyssarille', expect: [s('fysioterapia-suoravastaanotto')], kind: 'synonym' },
  { q: 'hammastohtorille', expect: [s('suun-terveydenhuolto')], kind: 'synonym' },
];
/** Swedish queries. */
export const SWEDISH_QUERIES: readonly RelevanceQuery[] = [
  { q: 'tandläkaren', expect: [s('suun-terveydenhuolto')], kind: 'inflected' },
  { q: 'tandläkarens', expect: [s('suun-terveydenhuolto')], kind: 'inflected' },
  { q: 'tandvärken', expect: [g('hammassarky'), p('dental-pain')], kind: 'inflected' },
  { q: 'barnrådgivningen', expect: [s('aitiys-ja-lastenneuvola')], kind: 'inflected compound' },
  { q: 'mödrarådgivningen', expect: [s('aitiys-ja-lastenneuvola')], kind: 'inflected compound' },
  { q: 'rådgivningen', expect: [s('aitiys-ja-lastenneuvola')], kind: 'inflected' },
  { q: 'hemvården', expect: [s('ikaihmisten-asiakasohjaus-ja-kotihoito')], kind: 'inflected' },
  { q: 'hemtjänsten', expect: [s('ikaihmisten-asiakasohjaus-ja-kotihoito')], kind: 'inflected' },
  { q: 'vaccinationen', expect: [s('rokotukset')], kind: 'inflected' },
  { q: 'vaccinet', expect: [s('rokotukset')], kind: 'inflected' },
  { q: 'influensavaccinet', expect: [s('rokotukset')], kind: 'inflected compound' },
  { q: 'febern', expect: [g('kuume-aikuinen'), g('kuume-lapsi'), p('fever-child')], kind: 'inflected' },
  { q: 'feber hos barnet', expect: [g('kuume-lapsi'), p('fever-child')], kind: 'inflected' },
  { q: 'ont i halsen', expect: [g('kurkkukipu'), p('sore-throat-adult')], kind: 'inflected' },
  { q: 'öronvärken', expect: [g('korvakipu-lapsi')], kind: 'inflected' },
  { q: 'huvudvärken', expect: [g('paansarky')], kind: 'inflected' },
  {
    q: 'ryggsmärtan',
    expect: [g('alaselkakipu'), p('back-pain-adult'), s('fysioterapia-suoravastaanotto')],
    kind: 'inflected compound',
  },
  { q: 'hostan', expect: [g('yska')], kind: 'inflected' },
  { q: 'förkylningen', expect: [g('flunssa')], kind: 'inflected' },
  {
    q: 'urinvägsinfektionen',
    expect: [g('virtsatieinfektio'), p('urinary-symptoms-adult')],
    kind: 'inflected',
  },
  { q: 'hälsostationen', expect: [s('terveysasemat'), s('terveysasema-vaasa')], kind: 'inflected' },
  { q: 'hälsocentralen', expect: [s('terveysasemat'), s('terveysasema-vaasa')], kind: 'inflected' },
  { q: 'laboratoriet', expect: [s('laboratorio')], kind: 'inflected' },
  { q: 'blodprovet', expect: [s('laboratorio')], kind: 'inflected' },
  { q: 'fysioterapeuten', expect: [s('fysioterapia-suoravastaanotto')], kind: 'inflected' },
  { q: 'socialjouren', expect: [s('sosiaalipaivystys')], kind: 'inflected' },
  { q: 'krisjouren', expect: [s('sosiaalipaivystys')], kind: 'inflected' },
  { q: 'missbruket', expect: [s('mielenterveys-ja-paihdepalvelut')], kind: 'inflected' },
  { q: 'jourhjälpen', expect: [s('116117')], kind: 'exact' },
  { q: 'växeln', expect: [s('vaihde')], kind: 'inflected' },
  { q: 'tandläkre', expect: [s('suun-terveydenhuolto')], kind: 'typo' },
  { q: 'diarrén', expect: [g('ripuli-oksentelu')], kind: 'inflected' },
  { q: 'stukad fotled', expect: [g('nilkan-nyrjahdys')], kind: 'exact' },
  { q: 'centralsjukhuset', expect: [s('erikoissairaanhoito-ajanvaraus')], kind: 'inflected' },
  { q: 'utkomststödet', expect: [s('sosiaalineuvonta')], kind: 'inflected' },
  { q: 'tandläkarna', expect: [s('suun-terveydenhuolto')], kind: 'plural definite' },
  { q: 'vaccinationerna', expect: [s('rokotukset')], kind: 'plural definite' },
  { q: 'hälsostationerna', expect: [s('terveysasemat'), s('terveysasema-vaasa')], kind: 'plural definite' },
  { q: 'rådgivningarna', expect: [s('aitiys-ja-lastenneuvola')], kind: 'plural definite' },
  { q: 'blodproverna', expect: [s('laboratorio')], kind: 'plural definite compound' },
  { q: 'sjukskötarna', expect: [s('terveysasemat')], kind: 'plural definite' },
  { q: 'influensavaccinationen', expect: [s('rokotukset')], kind: 'inflected compound' },
  { q: 'hemtjänstens', expect: [s('ikaihmisten-asiakasohjaus-ja-kotihoito')], kind: 'genitive definite' },
  { q: 'fysioterapeuterna', expect: [s('fysioterapia-suoravastaanotto')], kind: 'plural definite' },
  { q: 'tandvärkens', expect: [g('hammassarky'), p('dental-pain')], kind: 'genitive definite' },
];

/**
 * Region and language rules (agent search with a home region): the first hit of `q` must be `first`, the home
 * region's own entry (exact slug), in the language `locale` of the hit; no service may appear twice in the top five
 * (the other counties' entries are under it, `alsoIn`). `interface` is the portal's language.
 */
export interface RegionRuleQuery {
  readonly q: string;
  readonly interface: 'fi' | 'sv' | 'en';
  readonly region: 'pohjanmaa' | 'kymenlaakso' | 'etela-karjala';
  /** `<type>:<exact slug>` of the expected first hit. */
  readonly first: ExpectedDoc;
  /** Language of that hit. */
  readonly locale: 'fi' | 'sv';
  readonly kind: string;
}

export const REGION_RULE_QUERIES: readonly RegionRuleQuery[] = [
  ...(['pohjanmaa', 'kymenlaakso', 'etela-karjala'] as const).flatMap((region) => [
    {
      q: 'hammaslääkäri',
      interface: 'fi' as const,
      region,
      first: s(`${region}-suun-terveydenhuolto`),
      locale: 'fi' as const,
      kind: 'home region first',
    },
    {
      q: 'rokotus',
      interface: 'fi' as const,
      region,
      first: s(`${region}-rokotukset`),
      locale: 'fi' as const,
      kind: 'home region first',
    },
    {
      q: 'toimeentulotuki',
      interface: 'fi' as const,
      region,
      first: s(`${region}-sosiaalineuvonta`),
      locale: 'fi' as const,
      kind: 'regional entry with channels first',
    },
    {
      q: 'laboratorio',
      interface: 'fi' as const,
      region,
      first: s(`${region}-laboratorio`),
      locale: 'fi' as const,
      kind: 'home region first',
    },
  ]),
  {
    q: 'tandläkare',
    interface: 'fi',
    region: 'pohjanmaa',
    first: s('pohjanmaa-suun-terveydenhuolto'),
    locale: 'sv',
    kind: 'other national language',
  },
  {
    q: 'tandläkare',
    interface: 'en',
    region: 'kymenlaakso',
    first: s('kymenlaakso-suun-terveydenhuolto'),
    locale: 'sv',
    kind: 'national languages from English',
  },
  {
    q: 'hammaslääkäri',
    interface: 'sv',
    region: 'pohjanmaa',
    first: s('pohjanmaa-suun-terveydenhuolto'),
    locale: 'fi',
    kind: 'other national language',
  },
];
