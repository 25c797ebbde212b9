/**
 * Sample service entries (Patalogi): the service catalogue and local solution bank of the three
 * founding counties' customer service centres.
 *
 * All entries are `source: 'local'` with `ptvId: null`. Phone numbers are FICTIONAL (a subscriber number
 * cannot start with 0 after the area code: `06 000 0xxx`, `05 000 0xxx`), except the real national numbers
 * 116117 (Päivystysapu) and 112 (emergency). County web pages point to example.fi; 116117.fi and omaolo.fi
 * are real. Street addresses are plausible sample addresses, not a source of truth.
 *
 * Localisation: a locale version of an entry exists when `name` has that locale. Inside an existing locale,
 * any other LocalizedText field that lacks the locale is left empty, except channel texts (channel names,
 * service hours, addresses), which fall back to Finnish so the channel list is the same in every locale.
 */

import { LOCALES, type LocalizedText, type ServiceHours } from '@neuvo/content-models';
type LocalizedList = { fi: string[]; sv?: string[]; en?: string[] };

export interface PhoneChannelSeed {
  name: LocalizedText;
  number: string;
  prefixNumber?: string;
  chargeType: 'free' | 'charged' | 'other';
  chargeInfo?: LocalizedText;
  serviceHours: LocalizedText;
  /** Filled from `serviceHours` for the sample texts (see STRUCTURED_HOURS). */
  structuredHours?: ServiceHours | null;
}

export interface WebPageSeed {
  name: LocalizedText;
  url: string;
}

export interface ServiceLocationSeed {
  name: LocalizedText;
  street: LocalizedText;
  postalCode: string;
  postOffice: LocalizedText;
  municipalityCode: string;
  latitude: number;
  longitude: number;
  openingHours: LocalizedText;
  /** Filled from `openingHours` for the sample texts (see STRUCTURED_HOURS). */
  structuredHours?: ServiceHours | null;
  phone?: string;
}

export interface EServiceSeed {
  name: LocalizedText;
  url: string;
}

export interface InternalPhoneSeed {
  label: LocalizedText;
  number: string;
  note?: LocalizedText;
}

export interface ServiceSeed {
  /** Natural key. */
  slug: string;
  ptvId: null;
  source: 'local';
  ptvStatus: 'published';
  name: LocalizedText;
  summary: LocalizedText;
  /** Plain text, paragraphs separated by blank lines. */
  description: LocalizedText;
  userInstruction: LocalizedText;
  organizationName: LocalizedText;
  serviceClasses: LocalizedList;
  targetGroups: LocalizedList;
  keywords: LocalizedList;
  regionCodes: string[];
  municipalityCodes: string[];
  phoneChannels: PhoneChannelSeed[];
  webPages: WebPageSeed[];
  serviceLocations: ServiceLocationSeed[];
  eServices: EServiceSeed[];
  // --- local solution bank (agent-only) ---
  /** Markdown. */
  agentInstructions?: LocalizedText;
  internalPhones: InternalPhoneSeed[];
  extraKeywords: LocalizedList;
  instructionSlugs: string[];
  guideSlugs: string[];
  protocolCodes: string[];
  queueCode: string | null;
}

// ---------------------------------------------------------------------------------------------
// Shared vocabulary
// ---------------------------------------------------------------------------------------------

/** Collects localized terms into per-locale lists; a locale is included only when every term has it. */
function terms(...items: LocalizedText[]): LocalizedList {
  const out: LocalizedList = { fi: items.map((t) => t.fi) };
  for (const locale of LOCALES) {
    if (locale === 'fi') continue;
    const values = items.map((t) => t[locale]);
    if (values.every((v): v is string => typeof v === 'string')) out[locale] = values;
  }
  return out;
}

const CLASS = {
  primary: { fi: 'Perusterveydenhuolto', sv: 'Primärvård', en: 'Primary health care' },
  specialist: { fi: 'Erikoissairaanhoito', sv: 'Specialiserad sjukvård', en: 'Specialised medical care' },
  emergency: { fi: 'Päivystys', sv: 'Jour', en: 'Emergency and urgent care' },
  oral: { fi: 'Suun terveydenhuolto', sv: 'Munhälsovård', en: 'Oral health care' },
  mentalSubstance: {
    fi: 'Mielenterveys- ja päihdepalvelut',
    sv: 'Mentalvårds- och missbrukartjänster',
    en: 'Mental health and substance use services',
  },
  clinics: { fi: 'Neuvolapalvelut', sv: 'Rådgivningstjänster', en: 'Maternity and child health clinics' },
  social: { fi: 'Sosiaalipalvelut', sv: 'Socialtjänster', en: 'Social services' },
  elderly: { fi: 'Ikääntyneiden palvelut', sv: 'Tjänster för äldre', en: 'Services for older people' },
  rehabilitation: { fi: 'Kuntoutus', sv: 'Rehabilitering', en: 'Rehabilitation' },
  prevention: { fi: 'Terveyden edistäminen', sv: 'Hälsofrämjande arbete', en: 'Health promotion' },
  customerService: {
    fi: 'Neuvonta ja asiakaspalvelu',
    sv: 'Rådgivning och kundtjänst',
    en: 'Advice and customer service',
  },
} satisfies Record<string, LocalizedText>;

const GROUP = {
  citizens: { fi: 'Kansalaiset', sv: 'Medborgare', en: 'Citizens' },
  adults: { fi: 'Aikuiset', sv: 'Vuxna', en: 'Adults' },
  families: { fi: 'Lapsiperheet', sv: 'Barnfamiljer', en: 'Families with children' },
  pregnant: { fi: 'Raskaana olevat', sv: 'Gravida', en: 'Pregnant people' },
  youth: { fi: 'Nuoret', sv: 'Unga', en: 'Young people' },
  elderly: { fi: 'Ikääntyneet', sv: 'Äldre', en: 'Older people' },
  relatives: { fi: 'Omaiset ja läheiset', sv: 'Anhöriga och närstående', en: 'Relatives and close ones' },
} satisfies Record<string, LocalizedText>;

const HOURS = {
  always: { fi: 'Joka päivä ympäri vuorokauden', sv: 'Alla dagar dygnet runt', en: 'Every day, 24 hours' },
  wd8to16: { fi: 'ma–pe klo 8–16', sv: 'mån–fre kl. 8–16', en: 'Mon–Fri 8:00–16:00' },
  wd8to15: { fi: 'ma–pe klo 8–15', sv: 'mån–fre kl. 8–15', en: 'Mon–Fri 8:00–15:00' },
  wd9to15: { fi: 'ma–pe klo 9–15', sv: 'mån–fre kl. 9–15', en: 'Mon–Fri 9:00–15:00' },
  wd8to12: { fi: 'ma–pe klo 8–12', sv: 'mån–fre kl. 8–12', en: 'Mon–Fri 8:00–12:00' },
  wd7to15: { fi: 'ma–pe klo 7–15', sv: 'mån–fre kl. 7–15', en: 'Mon–Fri 7:00–15:00' },
  wd7to18: { fi: 'ma–pe klo 7–18', sv: 'mån–fre kl. 7–18', en: 'Mon–Fri 7:00–18:00' },
  wd8to20: { fi: 'ma–pe klo 8–20', sv: 'mån–fre kl. 8–20', en: 'Mon–Fri 8:00–20:00' },
  wd12to14: { fi: 'ma–pe klo 12–14', sv: 'mån–fre kl. 12–14', en: 'Mon–Fri 12:00–14:00' },
  outsideOffice: {
    fi: 'Virka-ajan ulkopuolella: arkisin klo 16–8, viikonloput ja arkipyhät',
    sv: 'Utanför tjänstetid: vardagar kl. 16–8, veckoslut och helgdagar',
    en: 'Outside office hours: weekdays 16:00–8:00, weekends and public holidays',
  },
} satisfies Record<string, LocalizedText>;

const WEEKDAYS = [1, 2, 3, 4, 5];

function weekdayHours(opens: string, closes: string): ServiceHours {
  return {
    alwaysOpen: false,
    weekly: [{ days: WEEKDAYS, opens, closes, validFrom: null, validTo: null }],
    exceptions: [],
  };
}

/** The structured form of each sample hours text, for "open now / opens at" on the public site. */
const STRUCTURED_HOURS = new Map<LocalizedText, ServiceHours>([
  [HOURS.always, { alwaysOpen: true, weekly: [], exceptions: [] }],
  [HOURS.wd8to16, weekdayHours('08:00', '16:00')],
  [HOURS.wd8to15, weekdayHours('08:00', '15:00')],
  [HOURS.wd9to15, weekdayHours('09:00', '15:00')],
  [HOURS.wd8to12, weekdayHours('08:00', '12:00')],
  [HOURS.wd7to15, weekdayHours('07:00', '15:00')],
  [HOURS.wd7to18, weekdayHours('07:00', '18:00')],
  [HOURS.wd8to20, weekdayHours('08:00', '20:00')],
  [HOURS.wd12to14, weekdayHours('12:00', '14:00')],
  [
    HOURS.outsideOffice,
    {
      alwaysOpen: false,
      weekly: [
        { days: [1, 2, 3, 4], opens: '16:00', closes: '08:00', validFrom: null, validTo: null },
        { days: [5], opens: '16:00', closes: '00:00', validFrom: null, validTo: null },
        { days: [6, 7], opens: '00:00', closes: '00:00', validFrom: null, validTo: null },
        { days: [1], opens: '00:00', closes: '08:00', validFrom: null, validTo: null },
      ],
      exceptions: [],
    },
  ],
]);

/** The service with the structured form of each channel's hours text. */
function withStructuredHours(service: ServiceSeed): ServiceSeed {
  return {
    ...service,
    phoneChannels: service.phoneChannels.map((c) => ({
      ...c,
      structuredHours: STRUCTURED_HOURS.get(c.serviceHours) ?? null,
    })),
    serviceLocations: service.serviceLocations.map((l) => ({
      ...l,
      structuredHours: STRUCTURED_HOURS.get(l.openingHours) ?? null,
    })),
  };
}

const STANDARD_CHARGE: LocalizedText = {
  fi: 'Puhelu maksaa normaalin puhelumaksun (pvm/mpm).',
  sv: 'Samtalet kostar normal samtalsavgift (lna/msa).',
  en: 'Standard call charges apply.',
};

function chargedPhone(name: LocalizedText, number: string, serviceHours: LocalizedText): PhoneChannelSeed {
  return { name, number, chargeType: 'charged', chargeInfo: STANDARD_CHARGE, serviceHours };
}

const EMERGENCY_112_PHONE: PhoneChannelSeed = {
  name: {
    fi: 'Hätänumero 112 (sosiaalipäivystys virka-ajan ulkopuolella)',
    sv: 'Nödnumret 112 (socialjouren utanför tjänstetid)',
    en: 'Emergency number 112 (social emergency services outside office hours)',
  },
  number: '112',
  chargeType: 'free',
  chargeInfo: { fi: 'Maksuton.', sv: 'Avgiftsfritt.', en: 'Free of charge.' },
  serviceHours: HOURS.always,
};

const OMAOLO: EServiceSeed = {
  name: { fi: 'Omaolo – oirearvio', sv: 'Omaolo – symtombedömning', en: 'Omaolo – symptom checker' },
  url: 'https://www.omaolo.fi/',
};

const REGION_INFO = {
  pohjanmaa: {
    org: {
      fi: 'Pohjanmaan hyvinvointialue',
      sv: 'Österbottens välfärdsområde',
      en: 'Ostrobothnia Wellbeing Services County',
    },
    municipalities: [
      '152',
      '231',
      '280',
      '287',
      '288',
      '399',
      '440',
      '475',
      '499',
      '545',
      '598',
      '599',
      '893',
      '905',
      '946',
    ],
  },
  kymenlaakso: {
    org: {
      fi: 'Kymenlaakson hyvinvointialue',
      sv: 'Kymmenedalens välfärdsområde',
      en: 'Kymenlaakso Wellbeing Services County',
    },
    municipalities: ['075', '285', '286', '489', '624', '935'],
  },
  'etela-karjala': {
    org: {
      fi: 'Etelä-Karjalan hyvinvointialue',
      sv: 'Södra Karelens välfärdsområde',
      en: 'South Karelia Wellbeing Services County',
    },
    municipalities: ['153', '405', '416', '441', '580', '689', '700', '739', '831'],
  },
} satisfies Record<string, { org: LocalizedText; municipalities: string[] }>;

type RegionCode = keyof typeof REGION_INFO;

/**
 * Päivystysapu 116117 is national and works the same way in every county; only the local emergency
 * department and the internal numbers differ.
 */
function paivystysapu(
  region: RegionCode,
  emergencyDepartment: ServiceLocationSeed,
  internalPhones: InternalPhoneSeed[],
): ServiceSeed {
  const { org, municipalities } = REGION_INFO[region];
  return {
    slug: `${region}-116117`,
    ptvId: null,
    source: 'local',
    ptvStatus: 'published',
    name: { fi: 'Päivystysapu 116117', sv: 'Jourhjälpen 116117', en: 'Medical helpline 116117' },
    summary: {
      fi: 'Maksuton päivystysavun numero 116117 ympäri vuorokauden. Soita ennen kuin lähdet päivystykseen.',
      sv: 'Avgiftsfria Jourhjälpen 116117 dygnet runt. Ring innan du åker till jouren.',
      en: 'Free medical helpline 116117, available 24/7. Call before you go to the emergency department.',
    },
    description: {
      fi: `Päivystysapu 116117 on maksuton puhelinpalvelu, joka neuvoo äkillisissä sairastumisissa ja tapaturmissa ympäri vuorokauden. Terveydenhuollon ammattilainen arvioi hoidon tarpeen ja kiireellisyyden ja ohjaa oikeaan hoitopaikkaan tai antaa kotihoito-ohjeet.

Soita Päivystysapuun ennen kuin lähdet päivystykseen. Päivystykseen voi tulla myös ilman soittoa, mutta hoitoon pääsyn järjestys määräytyy kiireellisyyden mukaan.

Hätätilanteessa, kun henki tai terveys on välittömässä vaarassa, soita aina hätänumeroon 112.`,
      sv: `Jourhjälpen 116117 är en avgiftsfri telefontjänst som ger råd vid plötslig sjukdom och olycksfall dygnet runt. En yrkesperson inom hälso- och sjukvården bedömer vårdbehovet och hur brådskande det är och hänvisar till rätt vårdplats eller ger egenvårdsråd.

Ring Jourhjälpen innan du åker till jouren. Du kan komma till jouren även utan att ringa, men patienterna vårdas i den ordning som vårdbehovet kräver.

I en nödsituation, när liv eller hälsa är i omedelbar fara, ring alltid nödnumret 112.`,
      en: `Medical helpline 116117 is a free telephone service that gives advice on sudden illness and injuries 24 hours a day. A healthcare professional assesses your need for care and its urgency and directs you to the right place or gives self-care advice.

Call 116117 before you go to the emergency department. You can come without calling, but patients are treated in order of urgency.

In an emergency, when life or health is in immediate danger, always call the emergency number 112.`,
    },
    userInstruction: {
      fi: 'Soita 116117. Pidä henkilötunnus saatavilla ja kerro oireet, niiden alkamisaika ja käytössä olevat lääkkeet. Hätätilanteessa soita 112.',
      sv: 'Ring 116117. Ha personbeteckningen till hands och berätta om symtomen, när de började och vilka läkemedel du använder. I en nödsituation, ring 112.',
      en: 'Call 116117. Have your personal identity code ready and tell about your symptoms, when they started and your medication. In an emergency, call 112.',
    },
    organizationName: org,
    serviceClasses: terms(CLASS.emergency, CLASS.primary),
    targetGroups: terms(GROUP.citizens),
    keywords: {
      fi: [
        'päivystys',
        'päivystysapu',
        '116117',
        'yöpäivystys',
        'viikonloppu',
        'äkillinen sairastuminen',
        'tapaturma',
      ],
      sv: ['jour', 'jourhjälpen', '116117', 'akut', 'olycksfall'],
      en: ['emergency department', 'helpline', '116117', 'after hours', 'urgent care'],
    },
    regionCodes: [region],
    municipalityCodes: municipalities,
    phoneChannels: [
      {
        name: { fi: 'Päivystysapu 116117', sv: 'Jourhjälpen 116117', en: 'Medical helpline 116117' },
        number: '116117',
        chargeType: 'free',
        chargeInfo: {
          fi: 'Puhelu on maksuton.',
          sv: 'Samtalet är avgiftsfritt.',
          en: 'The call is free of charge.',
        },
        serviceHours: HOURS.always,
      },
    ],
    webPages: [
      {
        name: { fi: 'Päivystysapu 116117', sv: 'Jourhjälpen 116117', en: 'Medical helpline 116117' },
        url: 'https://116117.fi',
      },
    ],
    serviceLocations: [emergencyDepartment],
    eServices: [OMAOLO],
    agentInstructions: {
      fi: `Ohjaa 116117:ään, kun asiakkaalla on **äkillinen oire tai tapaturma** ja terveysasema on kiinni (arkisin virka-ajan jälkeen, viikonloppuisin ja arkipyhinä) tai kun hoitaja arvioi, että asia kuuluu päivystykseen.

- **Hätätilanteessa aina 112**, ei 116117 (ks. *Hätätilanne: ohjaus 112*).
- Älä lupaa, että Päivystysapu varaa ajan tai lähettää ambulanssin – se arvioi tarpeen.
- Kerro, että puhelu on maksuton ja palvelee ympäri vuorokauden. Jonotusaika voi olla pitkä iltaisin ja viikonloppuisin.
- Jos soittaja kertoo hammasvaivasta viikonloppuna, 116117 arvioi myös hammaslääkäripäivystyksen tarpeen.
- Asiakaspalvelukeskuksesta ei siirretä puheluita 116117:ään; pyydä asiakasta soittamaan itse.`,
      sv: `Hänvisa till 116117 vid **plötsliga symtom eller olycksfall** när hälsostationen är stängd eller när sjukskötaren bedömer att ärendet hör till jouren.

- **I en nödsituation alltid 112**, inte 116117.
- Lova inte att Jourhjälpen bokar tid eller skickar ambulans – den bedömer behovet.
- Samtal kopplas inte från kundservicecentret till 116117; be kunden ringa själv.`,
    },
    internalPhones,
    extraKeywords: {
      fi: ['päivystys', 'yöpäivystys', 'ensiapu', 'päivystyksen numero', 'akuutti', 'lääkäri yöllä'],
      sv: ['jouren', 'akuten'],
    },
    instructionSlugs: ['hatatilanne-ohjaus-112', 'hoidon-tarpeen-arviointi', 'hammaspaivystys-viikonloppu'],
    guideSlugs: ['kuume-aikuinen', 'kuume-lapsi', 'ripuli-oksentelu'],
    protocolCodes: [],
    queueCode: null,
  };
}

const base = {
  ptvId: null,
  source: 'local',
  ptvStatus: 'published',
} as const;

// ---------------------------------------------------------------------------------------------
// Pohjanmaa / Österbotten (bilingual: Finnish and Swedish text for every entry)
// ---------------------------------------------------------------------------------------------

const P = REGION_INFO.pohjanmaa;

const VAASA_CENTRAL_HOSPITAL = {
  street: { fi: 'Hietalahdenkatu 2–4', sv: 'Sandviksgatan 2–4' },
  postalCode: '65130',
  postOffice: { fi: 'Vaasa', sv: 'Vasa' },
  municipalityCode: '905',
  latitude: 63.0832,
  longitude: 21.5946,
};

const pohjanmaa: ServiceSeed[] = [
  paivystysapu(
    'pohjanmaa',
    {
      name: {
        fi: 'Yhteispäivystys, Vaasan keskussairaala',
        sv: 'Samjouren, Vasa centralsjukhus',
        en: 'Joint emergency department, Vaasa Central Hospital',
      },
      ...VAASA_CENTRAL_HOSPITAL,
      openingHours: HOURS.always,
    },
    [
      {
        label: { fi: 'Yhteispäivystyksen triagehoitaja', sv: 'Triageskötare vid samjouren' },
        number: '06 000 0901',
        note: { fi: 'Vain ammattilaisten väliseen konsultaatioon, ei asiakkaille.' },
      },
    ],
  ),
  {
    ...base,
    slug: 'pohjanmaa-vaihde',
    name: {
      fi: 'Pohjanmaan hyvinvointialueen vaihde',
      sv: 'Österbottens välfärdsområdes växel',
      en: 'Switchboard of Ostrobothnia Wellbeing Services County',
    },
    summary: {
      fi: 'Vaihde yhdistää sairaaloiden osastoille, yksiköihin ja henkilökunnalle ympäri vuorokauden.',
      sv: 'Växeln kopplar till sjukhusens avdelningar, enheter och personal dygnet runt.',
      en: 'The switchboard connects you to hospital wards, units and staff 24 hours a day.',
    },
    description: {
      fi: `Vaihteen kautta tavoitat hyvinvointialueen sairaaloiden osastot, poliklinikat ja muut yksiköt. Vaihde palvelee suomeksi ja ruotsiksi.

Vaihde ei tee hoidon tarpeen arviointia eikä varaa vastaanottoaikoja. Äkillisissä sairastumisissa soita Päivystysapuun 116117 ja hätätilanteessa 112.`,
      sv: `Via växeln når du sjukhusens avdelningar, poliklinikerna och andra enheter inom välfärdsområdet. Växeln betjänar på finska och svenska.

Växeln bedömer inte vårdbehov och bokar inte tider. Vid plötslig sjukdom, ring Jourhjälpen 116117 och i en nödsituation 112.`,
      en: `The switchboard connects you to hospital wards, outpatient clinics and other units of the wellbeing services county. Service in Finnish and Swedish.

The switchboard does not assess care needs or book appointments. For sudden illness, call 116117; in an emergency, call 112.`,
    },
    userInstruction: {
      fi: 'Kerro, kenet tai minkä yksikön haluat tavoittaa. Jos tiedät osaston nimen, mainitse se.',
      sv: 'Berätta vem eller vilken enhet du vill nå. Nämn avdelningens namn om du vet det.',
      en: 'Tell which person or unit you want to reach. Mention the ward if you know it.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.customerService),
    targetGroups: terms(GROUP.citizens, GROUP.relatives),
    keywords: {
      fi: ['vaihde', 'puhelinvaihde', 'osasto', 'sairaala', 'yhteystiedot'],
      sv: ['växel', 'avdelning', 'sjukhus', 'kontaktuppgifter'],
      en: ['switchboard', 'ward', 'hospital', 'contact'],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone({ fi: 'Vaihde', sv: 'Växel', en: 'Switchboard' }, '06 000 0100', HOURS.always),
    ],
    webPages: [
      {
        name: { fi: 'Yhteystiedot', sv: 'Kontaktuppgifter', en: 'Contact information' },
        url: 'https://example.fi/pohjanmaa/yhteystiedot',
      },
    ],
    serviceLocations: [],
    eServices: [],
    agentInstructions: {
      fi: `- Selvitä asia lyhyesti ennen siirtoa ja tarkista kohteen aukiolo (ks. *Vaihteen puheluiden siirrot*).
- **Älä vahvista, onko joku potilaana.** Siirrä osastolle, jos soittaja tietää osaston.
- Ruotsinkielinen soittaja: palvele ruotsiksi tai siirrä ruotsinkieliselle kollegalle.
- Oireista kertova soittaja: hätä → 112, muuten terveysasemien hoitaja tai virka-ajan ulkopuolella 116117.`,
      sv: `- Ta reda på ärendet kort innan du kopplar och kontrollera öppettiderna.
- **Bekräfta inte om någon är patient.**
- Betjäna svenskspråkiga på svenska eller koppla till en svenskspråkig kollega.`,
    },
    internalPhones: [
      { label: { fi: 'Vaihteen esihenkilö', sv: 'Växelns förman' }, number: '06 000 0902' },
      {
        label: { fi: 'Ruotsinkielinen asiakaspalvelu', sv: 'Svenskspråkig kundtjänst' },
        number: '06 000 0903',
      },
    ],
    extraKeywords: { fi: ['keskus', 'sentraali', 'operaattori'], sv: ['centralen'] },
    instructionSlugs: ['vaihteen-siirrot', 'ruotsinkielinen-palvelu', 'tunnistaminen-ja-tietosuoja'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: 'pohjanmaa-customer-service-video',
  },
  {
    ...base,
    slug: 'pohjanmaa-terveysasemat',
    name: {
      fi: 'Terveysasemien ajanvaraus ja hoitajan neuvonta',
      sv: 'Hälsostationernas tidsbokning och sjukskötarens rådgivning',
      en: 'Health centres: appointments and nurse advice',
    },
    summary: {
      fi: 'Terveysasemien hoitaja arvioi hoidon tarpeen, neuvoo ja varaa tarvittaessa ajan hoitajalle tai lääkärille.',
      sv: 'Hälsostationens sjukskötare bedömer vårdbehovet, ger råd och bokar vid behov tid till skötare eller läkare.',
      en: 'A health centre nurse assesses your need for care, gives advice and books an appointment with a nurse or doctor if needed.',
    },
    description: {
      fi: `Terveysasemat hoitavat äkillisiä ja pitkäaikaisia sairauksia, jotka eivät vaadi päivystystä. Kun otat yhteyttä, sairaanhoitaja arvioi hoidon tarpeen ja kiireellisyyden. Saat kotihoito-ohjeet, ajan hoitajalle tai lääkärille tai ohjauksen muuhun palveluun.

Kiireettömät asiat voi hoitaa myös hoitajan chatissa vahvasti tunnistautuneena tai Omaolon oirearviolla. Virka-ajan ulkopuolella äkillisissä asioissa soita Päivystysapuun 116117.`,
      sv: `Hälsostationerna vårdar plötsliga och långvariga sjukdomar som inte kräver jour. När du kontaktar oss bedömer en sjukskötare vårdbehovet och hur brådskande det är. Du får egenvårdsråd, en tid till skötare eller läkare eller hänvisning till en annan tjänst.

Icke-brådskande ärenden kan du också sköta i chatten med sjukskötare med stark autentisering eller med Omaolos symtombedömning. Utanför tjänstetid, ring Jourhjälpen 116117 vid plötsliga besvär.`,
      en: `Health centres treat sudden and long-term illnesses that do not need emergency care. When you contact us, a nurse assesses your need for care and its urgency. You get self-care advice, an appointment with a nurse or doctor, or guidance to another service.

Non-urgent matters can also be handled in the nurse chat after strong identification or with the Omaolo symptom checker. Outside office hours, call 116117 for sudden illness.`,
    },
    userInstruction: {
      fi: 'Soita ajanvaraukseen ja jätä tarvittaessa takaisinsoittopyyntö. Pidä henkilötunnus saatavilla. Hätätilanteessa soita 112.',
      sv: 'Ring tidsbokningen och lämna vid behov en begäran om återuppringning. Ha personbeteckningen till hands. I en nödsituation, ring 112.',
      en: 'Call the appointment line and leave a call-back request if needed. Have your personal identity code ready. In an emergency, call 112.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.primary),
    targetGroups: terms(GROUP.citizens),
    keywords: {
      fi: [
        'terveysasema',
        'terveyskeskus',
        'lääkäri',
        'hoitaja',
        'ajanvaraus',
        'sairaanhoitaja',
        'vastaanotto',
        'flunssa',
        'kuume',
      ],
      sv: ['hälsostation', 'hälsocentral', 'läkare', 'sjukskötare', 'tidsbokning', 'mottagning'],
      en: ['health centre', 'doctor', 'nurse', 'appointment', 'GP'],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Terveysasemien ajanvaraus',
          sv: 'Hälsostationernas tidsbokning',
          en: 'Health centre appointments',
        },
        '06 000 0110',
        HOURS.wd8to16,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Terveysasemat', sv: 'Hälsostationer', en: 'Health centres' },
        url: 'https://example.fi/pohjanmaa/terveysasemat',
      },
    ],
    serviceLocations: [
      {
        name: {
          fi: 'Vaasan terveysasema, Keskusta',
          sv: 'Vasa hälsostation, Centrum',
          en: 'Vaasa Health Centre, City Centre',
        },
        street: { fi: 'Kirkkopuistikko 30', sv: 'Kyrkoesplanaden 30' },
        postalCode: '65100',
        postOffice: { fi: 'Vaasa', sv: 'Vasa' },
        municipalityCode: '905',
        latitude: 63.0958,
        longitude: 21.6163,
        openingHours: HOURS.wd8to16,
      },
      {
        name: {
          fi: 'Mustasaaren terveysasema, Sepänkylä',
          sv: 'Korsholms hälsostation, Smedsby',
          en: 'Mustasaari Health Centre, Sepänkylä',
        },
        street: { fi: 'Koulutie 4', sv: 'Skolvägen 4' },
        postalCode: '65610',
        postOffice: { fi: 'Mustasaari', sv: 'Korsholm' },
        municipalityCode: '499',
        latitude: 63.1031,
        longitude: 21.6742,
        openingHours: HOURS.wd8to16,
      },
      {
        name: {
          fi: 'Pietarsaaren terveysasema',
          sv: 'Jakobstads hälsostation',
          en: 'Pietarsaari Health Centre',
        },
        street: { fi: 'Runeberginkatu 10', sv: 'Runebergsgatan 10' },
        postalCode: '68600',
        postOffice: { fi: 'Pietarsaari', sv: 'Jakobstad' },
        municipalityCode: '598',
        latitude: 63.6743,
        longitude: 22.7031,
        openingHours: HOURS.wd8to16,
      },
      {
        name: { fi: 'Närpiön terveysasema', sv: 'Närpes hälsostation', en: 'Närpiö Health Centre' },
        street: { fi: 'Närpiöntie 24', sv: 'Närpesvägen 24' },
        postalCode: '64200',
        postOffice: { fi: 'Närpiö', sv: 'Närpes' },
        municipalityCode: '545',
        latitude: 62.4741,
        longitude: 21.3372,
        openingHours: HOURS.wd8to15,
      },
      {
        name: {
          fi: 'Kristiinankaupungin terveysasema',
          sv: 'Kristinestads hälsostation',
          en: 'Kristiinankaupunki Health Centre',
        },
        street: { fi: 'Itäinen Pitkäkatu 40', sv: 'Östra Långgatan 40' },
        postalCode: '64100',
        postOffice: { fi: 'Kristiinankaupunki', sv: 'Kristinestad' },
        municipalityCode: '287',
        latitude: 62.2744,
        longitude: 21.3781,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [
      OMAOLO,
      {
        name: { fi: 'Hoitajan chat', sv: 'Chatt med sjukskötare', en: 'Nurse chat' },
        url: 'https://example.fi/pohjanmaa/chat/hoitaja',
      },
    ],
    agentInstructions: {
      fi: `**Hoidon tarpeen arvioinnin tekee hoitaja.** Asiakaspalvelusihteeri kirjaa pääoireen ja siirtää hoitajalle tai varaa takaisinsoiton (ks. *Hoidon tarpeen arvioinnin periaatteet*).

Kysy aina ensin:
1. Onko hätätilanne? → 112
2. Pääoire, milloin alkanut, paheneeko?
3. Ikä, perussairaudet, raskaus.

- Käytä oirearvioprotokollia: kurkkukipu, lapsen kuume, virtsatieoireet, alaselkäkipu.
- Lähetä chatissa sopiva omahoito-ohje, kun hoitaja on arvioinut omahoidon riittäväksi.
- Kiireetön aika järjestetään hoitotakuun mukaisessa ajassa. **Älä lupaa tiettyä päivää tai tiettyä lääkäriä** ennen kuin aika on varattu.
- Ruotsinkielinen asiakas: varaa aika ruotsinkieliselle ammattilaiselle, jos asiakas toivoo.
- Virka-ajan jälkeen äkilliset asiat: 116117.`,
      sv: `**Vårdbehovet bedöms av en sjukskötare.** Kundservicesekreteraren antecknar huvudsymtomet och kopplar till skötaren eller bokar återuppringning.

- Fråga först: nödsituation? → 112. Huvudsymtom, när det började, ålder, grundsjukdomar, graviditet.
- Icke-brådskande vård ordnas inom vårdgarantins tidsgränser. **Lova inte en viss dag eller en viss läkare** innan tiden är bokad.
- Utanför tjänstetid vid plötsliga besvär: 116117.`,
    },
    internalPhones: [
      {
        label: { fi: 'Vastaava sairaanhoitaja, Vaasa', sv: 'Ansvarig sjukskötare, Vasa' },
        number: '06 000 0911',
      },
      {
        label: { fi: 'Konsultoiva lääkäri (arkisin 8–16)', sv: 'Konsulterande läkare (vardagar 8–16)' },
        number: '06 000 0912',
      },
      {
        label: { fi: 'Pietarsaaren terveysaseman hoitajat', sv: 'Skötarna vid Jakobstads hälsostation' },
        number: '06 000 0913',
      },
    ],
    extraKeywords: {
      fi: ['terkkari', 'tk', 'lekuri', 'lääkäriaika', 'hoitsu', 'sairasloma', 'todistus'],
      sv: ['hälsocentralen', 'doktorn', 'läkartid'],
    },
    instructionSlugs: [
      'hoidon-tarpeen-arviointi',
      'takaisinsoitto',
      'tunnistaminen-ja-tietosuoja',
      'laakekysymysten-ohjaus',
    ],
    guideSlugs: [
      'kurkkukipu',
      'flunssa',
      'kuume-aikuinen',
      'yska',
      'virtsatieinfektio',
      'ripuli-oksentelu',
      'ihottuma',
      'silman-punoitus',
      'paansarky',
      'hyonteisen-pisto',
      'palovamma',
    ],
    protocolCodes: ['sore-throat-adult', 'fever-child', 'urinary-symptoms-adult', 'back-pain-adult'],
    queueCode: 'pohjanmaa-nurse-chat',
  },
  {
    ...base,
    slug: 'pohjanmaa-terveysasema-vaasa',
    name: { fi: 'Vaasan terveysasema', sv: 'Vasa hälsostation', en: 'Vaasa Health Centre' },
    summary: {
      fi: 'Lääkärin ja hoitajan vastaanotot, kiirevastaanotto sekä pitkäaikaissairauksien hoito Vaasan keskustassa. Palvelua suomeksi ja ruotsiksi.',
      sv: 'Läkar- och skötarmottagningar, akutmottagning samt vård av långvariga sjukdomar i Vasa centrum. Service på finska och svenska.',
      en: 'Doctor and nurse appointments, same-day clinic and care of long-term conditions in central Vaasa. Service in Finnish and Swedish.',
    },
    description: {
      fi: `Vaasan terveysasemalla hoidetaan äkillisiä sairauksia, jotka eivät vaadi päivystystä, sekä pitkäaikaissairauksia, kuten diabetesta, verenpainetautia ja astmaa. Terveysasemalla on kiirevastaanotto saman päivän hoitoa tarvitseville sekä hoitajien toimenpidevastaanotto, esimerkiksi haavojen hoitoon ja ompeleiden poistoon.

Ajat varataan terveysasemien keskitetyn ajanvarauksen tai hoitajan chatin kautta: hoitaja arvioi ensin hoidon tarpeen. Kiirevastaanotolle ei voi tulla ilman ajanvarausta.

Palvelua saa suomeksi ja ruotsiksi. Virka-ajan ulkopuolella äkillisissä asioissa soita Päivystysapuun 116117, hätätilanteessa 112.`,
      sv: `Vasa hälsostation vårdar plötsliga sjukdomar som inte kräver jour samt långvariga sjukdomar, såsom diabetes, blodtryckssjukdom och astma. Hälsostationen har en akutmottagning för dem som behöver vård samma dag och en åtgärdsmottagning hos skötare, till exempel för sårvård och borttagning av stygn.

Tider bokas via hälsostationernas centraliserade tidsbokning eller chatten med sjukskötare: skötaren bedömer först vårdbehovet. Man kan inte komma till akutmottagningen utan tidsbokning.

Service på finska och svenska. Utanför tjänstetid vid plötsliga besvär, ring Jourhjälpen 116117, i en nödsituation 112.`,
      en: `Vaasa Health Centre treats sudden illnesses that do not need emergency care and long-term conditions such as diabetes, hypertension and asthma. It has a same-day clinic and a nurse procedure clinic, for example for wound care and removal of stitches.

Appointments are booked through the central health centre appointment line or the nurse chat: a nurse first assesses your need for care. The same-day clinic does not accept walk-in patients.

Service in Finnish and Swedish. Outside office hours, call 116117 for sudden illness and 112 in an emergency.`,
    },
    userInstruction: {
      fi: 'Soita terveysasemien ajanvaraukseen tai aloita hoitajan chat. Ota mukaan henkilöllisyystodistus ja lista käyttämistäsi lääkkeistä.',
      sv: 'Ring hälsostationernas tidsbokning eller starta chatten med sjukskötare. Ta med identitetsbevis och en lista över dina läkemedel.',
      en: 'Call the health centre appointment line or start the nurse chat. Bring an identity document and a list of your medicines.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.primary),
    targetGroups: terms(GROUP.citizens),
    keywords: {
      fi: [
        'terveysasema',
        'Vaasa',
        'kiirevastaanotto',
        'lääkärin vastaanotto',
        'hoitajan vastaanotto',
        'diabetes',
        'verenpaine',
        'haavanhoito',
        'ompeleiden poisto',
      ],
      sv: [
        'hälsostation',
        'Vasa',
        'akutmottagning',
        'läkarmottagning',
        'diabetes',
        'blodtryck',
        'sårvård',
        'stygn',
      ],
      en: [
        'health centre',
        'Vaasa',
        'same-day clinic',
        'doctor',
        'nurse',
        'diabetes',
        'blood pressure',
        'wound care',
      ],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: ['905'],
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Terveysasemien ajanvaraus',
          sv: 'Hälsostationernas tidsbokning',
          en: 'Health centre appointments',
        },
        '06 000 0110',
        HOURS.wd8to16,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Vaasan terveysasema', sv: 'Vasa hälsostation', en: 'Vaasa Health Centre' },
        url: 'https://example.fi/pohjanmaa/terveysasemat/vaasa',
      },
    ],
    serviceLocations: [
      {
        name: {
          fi: 'Vaasan terveysasema, Keskusta',
          sv: 'Vasa hälsostation, Centrum',
          en: 'Vaasa Health Centre, City Centre',
        },
        street: { fi: 'Kirkkopuistikko 30', sv: 'Kyrkoesplanaden 30' },
        postalCode: '65100',
        postOffice: { fi: 'Vaasa', sv: 'Vasa' },
        municipalityCode: '905',
        latitude: 63.0958,
        longitude: 21.6163,
        openingHours: HOURS.wd8to16,
      },
    ],
    eServices: [
      OMAOLO,
      {
        name: { fi: 'Hoitajan chat', sv: 'Chatt med sjukskötare', en: 'Nurse chat' },
        url: 'https://example.fi/pohjanmaa/chat/hoitaja',
      },
    ],
    agentInstructions: {
      fi: `- **Kiirevastaanotolle varataan aika vain hoitajan arvion jälkeen** (ks. *Hoidon tarpeen arvioinnin periaatteet*). Älä ohjaa asiakasta tulemaan paikalle ilman aikaa.
- Kiirevastaanoton ajat loppuvat usein aamupäivällä. Jos saman päivän aikoja ei ole ja hoitaja arvioi hoidon tarpeen kiireelliseksi, konsultoi vastaavaa sairaanhoitajaa; iltapäivällä ja virka-ajan jälkeen päivystykselliset asiat ohjataan 116117:ään.
- Pitkäaikaissairauksien vuosikontrollit varataan omahoitajalle; laboratorio ensin, jos lähete on voimassa.
- Ompeleiden poisto ja haavakontrollit: hoitajan toimenpidevastaanotto, aika ajanvarauksesta.
- Ruotsinkielinen asiakas: Vaasan terveysasemalla on ruotsinkielisiä lääkäreitä ja hoitajia – kirjaa asiointikieli varaukseen.`,
      sv: `- **Tid till akutmottagningen bokas endast efter skötarens bedömning.** Hänvisa inte kunden att komma utan tid.
- Om det inte finns tider samma dag och skötaren bedömer vårdbehovet som brådskande, konsultera ansvariga sjukskötaren; efter tjänstetid hänvisas jourärenden till 116117.
- Svenskspråkig kund: dokumentera servicespråket i bokningen.`,
    },
    internalPhones: [
      {
        label: { fi: 'Vastaava sairaanhoitaja, Vaasa', sv: 'Ansvarig sjukskötare, Vasa' },
        number: '06 000 0911',
      },
      {
        label: { fi: 'Kiirevastaanoton hoitaja', sv: 'Skötare vid akutmottagningen' },
        number: '06 000 0914',
      },
    ],
    extraKeywords: {
      fi: [
        'terkkari',
        'Vaasan terkkari',
        'kiirevastaanotto',
        'tikit pois',
        'ompeleet',
        'verenpainekontrolli',
      ],
      sv: ['hälsocentralen', 'stygnen', 'läkartid'],
    },
    instructionSlugs: [
      'hoidon-tarpeen-arviointi',
      'takaisinsoitto',
      'ruotsinkielinen-palvelu',
      'laakekysymysten-ohjaus',
    ],
    guideSlugs: [
      'kurkkukipu',
      'flunssa',
      'kuume-aikuinen',
      'virtsatieinfektio',
      'alaselkakipu',
      'nilkan-nyrjahdys',
    ],
    protocolCodes: ['sore-throat-adult', 'fever-child', 'urinary-symptoms-adult', 'back-pain-adult'],
    queueCode: 'pohjanmaa-nurse-chat',
  },
  {
    ...base,
    slug: 'pohjanmaa-mielenterveys-ja-paihdepalvelut',
    name: {
      fi: 'Mielenterveys- ja päihdepalvelut',
      sv: 'Mentalvårds- och missbrukartjänster',
      en: 'Mental health and substance use services',
    },
    summary: {
      fi: 'Apua masennukseen, ahdistukseen, kriiseihin sekä alkoholin, huumeiden, lääkkeiden ja rahapelaamisen aiheuttamiin ongelmiin. Lähetettä ei tarvita.',
      sv: 'Hjälp vid depression, ångest, kriser och problem med alkohol, droger, läkemedel och spel om pengar. Ingen remiss behövs.',
      en: 'Help with depression, anxiety, crises and problems with alcohol, drugs, medicines and gambling. No referral needed.',
    },
    description: {
      fi: `Mielenterveys- ja päihdepalveluihin voi hakeutua itse, omaisena tai ammattilaisen ohjaamana. Ensimmäisessä yhteydenotossa ammattilainen kartoittaa tilanteen ja sopii kanssasi sopivasta avusta: lyhytterapeuttinen tuki, vastaanottokäynnit, ryhmät, korvaushoidon tai katkaisuhoidon tarpeen arvio tai ohjaus psykiatriseen erikoissairaanhoitoon.

Palvelua saa suomeksi ja ruotsiksi. Myös läheiset voivat saada tukea.

Jos olet vaarassa vahingoittaa itseäsi tai muita, soita 112. Virka-ajan ulkopuolella kiireellisissä tilanteissa soita Päivystysapuun 116117.`,
      sv: `Du kan söka dig till tjänsterna för psykisk hälsa och missbruk själv, som anhörig eller på hänvisning av en yrkesperson. Vid den första kontakten kartlägger en yrkesperson situationen och kommer överens med dig om lämplig hjälp: kortterapeutiskt stöd, mottagningsbesök, grupper, bedömning av behov av substitutionsbehandling eller avgiftning eller hänvisning till specialiserad psykiatrisk vård.

Tjänsten ges på finska och svenska. Också närstående kan få stöd.

Om du riskerar att skada dig själv eller andra, ring 112. Utanför tjänstetid vid brådskande situationer, ring Jourhjälpen 116117.`,
      en: `You can contact mental health and substance use services yourself, as a relative or on a professional's advice. At the first contact a professional maps your situation and agrees with you on suitable help: short-term therapeutic support, appointments, groups, assessment for opioid substitution treatment or detoxification, or referral to specialist psychiatric care.

Service in Finnish and Swedish. Relatives can also get support.

If you are at risk of harming yourself or others, call 112. Outside office hours in urgent situations, call 116117.`,
    },
    userInstruction: {
      fi: 'Soita ajanvaraukseen tai aloita mielenterveys- ja päihdechat vahvasti tunnistautuneena. Hätätilanteessa soita 112.',
      sv: 'Ring tidsbokningen eller starta chatten om psykisk hälsa och rusmedel med stark autentisering. I en nödsituation, ring 112.',
      en: 'Call the appointment line or start the mental health and substance use chat after strong identification. In an emergency, call 112.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.mentalSubstance),
    targetGroups: terms(GROUP.adults, GROUP.youth, GROUP.relatives),
    keywords: {
      fi: [
        'mielenterveys',
        'päihde',
        'masennus',
        'ahdistus',
        'alkoholi',
        'huumeet',
        'peliriippuvuus',
        'kriisi',
        'psykiatria',
        'katkaisuhoito',
      ],
      sv: [
        'psykisk hälsa',
        'missbruk',
        'depression',
        'ångest',
        'alkohol',
        'droger',
        'spelberoende',
        'kris',
        'psykiatri',
        'avgiftning',
      ],
      en: [
        'mental health',
        'substance use',
        'depression',
        'anxiety',
        'alcohol',
        'drugs',
        'gambling',
        'crisis',
      ],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Mielenterveys- ja päihdepalvelujen ajanvaraus ja neuvonta',
          sv: 'Tidsbokning och rådgivning, psykisk hälsa och missbruk',
          en: 'Mental health and substance use services, appointments and advice',
        },
        '06 000 0120',
        HOURS.wd8to15,
      ),
    ],
    webPages: [
      {
        name: {
          fi: 'Mielenterveys- ja päihdepalvelut',
          sv: 'Mentalvårds- och missbrukartjänster',
          en: 'Mental health and substance use services',
        },
        url: 'https://example.fi/pohjanmaa/mielenterveys-ja-paihdepalvelut',
      },
    ],
    serviceLocations: [
      {
        name: {
          fi: 'Mielenterveys- ja päihdeklinikka, Vaasa',
          sv: 'Klinik för psykisk hälsa och missbruk, Vasa',
          en: 'Mental health and substance use clinic, Vaasa',
        },
        street: { fi: 'Hovioikeudenpuistikko 15', sv: 'Hovrättsesplanaden 15' },
        postalCode: '65100',
        postOffice: { fi: 'Vaasa', sv: 'Vasa' },
        municipalityCode: '905',
        latitude: 63.0967,
        longitude: 21.6128,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [
      {
        name: {
          fi: 'Mielenterveys- ja päihdechat',
          sv: 'Chatt om psykisk hälsa och rusmedel',
          en: 'Mental health and substance use chat',
        },
        url: 'https://example.fi/pohjanmaa/chat/mielenterveys',
      },
    ],
    agentInstructions: {
      fi: `1. **Kysy itsetuhoisuudesta suoraan**, jos asiakas kertoo masennuksesta, toivottomuudesta tai kriisistä (ks. *Itsetuhoisuus puhelussa*). Akuutti vaara → 112.
2. Päihtynyt tai vieroitusoireinen soittaja: tarkista hätämerkit (tajunta, hengitys, kouristukset) ja katso *Päihdeasiakkaan ohjaus*.
3. Kiireetön: varaa ensikäynti tai siirrä mielenterveys- ja päihdechatin jonoon. Lähetettä ei tarvita.
4. **Älä lupaa** katkaisuhoitopaikkaa, terapiaa tai tiettyä työntekijää.
5. Perheessä alaikäisiä ja huoli heidän hyvinvoinnistaan → harkitse lastensuojeluilmoitusta.

Nuoret (alle 18 v.) ohjataan ensisijaisesti koulu- tai opiskeluterveydenhuoltoon tai nuorten mielenterveyspalveluihin.`,
      sv: `1. **Fråga direkt om suicidtankar** om kunden berättar om depression, hopplöshet eller kris. Akut fara → 112.
2. Berusad person eller abstinensbesvär: kontrollera nödtecken (medvetande, andning, kramper).
3. Icke-brådskande: boka första besök eller koppla till chattkön. Ingen remiss behövs.
4. **Lova inte** avgiftningsplats, terapi eller en viss arbetstagare.`,
    },
    internalPhones: [
      {
        label: { fi: 'Päivystävä psykiatrinen sairaanhoitaja', sv: 'Jourhavande psykiatrisk sjukskötare' },
        number: '06 000 0921',
        note: {
          fi: 'Arkisin klo 8–15, kiireelliset konsultaatiot.',
          sv: 'Vardagar kl. 8–15, brådskande konsultationer.',
        },
      },
      {
        label: { fi: 'Päihdepoliklinikan sairaanhoitaja', sv: 'Sjukskötare vid missbrukspolikliniken' },
        number: '06 000 0922',
      },
    ],
    extraKeywords: {
      fi: [
        'psyka',
        'mielenterveystoimisto',
        'a-klinikka',
        'katko',
        'viina',
        'kännit',
        'pillerit',
        'ahistus',
        'burnout',
        'uupumus',
        'itsemurha',
      ],
      sv: ['psyk', 'a-kliniken', 'avgiftning', 'utbrändhet'],
    },
    instructionSlugs: [
      'itsetuhoisuus-puhelussa',
      'paihdeasiakkaan-ohjaus',
      'lastensuojeluilmoitus',
      'sosiaalipaivystys-yhteys',
    ],
    guideSlugs: ['ahdistus', 'unettomuus', 'paihteet-huoli'],
    protocolCodes: [],
    queueCode: 'pohjanmaa-mental-health-chat',
  },
  {
    ...base,
    slug: 'pohjanmaa-aitiys-ja-lastenneuvola',
    name: {
      fi: 'Äitiys- ja lastenneuvola',
      sv: 'Mödra- och barnrådgivning',
      en: 'Maternity and child health clinics',
    },
    summary: {
      fi: 'Neuvola seuraa raskautta sekä lapsen kasvua ja kehitystä ja tukee koko perhettä. Neuvolakäynnit ovat maksuttomia.',
      sv: 'Rådgivningen följer graviditeten och barnets tillväxt och utveckling och stöder hela familjen. Besöken är avgiftsfria.',
      en: 'The clinics monitor pregnancy and children’s growth and development and support the whole family. Visits are free of charge.',
    },
    description: {
      fi: `Äitiysneuvola seuraa raskauden kulkua ja sikiön vointia sekä valmentaa synnytykseen ja vauvaperheen arkeen. Ota yhteyttä äitiysneuvolaan, kun raskaustesti on positiivinen.

Lastenneuvola seuraa alle kouluikäisen lapsen kasvua, kehitystä ja hyvinvointia, antaa kansallisen rokotusohjelman rokotukset ja tukee vanhemmuutta. Lastenneuvolan terveydenhoitaja neuvoo myös lapsen sairastuessa ja ohjaa tarvittaessa lääkärille.

Neuvolat toimivat kaikissa alueen kunnissa suomeksi ja ruotsiksi.`,
      sv: `Mödrarådgivningen följer graviditetens förlopp och fostrets välmående och förbereder för förlossningen och vardagen med en baby. Kontakta mödrarådgivningen när graviditetstestet är positivt.

Barnrådgivningen följer barnets tillväxt, utveckling och välmående fram till skolåldern, ger vaccinationerna i det nationella vaccinationsprogrammet och stöder föräldraskapet. Hälsovårdaren ger också råd när barnet blir sjukt och hänvisar vid behov till läkare.

Rådgivningarna finns i alla kommuner i området och betjänar på finska och svenska.`,
      en: `The maternity clinic monitors the pregnancy and the baby’s wellbeing and prepares you for childbirth and life with a baby. Contact the maternity clinic when your pregnancy test is positive.

The child health clinic follows the growth, development and wellbeing of children under school age, gives the vaccinations of the national vaccination programme and supports parenting.

The clinics operate in every municipality of the region in Finnish and Swedish.`,
    },
    userInstruction: {
      fi: 'Soita neuvolan keskitettyyn ajanvaraukseen tai oman neuvolan terveydenhoitajan puhelinaikaan. Lapsen äkillisessä sairastumisessa virka-ajan ulkopuolella soita 116117.',
      sv: 'Ring rådgivningens centraliserade tidsbokning eller din hälsovårdares telefontid. Om barnet plötsligt insjuknar utanför tjänstetid, ring 116117.',
      en: 'Call the clinics’ central appointment line or your public health nurse’s phone hour. If a child falls suddenly ill outside office hours, call 116117.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.clinics, CLASS.primary),
    targetGroups: terms(GROUP.families, GROUP.pregnant),
    keywords: {
      fi: [
        'neuvola',
        'äitiysneuvola',
        'lastenneuvola',
        'raskaus',
        'terveydenhoitaja',
        'vauva',
        'rokotus',
        'imetys',
      ],
      sv: [
        'rådgivning',
        'mödrarådgivning',
        'barnrådgivning',
        'graviditet',
        'hälsovårdare',
        'baby',
        'vaccination',
        'amning',
      ],
      en: [
        'maternity clinic',
        'child health clinic',
        'pregnancy',
        'public health nurse',
        'baby',
        'vaccination',
      ],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone(
        { fi: 'Neuvoloiden ajanvaraus', sv: 'Rådgivningarnas tidsbokning', en: 'Clinic appointments' },
        '06 000 0130',
        HOURS.wd8to15,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Neuvolat', sv: 'Rådgivningar', en: 'Maternity and child health clinics' },
        url: 'https://example.fi/pohjanmaa/neuvolat',
      },
    ],
    serviceLocations: [
      {
        name: { fi: 'Perhekeskus, Vaasa', sv: 'Familjecentret, Vasa', en: 'Family Centre, Vaasa' },
        street: { fi: 'Kauppapuistikko 12', sv: 'Handelsesplanaden 12' },
        postalCode: '65100',
        postOffice: { fi: 'Vaasa', sv: 'Vasa' },
        municipalityCode: '905',
        latitude: 63.0961,
        longitude: 21.6142,
        openingHours: HOURS.wd8to15,
      },
      {
        name: { fi: 'Neuvola, Pietarsaari', sv: 'Rådgivningen, Jakobstad', en: 'Clinic, Pietarsaari' },
        street: { fi: 'Runeberginkatu 10', sv: 'Runebergsgatan 10' },
        postalCode: '68600',
        postOffice: { fi: 'Pietarsaari', sv: 'Jakobstad' },
        municipalityCode: '598',
        latitude: 63.6743,
        longitude: 22.7031,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [
      {
        name: { fi: 'Neuvolan chat', sv: 'Rådgivningens chatt', en: 'Clinic chat' },
        url: 'https://example.fi/pohjanmaa/chat/neuvola',
      },
    ],
    agentInstructions: {
      fi: `- Raskauden alku: varaa ensikäynti, ks. *Äitiysneuvolan ensikäynnin varaaminen*.
- Raskaana oleva, jolla kova vatsakipu, runsas vuoto tai lapsen liikkeet vähentyneet selvästi → **hoitajan arvio heti**; virka-ajan ulkopuolella 116117, hätätilanteessa 112. Raskauden loppuvaiheen oireissa synnytyssairaala neuvoo.
- Sairas lapsi: hoitajan arvio (protokolla lapsen kuume). Alle 3 kuukauden ikäisen vauvan kuume → aina saman päivän lääkärinarvio tai päivystys.
- Perheen jaksaminen, väkivalta tai päihteet: kirjaa ja välitä terveydenhoitajalle; harkitse lastensuojeluilmoitusta.
- **Älä lupaa** tiettyä terveydenhoitajaa tai neuvolaa ilman tarkistusta.`,
      sv: `- Början av graviditet: boka första besöket.
- Gravid med kraftig buksmärta, riklig blödning eller klart minskade fosterrörelser → **genast skötarens bedömning**; utanför tjänstetid 116117, i nödsituation 112.
- Feber hos spädbarn under 3 månader → alltid läkarbedömning samma dag eller jouren.`,
    },
    internalPhones: [
      {
        label: { fi: 'Neuvolan vastaava terveydenhoitaja', sv: 'Rådgivningens ansvariga hälsovårdare' },
        number: '06 000 0931',
      },
      {
        label: {
          fi: 'Synnytysosasto, Vaasan keskussairaala',
          sv: 'Förlossningsavdelningen, Vasa centralsjukhus',
        },
        number: '06 000 0932',
        note: { fi: 'Raskauden loppuvaiheen kiireelliset kysymykset.' },
      },
    ],
    extraKeywords: {
      fi: ['neukkari', 'terkka', 'ensikäynti', 'plussa', 'raskaustesti', 'vauvakuume', 'rokotukset lapsi'],
      sv: ['rådis', 'graviditetstest'],
    },
    instructionSlugs: ['aitiysneuvola-ensikaynti', 'lastensuojeluilmoitus', 'hoidon-tarpeen-arviointi'],
    guideSlugs: ['raskauden-alku', 'kuume-lapsi', 'korvakipu-lapsi'],
    protocolCodes: ['fever-child'],
    queueCode: 'pohjanmaa-maternity-child-chat',
  },
  {
    ...base,
    slug: 'pohjanmaa-suun-terveydenhuolto',
    name: {
      fi: 'Suun terveydenhuolto, ajanvaraus',
      sv: 'Munhälsovård, tidsbokning',
      en: 'Oral health care, appointments',
    },
    summary: {
      fi: 'Hammaslääkärin, suuhygienistin ja hammashoitajan palvelut kaikenikäisille. Kiireellinen hammashoito arkisin ajanvarauksen kautta.',
      sv: 'Tjänster av tandläkare, munhygienist och tandskötare för alla åldrar. Brådskande tandvård vardagar via tidsbokningen.',
      en: 'Dentist, dental hygienist and dental nurse services for all ages. Urgent dental care on weekdays through the appointment line.',
    },
    description: {
      fi: `Suun terveydenhuolto hoitaa hampaiden ja suun sairauksia ja ehkäisee niitä. Alle 18-vuotiaiden hoito on maksutonta; aikuisilta peritään asiakasmaksut.

Kiireellisissä vaivoissa, kuten kovassa hammassäryssä, turvotuksessa tai hammastapaturmassa, soita ajanvaraukseen heti aamulla. Iltaisin, viikonloppuisin ja arkipyhinä kiireellisessä hammasvaivassa soita Päivystysapuun 116117.

Jos turvotus leviää nopeasti kasvoissa tai kaulalla tai nieleminen tai hengittäminen vaikeutuu, hakeudu heti päivystykseen tai soita 112.`,
      sv: `Munhälsovården vårdar och förebygger sjukdomar i tänder och mun. Vården är avgiftsfri för personer under 18 år; för vuxna tas klientavgifter ut.

Vid brådskande besvär, såsom svår tandvärk, svullnad eller tandolycksfall, ring tidsbokningen genast på morgonen. Kvällar, veckoslut och helgdagar, ring Jourhjälpen 116117 vid brådskande tandbesvär.

Om svullnaden snabbt sprider sig i ansiktet eller på halsen eller det blir svårt att svälja eller andas, sök dig genast till jouren eller ring 112.`,
      en: `Oral health care treats and prevents diseases of the teeth and mouth. Care is free for under-18s; adults pay client fees.

For urgent problems such as severe toothache, swelling or dental injury, call the appointment line first thing in the morning. In the evenings, at weekends and on public holidays, call 116117 for urgent dental problems.

If swelling spreads quickly in the face or neck, or swallowing or breathing becomes difficult, go to the emergency department at once or call 112.`,
    },
    userInstruction: {
      fi: 'Soita ajanvaraukseen. Kiireellisissä asioissa soita heti aamusta. Kiireettömän tarkastuksen voit varata myös sähköisesti.',
      sv: 'Ring tidsbokningen. Ring genast på morgonen i brådskande fall. Icke-brådskande kontroller kan du också boka elektroniskt.',
      en: 'Call the appointment line. For urgent problems, call first thing in the morning. Non-urgent check-ups can also be booked online.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.oral),
    targetGroups: terms(GROUP.citizens, GROUP.families),
    keywords: {
      fi: [
        'hammaslääkäri',
        'hammashoito',
        'hammassärky',
        'suuhygienisti',
        'hammastarkastus',
        'hammastapaturma',
        'oikomishoito',
      ],
      sv: ['tandläkare', 'tandvård', 'tandvärk', 'munhygienist', 'tandkontroll', 'tandolycksfall'],
      en: ['dentist', 'dental care', 'toothache', 'dental hygienist', 'check-up', 'dental injury'],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Suun terveydenhuollon ajanvaraus',
          sv: 'Munhälsovårdens tidsbokning',
          en: 'Oral health appointments',
        },
        '06 000 0140',
        HOURS.wd7to15,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Suun terveydenhuolto', sv: 'Munhälsovård', en: 'Oral health care' },
        url: 'https://example.fi/pohjanmaa/suun-terveydenhuolto',
      },
    ],
    serviceLocations: [
      {
        name: {
          fi: 'Hammashoitola, Vaasa keskusta',
          sv: 'Tandklinik, Vasa centrum',
          en: 'Dental clinic, Vaasa centre',
        },
        street: { fi: 'Kirkkopuistikko 30', sv: 'Kyrkoesplanaden 30' },
        postalCode: '65100',
        postOffice: { fi: 'Vaasa', sv: 'Vasa' },
        municipalityCode: '905',
        latitude: 63.0958,
        longitude: 21.6163,
        openingHours: HOURS.wd7to15,
      },
      {
        name: {
          fi: 'Hammashoitola, Pietarsaari',
          sv: 'Tandklinik, Jakobstad',
          en: 'Dental clinic, Pietarsaari',
        },
        street: { fi: 'Runeberginkatu 10', sv: 'Runebergsgatan 10' },
        postalCode: '68600',
        postOffice: { fi: 'Pietarsaari', sv: 'Jakobstad' },
        municipalityCode: '598',
        latitude: 63.6743,
        longitude: 22.7031,
        openingHours: HOURS.wd7to15,
      },
    ],
    eServices: [
      {
        name: {
          fi: 'Hammastarkastuksen ajanvaraus verkossa',
          sv: 'Boka tandkontroll på nätet',
          en: 'Book a dental check-up online',
        },
        url: 'https://example.fi/pohjanmaa/suun-terveydenhuolto/ajanvaraus',
      },
    ],
    agentInstructions: {
      fi: `Arvioi kiireellisyys protokollalla *dental-pain* ja ohjeella *Hammassäryn kiireellisyys ja viikonlopun hammaspäivystys*.

- **Leviävä turvotus, nielemis- tai hengitysvaikeus, silmää sulkeva turvotus** → päivystys heti / 112.
- Irronnut pysyvä hammas → hoitoon heti; hammas maitoon.
- Kova särky tai turvotus arkena → kiireellinen aika samalle päivälle; iltaisin ja viikonloppuisin 116117.
- Kiireetön tarkastus: varaa aika tai ohjaa sähköiseen ajanvaraukseen. Kerro, että kiireettömän hoidon odotusaika vaihtelee; **älä lupaa tiettyä päivää**.
- Älä lupaa antibioottia tai särkylääkereseptiä.`,
      sv: `- **Spridande svullnad, svårt att svälja eller andas** → jouren genast / 112.
- Utslagen permanent tand → till vård genast; tanden i mjölk.
- Svår värk eller svullnad på vardagar → brådskande tid samma dag; kvällar och veckoslut 116117.
- **Lova inte** en viss dag, antibiotika eller recept.`,
    },
    internalPhones: [
      {
        label: { fi: 'Päivystävä hammaslääkäri (arkisin)', sv: 'Jourhavande tandläkare (vardagar)' },
        number: '06 000 0941',
      },
    ],
    extraKeywords: {
      fi: [
        'hammaslekuri',
        'hammastohtori',
        'hammas',
        'paikka lähti',
        'viisaudenhammas',
        'poski turvoksissa',
        'hammaskiille',
      ],
      sv: ['tandläkaren', 'visdomstand', 'lagning'],
    },
    instructionSlugs: ['hammaspaivystys-viikonloppu', 'hoidon-tarpeen-arviointi'],
    guideSlugs: ['hammassarky'],
    protocolCodes: ['dental-pain'],
    queueCode: 'pohjanmaa-oral-health-chat',
  },
  {
    ...base,
    slug: 'pohjanmaa-erikoissairaanhoito-ajanvaraus',
    name: {
      fi: 'Erikoissairaanhoidon ajanvaraus, Vaasan keskussairaala',
      sv: 'Tidsbokning inom specialiserad sjukvård, Vasa centralsjukhus',
      en: 'Specialist care appointments, Vaasa Central Hospital',
    },
    summary: {
      fi: 'Poliklinikoiden ajanvaraus ja aikojen siirrot potilaille, joilla on lähete erikoissairaanhoitoon.',
      sv: 'Tidsbokning och ändring av tider vid poliklinikerna för patienter med remiss till specialiserad sjukvård.',
      en: 'Outpatient clinic appointments and rescheduling for patients with a referral to specialist care.',
    },
    description: {
      fi: `Erikoissairaanhoitoon tarvitaan lääkärin lähete. Kun lähete on saapunut, erikoisala arvioi hoidon tarpeen ja lähettää kutsun tai ottaa yhteyttä. Hoito järjestetään hoitotakuun mukaisessa ajassa.

Ajanvarauksessa voit siirtää tai perua poliklinikka-ajan ja kysyä lähetteen käsittelyvaiheesta. Peru aika viimeistään edellisenä arkipäivänä, jotta vältät maksun käyttämättä jätetystä ajasta.`,
      sv: `För specialiserad sjukvård behövs remiss av läkare. När remissen har kommit bedömer specialiteten vårdbehovet och skickar en kallelse eller kontaktar dig. Vården ordnas inom vårdgarantins tidsgränser.

Via tidsbokningen kan du ändra eller avboka en tid vid polikliniken och fråga hur långt remissen har behandlats. Avboka senast föregående vardag för att undvika avgift för uteblivet besök.`,
      en: `Specialist care requires a doctor’s referral. Once the referral has arrived, the specialty assesses the need for care and sends an invitation or contacts you. Care is arranged within the time limits of the care guarantee.

You can reschedule or cancel an outpatient appointment and ask about the status of your referral. Cancel no later than the previous working day to avoid a fee for a missed appointment.`,
    },
    userInstruction: {
      fi: 'Soita kutsukirjeessä mainittuun numeroon tai keskitettyyn ajanvaraukseen. Pidä henkilötunnus ja kutsukirje saatavilla.',
      sv: 'Ring numret i kallelsen eller den centraliserade tidsbokningen. Ha personbeteckningen och kallelsen till hands.',
      en: 'Call the number in your invitation letter or the central appointment line. Have your identity code and the letter ready.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.specialist),
    targetGroups: terms(GROUP.citizens),
    keywords: {
      fi: [
        'erikoissairaanhoito',
        'keskussairaala',
        'poliklinikka',
        'lähete',
        'ajan siirto',
        'peruutus',
        'kutsukirje',
      ],
      sv: ['specialiserad sjukvård', 'centralsjukhus', 'poliklinik', 'remiss', 'avbokning', 'kallelse'],
      en: ['specialist care', 'central hospital', 'outpatient clinic', 'referral', 'reschedule'],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Poliklinikoiden keskitetty ajanvaraus',
          sv: 'Poliklinikernas centraliserade tidsbokning',
          en: 'Outpatient clinics, central appointment line',
        },
        '06 000 0150',
        HOURS.wd8to15,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Vaasan keskussairaala', sv: 'Vasa centralsjukhus', en: 'Vaasa Central Hospital' },
        url: 'https://example.fi/pohjanmaa/keskussairaala',
      },
    ],
    serviceLocations: [
      {
        name: { fi: 'Vaasan keskussairaala', sv: 'Vasa centralsjukhus', en: 'Vaasa Central Hospital' },
        ...VAASA_CENTRAL_HOSPITAL,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [],
    agentInstructions: {
      fi: `- **Tunnista soittaja** ennen kuin kerrot lähetteen tai ajan tietoja (ks. *Soittajan tunnistaminen ja tietosuoja*).
- Voit siirtää tai perua ajan järjestelmän ohjeiden mukaan. Lähetteen kiireellisyyttä tai jonopaikkaa **et voi muuttaa** – ohjaa kysymykset erikoisalan hoitajalle.
- Jos potilaan oireet ovat pahentuneet odotusaikana, ohjaa hoitajan arvioon (terveysasema tai erikoisalan hoitaja); äkillisissä tilanteissa 116117, hätätilanteessa 112.
- Kerro käyttämättä jätetyn ajan maksusta, jos aika perutaan myöhään.
- Ruotsinkielinen potilas: tarkista, että kutsu ja jatkoyhteydenotot tehdään ruotsiksi.`,
      sv: `- **Identifiera den som ringer** innan du berättar om remissen eller tiden.
- Du kan ändra eller avboka tiden. Remissens brådskandegrad eller köplats **kan du inte ändra**.
- Om symtomen har förvärrats under väntetiden, hänvisa till skötarens bedömning; vid plötsliga besvär 116117, i nödsituation 112.`,
    },
    internalPhones: [
      {
        label: { fi: 'Sisätautien poliklinikka, hoitaja', sv: 'Medicinska polikliniken, skötare' },
        number: '06 000 0951',
      },
      {
        label: { fi: 'Kirurgian poliklinikka, hoitaja', sv: 'Kirurgiska polikliniken, skötare' },
        number: '06 000 0952',
      },
    ],
    extraKeywords: {
      fi: ['keskussairaala', 'ksh', 'poli', 'sairaalan aika', 'leikkausjono'],
      sv: ['centralsjukhuset', 'polin'],
    },
    instructionSlugs: ['tunnistaminen-ja-tietosuoja', 'hoidon-tarpeen-arviointi', 'ruotsinkielinen-palvelu'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: null,
  },
  {
    ...base,
    slug: 'pohjanmaa-sosiaalipaivystys',
    name: {
      fi: 'Sosiaali- ja kriisipäivystys',
      sv: 'Social- och krisjour',
      en: 'Social and crisis emergency services',
    },
    summary: {
      fi: 'Kiireellinen sosiaalihuolto ja kriisiapu ympäri vuorokauden. Virka-ajan ulkopuolella yhteys hätänumeron 112 kautta.',
      sv: 'Brådskande socialvård och krishjälp dygnet runt. Utanför tjänstetid via nödnumret 112.',
      en: 'Urgent social welfare and crisis help 24/7. Outside office hours through the emergency number 112.',
    },
    description: {
      fi: `Sosiaalipäivystys auttaa kiireellisissä tilanteissa, joissa ihmisen turvallisuus, huolenpito tai välttämätön toimeentulo on vaarassa: esimerkiksi lapsen jääminen ilman huolenpitoa, lähisuhdeväkivalta, äkillinen asunnottomuus tai vakava kriisi.

Kriisityö tukee äkillisen järkyttävän tapahtuman, kuten läheisen kuoleman, onnettomuuden tai väkivallan, jälkeen.

Arkisin virka-aikana soita sosiaalipäivystyksen numeroon. Iltaisin, öisin, viikonloppuisin ja arkipyhinä sosiaalipäivystykseen saa yhteyden hätänumerosta 112.`,
      sv: `Socialjouren hjälper i brådskande situationer där en människas säkerhet, omsorg eller nödvändiga utkomst är i fara: till exempel när ett barn blir utan omsorg, vid våld i nära relationer, plötslig bostadslöshet eller en allvarlig kris.

Krisarbetet ger stöd efter en plötslig, omskakande händelse, såsom en närståendes död, en olycka eller våld.

Vardagar under tjänstetid, ring socialjourens nummer. Kvällar, nätter, veckoslut och helgdagar når du socialjouren via nödnumret 112.`,
      en: `The social emergency service helps in urgent situations where a person’s safety, care or basic subsistence is at risk: for example, a child left without care, domestic violence, sudden homelessness or a serious crisis.

Crisis work supports people after a sudden shocking event, such as the death of a loved one, an accident or violence.

On weekdays during office hours, call the social emergency number. In the evenings, at night, at weekends and on public holidays, reach the social emergency service through 112.`,
    },
    userInstruction: {
      fi: 'Virka-aikana soita sosiaalipäivystykseen. Muina aikoina ja aina välittömässä vaarassa soita 112.',
      sv: 'Under tjänstetid, ring socialjouren. Andra tider och alltid vid omedelbar fara, ring 112.',
      en: 'During office hours, call the social emergency service. At other times, and always in immediate danger, call 112.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.social, CLASS.emergency),
    targetGroups: terms(GROUP.citizens, GROUP.families),
    keywords: {
      fi: [
        'sosiaalipäivystys',
        'kriisipäivystys',
        'lastensuojelu',
        'lähisuhdeväkivalta',
        'turvakoti',
        'kriisiapu',
        'asunnottomuus',
      ],
      sv: ['socialjour', 'krisjour', 'barnskydd', 'våld i nära relationer', 'skyddshem', 'krishjälp'],
      en: ['social emergency', 'crisis help', 'child welfare', 'domestic violence', 'shelter'],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Sosiaalipäivystys virka-aikana',
          sv: 'Socialjouren under tjänstetid',
          en: 'Social emergency service, office hours',
        },
        '06 000 0160',
        HOURS.wd8to16,
      ),
      { ...EMERGENCY_112_PHONE, serviceHours: HOURS.outsideOffice },
    ],
    webPages: [
      {
        name: { fi: 'Sosiaalipäivystys', sv: 'Socialjour', en: 'Social emergency service' },
        url: 'https://example.fi/pohjanmaa/sosiaalipaivystys',
      },
    ],
    serviceLocations: [],
    eServices: [],
    agentInstructions: {
      fi: `Katso *Yhteys sosiaalipäivystykseen ja kiireellinen sosiaalihuolto*.

- **Välitön vaara** → 112.
- Kiireellinen virka-aikana → siirrä päivystävälle sosiaalityöntekijälle sisäisellä numerolla (ilmoitettu siirto).
- Virka-ajan ulkopuolella → ohjaa soittamaan 112.
- Kiireetön → sosiaaliohjauksen chat tai sosiaalineuvonta.
- Huoli lapsesta → *Lastensuojeluilmoitus*; huoli iäkkäästä → *Ilmoitus iäkkään henkilön palvelutarpeesta*.
- **Älä lupaa** rahaa, asuntoa tai sijoitusta.`,
      sv: `- **Omedelbar fara** → 112.
- Brådskande under tjänstetid → koppla till jourhavande socialarbetare.
- Utanför tjänstetid → hänvisa till 112.
- **Lova inte** pengar, bostad eller placering.`,
    },
    internalPhones: [
      {
        label: { fi: 'Päivystävä sosiaalityöntekijä', sv: 'Jourhavande socialarbetare' },
        number: '06 000 0961',
        note: { fi: 'Vain virka-aikana. Ilmoitettu siirto.', sv: 'Endast under tjänstetid.' },
      },
    ],
    extraKeywords: {
      fi: ['sossu', 'sosiaalitoimisto', 'sosiaalityöntekijä', 'lasu', 'hätämajoitus', 'turvakoti'],
      sv: ['socialen', 'socialbyrån'],
    },
    instructionSlugs: [
      'sosiaalipaivystys-yhteys',
      'lastensuojeluilmoitus',
      'huoli-ilmoitus-iakas',
      'hatatilanne-ohjaus-112',
    ],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: null,
  },
  {
    ...base,
    slug: 'pohjanmaa-sosiaalineuvonta',
    name: {
      fi: 'Sosiaalineuvonta ja aikuissosiaalityö',
      sv: 'Social rådgivning och socialt arbete för vuxna',
    },
    summary: {
      fi: 'Neuvontaa ja ohjausta toimeentuloon, asumiseen, arjen hallintaan ja elämäntilanteen muutoksiin.',
      sv: 'Rådgivning och handledning om utkomst, boende, vardagen och förändringar i livssituationen.',
    },
    description: {
      fi: `Sosiaalineuvonnasta saat tietoa sosiaalipalveluista ja etuuksista sekä ohjausta siihen, mistä apua voi hakea. Aikuissosiaalityö tukee, kun elämäntilanteessa on useita haasteita, esimerkiksi toimeentulo-ongelmia, asunnottomuuden uhka tai päihteisiin liittyviä vaikeuksia.

Perustoimeentulotukea haetaan Kelasta. Täydentävää ja ehkäisevää toimeentulotukea haetaan hyvinvointialueelta.

Neuvontaa voi saada myös nimettömänä sosiaaliohjauksen chatissa.`,
      sv: `Via den sociala rådgivningen får du information om socialtjänster och förmåner och vägledning om var du kan söka hjälp. Det sociala arbetet för vuxna stöder när livssituationen innehåller flera utmaningar, till exempel utkomstproblem, hot om bostadslöshet eller svårigheter med rusmedel.

Grundläggande utkomststöd söks hos FPA. Kompletterande och förebyggande utkomststöd söks hos välfärdsområdet.

Du kan få rådgivning även anonymt i chatten för social handledning.`,
    },
    userInstruction: {
      fi: 'Soita sosiaalineuvontaan tai aloita sosiaaliohjauksen chat. Kiireellisissä tilanteissa katso sosiaalipäivystys.',
      sv: 'Ring den sociala rådgivningen eller starta chatten för social handledning. I brådskande situationer, se socialjouren.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.social),
    targetGroups: terms(GROUP.adults),
    keywords: {
      fi: [
        'sosiaalineuvonta',
        'sosiaaliohjaus',
        'toimeentulotuki',
        'aikuissosiaalityö',
        'asuminen',
        'velat',
        'vuokra',
      ],
      sv: ['social rådgivning', 'social handledning', 'utkomststöd', 'boende', 'skulder', 'hyra'],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone(
        { fi: 'Sosiaalineuvonta', sv: 'Social rådgivning', en: 'Social counselling' },
        '06 000 0165',
        HOURS.wd9to15,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Aikuissosiaalityö', sv: 'Socialt arbete för vuxna', en: 'Social work for adults' },
        url: 'https://example.fi/pohjanmaa/aikuissosiaalityo',
      },
    ],
    serviceLocations: [],
    eServices: [
      {
        name: {
          fi: 'Sosiaaliohjauksen chat',
          sv: 'Chatt för social handledning',
          en: 'Social counselling chat',
        },
        url: 'https://example.fi/pohjanmaa/chat/sosiaaliohjaus',
      },
    ],
    agentInstructions: {
      fi: `- Selvitä, onko kyse **kiireellisestä** tilanteesta (ei ruokaa tai yöpaikkaa tänään, väkivalta, lapsi vaarassa) → *Yhteys sosiaalipäivystykseen*.
- Perustoimeentulotuki → Kela. Täydentävä ja ehkäisevä toimeentulotuki → hyvinvointialueen hakemus. **Älä arvioi, saako asiakas tukea**; päätöksen tekee viranhaltija.
- Velkaneuvonta ohjataan oikeusaputoimistojen talous- ja velkaneuvontaan.
- Asiakas voi asioida chatissa nimettömänä, mutta henkilökohtainen asia vaatii tunnistautumisen.`,
      sv: `- Kontrollera om situationen är **brådskande** → socialjouren.
- Grundläggande utkomststöd → FPA. **Bedöm inte om kunden får stöd**; beslutet fattas av tjänsteinnehavaren.`,
    },
    internalPhones: [
      {
        label: { fi: 'Aikuissosiaalityön vastaava sosiaalityöntekijä', sv: 'Ansvarig socialarbetare, vuxna' },
        number: '06 000 0966',
      },
    ],
    extraKeywords: {
      fi: ['sossu', 'toimari', 'toimeentulo', 'kela', 'rahat loppu', 'häätö'],
      sv: ['socialen', 'utkomst'],
    },
    instructionSlugs: ['sosiaalipaivystys-yhteys', 'paihdeasiakkaan-ohjaus', 'tunnistaminen-ja-tietosuoja'],
    guideSlugs: ['paihteet-huoli'],
    protocolCodes: [],
    queueCode: 'pohjanmaa-social-counselling-chat',
  },
  {
    ...base,
    slug: 'pohjanmaa-ikaihmisten-asiakasohjaus-ja-kotihoito',
    name: {
      fi: 'Ikäihmisten asiakasohjaus ja kotihoito',
      sv: 'Klienthandledning för äldre och hemvård',
    },
    summary: {
      fi: 'Neuvontaa ja palvelutarpeen arviointia ikäihmisille ja heidän läheisilleen sekä kotihoidon asiakkaiden yhteydenotot.',
      sv: 'Rådgivning och bedömning av servicebehovet för äldre och deras närstående samt kontakter om hemvårdsklienter.',
    },
    description: {
      fi: `Asiakasohjaus neuvoo ikäihmisiä ja heidän läheisiään kotona asumista tukevissa palveluissa, kuten kotihoidossa, turvapuhelimessa, ateriapalvelussa, omaishoidon tuessa ja asumispalveluissa. Tarvittaessa sovitaan palvelutarpeen arvioinnista.

Kotihoito tukee kotona asumista hoitamalla sairaanhoidollisia tehtäviä ja auttamalla päivittäisissä toimissa. Kotihoidon asiakkaiden ja omaisten kysymykset välitetään asiakkaan omalle kotihoitotiimille.

Jos olet huolissasi iäkkään henkilön pärjäämisestä, voit tehdä ilmoituksen palvelutarpeesta.`,
      sv: `Klienthandledningen ger äldre och deras närstående råd om tjänster som stöder boende hemma, såsom hemvård, trygghetstelefon, måltidsservice, stöd för närståendevård och boendeservice. Vid behov kommer vi överens om en bedömning av servicebehovet.

Hemvården stöder boende hemma genom att sköta sjukvårdsuppgifter och hjälpa med det dagliga. Frågor från hemvårdsklienter och anhöriga förmedlas till klientens eget hemvårdsteam.

Om du är orolig för hur en äldre person klarar sig kan du göra en anmälan om servicebehov.`,
    },
    userInstruction: {
      fi: 'Soita asiakasohjaukseen. Jos läheisesi on jo kotihoidon asiakas, soita hänen kotihoitotiiminsä numeroon. Hätätilanteessa soita 112.',
      sv: 'Ring klienthandledningen. Om din närstående redan är hemvårdsklient, ring hemvårdsteamets nummer. I en nödsituation, ring 112.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.elderly, CLASS.social),
    targetGroups: terms(GROUP.elderly, GROUP.relatives),
    keywords: {
      fi: [
        'kotihoito',
        'asiakasohjaus',
        'ikäihmiset',
        'vanhuspalvelut',
        'turvapuhelin',
        'omaishoito',
        'palvelutarpeen arviointi',
        'ateriapalvelu',
      ],
      sv: [
        'hemvård',
        'klienthandledning',
        'äldre',
        'äldreomsorg',
        'trygghetstelefon',
        'närståendevård',
        'måltidsservice',
      ],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Ikäihmisten asiakasohjaus',
          sv: 'Klienthandledning för äldre',
          en: 'Client guidance for older people',
        },
        '06 000 0170',
        HOURS.wd8to15,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Ikäihmisten palvelut', sv: 'Tjänster för äldre', en: 'Services for older people' },
        url: 'https://example.fi/pohjanmaa/ikaihmiset',
      },
      {
        name: {
          fi: 'Ilmoitus iäkkään henkilön palvelutarpeesta',
          sv: 'Anmälan om äldre persons servicebehov',
        },
        url: 'https://example.fi/pohjanmaa/ikaihmiset/huoli-ilmoitus',
      },
    ],
    serviceLocations: [],
    eServices: [],
    agentInstructions: {
      fi: `Katso *Kiireellinen yhteydenotto kotihoidon asiakkaasta* ja *Ilmoitus iäkkään henkilön palvelutarpeesta*.

- Hätämerkit (kaatunut, ei pääse ylös, tajunta, hengitys) → 112.
- Äkillinen sekavuus tai voinnin lasku → hoitajan arvio samana päivänä; virka-ajan ulkopuolella 116117.
- Kotihoidon asiakas: välitä viesti kotihoitotiimille. **Älä lupaa** lisäkäyntejä, palveluasumista tai tiettyä aloituspäivää.
- Omaiselle ei kerrota asiakkaan tietoja ilman suostumusta.`,
      sv: `- Nödtecken → 112. Plötslig förvirring → skötarens bedömning samma dag; utanför tjänstetid 116117.
- **Lova inte** extra besök, serviceboende eller ett visst startdatum.`,
    },
    internalPhones: [
      { label: { fi: 'Kotihoidon tiimit, Vaasa', sv: 'Hemvårdsteamen, Vasa' }, number: '06 000 0971' },
      {
        label: { fi: 'Kotihoidon tiimit, Pietarsaari', sv: 'Hemvårdsteamen, Jakobstad' },
        number: '06 000 0972',
      },
      {
        label: {
          fi: 'Kotihoidon iltavuoron vastaava (klo 15–21)',
          sv: 'Ansvarig för hemvårdens kvällsskift (kl. 15–21)',
        },
        number: '06 000 0973',
      },
    ],
    extraKeywords: {
      fi: ['kotipalvelu', 'kodinhoitaja', 'vanhainkoti', 'hoivakoti', 'mummo ei pärjää', 'turvaranneke'],
      sv: ['hemtjänst', 'åldringshem'],
    },
    instructionSlugs: ['kotihoito-kiireellinen', 'huoli-ilmoitus-iakas', 'tunnistaminen-ja-tietosuoja'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: 'pohjanmaa-customer-service-video',
  },
  {
    ...base,
    slug: 'pohjanmaa-rokotukset',
    name: { fi: 'Rokotukset', sv: 'Vaccinationer', en: 'Vaccinations' },
    summary: {
      fi: 'Kansallisen rokotusohjelman rokotukset sekä kausi-influenssa- ja koronarokotukset.',
      sv: 'Vaccinationer enligt det nationella vaccinationsprogrammet samt vaccinationer mot säsongsinfluensa och covid-19.',
      en: 'Vaccinations of the national programme and seasonal influenza and COVID-19 vaccinations.',
    },
    description: {
      fi: `Lapset saavat kansallisen rokotusohjelman rokotukset neuvolassa ja kouluterveydenhuollossa. Aikuisten rokotuksia, kuten jäykkäkouristus-kurkkumätätehosteita, annetaan terveysasemilla.

Kausi-influenssarokotus on maksuton THL:n määrittelemille ryhmille, esimerkiksi 65 vuotta täyttäneille, raskaana oleville, pienille lapsille ja riskiryhmiin kuuluville. Rokotuskausien ajanvarauksesta tiedotetaan erikseen.

Matkailijan rokotukset eivät pääsääntöisesti kuulu maksuttomiin rokotuksiin.`,
      sv: `Barn får vaccinationerna i det nationella vaccinationsprogrammet på rådgivningen och inom skolhälsovården. Vaccinationer för vuxna, till exempel påfyllnadsdoser mot stelkramp och difteri, ges på hälsostationerna.

Vaccinet mot säsongsinfluensa är avgiftsfritt för de grupper som THL anger, till exempel personer som fyllt 65 år, gravida, små barn och riskgrupper. Tidsbokningen för vaccinationsperioderna meddelas separat.

Resevaccinationer ingår i regel inte i de avgiftsfria vaccinationerna.`,
      en: `Children receive the national vaccination programme at child health clinics and school health care. Vaccinations for adults, such as tetanus-diphtheria boosters, are given at health centres.

The seasonal influenza vaccine is free for the groups defined by THL, for example people aged 65 or over, pregnant people, young children and risk groups. Booking for vaccination seasons is announced separately.

Travel vaccinations are generally not included in free vaccinations.`,
    },
    userInstruction: {
      fi: 'Varaa rokotusaika sähköisesti tai soita rokotusten ajanvaraukseen.',
      sv: 'Boka vaccinationstid elektroniskt eller ring tidsbokningen för vaccinationer.',
      en: 'Book a vaccination online or call the vaccination appointment line.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.prevention, CLASS.primary),
    targetGroups: terms(GROUP.citizens, GROUP.elderly, GROUP.families),
    keywords: {
      fi: ['rokotus', 'rokote', 'influenssarokote', 'koronarokote', 'jäykkäkouristus', 'rokotusohjelma'],
      sv: ['vaccination', 'vaccin', 'influensavaccin', 'coronavaccin', 'stelkramp'],
      en: ['vaccination', 'vaccine', 'flu shot', 'COVID-19', 'tetanus'],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone(
        { fi: 'Rokotusten ajanvaraus', sv: 'Tidsbokning för vaccinationer', en: 'Vaccination appointments' },
        '06 000 0180',
        HOURS.wd9to15,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Rokotukset', sv: 'Vaccinationer', en: 'Vaccinations' },
        url: 'https://example.fi/pohjanmaa/rokotukset',
      },
    ],
    serviceLocations: [],
    eServices: [
      {
        name: { fi: 'Rokotusajan varaus', sv: 'Boka vaccinationstid', en: 'Book a vaccination' },
        url: 'https://example.fi/pohjanmaa/rokotukset/ajanvaraus',
      },
    ],
    agentInstructions: {
      fi: `- Maksuttomien rokotusten kohderyhmät tarkistetaan ajantasaisesta THL:n ohjeesta; **älä arvioi kohderyhmään kuulumista itse**, jos asiakas kertoo sairauksistaan – siirrä hoitajalle.
- Lasten rokotukset: neuvola tai kouluterveydenhuolto.
- Haavan jälkeen jäykkäkouristusrokotteen tarve: hoitajan arvio (terveysasema).
- Rokotuksen jälkeinen vakava reaktio (hengitysvaikeus, turvotus) → 112.`,
      sv: `- Kontrollera målgrupperna i THL:s aktuella anvisning; **bedöm inte själv** – koppla till skötare.
- Allvarlig reaktion efter vaccination (andnöd, svullnad) → 112.`,
    },
    internalPhones: [
      { label: { fi: 'Rokotusvastaava hoitaja', sv: 'Vaccinationsansvarig skötare' }, number: '06 000 0981' },
    ],
    extraKeywords: {
      fi: ['piikki', 'kausirokote', 'flunssapiikki', 'matkarokote', 'jäykkäkouristuspiikki'],
      sv: ['sprutan', 'influensasprutan'],
    },
    instructionSlugs: ['hoidon-tarpeen-arviointi'],
    guideSlugs: ['flunssa'],
    protocolCodes: [],
    queueCode: 'pohjanmaa-nurse-chat',
  },
  {
    ...base,
    slug: 'pohjanmaa-laboratorio',
    name: { fi: 'Laboratorio ja näytteenotto', sv: 'Laboratorium och provtagning' },
    summary: {
      fi: 'Laboratorionäytteiden otto lääkärin tai hoitajan lähetteellä. Varaa aika verkossa.',
      sv: 'Provtagning med remiss av läkare eller skötare. Boka tid på nätet.',
    },
    description: {
      fi: `Laboratoriossa otetaan verikokeet ja muut näytteet, jotka lääkäri tai hoitaja on määrännyt. Näytteenottoon varataan aika ensisijaisesti verkossa.

Tarkista, edellyttääkö tutkimus paastoa. Tulokset näet OmaKannassa, kun ne on hyväksytty, ja hoitava yksikkö kertoo, jos tulokset vaativat toimenpiteitä.`,
      sv: `På laboratoriet tas blodprov och andra prov som läkaren eller skötaren har ordinerat. Provtagningstid bokas i första hand på nätet.

Kontrollera om undersökningen kräver fasta. Resultaten ser du i MittKanta när de har godkänts, och den vårdande enheten meddelar om resultaten kräver åtgärder.`,
    },
    userInstruction: {
      fi: 'Varaa aika verkossa. Jos et voi käyttää verkkoajanvarausta, soita ajanvaraukseen.',
      sv: 'Boka tid på nätet. Om du inte kan använda nätbokningen, ring tidsbokningen.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.primary, CLASS.specialist),
    targetGroups: terms(GROUP.citizens),
    keywords: {
      fi: ['laboratorio', 'verikoe', 'näytteenotto', 'labra', 'paasto', 'tulokset'],
      sv: ['laboratorium', 'blodprov', 'provtagning', 'fasta', 'provsvar'],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone(
        { fi: 'Laboratorion ajanvaraus', sv: 'Laboratoriets tidsbokning', en: 'Laboratory appointments' },
        '06 000 0185',
        HOURS.wd8to12,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Laboratorio', sv: 'Laboratorium', en: 'Laboratory' },
        url: 'https://example.fi/pohjanmaa/laboratorio',
      },
    ],
    serviceLocations: [
      {
        name: {
          fi: 'Laboratorio, Vaasan keskussairaala',
          sv: 'Laboratoriet, Vasa centralsjukhus',
          en: 'Laboratory, Vaasa Central Hospital',
        },
        ...VAASA_CENTRAL_HOSPITAL,
        openingHours: HOURS.wd7to15,
      },
      {
        name: {
          fi: 'Laboratorio, Pietarsaaren terveysasema',
          sv: 'Laboratoriet, Jakobstads hälsostation',
          en: 'Laboratory, Pietarsaari Health Centre',
        },
        street: { fi: 'Runeberginkatu 10', sv: 'Runebergsgatan 10' },
        postalCode: '68600',
        postOffice: { fi: 'Pietarsaari', sv: 'Jakobstad' },
        municipalityCode: '598',
        latitude: 63.6743,
        longitude: 22.7031,
        openingHours: HOURS.wd7to15,
      },
    ],
    eServices: [
      {
        name: {
          fi: 'Laboratorion ajanvaraus',
          sv: 'Boka laboratorietid',
          en: 'Book a laboratory appointment',
        },
        url: 'https://example.fi/pohjanmaa/laboratorio/ajanvaraus',
      },
    ],
    agentInstructions: {
      fi: `- Laboratorio ei tulkitse tuloksia. Tuloksiin liittyvät kysymykset ohjataan tutkimuksen määränneelle yksikölle.
- Jos asiakkaalla ei ole voimassa olevaa lähetettä laboratorioon, ohjaa hoitajalle – **älä varaa aikaa ilman lähetettä**.
- Paastoa vaativat tutkimukset: paasto yleensä 10–12 tuntia, vettä saa juoda; tarkista tutkimuskohtainen ohje.`,
      sv: `- Laboratoriet tolkar inte resultat. Frågor om resultat hänvisas till den enhet som ordinerade undersökningen.`,
    },
    internalPhones: [
      { label: { fi: 'Laboratorion asiakaspalvelu', sv: 'Laboratoriets kundtjänst' }, number: '06 000 0986' },
    ],
    extraKeywords: {
      fi: ['labra', 'verikokeet', 'pissanäyte', 'virtsanäyte', 'kokeet'],
      sv: ['labbet', 'proverna'],
    },
    instructionSlugs: ['tunnistaminen-ja-tietosuoja'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: null,
  },
  {
    ...base,
    slug: 'pohjanmaa-fysioterapia-suoravastaanotto',
    name: {
      fi: 'Fysioterapeutin suoravastaanotto',
      sv: 'Fysioterapeutens direktmottagning',
    },
    summary: {
      fi: 'Tuki- ja liikuntaelinvaivoissa voit varata ajan suoraan fysioterapeutille ilman lääkärin lähetettä.',
      sv: 'Vid besvär i stöd- och rörelseorganen kan du boka tid direkt till fysioterapeut utan läkarremiss.',
    },
    description: {
      fi: `Fysioterapeutin suoravastaanotolle voi hakeutua esimerkiksi selkä-, niska-, olkapää- tai polvivaivoissa sekä nilkan nyrjähdyksen jälkeen. Fysioterapeutti arvioi tilanteen, ohjaa omahoitoon ja harjoitteisiin ja ohjaa tarvittaessa lääkärille.

Suoravastaanotto ei sovellu äkillisiin vammoihin, joissa epäillään murtumaa, eikä tilanteisiin, joissa on hälyttäviä oireita.`,
      sv: `Till fysioterapeutens direktmottagning kan du söka dig till exempel vid besvär i rygg, nacke, axel eller knä samt efter en stukad fotled. Fysioterapeuten bedömer situationen, handleder i egenvård och övningar och hänvisar vid behov till läkare.

Direktmottagningen lämpar sig inte för akuta skador där man misstänker benbrott eller för situationer med alarmerande symtom.`,
    },
    userInstruction: {
      fi: 'Soita terveysasemien ajanvaraukseen tai fysioterapian numeroon.',
      sv: 'Ring hälsostationernas tidsbokning eller fysioterapins nummer.',
    },
    organizationName: P.org,
    serviceClasses: terms(CLASS.rehabilitation, CLASS.primary),
    targetGroups: terms(GROUP.adults),
    keywords: {
      fi: ['fysioterapia', 'fysioterapeutti', 'selkäkipu', 'niskakipu', 'olkapää', 'polvi', 'nyrjähdys'],
      sv: ['fysioterapi', 'fysioterapeut', 'ryggsmärta', 'nacke', 'axel', 'knä', 'stukning'],
    },
    regionCodes: ['pohjanmaa'],
    municipalityCodes: P.municipalities,
    phoneChannels: [
      chargedPhone(
        { fi: 'Fysioterapian ajanvaraus', sv: 'Fysioterapins tidsbokning', en: 'Physiotherapy appointments' },
        '06 000 0190',
        HOURS.wd8to15,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Fysioterapia', sv: 'Fysioterapi', en: 'Physiotherapy' },
        url: 'https://example.fi/pohjanmaa/fysioterapia',
      },
    ],
    serviceLocations: [],
    eServices: [],
    agentInstructions: {
      fi: `Ennen suoravastaanottoajan varaamista tarkista hälytysmerkit (protokolla *back-pain-adult*):
- selkäkipu ja virtsaamis- tai ulostamisvaikeus, puutuminen haaroissa tai etenevä alaraajaheikkous → **päivystys heti**
- kova tapaturma, epäily murtumasta, kuume selkäkivun kanssa, syöpähistoria → hoitajan arvio.
Muuten suoravastaanotto sopii. Lähetä omahoito-ohje odotusajaksi.`,
      sv: `Kontrollera alarmsymtom innan du bokar: ryggsmärta med svårt att kasta vatten eller tarmtömningsbesvär, domningar i underlivet eller tilltagande svaghet i benen → **jouren genast**.`,
    },
    internalPhones: [
      { label: { fi: 'Fysioterapian vastaava', sv: 'Ansvarig fysioterapeut' }, number: '06 000 0991' },
    ],
    extraKeywords: {
      fi: ['fyssari', 'fysiatri', 'noidannuoli', 'jumi', 'venähdys'],
      sv: ['fysioterapeuten', 'ryggskott'],
    },
    instructionSlugs: ['hoidon-tarpeen-arviointi'],
    guideSlugs: ['alaselkakipu', 'nilkan-nyrjahdys'],
    protocolCodes: ['back-pain-adult'],
    queueCode: 'pohjanmaa-nurse-chat',
  },
];

// ---------------------------------------------------------------------------------------------
// Kymenlaakso (Finnish-speaking county: Swedish and English for the main entries)
// ---------------------------------------------------------------------------------------------

const K = REGION_INFO.kymenlaakso;

const KYMENLAAKSO_CENTRAL_HOSPITAL = {
  street: { fi: 'Kotkantie 41', sv: 'Kotkavägen 41' },
  postalCode: '48210',
  postOffice: { fi: 'Kotka' },
  municipalityCode: '285',
  latitude: 60.4912,
  longitude: 26.9131,
};

const kymenlaakso: ServiceSeed[] = [
  paivystysapu(
    'kymenlaakso',
    {
      name: {
        fi: 'Päivystys, Kymenlaakson keskussairaala',
        sv: 'Jouren, Kymmenedalens centralsjukhus',
        en: 'Emergency department, Kymenlaakso Central Hospital',
      },
      ...KYMENLAAKSO_CENTRAL_HOSPITAL,
      openingHours: HOURS.always,
    },
    [
      {
        label: { fi: 'Päivystyksen vastaava hoitaja' },
        number: '05 000 0301',
        note: { fi: 'Vain ammattilaisten väliseen konsultaatioon.' },
      },
    ],
  ),
  {
    ...base,
    slug: 'kymenlaakso-vaihde',
    name: {
      fi: 'Kymenlaakson hyvinvointialueen vaihde',
      sv: 'Kymmenedalens välfärdsområdes växel',
      en: 'Switchboard of Kymenlaakso Wellbeing Services County',
    },
    summary: {
      fi: 'Vaihde yhdistää sairaaloiden osastoille ja hyvinvointialueen yksiköihin ympäri vuorokauden.',
      sv: 'Växeln kopplar till sjukhusens avdelningar och välfärdsområdets enheter dygnet runt.',
      en: 'The switchboard connects you to hospital wards and the county’s units 24 hours a day.',
    },
    description: {
      fi: `Vaihteen kautta tavoitat Kymenlaakson keskussairaalan ja muiden toimipisteiden osastot, poliklinikat ja yksiköt.

Vaihde ei tee hoidon tarpeen arviointia eikä varaa aikoja. Äkillisissä sairastumisissa soita Päivystysapuun 116117, hätätilanteessa 112.`,
      sv: `Via växeln når du avdelningar, polikliniker och enheter vid Kymmenedalens centralsjukhus och andra verksamhetsställen.

Växeln bedömer inte vårdbehov och bokar inte tider. Vid plötslig sjukdom, ring Jourhjälpen 116117, i en nödsituation 112.`,
      en: `The switchboard connects you to wards, outpatient clinics and units of Kymenlaakso Central Hospital and other sites.

It does not assess care needs or book appointments. For sudden illness call 116117; in an emergency call 112.`,
    },
    userInstruction: {
      fi: 'Kerro, kenet tai minkä yksikön haluat tavoittaa.',
      sv: 'Berätta vem eller vilken enhet du vill nå.',
      en: 'Tell which person or unit you want to reach.',
    },
    organizationName: K.org,
    serviceClasses: terms(CLASS.customerService),
    targetGroups: terms(GROUP.citizens, GROUP.relatives),
    keywords: {
      fi: ['vaihde', 'puhelinvaihde', 'osasto', 'sairaala', 'yhteystiedot'],
      sv: ['växel', 'avdelning', 'sjukhus'],
      en: ['switchboard', 'ward', 'hospital'],
    },
    regionCodes: ['kymenlaakso'],
    municipalityCodes: K.municipalities,
    phoneChannels: [
      chargedPhone({ fi: 'Vaihde', sv: 'Växel', en: 'Switchboard' }, '05 000 0100', HOURS.always),
    ],
    webPages: [
      {
        name: { fi: 'Yhteystiedot', sv: 'Kontaktuppgifter', en: 'Contact information' },
        url: 'https://example.fi/kymenlaakso/yhteystiedot',
      },
    ],
    serviceLocations: [],
    eServices: [],
    agentInstructions: {
      fi: `- Selvitä asia ennen siirtoa ja tarkista kohteen aukiolo (ks. *Vaihteen puheluiden siirrot*).
- **Älä vahvista, onko joku potilaana.**
- Oireista kertova soittaja: hätä → 112, muuten terveysasemien hoitaja tai virka-ajan ulkopuolella 116117.`,
    },
    internalPhones: [{ label: { fi: 'Vaihteen esihenkilö' }, number: '05 000 0302' }],
    extraKeywords: { fi: ['keskus', 'sentraali'] },
    instructionSlugs: ['vaihteen-siirrot', 'tunnistaminen-ja-tietosuoja'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: 'kymenlaakso-customer-service-video',
  },
  {
    ...base,
    slug: 'kymenlaakso-terveysasemat',
    name: {
      fi: 'Terveysasemien ajanvaraus ja hoitajan neuvonta',
      sv: 'Hälsostationernas tidsbokning och sjukskötarens rådgivning',
      en: 'Health centres: appointments and nurse advice',
    },
    summary: {
      fi: 'Hoitaja arvioi hoidon tarpeen puhelimessa tai chatissa ja varaa tarvittaessa ajan vastaanotolle.',
      sv: 'Sjukskötaren bedömer vårdbehovet i telefon eller chatt och bokar vid behov en mottagningstid.',
      en: 'A nurse assesses your need for care by phone or chat and books an appointment if needed.',
    },
    description: {
      fi: `Terveysasemilla hoidetaan äkillisiä ja pitkäaikaisia sairauksia, jotka eivät vaadi päivystyshoitoa. Sairaanhoitaja arvioi hoidon tarpeen ja kiireellisyyden ja ohjaa hoitajan, lääkärin tai muun ammattilaisen vastaanotolle tai antaa kotihoito-ohjeet.

Hoitajan chat palvelee arkisin klo 8–20. Oireita voi arvioida myös Omaolossa. Virka-ajan ulkopuolella äkillisissä asioissa soita Päivystysapuun 116117.`,
      sv: `Hälsostationerna vårdar plötsliga och långvariga sjukdomar som inte kräver jourvård. Sjukskötaren bedömer vårdbehovet och hur brådskande det är och hänvisar till mottagning eller ger egenvårdsråd.

Chatten med sjukskötare betjänar vardagar kl. 8–20, på finska. Symtom kan också bedömas i Omaolo. Utanför tjänstetid, ring Jourhjälpen 116117 vid plötsliga besvär.`,
      en: `Health centres treat sudden and long-term illnesses that do not need emergency care. A nurse assesses the need for care and its urgency and books an appointment or gives self-care advice.

The nurse chat is open on weekdays 8:00–20:00, in Finnish. You can also check your symptoms in Omaolo. Outside office hours, call 116117 for sudden illness.`,
    },
    userInstruction: {
      fi: 'Soita ajanvaraukseen tai aloita hoitajan chat. Hätätilanteessa soita 112.',
      sv: 'Ring tidsbokningen eller starta chatten med sjukskötare. I en nödsituation, ring 112.',
      en: 'Call the appointment line or start the nurse chat. In an emergency, call 112.',
    },
    organizationName: K.org,
    serviceClasses: terms(CLASS.primary),
    targetGroups: terms(GROUP.citizens),
    keywords: {
      fi: [
        'terveysasema',
        'terveyskeskus',
        'lääkäri',
        'hoitaja',
        'ajanvaraus',
        'vastaanotto',
        'flunssa',
        'kuume',
      ],
      sv: ['hälsostation', 'hälsocentral', 'läkare', 'sjukskötare', 'tidsbokning'],
      en: ['health centre', 'doctor', 'nurse', 'appointment'],
    },
    regionCodes: ['kymenlaakso'],
    municipalityCodes: K.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Terveysasemien ajanvaraus',
          sv: 'Hälsostationernas tidsbokning',
          en: 'Health centre appointments',
        },
        '05 000 0110',
        HOURS.wd8to16,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Terveysasemat', sv: 'Hälsostationer', en: 'Health centres' },
        url: 'https://example.fi/kymenlaakso/terveysasemat',
      },
    ],
    serviceLocations: [
      {
        name: { fi: 'Kotkan terveysasema', sv: 'Kotka hälsostation', en: 'Kotka Health Centre' },
        street: { fi: 'Kotkankatu 15' },
        postalCode: '48100',
        postOffice: { fi: 'Kotka' },
        municipalityCode: '285',
        latitude: 60.4669,
        longitude: 26.9436,
        openingHours: HOURS.wd8to16,
      },
      {
        name: { fi: 'Kouvolan terveysasema', sv: 'Kouvola hälsostation', en: 'Kouvola Health Centre' },
        street: { fi: 'Valtakatu 29' },
        postalCode: '45100',
        postOffice: { fi: 'Kouvola' },
        municipalityCode: '286',
        latitude: 60.8683,
        longitude: 26.7018,
        openingHours: HOURS.wd8to16,
      },
      {
        name: { fi: 'Haminan terveysasema', sv: 'Fredrikshamns hälsostation', en: 'Hamina Health Centre' },
        street: { fi: 'Rautatienkatu 12' },
        postalCode: '49400',
        postOffice: { fi: 'Hamina', sv: 'Fredrikshamn' },
        municipalityCode: '075',
        latitude: 60.5693,
        longitude: 27.1934,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [
      OMAOLO,
      {
        name: { fi: 'Hoitajan chat', sv: 'Chatt med sjukskötare', en: 'Nurse chat' },
        url: 'https://example.fi/kymenlaakso/chat/hoitaja',
      },
    ],
    agentInstructions: {
      fi: `**Hoidon tarpeen arvioinnin tekee hoitaja** (ks. *Hoidon tarpeen arvioinnin periaatteet*).

1. Hätätilanne? → 112.
2. Pääoire, alku, kesto, paheneminen; ikä, perussairaudet, raskaus.
3. Käytä oirearvioprotokollaa, kun sellainen on (kurkkukipu, lapsen kuume, virtsatieoireet, alaselkäkipu).

- Kiireetön aika hoitotakuun mukaisessa ajassa – **älä lupaa tiettyä päivää**.
- Chat-asiakkaalle voi lähettää omahoito-ohjeen hoitajan arvion jälkeen.
- Ruotsin- tai englanninkielinen asiakas: palvele, jos osaat, muuten tulkki (ks. *Tulkin tilaaminen*).`,
    },
    internalPhones: [
      { label: { fi: 'Vastaava sairaanhoitaja, Kotka' }, number: '05 000 0311' },
      { label: { fi: 'Vastaava sairaanhoitaja, Kouvola' }, number: '05 000 0312' },
      { label: { fi: 'Konsultoiva lääkäri (arkisin 8–16)' }, number: '05 000 0313' },
    ],
    extraKeywords: { fi: ['terkkari', 'tk', 'lekuri', 'lääkäriaika', 'sairasloma', 'todistus'] },
    instructionSlugs: [
      'hoidon-tarpeen-arviointi',
      'takaisinsoitto',
      'tulkin-tilaaminen',
      'laakekysymysten-ohjaus',
    ],
    guideSlugs: [
      'kurkkukipu',
      'flunssa',
      'kuume-aikuinen',
      'yska',
      'virtsatieinfektio',
      'ripuli-oksentelu',
      'ihottuma',
      'paansarky',
      'palovamma',
    ],
    protocolCodes: ['sore-throat-adult', 'fever-child', 'urinary-symptoms-adult', 'back-pain-adult'],
    queueCode: 'kymenlaakso-nurse-chat',
  },
  {
    ...base,
    slug: 'kymenlaakso-mielenterveys-ja-paihdepalvelut',
    name: {
      fi: 'Mielenterveys- ja päihdepalvelut',
      sv: 'Mentalvårds- och missbrukartjänster',
      en: 'Mental health and substance use services',
    },
    summary: {
      fi: 'Matalan kynnyksen apua mielen hyvinvointiin ja päihteiden käyttöön. Voit hakeutua itse ilman lähetettä.',
      sv: 'Lågtröskelhjälp för psykiskt välbefinnande och rusmedelsbruk. Du kan söka dig själv utan remiss.',
      en: 'Low-threshold help for mental wellbeing and substance use. You can contact us yourself without a referral.',
    },
    description: {
      fi: `Mielenterveys- ja päihdepalvelut auttavat esimerkiksi masennukseen, ahdistukseen, uupumukseen, kriiseihin sekä alkoholin, huumeiden, lääkkeiden ja rahapelaamisen aiheuttamiin ongelmiin. Ensimmäisessä yhteydenotossa ammattilainen kartoittaa tilanteesi ja sopii kanssasi jatkosta.

Myös läheiset voivat hakea tukea. Jos olet vaarassa vahingoittaa itseäsi tai muita, soita 112.`,
      sv: `Tjänsterna hjälper till exempel vid depression, ångest, utmattning, kriser och problem med alkohol, droger, läkemedel och spel om pengar. Vid första kontakten kartlägger en yrkesperson din situation och kommer överens med dig om fortsättningen.

Tjänsten ges på finska. Om du riskerar att skada dig själv eller andra, ring 112.`,
      en: `The services help with, for example, depression, anxiety, exhaustion, crises and problems with alcohol, drugs, medicines and gambling. At the first contact a professional maps your situation and agrees on next steps with you.

Service in Finnish. If you are at risk of harming yourself or others, call 112.`,
    },
    userInstruction: {
      fi: 'Soita ajanvaraukseen tai aloita mielenterveys- ja päihdechat. Hätätilanteessa soita 112.',
      sv: 'Ring tidsbokningen eller starta chatten. I en nödsituation, ring 112.',
      en: 'Call the appointment line or start the chat. In an emergency, call 112.',
    },
    organizationName: K.org,
    serviceClasses: terms(CLASS.mentalSubstance),
    targetGroups: terms(GROUP.adults, GROUP.relatives),
    keywords: {
      fi: [
        'mielenterveys',
        'päihde',
        'masennus',
        'ahdistus',
        'alkoholi',
        'huumeet',
        'peliongelma',
        'kriisi',
        'katkaisuhoito',
      ],
      sv: ['psykisk hälsa', 'missbruk', 'depression', 'ångest', 'alkohol', 'droger'],
      en: ['mental health', 'substance use', 'depression', 'anxiety', 'alcohol', 'drugs'],
    },
    regionCodes: ['kymenlaakso'],
    municipalityCodes: K.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Mielenterveys- ja päihdepalvelujen neuvonta',
          sv: 'Rådgivning, psykisk hälsa och missbruk',
          en: 'Mental health and substance use advice line',
        },
        '05 000 0120',
        HOURS.wd8to16,
      ),
    ],
    webPages: [
      {
        name: {
          fi: 'Mielenterveys- ja päihdepalvelut',
          sv: 'Mentalvårds- och missbrukartjänster',
          en: 'Mental health and substance use services',
        },
        url: 'https://example.fi/kymenlaakso/mielenterveys-ja-paihdepalvelut',
      },
    ],
    serviceLocations: [
      {
        name: { fi: 'Mielenterveys- ja päihdeasema, Kotka' },
        street: { fi: 'Keskuskatu 20' },
        postalCode: '48100',
        postOffice: { fi: 'Kotka' },
        municipalityCode: '285',
        latitude: 60.4662,
        longitude: 26.9448,
        openingHours: HOURS.wd8to16,
      },
      {
        name: { fi: 'Mielenterveys- ja päihdeasema, Kouvola' },
        street: { fi: 'Kauppalankatu 6' },
        postalCode: '45100',
        postOffice: { fi: 'Kouvola' },
        municipalityCode: '286',
        latitude: 60.8672,
        longitude: 26.7041,
        openingHours: HOURS.wd8to16,
      },
    ],
    eServices: [
      {
        name: {
          fi: 'Mielenterveys- ja päihdechat',
          sv: 'Chatt om psykisk hälsa och rusmedel',
          en: 'Mental health and substance use chat',
        },
        url: 'https://example.fi/kymenlaakso/chat/mielenterveys',
      },
    ],
    agentInstructions: {
      fi: `1. **Kysy itsetuhoisuudesta suoraan** (ks. *Itsetuhoisuus puhelussa*). Akuutti vaara → 112.
2. Päihtynyt tai vieroitusoireinen: tarkista hätämerkit, ks. *Päihdeasiakkaan ohjaus*.
3. Kiireetön: varaa ensikäynti tai siirrä chattiin. Lähetettä ei tarvita.
4. **Älä lupaa** katkaisuhoitopaikkaa tai terapiaa.`,
    },
    internalPhones: [
      {
        label: { fi: 'Päivystävä psykiatrinen sairaanhoitaja' },
        number: '05 000 0321',
        note: { fi: 'Arkisin klo 8–16.' },
      },
    ],
    extraKeywords: {
      fi: ['psyka', 'mielenterveystoimisto', 'a-klinikka', 'katko', 'viina', 'ahistus', 'uupumus'],
    },
    instructionSlugs: ['itsetuhoisuus-puhelussa', 'paihdeasiakkaan-ohjaus', 'lastensuojeluilmoitus'],
    guideSlugs: ['ahdistus', 'unettomuus', 'paihteet-huoli'],
    protocolCodes: [],
    queueCode: 'kymenlaakso-mental-health-chat',
  },
  {
    ...base,
    slug: 'kymenlaakso-aitiys-ja-lastenneuvola',
    name: { fi: 'Äitiys- ja lastenneuvola' },
    summary: {
      fi: 'Raskauden seuranta, lapsen kasvun ja kehityksen tukeminen ja rokotukset. Neuvolakäynnit ovat maksuttomia.',
    },
    description: {
      fi: `Äitiysneuvolassa seurataan raskautta ja valmistaudutaan synnytykseen ja vauva-arkeen. Ota yhteyttä, kun raskaustesti on positiivinen.

Lastenneuvolassa seurataan alle kouluikäisen lapsen kasvua ja kehitystä, annetaan kansallisen rokotusohjelman rokotukset ja tuetaan vanhemmuutta. Neuvolan terveydenhoitajat neuvovat myös puhelimitse ja neuvolan chatissa.`,
    },
    userInstruction: {
      fi: 'Soita neuvolan ajanvaraukseen tai aloita neuvolan chat. Lapsen äkillisessä sairastumisessa virka-ajan ulkopuolella soita 116117.',
    },
    organizationName: K.org,
    serviceClasses: terms(CLASS.clinics, CLASS.primary),
    targetGroups: terms(GROUP.families, GROUP.pregnant),
    keywords: {
      fi: ['neuvola', 'äitiysneuvola', 'lastenneuvola', 'raskaus', 'terveydenhoitaja', 'vauva', 'rokotus'],
    },
    regionCodes: ['kymenlaakso'],
    municipalityCodes: K.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Neuvoloiden ajanvaraus' }, '05 000 0130', HOURS.wd9to15)],
    webPages: [{ name: { fi: 'Neuvolat' }, url: 'https://example.fi/kymenlaakso/neuvolat' }],
    serviceLocations: [
      {
        name: { fi: 'Perhekeskus, Kotka' },
        street: { fi: 'Keskuskatu 20' },
        postalCode: '48100',
        postOffice: { fi: 'Kotka' },
        municipalityCode: '285',
        latitude: 60.4662,
        longitude: 26.9448,
        openingHours: HOURS.wd8to15,
      },
      {
        name: { fi: 'Perhekeskus, Kouvola' },
        street: { fi: 'Valtakatu 29' },
        postalCode: '45100',
        postOffice: { fi: 'Kouvola' },
        municipalityCode: '286',
        latitude: 60.8683,
        longitude: 26.7018,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [{ name: { fi: 'Neuvolan chat' }, url: 'https://example.fi/kymenlaakso/chat/neuvola' }],
    agentInstructions: {
      fi: `- Raskauden alku: ks. *Äitiysneuvolan ensikäynnin varaaminen*.
- Raskaana oleva, jolla kova vatsakipu, runsas vuoto tai lapsen liikkeet vähentyneet → **hoitajan arvio heti**; virka-ajan ulkopuolella 116117, hätätilanteessa 112.
- Alle 3 kuukauden ikäisen vauvan kuume → aina saman päivän lääkärinarvio tai päivystys.
- Huoli perheen tilanteesta → kirjaa, välitä terveydenhoitajalle, harkitse lastensuojeluilmoitusta.`,
    },
    internalPhones: [{ label: { fi: 'Neuvolan vastaava terveydenhoitaja' }, number: '05 000 0331' }],
    extraKeywords: { fi: ['neukkari', 'terkka', 'ensikäynti', 'plussa', 'raskaustesti'] },
    instructionSlugs: ['aitiysneuvola-ensikaynti', 'lastensuojeluilmoitus'],
    guideSlugs: ['raskauden-alku', 'kuume-lapsi', 'korvakipu-lapsi'],
    protocolCodes: ['fever-child'],
    queueCode: 'kymenlaakso-maternity-child-chat',
  },
  {
    ...base,
    slug: 'kymenlaakso-suun-terveydenhuolto',
    name: {
      fi: 'Suun terveydenhuolto, ajanvaraus',
      sv: 'Munhälsovård, tidsbokning',
      en: 'Oral health care, appointments',
    },
    summary: {
      fi: 'Hammashoidon ajanvaraus ja kiireellinen hammashoito arkisin. Viikonloppuisin kiireellisissä vaivoissa 116117.',
      sv: 'Tidsbokning för tandvård och brådskande tandvård vardagar. Under veckoslut vid brådskande besvär 116117.',
      en: 'Dental appointments and urgent dental care on weekdays. At weekends, call 116117 for urgent problems.',
    },
    description: {
      fi: `Suun terveydenhuolto tarjoaa hammaslääkärin, suuhygienistin ja hammashoitajan palveluja. Alle 18-vuotiaiden hoito on maksutonta.

Kiireellisissä vaivoissa, kuten kovassa särkyssä, turvotuksessa tai hammastapaturmassa, soita heti aamulla. Iltaisin, viikonloppuisin ja arkipyhinä soita Päivystysapuun 116117.

Jos turvotus leviää nopeasti tai nieleminen tai hengittäminen vaikeutuu, hakeudu heti päivystykseen tai soita 112.`,
      sv: `Munhälsovården erbjuder tjänster av tandläkare, munhygienist och tandskötare. Vården är avgiftsfri för personer under 18 år.

Vid brådskande besvär, såsom svår värk, svullnad eller tandolycksfall, ring genast på morgonen. Kvällar, veckoslut och helgdagar, ring Jourhjälpen 116117.

Om svullnaden sprider sig snabbt eller det blir svårt att svälja eller andas, sök dig genast till jouren eller ring 112.`,
      en: `Oral health care offers dentist, dental hygienist and dental nurse services. Care is free for under-18s.

For urgent problems such as severe pain, swelling or dental injury, call first thing in the morning. In the evenings, at weekends and on public holidays, call 116117.

If swelling spreads quickly or swallowing or breathing becomes difficult, go to the emergency department at once or call 112.`,
    },
    userInstruction: {
      fi: 'Soita ajanvaraukseen, kiireellisissä asioissa heti aamulla.',
      sv: 'Ring tidsbokningen, i brådskande fall genast på morgonen.',
      en: 'Call the appointment line; for urgent problems first thing in the morning.',
    },
    organizationName: K.org,
    serviceClasses: terms(CLASS.oral),
    targetGroups: terms(GROUP.citizens, GROUP.families),
    keywords: {
      fi: [
        'hammaslääkäri',
        'hammashoito',
        'hammassärky',
        'suuhygienisti',
        'hammastarkastus',
        'hammastapaturma',
      ],
      sv: ['tandläkare', 'tandvård', 'tandvärk', 'munhygienist'],
      en: ['dentist', 'dental care', 'toothache', 'dental hygienist'],
    },
    regionCodes: ['kymenlaakso'],
    municipalityCodes: K.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Suun terveydenhuollon ajanvaraus',
          sv: 'Munhälsovårdens tidsbokning',
          en: 'Oral health appointments',
        },
        '05 000 0140',
        HOURS.wd7to15,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Suun terveydenhuolto', sv: 'Munhälsovård', en: 'Oral health care' },
        url: 'https://example.fi/kymenlaakso/suun-terveydenhuolto',
      },
    ],
    serviceLocations: [
      {
        name: { fi: 'Hammashoitola, Kotka', sv: 'Tandklinik, Kotka', en: 'Dental clinic, Kotka' },
        street: { fi: 'Kotkankatu 15' },
        postalCode: '48100',
        postOffice: { fi: 'Kotka' },
        municipalityCode: '285',
        latitude: 60.4669,
        longitude: 26.9436,
        openingHours: HOURS.wd7to15,
      },
      {
        name: { fi: 'Hammashoitola, Kouvola', sv: 'Tandklinik, Kouvola', en: 'Dental clinic, Kouvola' },
        street: { fi: 'Valtakatu 29' },
        postalCode: '45100',
        postOffice: { fi: 'Kouvola' },
        municipalityCode: '286',
        latitude: 60.8683,
        longitude: 26.7018,
        openingHours: HOURS.wd7to15,
      },
    ],
    eServices: [],
    agentInstructions: {
      fi: `Arvioi kiireellisyys protokollalla *dental-pain* (ks. *Hammassäryn kiireellisyys ja viikonlopun hammaspäivystys*).

- **Leviävä turvotus, nielemis- tai hengitysvaikeus** → päivystys heti / 112.
- Kova särky tai turvotus arkena → kiireellinen aika samalle päivälle; iltaisin ja viikonloppuisin 116117.
- **Älä lupaa** tiettyä päivää kiireettömään hoitoon, antibioottia tai reseptiä.`,
    },
    internalPhones: [{ label: { fi: 'Päivystävä hammaslääkäri (arkisin)' }, number: '05 000 0341' }],
    extraKeywords: {
      fi: ['hammaslekuri', 'hammastohtori', 'hammas', 'paikka lähti', 'viisaudenhammas', 'poski turvoksissa'],
    },
    instructionSlugs: ['hammaspaivystys-viikonloppu'],
    guideSlugs: ['hammassarky'],
    protocolCodes: ['dental-pain'],
    queueCode: 'kymenlaakso-oral-health-chat',
  },
  {
    ...base,
    slug: 'kymenlaakso-erikoissairaanhoito-ajanvaraus',
    name: { fi: 'Erikoissairaanhoidon ajanvaraus, Kymenlaakson keskussairaala' },
    summary: { fi: 'Poliklinikka-aikojen siirrot ja perumiset sekä lähetteen käsittelyvaiheen tiedustelut.' },
    description: {
      fi: `Erikoissairaanhoitoon tarvitaan lähete. Kun lähete on saapunut, erikoisala arvioi hoidon tarpeen ja lähettää kutsun. Hoito järjestetään hoitotakuun mukaisessa ajassa.

Voit siirtää tai perua poliklinikka-ajan soittamalla ajanvaraukseen. Peru aika viimeistään edellisenä arkipäivänä, jotta vältät maksun käyttämättä jätetystä ajasta.`,
    },
    userInstruction: { fi: 'Soita kutsukirjeessä mainittuun numeroon tai keskitettyyn ajanvaraukseen.' },
    organizationName: K.org,
    serviceClasses: terms(CLASS.specialist),
    targetGroups: terms(GROUP.citizens),
    keywords: {
      fi: ['erikoissairaanhoito', 'keskussairaala', 'poliklinikka', 'lähete', 'ajan siirto', 'kutsukirje'],
    },
    regionCodes: ['kymenlaakso'],
    municipalityCodes: K.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Poliklinikoiden ajanvaraus' }, '05 000 0150', HOURS.wd8to15)],
    webPages: [
      { name: { fi: 'Kymenlaakson keskussairaala' }, url: 'https://example.fi/kymenlaakso/keskussairaala' },
    ],
    serviceLocations: [
      {
        name: {
          fi: 'Kymenlaakson keskussairaala',
          sv: 'Kymmenedalens centralsjukhus',
          en: 'Kymenlaakso Central Hospital',
        },
        ...KYMENLAAKSO_CENTRAL_HOSPITAL,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [],
    agentInstructions: {
      fi: `- **Tunnista soittaja** ennen lähete- tai aikatietojen kertomista.
- Voit siirtää tai perua ajan; lähetteen kiireellisyyttä **et voi muuttaa**.
- Oireiden paheneminen odotusaikana → hoitajan arvio; äkillisissä tilanteissa 116117, hätätilanteessa 112.`,
    },
    internalPhones: [{ label: { fi: 'Poliklinikoiden osastosihteerit' }, number: '05 000 0351' }],
    extraKeywords: { fi: ['keskussairaala', 'ksh', 'poli', 'sairaalan aika', 'leikkausjono'] },
    instructionSlugs: ['tunnistaminen-ja-tietosuoja'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: null,
  },
  {
    ...base,
    slug: 'kymenlaakso-sosiaalipaivystys',
    name: { fi: 'Sosiaali- ja kriisipäivystys', en: 'Social and crisis emergency services' },
    summary: {
      fi: 'Kiireellinen sosiaalihuolto ja kriisiapu. Virka-ajan ulkopuolella yhteys hätänumeron 112 kautta.',
      en: 'Urgent social welfare and crisis help. Outside office hours through the emergency number 112.',
    },
    description: {
      fi: `Sosiaalipäivystys auttaa kiireellisissä tilanteissa, kuten lapsen jäädessä ilman huolenpitoa, lähisuhdeväkivallassa, äkillisessä asunnottomuudessa tai vakavassa kriisissä.

Arkisin virka-aikana soita sosiaalipäivystyksen numeroon. Muina aikoina sosiaalipäivystykseen saa yhteyden hätänumerosta 112.`,
      en: `The social emergency service helps in urgent situations such as a child left without care, domestic violence, sudden homelessness or a serious crisis.

On weekdays during office hours, call the social emergency number. At other times, reach the service through 112.`,
    },
    userInstruction: {
      fi: 'Virka-aikana soita sosiaalipäivystykseen. Muina aikoina ja aina välittömässä vaarassa soita 112.',
      en: 'During office hours call the social emergency service. At other times, and always in immediate danger, call 112.',
    },
    organizationName: K.org,
    serviceClasses: terms(CLASS.social, CLASS.emergency),
    targetGroups: terms(GROUP.citizens, GROUP.families),
    keywords: {
      fi: [
        'sosiaalipäivystys',
        'kriisipäivystys',
        'lastensuojelu',
        'lähisuhdeväkivalta',
        'turvakoti',
        'kriisiapu',
      ],
      en: ['social emergency', 'crisis help', 'child welfare', 'domestic violence'],
    },
    regionCodes: ['kymenlaakso'],
    municipalityCodes: K.municipalities,
    phoneChannels: [
      chargedPhone(
        { fi: 'Sosiaalipäivystys virka-aikana', en: 'Social emergency service, office hours' },
        '05 000 0160',
        HOURS.wd8to16,
      ),
      { ...EMERGENCY_112_PHONE, serviceHours: HOURS.outsideOffice },
    ],
    webPages: [
      {
        name: { fi: 'Sosiaalipäivystys', en: 'Social emergency service' },
        url: 'https://example.fi/kymenlaakso/sosiaalipaivystys',
      },
    ],
    serviceLocations: [],
    eServices: [],
    agentInstructions: {
      fi: `Katso *Yhteys sosiaalipäivystykseen ja kiireellinen sosiaalihuolto*.
- Välitön vaara → 112. Kiireellinen virka-aikana → päivystävä sosiaalityöntekijä (ilmoitettu siirto). Virka-ajan ulkopuolella → 112.
- **Älä lupaa** rahaa, asuntoa tai sijoitusta.`,
    },
    internalPhones: [
      {
        label: { fi: 'Päivystävä sosiaalityöntekijä' },
        number: '05 000 0361',
        note: { fi: 'Vain virka-aikana.' },
      },
    ],
    extraKeywords: { fi: ['sossu', 'sosiaalitoimisto', 'lasu', 'hätämajoitus'] },
    instructionSlugs: ['sosiaalipaivystys-yhteys', 'lastensuojeluilmoitus', 'huoli-ilmoitus-iakas'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: null,
  },
  {
    ...base,
    slug: 'kymenlaakso-sosiaalineuvonta',
    name: { fi: 'Sosiaalineuvonta' },
    summary: {
      fi: 'Neuvontaa sosiaalipalveluista, toimeentulosta ja asumisesta – myös nimettömänä chatissa.',
    },
    description: {
      fi: `Sosiaalineuvonnasta saat tietoa sosiaalipalveluista ja ohjausta siihen, mistä apua voi hakea esimerkiksi toimeentulon, asumisen tai arjen hallinnan pulmiin.

Perustoimeentulotukea haetaan Kelasta; täydentävää ja ehkäisevää toimeentulotukea hyvinvointialueelta.`,
    },
    userInstruction: { fi: 'Soita sosiaalineuvontaan tai aloita sosiaaliohjauksen chat.' },
    organizationName: K.org,
    serviceClasses: terms(CLASS.social),
    targetGroups: terms(GROUP.adults),
    keywords: { fi: ['sosiaalineuvonta', 'sosiaaliohjaus', 'toimeentulotuki', 'asuminen', 'velat'] },
    regionCodes: ['kymenlaakso'],
    municipalityCodes: K.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Sosiaalineuvonta' }, '05 000 0165', HOURS.wd9to15)],
    webPages: [{ name: { fi: 'Sosiaalineuvonta' }, url: 'https://example.fi/kymenlaakso/sosiaalineuvonta' }],
    serviceLocations: [],
    eServices: [
      { name: { fi: 'Sosiaaliohjauksen chat' }, url: 'https://example.fi/kymenlaakso/chat/sosiaaliohjaus' },
    ],
    agentInstructions: {
      fi: `- Kiireellinen tilanne (ei ruokaa tai yöpaikkaa tänään, väkivalta, lapsi vaarassa) → *Yhteys sosiaalipäivystykseen*.
- Perustoimeentulotuki → Kela. **Älä arvioi, saako asiakas tukea.**`,
    },
    internalPhones: [{ label: { fi: 'Sosiaaliohjaajien tiimi' }, number: '05 000 0366' }],
    extraKeywords: { fi: ['sossu', 'toimari', 'rahat loppu', 'häätö'] },
    instructionSlugs: ['sosiaalipaivystys-yhteys'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: 'kymenlaakso-social-counselling-chat',
  },
  {
    ...base,
    slug: 'kymenlaakso-ikaihmisten-asiakasohjaus-ja-kotihoito',
    name: { fi: 'Ikäihmisten asiakasohjaus ja kotihoito' },
    summary: {
      fi: 'Neuvontaa ja palvelutarpeen arviointia ikäihmisille ja läheisille sekä kotihoidon asiakkaiden yhteydenotot.',
    },
    description: {
      fi: `Asiakasohjaus neuvoo kotona asumista tukevissa palveluissa, kuten kotihoidossa, turvapuhelimessa, ateriapalvelussa ja omaishoidon tuessa, ja sopii tarvittaessa palvelutarpeen arvioinnista.

Kotihoidon asiakkaiden asiat välitetään asiakkaan omalle kotihoitotiimille. Huolesta iäkkään henkilön pärjäämisestä voi tehdä ilmoituksen.`,
    },
    userInstruction: { fi: 'Soita asiakasohjaukseen. Hätätilanteessa soita 112.' },
    organizationName: K.org,
    serviceClasses: terms(CLASS.elderly, CLASS.social),
    targetGroups: terms(GROUP.elderly, GROUP.relatives),
    keywords: {
      fi: [
        'kotihoito',
        'asiakasohjaus',
        'ikäihmiset',
        'turvapuhelin',
        'omaishoito',
        'palvelutarpeen arviointi',
      ],
    },
    regionCodes: ['kymenlaakso'],
    municipalityCodes: K.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Ikäihmisten asiakasohjaus' }, '05 000 0170', HOURS.wd9to15)],
    webPages: [{ name: { fi: 'Ikäihmisten palvelut' }, url: 'https://example.fi/kymenlaakso/ikaihmiset' }],
    serviceLocations: [],
    eServices: [],
    agentInstructions: {
      fi: `Ks. *Kiireellinen yhteydenotto kotihoidon asiakkaasta*.
- Hätämerkit → 112. Äkillinen sekavuus → hoitajan arvio samana päivänä; virka-ajan ulkopuolella 116117.
- **Älä lupaa** lisäkäyntejä tai palveluasumista.`,
    },
    internalPhones: [
      { label: { fi: 'Kotihoito, Kotka' }, number: '05 000 0371' },
      { label: { fi: 'Kotihoito, Kouvola' }, number: '05 000 0372' },
    ],
    extraKeywords: { fi: ['kotipalvelu', 'vanhainkoti', 'hoivakoti', 'turvaranneke'] },
    instructionSlugs: ['kotihoito-kiireellinen', 'huoli-ilmoitus-iakas'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: 'kymenlaakso-customer-service-video',
  },
  {
    ...base,
    slug: 'kymenlaakso-rokotukset',
    name: { fi: 'Rokotukset' },
    summary: { fi: 'Kansallisen rokotusohjelman rokotukset ja kausirokotukset.' },
    description: {
      fi: `Lasten rokotukset annetaan neuvolassa ja kouluterveydenhuollossa, aikuisten rokotukset terveysasemilla. Kausi-influenssarokotus on maksuton THL:n määrittelemille ryhmille. Kausirokotusten ajanvarauksesta tiedotetaan erikseen.`,
    },
    userInstruction: { fi: 'Varaa aika verkossa tai soita rokotusten ajanvaraukseen.' },
    organizationName: K.org,
    serviceClasses: terms(CLASS.prevention, CLASS.primary),
    targetGroups: terms(GROUP.citizens),
    keywords: { fi: ['rokotus', 'rokote', 'influenssarokote', 'koronarokote', 'jäykkäkouristus'] },
    regionCodes: ['kymenlaakso'],
    municipalityCodes: K.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Rokotusten ajanvaraus' }, '05 000 0180', HOURS.wd12to14)],
    webPages: [{ name: { fi: 'Rokotukset' }, url: 'https://example.fi/kymenlaakso/rokotukset' }],
    serviceLocations: [],
    eServices: [
      { name: { fi: 'Rokotusajan varaus' }, url: 'https://example.fi/kymenlaakso/rokotukset/ajanvaraus' },
    ],
    agentInstructions: {
      fi: `- Kohderyhmät ajantasaisesta THL:n ohjeesta; jos asiakas kertoo sairauksistaan, siirrä hoitajalle.
- Rokotuksen jälkeinen vakava reaktio → 112.`,
    },
    internalPhones: [],
    extraKeywords: { fi: ['piikki', 'kausirokote', 'flunssapiikki'] },
    instructionSlugs: [],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: 'kymenlaakso-nurse-chat',
  },
  {
    ...base,
    slug: 'kymenlaakso-laboratorio',
    name: { fi: 'Laboratorio ja näytteenotto' },
    summary: { fi: 'Näytteenotto lähetteellä. Varaa aika verkossa.' },
    description: {
      fi: `Laboratoriossa otetaan lääkärin tai hoitajan määräämät näytteet. Varaa aika ensisijaisesti verkossa. Tarkista, vaatiiko tutkimus paastoa. Tulokset näet OmaKannassa.`,
    },
    userInstruction: { fi: 'Varaa aika verkossa tai soita ajanvaraukseen.' },
    organizationName: K.org,
    serviceClasses: terms(CLASS.primary, CLASS.specialist),
    targetGroups: terms(GROUP.citizens),
    keywords: { fi: ['laboratorio', 'verikoe', 'näytteenotto', 'paasto'] },
    regionCodes: ['kymenlaakso'],
    municipalityCodes: K.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Laboratorion ajanvaraus' }, '05 000 0185', HOURS.wd8to12)],
    webPages: [{ name: { fi: 'Laboratorio' }, url: 'https://example.fi/kymenlaakso/laboratorio' }],
    serviceLocations: [
      {
        name: { fi: 'Laboratorio, Kymenlaakson keskussairaala' },
        ...KYMENLAAKSO_CENTRAL_HOSPITAL,
        openingHours: HOURS.wd7to15,
      },
      {
        name: { fi: 'Laboratorio, Kouvolan terveysasema' },
        street: { fi: 'Valtakatu 29' },
        postalCode: '45100',
        postOffice: { fi: 'Kouvola' },
        municipalityCode: '286',
        latitude: 60.8683,
        longitude: 26.7018,
        openingHours: HOURS.wd7to15,
      },
    ],
    eServices: [
      {
        name: { fi: 'Laboratorion ajanvaraus' },
        url: 'https://example.fi/kymenlaakso/laboratorio/ajanvaraus',
      },
    ],
    agentInstructions: {
      fi: `- Tulosten tulkinta kuuluu tutkimuksen määränneelle yksikölle.
- **Älä varaa aikaa ilman voimassa olevaa lähetettä**; ohjaa hoitajalle.`,
    },
    internalPhones: [],
    extraKeywords: { fi: ['labra', 'verikokeet', 'virtsanäyte'] },
    instructionSlugs: ['tunnistaminen-ja-tietosuoja'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: null,
  },
];

// ---------------------------------------------------------------------------------------------
// Etelä-Karjala / Södra Karelen (Finnish-speaking county: Swedish and English for the main entries)
// ---------------------------------------------------------------------------------------------

const E = REGION_INFO['etela-karjala'];

const SOUTH_KARELIA_CENTRAL_HOSPITAL = {
  street: { fi: 'Valto Käkelän katu 1' },
  postalCode: '53130',
  postOffice: { fi: 'Lappeenranta', sv: 'Villmanstrand' },
  municipalityCode: '405',
  latitude: 61.0644,
  longitude: 28.1392,
};

const IMATRA_HEALTH_CENTRE = {
  street: { fi: 'Tainionkoskentie 2' },
  postalCode: '55100',
  postOffice: { fi: 'Imatra' },
  municipalityCode: '153',
  latitude: 61.1934,
  longitude: 28.7752,
};

const etelaKarjala: ServiceSeed[] = [
  paivystysapu(
    'etela-karjala',
    {
      name: {
        fi: 'Yhteispäivystys, Etelä-Karjalan keskussairaala',
        sv: 'Samjouren, Södra Karelens centralsjukhus',
        en: 'Joint emergency department, South Karelia Central Hospital',
      },
      ...SOUTH_KARELIA_CENTRAL_HOSPITAL,
      openingHours: HOURS.always,
    },
    [
      {
        label: { fi: 'Yhteispäivystyksen vastaava hoitaja' },
        number: '05 000 0701',
        note: { fi: 'Vain ammattilaisten väliseen konsultaatioon.' },
      },
    ],
  ),
  {
    ...base,
    slug: 'etela-karjala-vaihde',
    name: {
      fi: 'Etelä-Karjalan hyvinvointialueen vaihde',
      sv: 'Södra Karelens välfärdsområdes växel',
      en: 'Switchboard of South Karelia Wellbeing Services County',
    },
    summary: {
      fi: 'Vaihde yhdistää keskussairaalan osastoille ja hyvinvointialueen yksiköihin ympäri vuorokauden.',
      sv: 'Växeln kopplar till centralsjukhusets avdelningar och välfärdsområdets enheter dygnet runt.',
      en: 'The switchboard connects you to the central hospital’s wards and the county’s units 24 hours a day.',
    },
    description: {
      fi: `Vaihteen kautta tavoitat Etelä-Karjalan keskussairaalan osastot ja poliklinikat sekä hyvinvointialueen muut yksiköt.

Vaihde ei tee hoidon tarpeen arviointia eikä varaa aikoja. Äkillisissä sairastumisissa soita Päivystysapuun 116117, hätätilanteessa 112.`,
      sv: `Via växeln når du avdelningar och polikliniker vid Södra Karelens centralsjukhus och välfärdsområdets övriga enheter.

Växeln bedömer inte vårdbehov och bokar inte tider. Vid plötslig sjukdom, ring Jourhjälpen 116117, i en nödsituation 112.`,
      en: `The switchboard connects you to the wards and outpatient clinics of South Karelia Central Hospital and other units of the county.

It does not assess care needs or book appointments. For sudden illness call 116117; in an emergency call 112.`,
    },
    userInstruction: {
      fi: 'Kerro, kenet tai minkä yksikön haluat tavoittaa.',
      sv: 'Berätta vem eller vilken enhet du vill nå.',
      en: 'Tell which person or unit you want to reach.',
    },
    organizationName: E.org,
    serviceClasses: terms(CLASS.customerService),
    targetGroups: terms(GROUP.citizens, GROUP.relatives),
    keywords: {
      fi: ['vaihde', 'puhelinvaihde', 'osasto', 'sairaala', 'yhteystiedot'],
      sv: ['växel', 'avdelning', 'sjukhus'],
      en: ['switchboard', 'ward', 'hospital'],
    },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [
      chargedPhone({ fi: 'Vaihde', sv: 'Växel', en: 'Switchboard' }, '05 000 0500', HOURS.always),
    ],
    webPages: [
      {
        name: { fi: 'Yhteystiedot', sv: 'Kontaktuppgifter', en: 'Contact information' },
        url: 'https://example.fi/etela-karjala/yhteystiedot',
      },
    ],
    serviceLocations: [],
    eServices: [],
    agentInstructions: {
      fi: `- Selvitä asia ennen siirtoa ja tarkista kohteen aukiolo (ks. *Vaihteen puheluiden siirrot*).
- **Älä vahvista, onko joku potilaana.**
- Oireista kertova soittaja: hätä → 112, muuten terveysasemien hoitaja tai virka-ajan ulkopuolella 116117.`,
    },
    internalPhones: [{ label: { fi: 'Vaihteen esihenkilö' }, number: '05 000 0702' }],
    extraKeywords: { fi: ['keskus', 'sentraali'] },
    instructionSlugs: ['vaihteen-siirrot', 'tunnistaminen-ja-tietosuoja'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: 'etela-karjala-customer-service-video',
  },
  {
    ...base,
    slug: 'etela-karjala-terveysasemat',
    name: {
      fi: 'Terveysasemien ajanvaraus ja hoitajan neuvonta',
      sv: 'Hälsostationernas tidsbokning och sjukskötarens rådgivning',
      en: 'Health centres: appointments and nurse advice',
    },
    summary: {
      fi: 'Hoitaja arvioi hoidon tarpeen ja varaa tarvittaessa ajan. Hoitajan chat palvelee myös viikonloppuisin.',
      sv: 'Sjukskötaren bedömer vårdbehovet och bokar vid behov tid. Chatten med sjukskötare är öppen även under veckoslut.',
      en: 'A nurse assesses your need for care and books an appointment if needed. The nurse chat is also open at weekends.',
    },
    description: {
      fi: `Terveysasemilla hoidetaan äkillisiä ja pitkäaikaisia sairauksia, jotka eivät vaadi päivystyshoitoa. Sairaanhoitaja arvioi hoidon tarpeen ja kiireellisyyden ja ohjaa vastaanotolle tai antaa kotihoito-ohjeet.

Hoitajan chat palvelee arkisin klo 8–20 ja viikonloppuisin klo 10–16. Oireita voi arvioida myös Omaolossa. Kun terveysasemat ovat kiinni, soita äkillisissä asioissa Päivystysapuun 116117.`,
      sv: `Hälsostationerna vårdar plötsliga och långvariga sjukdomar som inte kräver jourvård. Sjukskötaren bedömer vårdbehovet och hur brådskande det är och hänvisar till mottagning eller ger egenvårdsråd.

Chatten med sjukskötare är öppen vardagar kl. 8–20 och veckoslut kl. 10–16, på finska. Symtom kan också bedömas i Omaolo. När hälsostationerna är stängda, ring Jourhjälpen 116117 vid plötsliga besvär.`,
      en: `Health centres treat sudden and long-term illnesses that do not need emergency care. A nurse assesses the need for care and its urgency and books an appointment or gives self-care advice.

The nurse chat is open on weekdays 8:00–20:00 and at weekends 10:00–16:00, in Finnish. You can also check your symptoms in Omaolo. When health centres are closed, call 116117 for sudden illness.`,
    },
    userInstruction: {
      fi: 'Soita ajanvaraukseen tai aloita hoitajan chat. Hätätilanteessa soita 112.',
      sv: 'Ring tidsbokningen eller starta chatten med sjukskötare. I en nödsituation, ring 112.',
      en: 'Call the appointment line or start the nurse chat. In an emergency, call 112.',
    },
    organizationName: E.org,
    serviceClasses: terms(CLASS.primary),
    targetGroups: terms(GROUP.citizens),
    keywords: {
      fi: [
        'terveysasema',
        'terveyskeskus',
        'lääkäri',
        'hoitaja',
        'ajanvaraus',
        'vastaanotto',
        'flunssa',
        'kuume',
      ],
      sv: ['hälsostation', 'hälsocentral', 'läkare', 'sjukskötare', 'tidsbokning'],
      en: ['health centre', 'doctor', 'nurse', 'appointment'],
    },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Terveysasemien ajanvaraus',
          sv: 'Hälsostationernas tidsbokning',
          en: 'Health centre appointments',
        },
        '05 000 0510',
        HOURS.wd8to16,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Terveysasemat', sv: 'Hälsostationer', en: 'Health centres' },
        url: 'https://example.fi/etela-karjala/terveysasemat',
      },
    ],
    serviceLocations: [
      {
        name: {
          fi: 'Lappeenrannan keskustan terveysasema',
          sv: 'Villmanstrands hälsostation, centrum',
          en: 'Lappeenranta City Centre Health Centre',
        },
        street: { fi: 'Valtakatu 41' },
        postalCode: '53100',
        postOffice: { fi: 'Lappeenranta', sv: 'Villmanstrand' },
        municipalityCode: '405',
        latitude: 61.0587,
        longitude: 28.1871,
        openingHours: HOURS.wd8to16,
      },
      {
        name: { fi: 'Imatran terveysasema', sv: 'Imatra hälsostation', en: 'Imatra Health Centre' },
        ...IMATRA_HEALTH_CENTRE,
        openingHours: HOURS.wd8to16,
      },
      {
        name: { fi: 'Parikkalan terveysasema', sv: 'Parikkala hälsostation', en: 'Parikkala Health Centre' },
        street: { fi: 'Kauppatie 20' },
        postalCode: '59100',
        postOffice: { fi: 'Parikkala' },
        municipalityCode: '580',
        latitude: 61.5501,
        longitude: 29.5018,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [
      OMAOLO,
      {
        name: { fi: 'Hoitajan chat', sv: 'Chatt med sjukskötare', en: 'Nurse chat' },
        url: 'https://example.fi/etela-karjala/chat/hoitaja',
      },
    ],
    agentInstructions: {
      fi: `**Hoidon tarpeen arvioinnin tekee hoitaja** (ks. *Hoidon tarpeen arvioinnin periaatteet*).

1. Hätätilanne? → 112.
2. Pääoire, alku, kesto, paheneminen; ikä, perussairaudet, raskaus.
3. Käytä oirearvioprotokollaa, kun sellainen on.

- Viikonloppuisin chat palvelee klo 10–16, mutta terveysasemat ovat kiinni: saman päivän hoitoa tarvitseva ohjataan Päivystysapuun 116117.
- Kiireetön aika hoitotakuun mukaisessa ajassa – **älä lupaa tiettyä päivää**.`,
    },
    internalPhones: [
      { label: { fi: 'Vastaava sairaanhoitaja, Lappeenranta' }, number: '05 000 0711' },
      { label: { fi: 'Vastaava sairaanhoitaja, Imatra' }, number: '05 000 0712' },
      { label: { fi: 'Konsultoiva lääkäri (arkisin 8–16)' }, number: '05 000 0713' },
    ],
    extraKeywords: { fi: ['terkkari', 'tk', 'lekuri', 'lääkäriaika', 'sairasloma', 'todistus'] },
    instructionSlugs: [
      'hoidon-tarpeen-arviointi',
      'takaisinsoitto',
      'tunnistaminen-ja-tietosuoja',
      'laakekysymysten-ohjaus',
    ],
    guideSlugs: [
      'kurkkukipu',
      'flunssa',
      'kuume-aikuinen',
      'yska',
      'virtsatieinfektio',
      'ripuli-oksentelu',
      'ihottuma',
      'paansarky',
      'hyonteisen-pisto',
    ],
    protocolCodes: ['sore-throat-adult', 'fever-child', 'urinary-symptoms-adult', 'back-pain-adult'],
    queueCode: 'etela-karjala-nurse-chat',
  },
  {
    ...base,
    slug: 'etela-karjala-mielenterveys-ja-paihdepalvelut',
    name: { fi: 'Mielenterveys- ja päihdepalvelut', en: 'Mental health and substance use services' },
    summary: {
      fi: 'Apua mielen hyvinvointiin, kriiseihin ja päihteiden käyttöön. Voit hakeutua itse ilman lähetettä.',
      en: 'Help with mental wellbeing, crises and substance use. You can contact us yourself without a referral.',
    },
    description: {
      fi: `Mielenterveys- ja päihdepalvelut auttavat masennuksessa, ahdistuksessa, uupumuksessa, kriiseissä sekä alkoholin, huumeiden, lääkkeiden ja rahapelaamisen aiheuttamissa ongelmissa. Ensimmäisessä yhteydenotossa ammattilainen kartoittaa tilanteesi ja sopii kanssasi jatkosta.

Myös läheiset voivat hakea tukea. Jos olet vaarassa vahingoittaa itseäsi tai muita, soita 112.`,
      en: `The services help with depression, anxiety, exhaustion, crises and problems with alcohol, drugs, medicines and gambling. At the first contact a professional maps your situation and agrees on next steps.

Relatives can also get support. If you are at risk of harming yourself or others, call 112.`,
    },
    userInstruction: {
      fi: 'Soita neuvontaan tai aloita mielenterveys- ja päihdechat. Hätätilanteessa soita 112.',
      en: 'Call the advice line or start the mental health and substance use chat. In an emergency, call 112.',
    },
    organizationName: E.org,
    serviceClasses: terms(CLASS.mentalSubstance),
    targetGroups: terms(GROUP.adults, GROUP.youth, GROUP.relatives),
    keywords: {
      fi: [
        'mielenterveys',
        'päihde',
        'masennus',
        'ahdistus',
        'alkoholi',
        'huumeet',
        'peliongelma',
        'kriisi',
        'katkaisuhoito',
      ],
      en: ['mental health', 'substance use', 'depression', 'anxiety', 'alcohol', 'drugs'],
    },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Mielenterveys- ja päihdepalvelujen neuvonta',
          en: 'Mental health and substance use advice line',
        },
        '05 000 0520',
        HOURS.wd9to15,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Mielenterveys- ja päihdepalvelut', en: 'Mental health and substance use services' },
        url: 'https://example.fi/etela-karjala/mielenterveys-ja-paihdepalvelut',
      },
    ],
    serviceLocations: [
      {
        name: { fi: 'Mielenterveys- ja päihdekeskus, Lappeenranta' },
        street: { fi: 'Kauppakatu 40' },
        postalCode: '53100',
        postOffice: { fi: 'Lappeenranta', sv: 'Villmanstrand' },
        municipalityCode: '405',
        latitude: 61.0592,
        longitude: 28.1845,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [
      {
        name: { fi: 'Mielenterveys- ja päihdechat', en: 'Mental health and substance use chat' },
        url: 'https://example.fi/etela-karjala/chat/mielenterveys',
      },
    ],
    agentInstructions: {
      fi: `1. **Kysy itsetuhoisuudesta suoraan** (ks. *Itsetuhoisuus puhelussa*). Akuutti vaara → 112.
2. Päihtynyt tai vieroitusoireinen: tarkista hätämerkit, ks. *Päihdeasiakkaan ohjaus*.
3. Kiireetön: varaa ensikäynti tai siirrä chattiin. Lähetettä ei tarvita.
4. **Älä lupaa** katkaisuhoitopaikkaa tai terapiaa.
5. Alaikäiset lapset perheessä ja huoli heistä → harkitse lastensuojeluilmoitusta.`,
    },
    internalPhones: [
      {
        label: { fi: 'Päivystävä psykiatrinen sairaanhoitaja' },
        number: '05 000 0721',
        note: { fi: 'Arkisin klo 8–15.' },
      },
    ],
    extraKeywords: {
      fi: ['psyka', 'mielenterveystoimisto', 'a-klinikka', 'katko', 'viina', 'ahistus', 'uupumus'],
    },
    instructionSlugs: ['itsetuhoisuus-puhelussa', 'paihdeasiakkaan-ohjaus', 'lastensuojeluilmoitus'],
    guideSlugs: ['ahdistus', 'unettomuus', 'paihteet-huoli'],
    protocolCodes: [],
    queueCode: 'etela-karjala-mental-health-chat',
  },
  {
    ...base,
    slug: 'etela-karjala-aitiys-ja-lastenneuvola',
    name: { fi: 'Äitiys- ja lastenneuvola' },
    summary: {
      fi: 'Raskauden seuranta, lapsen kasvun ja kehityksen tukeminen ja rokotukset. Neuvolan chat myös videona.',
    },
    description: {
      fi: `Äitiysneuvolassa seurataan raskautta ja valmistaudutaan synnytykseen ja vauva-arkeen. Ota yhteyttä, kun raskaustesti on positiivinen.

Lastenneuvolassa seurataan alle kouluikäisen lapsen kasvua ja kehitystä, annetaan kansallisen rokotusohjelman rokotukset ja tuetaan vanhemmuutta. Neuvolan terveydenhoitajan voi tavata myös videovastaanotolla.`,
    },
    userInstruction: {
      fi: 'Soita neuvolan ajanvaraukseen tai aloita neuvolan chat. Virka-ajan ulkopuolella lapsen äkillisessä sairastumisessa soita 116117.',
    },
    organizationName: E.org,
    serviceClasses: terms(CLASS.clinics, CLASS.primary),
    targetGroups: terms(GROUP.families, GROUP.pregnant),
    keywords: {
      fi: ['neuvola', 'äitiysneuvola', 'lastenneuvola', 'raskaus', 'terveydenhoitaja', 'vauva', 'rokotus'],
    },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Neuvoloiden ajanvaraus' }, '05 000 0530', HOURS.wd8to15)],
    webPages: [{ name: { fi: 'Neuvolat' }, url: 'https://example.fi/etela-karjala/neuvolat' }],
    serviceLocations: [
      {
        name: { fi: 'Perhekeskus, Lappeenranta' },
        street: { fi: 'Valtakatu 41' },
        postalCode: '53100',
        postOffice: { fi: 'Lappeenranta', sv: 'Villmanstrand' },
        municipalityCode: '405',
        latitude: 61.0587,
        longitude: 28.1871,
        openingHours: HOURS.wd8to15,
      },
      {
        name: { fi: 'Neuvola, Imatra' },
        ...IMATRA_HEALTH_CENTRE,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [
      {
        name: { fi: 'Neuvolan chat ja videovastaanotto' },
        url: 'https://example.fi/etela-karjala/chat/neuvola',
      },
    ],
    agentInstructions: {
      fi: `- Raskauden alku: ks. *Äitiysneuvolan ensikäynnin varaaminen*.
- Raskaana oleva, jolla kova vatsakipu, runsas vuoto tai lapsen liikkeet vähentyneet → **hoitajan arvio heti**; virka-ajan ulkopuolella 116117, hätätilanteessa 112.
- Alle 3 kuukauden ikäisen vauvan kuume → aina saman päivän lääkärinarvio tai päivystys.
- Huoli perheen tilanteesta → kirjaa, välitä terveydenhoitajalle, harkitse lastensuojeluilmoitusta.`,
    },
    internalPhones: [{ label: { fi: 'Neuvolan vastaava terveydenhoitaja' }, number: '05 000 0731' }],
    extraKeywords: { fi: ['neukkari', 'terkka', 'ensikäynti', 'plussa', 'raskaustesti'] },
    instructionSlugs: ['aitiysneuvola-ensikaynti', 'lastensuojeluilmoitus'],
    guideSlugs: ['raskauden-alku', 'kuume-lapsi', 'korvakipu-lapsi'],
    protocolCodes: ['fever-child'],
    queueCode: 'etela-karjala-maternity-child-chat',
  },
  {
    ...base,
    slug: 'etela-karjala-suun-terveydenhuolto',
    name: {
      fi: 'Suun terveydenhuolto, ajanvaraus',
      sv: 'Munhälsovård, tidsbokning',
      en: 'Oral health care, appointments',
    },
    summary: {
      fi: 'Hammashoidon ajanvaraus ja kiireellinen hammashoito arkisin. Viikonloppuisin kiireellisissä vaivoissa 116117.',
      sv: 'Tidsbokning för tandvård och brådskande tandvård vardagar. Under veckoslut vid brådskande besvär 116117.',
      en: 'Dental appointments and urgent dental care on weekdays. At weekends, call 116117 for urgent problems.',
    },
    description: {
      fi: `Suun terveydenhuolto tarjoaa hammaslääkärin, suuhygienistin ja hammashoitajan palveluja. Alle 18-vuotiaiden hoito on maksutonta.

Kiireellisissä vaivoissa soita heti aamulla. Iltaisin, viikonloppuisin ja arkipyhinä soita Päivystysapuun 116117.

Jos turvotus leviää nopeasti tai nieleminen tai hengittäminen vaikeutuu, hakeudu heti päivystykseen tai soita 112.`,
      sv: `Munhälsovården erbjuder tjänster av tandläkare, munhygienist och tandskötare. Vården är avgiftsfri för personer under 18 år.

Vid brådskande besvär, ring genast på morgonen. Kvällar, veckoslut och helgdagar, ring Jourhjälpen 116117.

Om svullnaden sprider sig snabbt eller det blir svårt att svälja eller andas, sök dig genast till jouren eller ring 112.`,
      en: `Oral health care offers dentist, dental hygienist and dental nurse services. Care is free for under-18s.

For urgent problems, call first thing in the morning. In the evenings, at weekends and on public holidays, call 116117.

If swelling spreads quickly or swallowing or breathing becomes difficult, go to the emergency department at once or call 112.`,
    },
    userInstruction: {
      fi: 'Soita ajanvaraukseen, kiireellisissä asioissa heti aamulla. Kiireettömän tarkastuksen voit varata verkossa.',
      sv: 'Ring tidsbokningen, i brådskande fall genast på morgonen. Icke-brådskande kontroller kan bokas på nätet.',
      en: 'Call the appointment line; for urgent problems first thing in the morning. Non-urgent check-ups can be booked online.',
    },
    organizationName: E.org,
    serviceClasses: terms(CLASS.oral),
    targetGroups: terms(GROUP.citizens, GROUP.families),
    keywords: {
      fi: [
        'hammaslääkäri',
        'hammashoito',
        'hammassärky',
        'suuhygienisti',
        'hammastarkastus',
        'hammastapaturma',
      ],
      sv: ['tandläkare', 'tandvård', 'tandvärk', 'munhygienist'],
      en: ['dentist', 'dental care', 'toothache', 'dental hygienist'],
    },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [
      chargedPhone(
        {
          fi: 'Suun terveydenhuollon ajanvaraus',
          sv: 'Munhälsovårdens tidsbokning',
          en: 'Oral health appointments',
        },
        '05 000 0540',
        HOURS.wd7to15,
      ),
    ],
    webPages: [
      {
        name: { fi: 'Suun terveydenhuolto', sv: 'Munhälsovård', en: 'Oral health care' },
        url: 'https://example.fi/etela-karjala/suun-terveydenhuolto',
      },
    ],
    serviceLocations: [
      {
        name: {
          fi: 'Hammashoitola, Lappeenranta',
          sv: 'Tandklinik, Villmanstrand',
          en: 'Dental clinic, Lappeenranta',
        },
        street: { fi: 'Valtakatu 41' },
        postalCode: '53100',
        postOffice: { fi: 'Lappeenranta', sv: 'Villmanstrand' },
        municipalityCode: '405',
        latitude: 61.0587,
        longitude: 28.1871,
        openingHours: HOURS.wd7to15,
      },
      {
        name: { fi: 'Hammashoitola, Imatra', sv: 'Tandklinik, Imatra', en: 'Dental clinic, Imatra' },
        ...IMATRA_HEALTH_CENTRE,
        openingHours: HOURS.wd7to15,
      },
    ],
    eServices: [
      {
        name: {
          fi: 'Hammastarkastuksen ajanvaraus verkossa',
          sv: 'Boka tandkontroll på nätet',
          en: 'Book a dental check-up online',
        },
        url: 'https://example.fi/etela-karjala/suun-terveydenhuolto/ajanvaraus',
      },
    ],
    agentInstructions: {
      fi: `Arvioi kiireellisyys protokollalla *dental-pain* (ks. *Hammassäryn kiireellisyys ja viikonlopun hammaspäivystys*).

- **Leviävä turvotus, nielemis- tai hengitysvaikeus** → päivystys heti / 112.
- Irronnut pysyvä hammas → hoitoon heti; hammas maitoon.
- Kova särky tai turvotus arkena → kiireellinen aika samalle päivälle; iltaisin ja viikonloppuisin 116117.
- **Älä lupaa** tiettyä päivää kiireettömään hoitoon, antibioottia tai reseptiä.`,
    },
    internalPhones: [{ label: { fi: 'Päivystävä hammaslääkäri (arkisin)' }, number: '05 000 0741' }],
    extraKeywords: {
      fi: ['hammaslekuri', 'hammastohtori', 'hammas', 'paikka lähti', 'viisaudenhammas', 'poski turvoksissa'],
    },
    instructionSlugs: ['hammaspaivystys-viikonloppu'],
    guideSlugs: ['hammassarky'],
    protocolCodes: ['dental-pain'],
    queueCode: 'etela-karjala-oral-health-chat',
  },
  {
    ...base,
    slug: 'etela-karjala-erikoissairaanhoito-ajanvaraus',
    name: { fi: 'Erikoissairaanhoidon ajanvaraus, Etelä-Karjalan keskussairaala' },
    summary: { fi: 'Poliklinikka-aikojen siirrot ja perumiset sekä lähetteen käsittelyvaiheen tiedustelut.' },
    description: {
      fi: `Erikoissairaanhoitoon tarvitaan lähete. Kun lähete on saapunut, erikoisala arvioi hoidon tarpeen ja lähettää kutsun. Hoito järjestetään hoitotakuun mukaisessa ajassa.

Voit siirtää tai perua poliklinikka-ajan soittamalla ajanvaraukseen. Peru aika viimeistään edellisenä arkipäivänä, jotta vältät maksun käyttämättä jätetystä ajasta.`,
    },
    userInstruction: { fi: 'Soita kutsukirjeessä mainittuun numeroon tai keskitettyyn ajanvaraukseen.' },
    organizationName: E.org,
    serviceClasses: terms(CLASS.specialist),
    targetGroups: terms(GROUP.citizens),
    keywords: {
      fi: ['erikoissairaanhoito', 'keskussairaala', 'poliklinikka', 'lähete', 'ajan siirto', 'kutsukirje'],
    },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Poliklinikoiden ajanvaraus' }, '05 000 0550', HOURS.wd8to15)],
    webPages: [
      {
        name: { fi: 'Etelä-Karjalan keskussairaala' },
        url: 'https://example.fi/etela-karjala/keskussairaala',
      },
    ],
    serviceLocations: [
      {
        name: {
          fi: 'Etelä-Karjalan keskussairaala',
          sv: 'Södra Karelens centralsjukhus',
          en: 'South Karelia Central Hospital',
        },
        ...SOUTH_KARELIA_CENTRAL_HOSPITAL,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [],
    agentInstructions: {
      fi: `- **Tunnista soittaja** ennen lähete- tai aikatietojen kertomista.
- Voit siirtää tai perua ajan; lähetteen kiireellisyyttä **et voi muuttaa**.
- Oireiden paheneminen odotusaikana → hoitajan arvio; äkillisissä tilanteissa 116117, hätätilanteessa 112.`,
    },
    internalPhones: [{ label: { fi: 'Poliklinikoiden osastosihteerit' }, number: '05 000 0751' }],
    extraKeywords: { fi: ['keskussairaala', 'ksh', 'poli', 'sairaalan aika', 'leikkausjono'] },
    instructionSlugs: ['tunnistaminen-ja-tietosuoja'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: null,
  },
  {
    ...base,
    slug: 'etela-karjala-silmatautien-poliklinikka',
    name: { fi: 'Silmätautien poliklinikka' },
    summary: {
      fi: 'Silmäsairauksien tutkimus ja hoito lähetteellä. Äkilliset silmäoireet arvioi hoitaja tai päivystys.',
    },
    description: {
      fi: `Silmätautien poliklinikalla tutkitaan ja hoidetaan silmäsairauksia, kuten kaihia, glaukoomaa ja silmänpohjan sairauksia. Poliklinikalle tarvitaan lähete.

Äkillinen näön heikkeneminen, näkökenttään ilmestyvä verho tai runsaat uudet "kärpäset" ja valonvälähdykset vaativat kiireellistä arviota: soita terveysasemalle tai virka-ajan ulkopuolella Päivystysapuun 116117. Kemikaalin roiskuessa silmään huuhtele silmää heti runsaalla vedellä ja soita 112.`,
    },
    userInstruction: {
      fi: 'Soita kutsukirjeessä olevaan numeroon. Äkillisissä silmäoireissa soita terveysasemalle tai 116117.',
    },
    organizationName: E.org,
    serviceClasses: terms(CLASS.specialist),
    targetGroups: terms(GROUP.citizens, GROUP.elderly),
    keywords: { fi: ['silmä', 'silmälääkäri', 'kaihi', 'glaukooma', 'näkö', 'silmäpoliklinikka'] },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [
      chargedPhone({ fi: 'Silmätautien poliklinikan ajanvaraus' }, '05 000 0590', HOURS.wd8to15),
    ],
    webPages: [
      { name: { fi: 'Silmätautien poliklinikka' }, url: 'https://example.fi/etela-karjala/silmataudit' },
    ],
    serviceLocations: [
      {
        name: { fi: 'Silmätautien poliklinikka, Etelä-Karjalan keskussairaala' },
        ...SOUTH_KARELIA_CENTRAL_HOSPITAL,
        openingHours: HOURS.wd8to15,
      },
    ],
    eServices: [],
    agentInstructions: {
      fi: `- **Kemikaali silmässä** → huuhtelu heti runsaalla vedellä vähintään 15 minuuttia ja 112.
- **Äkillinen näön menetys tai heikkeneminen, verho näkökentässä, uudet runsaat kärpäset ja salamointi, silmävamma** → päivystyksellinen arvio samana päivänä (hoitaja tai 116117).
- Punoittava, kutiava silmä ilman näön heikkenemistä → terveysaseman hoitaja; omahoito-ohje *Silmän punoitus*.
- Poliklinikan jonotilanteeseen tai lähetteen kiireellisyyteen et voi vaikuttaa.`,
    },
    internalPhones: [{ label: { fi: 'Silmäpoliklinikan sairaanhoitaja' }, number: '05 000 0791' }],
    extraKeywords: { fi: ['silmälekuri', 'kaihileikkaus', 'harmaakaihi', 'silmänpaine', 'näkö sumenee'] },
    instructionSlugs: ['hoidon-tarpeen-arviointi', 'tunnistaminen-ja-tietosuoja'],
    guideSlugs: ['silman-punoitus'],
    protocolCodes: [],
    queueCode: null,
  },
  {
    ...base,
    slug: 'etela-karjala-sosiaalipaivystys',
    name: { fi: 'Sosiaali- ja kriisipäivystys', en: 'Social and crisis emergency services' },
    summary: {
      fi: 'Kiireellinen sosiaalihuolto ja kriisiapu. Virka-ajan ulkopuolella yhteys hätänumeron 112 kautta.',
      en: 'Urgent social welfare and crisis help. Outside office hours through the emergency number 112.',
    },
    description: {
      fi: `Sosiaalipäivystys auttaa kiireellisissä tilanteissa, kuten lapsen jäädessä ilman huolenpitoa, lähisuhdeväkivallassa, äkillisessä asunnottomuudessa tai vakavassa kriisissä.

Arkisin virka-aikana soita sosiaalipäivystyksen numeroon. Muina aikoina sosiaalipäivystykseen saa yhteyden hätänumerosta 112.`,
      en: `The social emergency service helps in urgent situations such as a child left without care, domestic violence, sudden homelessness or a serious crisis.

On weekdays during office hours, call the social emergency number. At other times, reach the service through 112.`,
    },
    userInstruction: {
      fi: 'Virka-aikana soita sosiaalipäivystykseen. Muina aikoina ja aina välittömässä vaarassa soita 112.',
      en: 'During office hours call the social emergency service. At other times, and always in immediate danger, call 112.',
    },
    organizationName: E.org,
    serviceClasses: terms(CLASS.social, CLASS.emergency),
    targetGroups: terms(GROUP.citizens, GROUP.families),
    keywords: {
      fi: [
        'sosiaalipäivystys',
        'kriisipäivystys',
        'lastensuojelu',
        'lähisuhdeväkivalta',
        'turvakoti',
        'kriisiapu',
      ],
      en: ['social emergency', 'crisis help', 'child welfare', 'domestic violence'],
    },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [
      chargedPhone(
        { fi: 'Sosiaalipäivystys virka-aikana', en: 'Social emergency service, office hours' },
        '05 000 0560',
        HOURS.wd8to16,
      ),
      { ...EMERGENCY_112_PHONE, serviceHours: HOURS.outsideOffice },
    ],
    webPages: [
      {
        name: { fi: 'Sosiaalipäivystys', en: 'Social emergency service' },
        url: 'https://example.fi/etela-karjala/sosiaalipaivystys',
      },
    ],
    serviceLocations: [],
    eServices: [],
    agentInstructions: {
      fi: `Katso *Yhteys sosiaalipäivystykseen ja kiireellinen sosiaalihuolto*.
- Välitön vaara → 112. Kiireellinen virka-aikana → päivystävä sosiaalityöntekijä (ilmoitettu siirto). Virka-ajan ulkopuolella → 112.
- **Älä lupaa** rahaa, asuntoa tai sijoitusta.`,
    },
    internalPhones: [
      {
        label: { fi: 'Päivystävä sosiaalityöntekijä' },
        number: '05 000 0761',
        note: { fi: 'Vain virka-aikana.' },
      },
    ],
    extraKeywords: { fi: ['sossu', 'sosiaalitoimisto', 'lasu', 'hätämajoitus'] },
    instructionSlugs: ['sosiaalipaivystys-yhteys', 'lastensuojeluilmoitus', 'huoli-ilmoitus-iakas'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: null,
  },
  {
    ...base,
    slug: 'etela-karjala-sosiaalineuvonta',
    name: { fi: 'Sosiaalineuvonta' },
    summary: {
      fi: 'Neuvontaa sosiaalipalveluista, toimeentulosta ja asumisesta – myös nimettömänä chatissa.',
    },
    description: {
      fi: `Sosiaalineuvonnasta saat tietoa sosiaalipalveluista ja ohjausta siihen, mistä apua voi hakea esimerkiksi toimeentulon, asumisen, perheen arjen tai jaksamisen pulmiin.

Perustoimeentulotukea haetaan Kelasta; täydentävää ja ehkäisevää toimeentulotukea hyvinvointialueelta.`,
    },
    userInstruction: { fi: 'Soita sosiaalineuvontaan tai aloita sosiaaliohjauksen chat.' },
    organizationName: E.org,
    serviceClasses: terms(CLASS.social),
    targetGroups: terms(GROUP.adults, GROUP.families),
    keywords: {
      fi: ['sosiaalineuvonta', 'sosiaaliohjaus', 'toimeentulotuki', 'asuminen', 'velat', 'perhetyö'],
    },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Sosiaalineuvonta' }, '05 000 0565', HOURS.wd9to15)],
    webPages: [
      { name: { fi: 'Sosiaalineuvonta' }, url: 'https://example.fi/etela-karjala/sosiaalineuvonta' },
    ],
    serviceLocations: [],
    eServices: [
      { name: { fi: 'Sosiaaliohjauksen chat' }, url: 'https://example.fi/etela-karjala/chat/sosiaaliohjaus' },
    ],
    agentInstructions: {
      fi: `- Kiireellinen tilanne (ei ruokaa tai yöpaikkaa tänään, väkivalta, lapsi vaarassa) → *Yhteys sosiaalipäivystykseen*.
- Perustoimeentulotuki → Kela. **Älä arvioi, saako asiakas tukea.**
- Lapsiperheen arjen tuki (perhetyö, kotipalvelu) → sosiaaliohjaus arvioi tarpeen.`,
    },
    internalPhones: [{ label: { fi: 'Sosiaaliohjaajien tiimi' }, number: '05 000 0766' }],
    extraKeywords: { fi: ['sossu', 'toimari', 'rahat loppu', 'häätö', 'lapsiperheiden kotipalvelu'] },
    instructionSlugs: ['sosiaalipaivystys-yhteys', 'lastensuojeluilmoitus'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: 'etela-karjala-social-counselling-chat',
  },
  {
    ...base,
    slug: 'etela-karjala-ikaihmisten-asiakasohjaus-ja-kotihoito',
    name: { fi: 'Ikäihmisten asiakasohjaus ja kotihoito' },
    summary: {
      fi: 'Neuvontaa ja palvelutarpeen arviointia ikäihmisille ja läheisille sekä kotihoidon asiakkaiden yhteydenotot.',
    },
    description: {
      fi: `Asiakasohjaus neuvoo kotona asumista tukevissa palveluissa, kuten kotihoidossa, turvapuhelimessa, ateriapalvelussa ja omaishoidon tuessa, ja sopii tarvittaessa palvelutarpeen arvioinnista.

Kotihoidon asiakkaiden asiat välitetään asiakkaan omalle kotihoitotiimille. Huolesta iäkkään henkilön pärjäämisestä voi tehdä ilmoituksen.`,
    },
    userInstruction: { fi: 'Soita asiakasohjaukseen. Hätätilanteessa soita 112.' },
    organizationName: E.org,
    serviceClasses: terms(CLASS.elderly, CLASS.social),
    targetGroups: terms(GROUP.elderly, GROUP.relatives),
    keywords: {
      fi: [
        'kotihoito',
        'asiakasohjaus',
        'ikäihmiset',
        'turvapuhelin',
        'omaishoito',
        'palvelutarpeen arviointi',
      ],
    },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Ikäihmisten asiakasohjaus' }, '05 000 0570', HOURS.wd8to15)],
    webPages: [{ name: { fi: 'Ikäihmisten palvelut' }, url: 'https://example.fi/etela-karjala/ikaihmiset' }],
    serviceLocations: [],
    eServices: [],
    agentInstructions: {
      fi: `Ks. *Kiireellinen yhteydenotto kotihoidon asiakkaasta*.
- Hätämerkit → 112. Äkillinen sekavuus → hoitajan arvio samana päivänä; virka-ajan ulkopuolella 116117.
- **Älä lupaa** lisäkäyntejä tai palveluasumista.`,
    },
    internalPhones: [
      { label: { fi: 'Kotihoito, Lappeenranta' }, number: '05 000 0771' },
      { label: { fi: 'Kotihoito, Imatra' }, number: '05 000 0772' },
    ],
    extraKeywords: { fi: ['kotipalvelu', 'vanhainkoti', 'hoivakoti', 'turvaranneke'] },
    instructionSlugs: ['kotihoito-kiireellinen', 'huoli-ilmoitus-iakas'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: 'etela-karjala-customer-service-video',
  },
  {
    ...base,
    slug: 'etela-karjala-rokotukset',
    name: { fi: 'Rokotukset' },
    summary: { fi: 'Kansallisen rokotusohjelman rokotukset ja kausirokotukset.' },
    description: {
      fi: `Lasten rokotukset annetaan neuvolassa ja kouluterveydenhuollossa, aikuisten rokotukset terveysasemilla. Kausi-influenssarokotus on maksuton THL:n määrittelemille ryhmille. Kausirokotusten ajanvarauksesta tiedotetaan erikseen.`,
    },
    userInstruction: { fi: 'Varaa aika verkossa tai soita rokotusten ajanvaraukseen.' },
    organizationName: E.org,
    serviceClasses: terms(CLASS.prevention, CLASS.primary),
    targetGroups: terms(GROUP.citizens),
    keywords: { fi: ['rokotus', 'rokote', 'influenssarokote', 'koronarokote', 'jäykkäkouristus'] },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Rokotusten ajanvaraus' }, '05 000 0580', HOURS.wd9to15)],
    webPages: [{ name: { fi: 'Rokotukset' }, url: 'https://example.fi/etela-karjala/rokotukset' }],
    serviceLocations: [],
    eServices: [
      { name: { fi: 'Rokotusajan varaus' }, url: 'https://example.fi/etela-karjala/rokotukset/ajanvaraus' },
    ],
    agentInstructions: {
      fi: `- Kohderyhmät ajantasaisesta THL:n ohjeesta; jos asiakas kertoo sairauksistaan, siirrä hoitajalle.
- Rokotuksen jälkeinen vakava reaktio → 112.`,
    },
    internalPhones: [],
    extraKeywords: { fi: ['piikki', 'kausirokote', 'flunssapiikki'] },
    instructionSlugs: [],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: 'etela-karjala-nurse-chat',
  },
  {
    ...base,
    slug: 'etela-karjala-laboratorio',
    name: { fi: 'Laboratorio ja näytteenotto' },
    summary: { fi: 'Näytteenotto lähetteellä. Varaa aika verkossa.' },
    description: {
      fi: `Laboratoriossa otetaan lääkärin tai hoitajan määräämät näytteet. Varaa aika ensisijaisesti verkossa. Tarkista, vaatiiko tutkimus paastoa. Tulokset näet OmaKannassa.`,
    },
    userInstruction: { fi: 'Varaa aika verkossa tai soita ajanvaraukseen.' },
    organizationName: E.org,
    serviceClasses: terms(CLASS.primary, CLASS.specialist),
    targetGroups: terms(GROUP.citizens),
    keywords: { fi: ['laboratorio', 'verikoe', 'näytteenotto', 'paasto'] },
    regionCodes: ['etela-karjala'],
    municipalityCodes: E.municipalities,
    phoneChannels: [chargedPhone({ fi: 'Laboratorion ajanvaraus' }, '05 000 0585', HOURS.wd8to12)],
    webPages: [{ name: { fi: 'Laboratorio' }, url: 'https://example.fi/etela-karjala/laboratorio' }],
    serviceLocations: [
      {
        name: { fi: 'Laboratorio, Etelä-Karjalan keskussairaala' },
        ...SOUTH_KARELIA_CENTRAL_HOSPITAL,
        openingHours: HOURS.wd7to15,
      },
      {
        name: { fi: 'Laboratorio, Imatran terveysasema' },
        ...IMATRA_HEALTH_CENTRE,
        openingHours: HOURS.wd7to15,
      },
    ],
    eServices: [
      {
        name: { fi: 'Laboratorion ajanvaraus' },
        url: 'https://example.fi/etela-karjala/laboratorio/ajanvaraus',
      },
    ],
    agentInstructions: {
      fi: `- Tulosten tulkinta kuuluu tutkimuksen määränneelle yksikölle.
- **Älä varaa aikaa ilman voimassa olevaa lähetettä**; ohjaa hoitajalle.`,
    },
    internalPhones: [],
    extraKeywords: { fi: ['labra', 'verikokeet', 'virtsanäyte'] },
    instructionSlugs: ['tunnistaminen-ja-tietosuoja'],
    guideSlugs: [],
    protocolCodes: [],
    queueCode: null,
  },
];

/** All sample service entries, Pohjanmaa first. */
export const services: ServiceSeed[] = [...pohjanmaa, ...kymenlaakso, ...etelaKarjala].map(
  withStructuredHours,
);
