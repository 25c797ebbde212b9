/**
 * Sample search synonym groups (SearchSynonym). Each group lists words that should find each other
 * (multi-way synonyms). `terms` is localized: a locale version exists when the group has terms for it.
 * Colloquial words agents and citizens actually type ("terkkari", "hammaslekuri", "sossu") are included.
 * Keep groups narrow: a very general word (e.g. "aika", "sairaala") would make every search noisy.
 */

/** A synonym group: one list of terms per locale. Natural key: `name`. A locale exists when `terms` has it. */
export interface SearchSynonymSeed {
  name: string;
  terms: { fi: string[]; sv?: string[]; en?: string[] };
}

export const synonyms: SearchSynonymSeed[] = [
  {
    name: 'suun-terveydenhuolto',
    terms: {
      fi: [
        'hammaslääkäri',
        'hammashoito',
        'suun terveydenhuolto',
        'hammashoitola',
        'hammaslekuri',
        'hammastohtori',
      ],
      sv: ['tandläkare', 'tandvård', 'munhälsovård', 'tandklinik'],
      en: ['dentist', 'dental care', 'oral health care'],
    },
  },
  {
    name: 'neuvola',
    terms: {
      fi: ['neuvola', 'äitiysneuvola', 'lastenneuvola', 'neukkari'],
      sv: ['rådgivning', 'mödrarådgivning', 'barnrådgivning'],
      en: ['maternity clinic', 'child health clinic', 'neuvola'],
    },
  },
  {
    name: 'paihteet',
    terms: {
      fi: ['päihde', 'päihteet', 'alkoholi', 'huume', 'huumeet', 'viina'],
      sv: ['missbruk', 'rusmedel', 'alkohol', 'droger'],
      en: ['substance use', 'alcohol', 'drugs'],
    },
  },
  {
    name: 'mielenterveys',
    terms: {
      fi: ['mielenterveys', 'psykiatria', 'mielenterveyspalvelut', 'psyka'],
      sv: ['psykisk hälsa', 'psykiatri', 'mentalvård'],
      en: ['mental health', 'psychiatry'],
    },
  },
  {
    name: 'sosiaalipaivystys',
    terms: {
      fi: ['sosiaalipäivystys', 'kriisipäivystys', 'sosiaali- ja kriisipäivystys'],
      sv: ['socialjour', 'krisjour'],
      en: ['social emergency service', 'crisis service'],
    },
  },
  {
    name: 'terveysasema',
    terms: {
      fi: ['terveysasema', 'terveyskeskus', 'terkkari'],
      sv: ['hälsostation', 'hälsocentral'],
      en: ['health centre', 'health center', 'health station'],
    },
  },
  {
    name: 'ajanvaraus',
    terms: {
      fi: ['ajanvaraus', 'varaus', 'ajan varaaminen'],
      sv: ['tidsbokning', 'bokning'],
      en: ['appointment', 'booking'],
    },
  },
  {
    name: 'paivystys',
    terms: {
      fi: ['päivystys', 'päivystysapu', '116117', 'yhteispäivystys'],
      sv: ['jour', 'jourhjälpen', 'samjour'],
      en: ['emergency department', 'urgent care', 'medical helpline'],
    },
  },
  {
    name: 'laboratorio',
    terms: {
      fi: ['laboratorio', 'labra', 'näytteenotto', 'verikoe'],
      sv: ['laboratorium', 'provtagning', 'blodprov'],
      en: ['laboratory', 'lab', 'blood test'],
    },
  },
  {
    name: 'kotihoito',
    terms: {
      fi: ['kotihoito', 'kotipalvelu', 'kotisairaanhoito'],
      sv: ['hemvård', 'hemtjänst', 'hemsjukvård'],
      en: ['home care', 'home help'],
    },
  },
  {
    name: 'rokotus',
    terms: {
      fi: ['rokotus', 'rokote', 'piikki'],
      sv: ['vaccination', 'vaccin', 'spruta'],
      en: ['vaccination', 'vaccine', 'jab'],
    },
  },
  {
    name: 'sosiaalityo',
    terms: {
      fi: ['sosiaalityö', 'sosiaalitoimisto', 'sosiaaliohjaus', 'sossu'],
      sv: ['socialt arbete', 'socialbyrå', 'social handledning'],
      en: ['social work', 'social counselling'],
    },
  },
  {
    name: 'fysioterapia',
    terms: {
      fi: ['fysioterapia', 'fysioterapeutti', 'fyssari'],
      sv: ['fysioterapi', 'fysioterapeut'],
      en: ['physiotherapy', 'physiotherapist', 'physio'],
    },
  },
  {
    name: 'lastensuojelu',
    terms: {
      fi: ['lastensuojelu', 'lastensuojeluilmoitus', 'lasu'],
      sv: ['barnskydd', 'barnskyddsanmälan'],
      en: ['child welfare', 'child protection'],
    },
  },
  {
    name: 'erikoissairaanhoito',
    terms: {
      fi: ['erikoissairaanhoito', 'keskussairaala', 'ksh'],
      sv: ['specialiserad sjukvård', 'centralsjukhus'],
      en: ['specialist care', 'central hospital'],
    },
  },
  {
    name: 'hammassarky',
    terms: {
      fi: ['hammassärky', 'hammaskipu', 'hammasta särkee'],
      sv: ['tandvärk', 'ont i tanden'],
      en: ['toothache', 'tooth pain'],
    },
  },
];
