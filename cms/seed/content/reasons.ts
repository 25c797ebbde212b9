/**
 * Sample contact reason categories (ContactReason): the code list agents pick from when logging why a citizen got in
 * touch. Agent-only; the contact log stores the code. Every category is in Finnish, Swedish and English.
 */

type LocalizedText = { fi: string; sv?: string; en?: string };

/** A reason category. Natural key: `code`. A locale version exists when `label` has it. */
export interface ContactReasonSeed {
  code: string;
  label: LocalizedText;
  description?: LocalizedText;
  /** Position in the agent's list (ascending). */
  sortOrder: number;
}

export const reasons: ContactReasonSeed[] = [
  {
    code: 'symptom_or_illness',
    sortOrder: 10,
    label: { fi: 'Oire tai sairaus', sv: 'Symtom eller sjukdom', en: 'Symptom or illness' },
    description: {
      fi: 'Akuutti oire, sairastuminen tai tapaturma, hoidon tarpeen arviointi.',
      sv: 'Akut symtom, insjuknande eller olycksfall, bedömning av vårdbehov.',
      en: 'An acute symptom, illness or injury; assessment of the need for care.',
    },
  },
  {
    code: 'medication',
    sortOrder: 20,
    label: { fi: 'Lääkitys ja reseptit', sv: 'Medicinering och recept', en: 'Medication and prescriptions' },
    description: {
      fi: 'Lääkkeiden käyttö, haittavaikutukset ja reseptien uusiminen.',
      sv: 'Användning av läkemedel, biverkningar och förnyelse av recept.',
      en: 'Use of medicines, side effects and prescription renewals.',
    },
  },
  {
    code: 'appointment_or_booking',
    sortOrder: 30,
    label: { fi: 'Ajanvaraus', sv: 'Tidsbokning', en: 'Appointment or booking' },
    description: {
      fi: 'Ajan varaaminen, siirtäminen tai peruminen.',
      sv: 'Boka, flytta eller avboka en tid.',
      en: 'Booking, moving or cancelling an appointment.',
    },
  },
  {
    code: 'test_results',
    sortOrder: 40,
    label: { fi: 'Tutkimustulokset', sv: 'Provsvar', en: 'Test results' },
    description: {
      fi: 'Laboratorio- ja kuvantamistulokset sekä niiden jatkotoimet.',
      sv: 'Laboratorie- och bilddiagnostiska svar och fortsatta åtgärder.',
      en: 'Laboratory and imaging results and what follows from them.',
    },
  },
  {
    code: 'social_welfare_and_livelihood',
    sortOrder: 50,
    label: {
      fi: 'Sosiaalihuolto ja toimeentulo',
      sv: 'Socialvård och utkomst',
      en: 'Social welfare and livelihood',
    },
    description: {
      fi: 'Sosiaaliohjaus, toimeentulotuki, asuminen ja arjen tuki.',
      sv: 'Social handledning, utkomststöd, boende och stöd i vardagen.',
      en: 'Social counselling, social assistance, housing and support in daily life.',
    },
  },
  {
    code: 'mental_health_or_substance_use',
    sortOrder: 60,
    label: {
      fi: 'Mielenterveys tai päihteet',
      sv: 'Psykisk hälsa eller rusmedel',
      en: 'Mental health or substance use',
    },
    description: {
      fi: 'Mielenterveyden ja päihteiden käytön kysymykset, kriisitilanteet.',
      sv: 'Frågor om psykisk hälsa och rusmedelsbruk, krissituationer.',
      en: 'Questions about mental health and substance use; crisis situations.',
    },
  },
  {
    code: 'children_and_families',
    sortOrder: 70,
    label: { fi: 'Lapset ja perheet', sv: 'Barn och familjer', en: 'Children and families' },
    description: {
      fi: 'Neuvola, perhepalvelut, lastensuojelu ja kasvatuksen tuki.',
      sv: 'Rådgivning, familjetjänster, barnskydd och stöd i fostran.',
      en: 'Maternity and child clinics, family services, child welfare and parenting support.',
    },
  },
  {
    code: 'older_people',
    sortOrder: 80,
    label: { fi: 'Ikääntyneiden palvelut', sv: 'Tjänster för äldre', en: "Older people's services" },
    description: {
      fi: 'Kotihoito, omaishoito, asumispalvelut ja palvelutarpeen arviointi.',
      sv: 'Hemvård, närståendevård, boendeservice och bedömning av servicebehov.',
      en: 'Home care, informal care, housing services and service-need assessment.',
    },
  },
  {
    code: 'oral_health',
    sortOrder: 90,
    label: { fi: 'Suun terveys', sv: 'Munhälsa', en: 'Oral health' },
    description: {
      fi: 'Hammassärky, suun ja hampaiden hoito.',
      sv: 'Tandvärk, vård av mun och tänder.',
      en: 'Toothache; care of the mouth and teeth.',
    },
  },
  {
    code: 'other',
    sortOrder: 1000,
    label: { fi: 'Muu asia', sv: 'Annat ärende', en: 'Other' },
    description: {
      fi: 'Asia, joka ei sovi muihin luokkiin; kirjaa syy vapaaseen tekstiin.',
      sv: 'Ett ärende som inte passar i de andra kategorierna; skriv orsaken i fritext.',
      en: 'Anything that fits no other category; describe the reason in the free text.',
    },
  },
];
