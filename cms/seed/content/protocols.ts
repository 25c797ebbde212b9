/**
 * Sample triage protocols: non-urgent care need assessment by a nurse on the phone.
 *
 * Evaluation (content-models `evaluateTriage`): red flags first – any match decides at once, the most
 * urgent one wins; otherwise the most urgent matching rule wins; otherwise `defaultOutcome`. Every
 * question must be answered before rules apply, so each question has an answer the nurse can always give
 * (for an unmeasured temperature the question text says what to record).
 *
 * The medicine is deliberately conservative: when in doubt, the more urgent outcome. Dispositions point
 * to the sample Pohjanmaa service entries `pohjanmaa-116117`, `pohjanmaa-terveysasema-vaasa` and
 * `pohjanmaa-suun-terveydenhuolto`, and self-care outcomes to the self-care guides.
 */
import type {
  LocalizedText,
  RedFlag,
  Source,
  TriageOutcome,
  TriageQuestion,
  TriageRule,
  Urgency,
} from '@neuvo/content-models';

/** A triage protocol as the seed writes it (natural key `code` + `version`). */
export interface TriageProtocolSeed {
  code: string;
  version: number;
  complaint: LocalizedText;
  audience: 'adult' | 'child';
  questions: TriageQuestion[];
  redFlags: RedFlag[];
  rules: TriageRule[];
  outcomes: TriageOutcome[];
  defaultOutcome: Urgency;
  sources: Source[];
}

/** Service entry slugs the protocols refer to (written by the services seed). */
export const PROTOCOL_SERVICE_SLUGS = {
  paivystysapu: 'pohjanmaa-116117',
  healthCentre: 'pohjanmaa-terveysasema-vaasa',
  oralHealth: 'pohjanmaa-suun-terveydenhuolto',
} as const;

const TERVEYSKIRJASTO: Source = {
  title: 'Terveyskirjasto (Duodecim)',
  url: 'https://www.terveyskirjasto.fi/',
};
const KAYPA_HOITO: Source = {
  title: 'Käypä hoito -suositukset (Duodecim)',
  url: 'https://www.kaypahoito.fi/',
};
const PAIVYSTYSAPU: Source = { title: 'Päivystysapu 116117', url: 'https://www.116117.fi/' };
const THL: Source = { title: 'Terveyden ja hyvinvoinnin laitos (THL)', url: 'https://thl.fi/' };

// ---------------------------------------------------------------------------------------------------------
// Shared building blocks

/** Highest measured temperature; the nurse records 37 when nothing was measured and no fever is felt. */
function feverQuestion(): TriageQuestion {
  return {
    id: 'fever_c',
    type: 'number',
    unit: '°C',
    min: 34,
    max: 43,
    text: {
      fi: 'Mikä on korkein mitattu lämpö viimeisen vuorokauden aikana (°C)? Jos lämpöä ei ole mitattu eikä kuumeen tunnetta ole, kirjaa 37.',
      sv: 'Vilken är den högsta uppmätta temperaturen under det senaste dygnet (°C)? Om temperaturen inte har mätts och det inte finns någon feberkänsla, anteckna 37.',
      en: 'What is the highest temperature measured in the last 24 hours (°C)? If it has not been measured and there is no feeling of fever, record 37.',
    },
  };
}

function durationQuestion(text: LocalizedText, max: number): TriageQuestion {
  return { id: 'duration_days', type: 'number', unit: 'days', min: 0, max, text };
}

function painIntensityQuestion(): TriageQuestion {
  return {
    id: 'pain_intensity',
    type: 'number',
    unit: '/10',
    min: 0,
    max: 10,
    text: {
      fi: 'Kuinka voimakas kipu on asteikolla 0–10 (0 = ei kipua, 10 = pahin mahdollinen kipu)?',
      sv: 'Hur stark är smärtan på en skala 0–10 (0 = ingen smärta, 10 = värsta tänkbara smärta)?',
      en: 'How strong is the pain on a scale of 0–10 (0 = no pain, 10 = worst pain imaginable)?',
    },
  };
}

/** An adult's general condition; `poor` is always a red flag. */
function adultGeneralConditionQuestion(poor: LocalizedText): TriageQuestion {
  return {
    id: 'general_condition',
    type: 'choice',
    text: {
      fi: 'Millainen on yleisvointi?',
      sv: 'Hur är allmäntillståndet?',
      en: 'How is the general condition?',
    },
    options: [
      {
        value: 'good',
        label: {
          fi: 'Hyvä – jaksaa tavalliset päivittäiset toimet',
          sv: 'Gott – orkar med vanliga dagliga sysslor',
          en: 'Good – manages usual daily activities',
        },
      },
      {
        value: 'reduced',
        label: {
          fi: 'Heikentynyt – väsynyt ja lepää paljon, mutta juo ja liikkuu',
          sv: 'Nedsatt – trött och vilar mycket, men dricker och rör sig',
          en: 'Reduced – tired and resting a lot, but drinking and moving about',
        },
      },
      { value: 'poor', label: poor },
    ],
  };
}

const ADVICE_112: LocalizedText = {
  fi: 'Soita heti hätänumeroon 112. Hätäkeskus arvioi tilanteen ja lähettää tarvittaessa ambulanssin. Älä lähde ajamaan itse.',
  sv: 'Ring genast nödnumret 112. Nödcentralen bedömer läget och skickar vid behov en ambulans. Kör inte själv.',
  en: 'Call the emergency number 112 at once. The emergency response centre assesses the situation and sends an ambulance if needed. Do not drive yourself.',
};

function outcome(
  urgency: Urgency,
  advice: LocalizedText,
  disposition: TriageOutcome['disposition'],
): TriageOutcome {
  return { urgency, advice, disposition };
}

const toService = (serviceSlug: string): TriageOutcome['disposition'] => ({ kind: 'service', serviceSlug });
const toGuide = (guideSlug: string): TriageOutcome['disposition'] => ({ kind: 'guide', guideSlug });

// ---------------------------------------------------------------------------------------------------------
// Sore throat, adult

const soreThroatAdult: TriageProtocolSeed = {
  code: 'sore-throat-adult',
  version: 1,
  complaint: { fi: 'Kurkkukipu, aikuinen', sv: 'Halsont, vuxen', en: 'Sore throat, adult' },
  audience: 'adult',
  questions: [
    {
      id: 'breathing_difficulty',
      type: 'boolean',
      text: {
        fi: 'Onko hengittäminen vaikeaa tai kuuluuko sisäänhengityksessä vinkunaa?',
        sv: 'Är det svårt att andas eller hörs ett pipande ljud vid inandning?',
        en: 'Is breathing difficult, or is there a whistling sound when breathing in?',
      },
    },
    {
      id: 'cannot_swallow_saliva',
      type: 'boolean',
      text: {
        fi: 'Onko syljen nieleminen mahdotonta tai valuuko sylki suusta?',
        sv: 'Är det omöjligt att svälja saliv eller rinner saliven ur munnen?',
        en: 'Is it impossible to swallow saliva, or is the patient drooling?',
      },
    },
    {
      id: 'one_sided_severe_pain',
      type: 'boolean',
      text: {
        fi: 'Onko kipu voimakas ja toispuoleinen, ja onko suun avaaminen vaikeaa tai ääni puuromainen?',
        sv: 'Är smärtan kraftig och ensidig, och är det svårt att gapa eller är rösten grötig?',
        en: 'Is the pain severe and one-sided, with difficulty opening the mouth or a muffled voice?',
      },
    },
    adultGeneralConditionQuestion({
      fi: 'Huono – erittäin voimaton, ei pysty juomaan tai on sekava',
      sv: 'Dåligt – mycket kraftlös, kan inte dricka eller är förvirrad',
      en: 'Poor – very weak, unable to drink or confused',
    }),
    feverQuestion(),
    durationQuestion(
      {
        fi: 'Kuinka monta päivää kurkkukipu on kestänyt?',
        sv: 'Hur många dagar har halsonten varat?',
        en: 'For how many days has the sore throat lasted?',
      },
      365,
    ),
    {
      id: 'cough',
      type: 'boolean',
      text: {
        fi: 'Onko potilaalla yskää?',
        sv: 'Har patienten hosta?',
        en: 'Does the patient have a cough?',
      },
    },
    {
      id: 'tonsil_exudate',
      type: 'boolean',
      text: {
        fi: 'Onko nielurisoissa valkoisia peitteitä tai ovatko ne selvästi turvonneet?',
        sv: 'Har halsmandlarna vita beläggningar eller är de tydligt svullna?',
        en: 'Are there white patches on the tonsils, or are they clearly swollen?',
      },
    },
    {
      id: 'tender_neck_nodes',
      type: 'boolean',
      text: {
        fi: 'Ovatko kaulan etuosan imusolmukkeet turvonneet ja arat?',
        sv: 'Är lymfkörtlarna på halsens framsida svullna och ömma?',
        en: 'Are the glands at the front of the neck swollen and tender?',
      },
    },
  ],
  redFlags: [
    {
      id: 'breathing-difficulty',
      when: { question: 'breathing_difficulty', equals: true },
      outcome: 'emergency_112',
      reason: {
        fi: 'Hengitysvaikeus kurkkukivun yhteydessä voi olla merkki ylähengitysteiden ahtautumisesta, esimerkiksi kurkunkannen tulehduksesta.',
        sv: 'Andningssvårigheter i samband med halsont kan vara tecken på att de övre luftvägarna blir trängre, till exempel vid struplocksinflammation.',
        en: 'Difficulty breathing with a sore throat may be a sign of upper airway narrowing, for example epiglottitis.',
      },
    },
    {
      id: 'cannot-swallow-saliva',
      when: { question: 'cannot_swallow_saliva', equals: true },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Kyvyttömyys niellä sylkeä tai kuolaaminen viittaa kurkunkannen tulehdukseen tai nielun paiseeseen, jotka voivat nopeasti tukkia hengitystien.',
        sv: 'Oförmåga att svälja saliv eller dregling tyder på struplocksinflammation eller en böld i svalget, som snabbt kan täppa till luftvägen.',
        en: 'Inability to swallow saliva or drooling suggests epiglottitis or a throat abscess, which can quickly block the airway.',
      },
    },
    {
      id: 'peritonsillar-abscess-signs',
      when: { question: 'one_sided_severe_pain', equals: true },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Voimakas toispuoleinen kipu, suun avaamisen vaikeus ja puuromainen ääni viittaavat nielurisan ympäryspaiseeseen.',
        sv: 'Kraftig ensidig smärta, svårt att gapa och grötig röst tyder på halsböld (peritonsillit).',
        en: 'Severe one-sided pain, difficulty opening the mouth and a muffled voice suggest a peritonsillar abscess (quinsy).',
      },
    },
    {
      id: 'poor-general-condition',
      when: { question: 'general_condition', equals: 'poor' },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Huono yleisvointi voi olla merkki vakavasta infektiosta tai kuivumisesta.',
        sv: 'Dåligt allmäntillstånd kan vara tecken på en allvarlig infektion eller uttorkning.',
        en: 'A poor general condition may be a sign of a serious infection or dehydration.',
      },
    },
  ],
  rules: [
    {
      // Modified Centor: fever ≥ 38 °C, no cough, tonsillar exudate/swelling, tender anterior neck nodes.
      // Three or four criteria → strep test the same day; the grammar has no counting, so list the
      // four three-criteria combinations (four criteria match all of them).
      id: 'centor-3-or-more',
      when: {
        any: [
          {
            all: [
              { question: 'fever_c', gte: 38 },
              { question: 'cough', equals: false },
              { question: 'tonsil_exudate', equals: true },
            ],
          },
          {
            all: [
              { question: 'fever_c', gte: 38 },
              { question: 'cough', equals: false },
              { question: 'tender_neck_nodes', equals: true },
            ],
          },
          {
            all: [
              { question: 'fever_c', gte: 38 },
              { question: 'tonsil_exudate', equals: true },
              { question: 'tender_neck_nodes', equals: true },
            ],
          },
          {
            all: [
              { question: 'cough', equals: false },
              { question: 'tonsil_exudate', equals: true },
              { question: 'tender_neck_nodes', equals: true },
            ],
          },
        ],
      },
      outcome: 'urgent_same_day',
    },
    {
      id: 'reduced-general-condition',
      when: { question: 'general_condition', equals: 'reduced' },
      outcome: 'urgent_same_day',
    },
    {
      id: 'high-or-prolonged-fever',
      when: {
        any: [
          { question: 'fever_c', gte: 39 },
          {
            all: [
              { question: 'fever_c', gte: 38 },
              { question: 'duration_days', gte: 3 },
            ],
          },
        ],
      },
      outcome: 'urgent_same_day',
    },
    { id: 'prolonged-sore-throat', when: { question: 'duration_days', gte: 7 }, outcome: 'non_urgent' },
  ],
  outcomes: [
    outcome('emergency_112', ADVICE_112, toService(PROTOCOL_SERVICE_SLUGS.paivystysapu)),
    outcome(
      'paivystys_now',
      {
        fi: 'Hakeudu heti päivystykseen. Istu etukumarassa, älä makaa selälläsi äläkä syö tai juo. Jos hengittäminen vaikeutuu, soita 112.',
        sv: 'Sök genast vård på jouren. Sitt framåtlutad, ligg inte på rygg och ät eller drick inte. Om det blir svårt att andas, ring 112.',
        en: 'Go to the emergency department at once. Sit leaning forward, do not lie on your back and do not eat or drink. If breathing becomes difficult, call 112.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.paivystysapu),
    ),
    outcome(
      'urgent_same_day',
      {
        fi: 'Oireet viittaavat mahdolliseen bakteeriperäiseen nielutulehdukseen tai vaativat muuten arvion. Varaa aika terveysasemalle samalle päivälle; siellä tehdään tarvittaessa streptokokkipikatesti. Terveysaseman ollessa kiinni soita 116117.',
        sv: 'Symtomen tyder på en möjlig bakteriell halsinfektion eller behöver annars bedömas. Boka tid till hälsostationen samma dag; där görs vid behov ett snabbtest för streptokocker. När hälsostationen är stängd, ring 116117.',
        en: 'The symptoms suggest a possible bacterial throat infection or otherwise need assessment. Book a same-day appointment at the health centre, where a rapid strep test is done if needed. When the health centre is closed, call 116117.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.healthCentre),
    ),
    outcome(
      'non_urgent',
      {
        fi: 'Yli viikon jatkunut kurkkukipu on syytä tutkia. Varaa kiireetön aika terveysasemalle lähipäiville ja ota yhteyttä uudelleen, jos oireet pahenevat.',
        sv: 'Halsont som pågått i över en vecka bör undersökas. Boka en icke-brådskande tid till hälsostationen under de närmaste dagarna och kontakta oss igen om symtomen blir värre.',
        en: 'A sore throat lasting more than a week should be examined. Book a non-urgent appointment at the health centre within the next few days and contact us again if the symptoms get worse.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.healthCentre),
    ),
    outcome(
      'self_care',
      {
        fi: 'Kyse on todennäköisimmin virusperäisestä nielutulehduksesta, joka paranee omahoidolla noin viikossa; antibiootista ei ole apua. Lue kurkkukivun omahoito-ohje ja ota uudelleen yhteyttä, jos ohjeessa mainittuja hoitoon hakeutumisen merkkejä ilmaantuu.',
        sv: 'Det är troligen fråga om en virusorsakad halsinfektion som går över med egenvård på ungefär en vecka; antibiotika hjälper inte. Läs egenvårdsanvisningen om halsont och kontakta oss igen om du får tecken på att du behöver vård.',
        en: 'This is most likely a viral throat infection that gets better with self-care in about a week; antibiotics do not help. Read the self-care guide on sore throat and contact us again if any of the warning signs in it appear.',
      },
      toGuide('kurkkukipu'),
    ),
  ],
  defaultOutcome: 'self_care',
  sources: [KAYPA_HOITO, TERVEYSKIRJASTO, PAIVYSTYSAPU],
};

// ---------------------------------------------------------------------------------------------------------
// Fever, child

const feverChild: TriageProtocolSeed = {
  code: 'fever-child',
  version: 1,
  complaint: { fi: 'Kuume, lapsi', sv: 'Feber, barn', en: 'Fever, child' },
  audience: 'child',
  questions: [
    {
      id: 'age_months',
      type: 'number',
      unit: 'months',
      min: 0,
      max: 215,
      text: {
        fi: 'Lapsen ikä täysinä kuukausina (esimerkiksi 1 v 3 kk = 15)?',
        sv: 'Barnets ålder i fyllda månader (till exempel 1 år 3 mån = 15)?',
        en: "The child's age in completed months (for example 1 year 3 months = 15)?",
      },
    },
    {
      id: 'fever_c',
      type: 'number',
      unit: '°C',
      min: 34,
      max: 43,
      text: {
        fi: 'Mikä on korkein mitattu lämpö viimeisen vuorokauden aikana (°C)?',
        sv: 'Vilken är den högsta uppmätta temperaturen under det senaste dygnet (°C)?',
        en: 'What is the highest temperature measured in the last 24 hours (°C)?',
      },
    },
    durationQuestion(
      {
        fi: 'Kuinka monta vuorokautta kuume on kestänyt?',
        sv: 'Hur många dygn har febern varat?',
        en: 'For how many days has the fever lasted?',
      },
      30,
    ),
    {
      id: 'general_condition',
      type: 'choice',
      text: {
        fi: 'Millainen on lapsen yleisvointi, kun kuume on hieman laskenut?',
        sv: 'Hur är barnets allmäntillstånd när febern har gått ner något?',
        en: "How is the child's general condition when the fever has come down a little?",
      },
      options: [
        {
          value: 'good',
          label: {
            fi: 'Hyvä – leikkii, on kontaktissa ja juo',
            sv: 'Gott – leker, har kontakt och dricker',
            en: 'Good – plays, responds and drinks',
          },
        },
        {
          value: 'reduced',
          label: {
            fi: 'Heikentynyt – väsynyt ja kitisevä, mutta kontaktissa ja juo',
            sv: 'Nedsatt – trött och gnällig, men har kontakt och dricker',
            en: 'Reduced – tired and whiny, but responds and drinks',
          },
        },
        {
          value: 'poor',
          label: {
            fi: 'Huono – veltto, vaikeasti herätettävä, ei ole kontaktissa tai itkee lohduttomasti',
            sv: 'Dåligt – slapp, svår att väcka, har ingen kontakt eller gråter otröstligt',
            en: 'Poor – floppy, hard to wake, not responding or crying inconsolably',
          },
        },
      ],
    },
    {
      id: 'breathing_difficulty',
      type: 'boolean',
      text: {
        fi: 'Onko lapsella hengitysvaikeutta: työläs hengitys, kylkivälien tai kaulakuopan vetäytyminen, ähkivä uloshengitys tai huulten sinerrys?',
        sv: 'Har barnet andningssvårigheter: ansträngd andning, indragningar mellan revbenen eller i halsgropen, stönande utandning eller blåaktiga läppar?',
        en: 'Does the child have difficulty breathing: laboured breathing, the skin pulling in between the ribs or at the base of the throat, grunting or bluish lips?',
      },
    },
    {
      id: 'non_blanching_rash',
      type: 'boolean',
      text: {
        fi: 'Onko iholla pistemäistä tai mustelmamaista ihottumaa, joka ei haalistu painettaessa (lasikoe)?',
        sv: 'Har barnet punktformiga eller blåmärkesliknande utslag som inte bleknar vid tryck (glastest)?',
        en: 'Is there a spotty or bruise-like rash that does not fade when pressed (glass test)?',
      },
    },
    {
      id: 'stiff_neck',
      type: 'boolean',
      text: {
        fi: 'Onko lapsella niskan jäykkyyttä (leuka ei taivu rintaan) tai poikkeuksellisen kovaa päänsärkyä?',
        sv: 'Har barnet nackstelhet (hakan går inte att böja mot bröstet) eller ovanligt svår huvudvärk?',
        en: 'Does the child have a stiff neck (cannot bend the chin to the chest) or an unusually severe headache?',
      },
    },
    {
      id: 'seizure',
      type: 'boolean',
      text: {
        fi: 'Onko lapsella ollut kouristus tämän kuumeen aikana?',
        sv: 'Har barnet haft kramper under den här febern?',
        en: 'Has the child had a seizure during this fever?',
      },
    },
    {
      id: 'poor_fluid_intake',
      type: 'boolean',
      text: {
        fi: 'Juoko lapsi selvästi tavallista vähemmän, oksentaako hän kaiken tai onko vaippa pysynyt kuivana yli 6 tuntia (isompi lapsi ei ole virtsannut yli 8 tuntiin)?',
        sv: 'Dricker barnet klart mindre än vanligt, kräks barnet upp allt eller har blöjan varit torr i över 6 timmar (ett större barn har inte kissat på över 8 timmar)?',
        en: 'Is the child drinking clearly less than usual, vomiting everything, or has the nappy been dry for more than 6 hours (an older child has not passed urine for more than 8 hours)?',
      },
    },
  ],
  redFlags: [
    {
      id: 'poor-general-condition',
      when: { question: 'general_condition', equals: 'poor' },
      outcome: 'emergency_112',
      reason: {
        fi: 'Veltto, vaikeasti herätettävä tai kontaktiton kuumeinen lapsi voi sairastaa vakavaa infektiota, kuten sepsistä tai aivokalvontulehdusta.',
        sv: 'Ett slappt, svårväckt eller kontaktlöst barn med feber kan ha en allvarlig infektion, till exempel sepsis eller hjärnhinneinflammation.',
        en: 'A floppy, hard-to-wake or unresponsive child with a fever may have a serious infection such as sepsis or meningitis.',
      },
    },
    {
      id: 'breathing-difficulty',
      when: { question: 'breathing_difficulty', equals: true },
      outcome: 'emergency_112',
      reason: {
        fi: 'Hengitysvaikeus kuumeisella lapsella vaatii välitöntä arviota ja hoitoa.',
        sv: 'Andningssvårigheter hos ett barn med feber kräver omedelbar bedömning och vård.',
        en: 'Difficulty breathing in a child with a fever needs immediate assessment and treatment.',
      },
    },
    {
      id: 'non-blanching-rash',
      when: { question: 'non_blanching_rash', equals: true },
      outcome: 'emergency_112',
      reason: {
        fi: 'Painettaessa haalistumaton ihottuma kuumeisella lapsella voi olla meningokokkitaudin merkki.',
        sv: 'Utslag som inte bleknar vid tryck hos ett barn med feber kan vara tecken på meningokocksjukdom.',
        en: 'A rash that does not fade when pressed in a child with a fever may be a sign of meningococcal disease.',
      },
    },
    {
      id: 'stiff-neck',
      when: { question: 'stiff_neck', equals: true },
      outcome: 'emergency_112',
      reason: {
        fi: 'Niskan jäykkyys ja kova päänsärky kuumeen yhteydessä viittaavat aivokalvontulehdukseen.',
        sv: 'Nackstelhet och svår huvudvärk i samband med feber tyder på hjärnhinneinflammation.',
        en: 'A stiff neck and severe headache with fever suggest meningitis.',
      },
    },
    {
      id: 'febrile-seizure',
      when: { question: 'seizure', equals: true },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Kuumekouristuksen jälkeen lapsi tutkitaan päivystyksessä. Jos kouristus kestää yli 5 minuuttia tai lapsi ei herää sen jälkeen, soitetaan 112.',
        sv: 'Efter feberkramper undersöks barnet på jouren. Om kramperna varar längre än 5 minuter eller barnet inte vaknar efteråt ringer man 112.',
        en: 'After a febrile seizure the child is examined at the emergency department. If the seizure lasts more than 5 minutes or the child does not wake up afterwards, call 112.',
      },
    },
    {
      id: 'infant-under-3-months',
      when: {
        all: [
          { question: 'age_months', lte: 2 },
          { question: 'fever_c', gte: 38 },
        ],
      },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Alle 3 kuukauden ikäisen vauvan kuume voi olla merkki vakavasta bakteeri-infektiosta, vaikka vointi vaikuttaisi hyvältä.',
        sv: 'Feber hos en baby under 3 månader kan vara tecken på en allvarlig bakterieinfektion, även om babyn verkar må bra.',
        en: 'A fever in a baby under 3 months may be a sign of a serious bacterial infection, even if the baby seems well.',
      },
    },
    {
      id: 'dehydration',
      when: { question: 'poor_fluid_intake', equals: true },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Vähäinen juominen, jatkuva oksentelu tai kuivat vaipat viittaavat kuivumiseen.',
        sv: 'Lite vätskeintag, ständiga kräkningar eller torra blöjor tyder på uttorkning.',
        en: 'Drinking little, constant vomiting or dry nappies suggest dehydration.',
      },
    },
  ],
  rules: [
    {
      id: 'infant-3-to-5-months',
      when: {
        all: [
          { question: 'age_months', gte: 3, lte: 5 },
          { question: 'fever_c', gte: 38 },
        ],
      },
      outcome: 'urgent_same_day',
    },
    {
      id: 'reduced-general-condition',
      when: { question: 'general_condition', equals: 'reduced' },
      outcome: 'urgent_same_day',
    },
    { id: 'fever-3-days-or-more', when: { question: 'duration_days', gte: 3 }, outcome: 'urgent_same_day' },
    { id: 'very-high-fever', when: { question: 'fever_c', gte: 40 }, outcome: 'urgent_same_day' },
  ],
  outcomes: [
    outcome(
      'emergency_112',
      {
        fi: 'Soita heti hätänumeroon 112. Pidä lapsi lähelläsi ja seuraa hänen hengitystään ja heräämistään, kunnes apu tulee. Älä anna lapselle mitään suun kautta, jos hän on vaikeasti herätettävä.',
        sv: 'Ring genast nödnumret 112. Håll barnet nära dig och följ med andningen och om barnet vaknar tills hjälpen kommer. Ge inget genom munnen om barnet är svårt att väcka.',
        en: "Call the emergency number 112 at once. Keep the child close and watch the child's breathing and responsiveness until help arrives. Give nothing by mouth if the child is hard to wake.",
      },
      toService(PROTOCOL_SERVICE_SLUGS.paivystysapu),
    ),
    outcome(
      'paivystys_now',
      {
        fi: 'Lähde lapsen kanssa heti päivystykseen. Jos lapsen vointi heikkenee matkalla, hän kouristaa yli 5 minuuttia tai ei herää, soita 112.',
        sv: 'Åk genast till jouren med barnet. Om barnets tillstånd försämras på vägen, barnet har kramper i över 5 minuter eller inte vaknar, ring 112.',
        en: 'Take the child to the emergency department at once. If the child gets worse on the way, has a seizure lasting more than 5 minutes or does not wake up, call 112.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.paivystysapu),
    ),
    outcome(
      'urgent_same_day',
      {
        fi: 'Lapsen tilanne on hyvä arvioida vastaanotolla tänään. Varaa aika terveysasemalle samalle päivälle; terveysaseman ollessa kiinni soita 116117. Huolehdi siihen asti juomisesta ja seuraa yleisvointia.',
        sv: 'Barnets tillstånd bör bedömas på mottagningen i dag. Boka tid till hälsostationen samma dag; när hälsostationen är stängd, ring 116117. Se till att barnet dricker och följ med allmäntillståndet fram till dess.',
        en: "The child should be assessed at a clinic today. Book a same-day appointment at the health centre; when it is closed, call 116117. Until then make sure the child drinks and watch the child's general condition.",
      },
      toService(PROTOCOL_SERVICE_SLUGS.healthCentre),
    ),
    outcome(
      'self_care',
      {
        fi: 'Lapsen vointi sallii hoidon kotona. Tarjoa juotavaa usein, pue kevyesti ja anna tarvittaessa kuumelääkettä pakkauksen ohjeen mukaan lapsen painon mukaan. Lue lapsen kuumeen omahoito-ohje ja ota heti uudelleen yhteyttä, jos vointi heikkenee tai kuume jatkuu kolmatta vuorokautta.',
        sv: 'Barnets tillstånd tillåter vård hemma. Erbjud dryck ofta, klä barnet lätt och ge vid behov febermedicin enligt förpackningens anvisning för barnets vikt. Läs egenvårdsanvisningen om feber hos barn och kontakta oss genast igen om tillståndet försämras eller febern fortsätter på tredje dygnet.',
        en: "The child's condition allows care at home. Offer drinks often, dress the child lightly and, if needed, give fever medicine as the package instructs for the child's weight. Read the self-care guide on fever in children and contact us again at once if the child gets worse or the fever continues into a third day.",
      },
      toGuide('kuume-lapsi'),
    ),
  ],
  defaultOutcome: 'self_care',
  sources: [TERVEYSKIRJASTO, PAIVYSTYSAPU, THL],
};

// ---------------------------------------------------------------------------------------------------------
// Urinary symptoms, adult

const urinarySymptomsAdult: TriageProtocolSeed = {
  code: 'urinary-symptoms-adult',
  version: 1,
  complaint: {
    fi: 'Virtsaamisvaivat, aikuinen',
    sv: 'Besvär vid urinering, vuxen',
    en: 'Urinary symptoms, adult',
  },
  audience: 'adult',
  questions: [
    {
      id: 'sex',
      type: 'choice',
      text: {
        fi: 'Potilaan sukupuoli (virtsateiden rakenteen mukaan)?',
        sv: 'Patientens kön (enligt urinvägarnas anatomi)?',
        en: "The patient's sex (by urinary tract anatomy)?",
      },
      options: [
        { value: 'female', label: { fi: 'Nainen', sv: 'Kvinna', en: 'Female' } },
        { value: 'male', label: { fi: 'Mies', sv: 'Man', en: 'Male' } },
      ],
    },
    {
      id: 'age_years',
      type: 'number',
      unit: 'years',
      min: 18,
      max: 120,
      text: { fi: 'Potilaan ikä vuosina?', sv: 'Patientens ålder i år?', en: "The patient's age in years?" },
    },
    {
      id: 'pregnant',
      type: 'boolean',
      text: {
        fi: 'Onko potilas raskaana tai mahdollisesti raskaana?',
        sv: 'Är patienten gravid eller möjligen gravid?',
        en: 'Is the patient pregnant or possibly pregnant?',
      },
    },
    feverQuestion(),
    {
      id: 'flank_pain',
      type: 'boolean',
      text: {
        fi: 'Onko kylkikipua tai kipua selässä munuaisten kohdalla?',
        sv: 'Finns det smärta i sidan eller i ryggen i höjd med njurarna?',
        en: 'Is there pain in the side or in the back at kidney level?',
      },
    },
    adultGeneralConditionQuestion({
      fi: 'Huono – sekava, erittäin voimaton tai kylmänhikinen ja kalpea',
      sv: 'Dåligt – förvirrad, mycket kraftlös eller kallsvettig och blek',
      en: 'Poor – confused, very weak, or cold, clammy and pale',
    }),
    {
      id: 'urinary_retention',
      type: 'boolean',
      text: {
        fi: 'Onko virtsaaminen kokonaan estynyt, vaikka rakko tuntuu täydeltä?',
        sv: 'Är det helt omöjligt att kissa fast blåsan känns full?',
        en: 'Is it impossible to pass urine at all although the bladder feels full?',
      },
    },
    durationQuestion(
      {
        fi: 'Kuinka monta päivää oireet ovat kestäneet?',
        sv: 'Hur många dagar har symtomen varat?',
        en: 'For how many days have the symptoms lasted?',
      },
      365,
    ),
    {
      id: 'recurrent_or_risk_factor',
      type: 'boolean',
      text: {
        fi: 'Onko tulehdus uusinut kuukauden sisällä hoidon jälkeen, tai onko potilaalla diabetes, munuaissairaus, virtsakatetri, näkyvää verta virtsassa tai vastustuskykyä heikentävä lääkitys?',
        sv: 'Har infektionen kommit tillbaka inom en månad efter behandling, eller har patienten diabetes, njursjukdom, urinkateter, synligt blod i urinen eller läkemedel som försämrar immunförsvaret?',
        en: 'Has the infection come back within a month after treatment, or does the patient have diabetes, kidney disease, a urinary catheter, visible blood in the urine or medicines that weaken the immune system?',
      },
    },
  ],
  redFlags: [
    {
      id: 'sepsis-signs',
      when: { question: 'general_condition', equals: 'poor' },
      outcome: 'emergency_112',
      reason: {
        fi: 'Sekavuus, voimakas voimattomuus tai kylmänhikisyys virtsatieinfektion yhteydessä voivat olla verenmyrkytyksen (sepsiksen) merkkejä.',
        sv: 'Förvirring, kraftig kraftlöshet eller kallsvett vid urinvägsinfektion kan vara tecken på blodförgiftning (sepsis).',
        en: 'Confusion, severe weakness or cold sweat with a urinary tract infection may be signs of sepsis.',
      },
    },
    {
      id: 'pyelonephritis-signs',
      when: {
        all: [
          { question: 'flank_pain', equals: true },
          { question: 'fever_c', gte: 38 },
        ],
      },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Kylkikipu ja kuume viittaavat munuaisaltaantulehdukseen, joka vaatii lääkärin arvion ja hoidon heti.',
        sv: 'Smärta i sidan och feber tyder på njurbäckeninflammation, som kräver läkarbedömning och behandling genast.',
        en: 'Pain in the side with fever suggests a kidney infection (pyelonephritis), which needs a doctor’s assessment and treatment at once.',
      },
    },
    {
      id: 'urinary-retention',
      when: { question: 'urinary_retention', equals: true },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Virtsaumpi vaatii rakon tyhjentämisen päivystyksessä.',
        sv: 'Urinstämma kräver att blåsan töms på jouren.',
        en: 'Urinary retention needs the bladder to be emptied at the emergency department.',
      },
    },
    {
      id: 'pregnant-with-fever',
      when: {
        all: [
          { question: 'pregnant', equals: true },
          { question: 'fever_c', gte: 38 },
        ],
      },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Raskaana olevan kuumeinen virtsatieinfektio hoidetaan aina kiireellisesti.',
        sv: 'En urinvägsinfektion med feber under graviditet behandlas alltid brådskande.',
        en: 'A urinary tract infection with fever during pregnancy is always treated urgently.',
      },
    },
    {
      id: 'febrile-male',
      when: {
        all: [
          { question: 'sex', equals: 'male' },
          { question: 'fever_c', gte: 38 },
        ],
      },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Miehen kuumeinen virtsatieinfektio voi olla eturauhastulehdus, joka vaatii lääkärin arvion heti.',
        sv: 'En urinvägsinfektion med feber hos en man kan vara prostatit, som kräver läkarbedömning genast.',
        en: 'A urinary tract infection with fever in a man may be prostatitis, which needs a doctor’s assessment at once.',
      },
    },
  ],
  rules: [
    { id: 'fever', when: { question: 'fever_c', gte: 38 }, outcome: 'urgent_same_day' },
    { id: 'flank-pain', when: { question: 'flank_pain', equals: true }, outcome: 'urgent_same_day' },
    {
      id: 'reduced-general-condition',
      when: { question: 'general_condition', equals: 'reduced' },
      outcome: 'urgent_same_day',
    },
    { id: 'male', when: { question: 'sex', equals: 'male' }, outcome: 'urgent_same_day' },
    { id: 'pregnant', when: { question: 'pregnant', equals: true }, outcome: 'urgent_same_day' },
    {
      id: 'recurrent-or-risk-factor',
      when: { question: 'recurrent_or_risk_factor', equals: true },
      outcome: 'urgent_same_day',
    },
    { id: 'age-65-or-over', when: { question: 'age_years', gte: 65 }, outcome: 'urgent_same_day' },
    { id: 'symptoms-2-days-or-more', when: { question: 'duration_days', gte: 2 }, outcome: 'non_urgent' },
  ],
  outcomes: [
    outcome('emergency_112', ADVICE_112, toService(PROTOCOL_SERVICE_SLUGS.paivystysapu)),
    outcome(
      'paivystys_now',
      {
        fi: 'Hakeudu heti päivystykseen. Ota mukaan lista käyttämistäsi lääkkeistä. Jos vointi heikkenee nopeasti tai tulet sekavaksi, soita 112.',
        sv: 'Sök genast vård på jouren. Ta med en lista över dina läkemedel. Om ditt tillstånd snabbt försämras eller du blir förvirrad, ring 112.',
        en: 'Go to the emergency department at once. Bring a list of the medicines you take. If you get worse quickly or become confused, call 112.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.paivystysapu),
    ),
    outcome(
      'urgent_same_day',
      {
        fi: 'Virtsatieinfektio on tutkittava virtsanäytteellä ja lääkärin arviolla tänään. Varaa aika terveysasemalle samalle päivälle; terveysaseman ollessa kiinni soita 116117. Juo runsaasti siihen asti.',
        sv: 'Urinvägsinfektionen ska undersökas med urinprov och läkarbedömning i dag. Boka tid till hälsostationen samma dag; när hälsostationen är stängd, ring 116117. Drick rikligt fram till dess.',
        en: 'The urinary infection needs a urine test and a doctor’s assessment today. Book a same-day appointment at the health centre; when it is closed, call 116117. Drink plenty until then.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.healthCentre),
    ),
    outcome(
      'non_urgent',
      {
        fi: 'Oireet viittaavat tavalliseen rakkotulehdukseen, joka ei ole parantunut itsestään. Ota yhteyttä terveysasemalle tänään tai huomenna: tyypillinen rakkotulehdus voidaan usein hoitaa ilman vastaanottokäyntiä. Hakeudu kiireellisesti hoitoon, jos tulee kuumetta tai kylkikipua.',
        sv: 'Symtomen tyder på en vanlig urinblåsekatarr som inte har gått över av sig själv. Kontakta hälsostationen i dag eller i morgon: en typisk urinblåsekatarr kan ofta behandlas utan mottagningsbesök. Sök vård brådskande om du får feber eller smärta i sidan.',
        en: 'The symptoms suggest an ordinary bladder infection that has not cleared up on its own. Contact the health centre today or tomorrow: a typical bladder infection can often be treated without an appointment. Seek care urgently if you get a fever or pain in your side.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.healthCentre),
    ),
    outcome(
      'self_care',
      {
        fi: 'Lievä rakkotulehdus voi parantua itsestään. Juo tavallista enemmän, käy virtsaamassa tarpeen tullen ja käytä tarvittaessa kipulääkettä. Lue virtsatieinfektion omahoito-ohje ja ota yhteyttä terveysasemalle, jos oireet eivät helpota kahdessa vuorokaudessa, tai heti, jos tulee kuumetta tai kylkikipua.',
        sv: 'En lindrig urinblåsekatarr kan gå över av sig själv. Drick mer än vanligt, kissa när du behöver och använd värkmedicin vid behov. Läs egenvårdsanvisningen om urinvägsinfektion och kontakta hälsostationen om symtomen inte lättar inom två dygn, eller genast om du får feber eller smärta i sidan.',
        en: 'A mild bladder infection may clear up on its own. Drink more than usual, pass urine when you need to and take a painkiller if needed. Read the self-care guide on urinary tract infection and contact the health centre if symptoms do not ease within two days, or at once if you get a fever or pain in your side.',
      },
      toGuide('virtsatieinfektio'),
    ),
  ],
  defaultOutcome: 'self_care',
  sources: [KAYPA_HOITO, TERVEYSKIRJASTO, PAIVYSTYSAPU],
};

// ---------------------------------------------------------------------------------------------------------
// Low back pain, adult

const backPainAdult: TriageProtocolSeed = {
  code: 'back-pain-adult',
  version: 1,
  complaint: { fi: 'Alaselkäkipu, aikuinen', sv: 'Ländryggssmärta, vuxen', en: 'Low back pain, adult' },
  audience: 'adult',
  questions: [
    {
      id: 'sudden_severe_with_collapse',
      type: 'boolean',
      text: {
        fi: 'Alkoiko erittäin kova selkä- tai vatsakipu äkillisesti, ja liittyykö siihen kylmänhikisyyttä, heikotusta tai pyörtyilyä?',
        sv: 'Började en mycket kraftig rygg- eller buksmärta plötsligt, och åtföljs den av kallsvett, svaghet eller svimningskänsla?',
        en: 'Did very severe back or abdominal pain start suddenly, and does it come with cold sweat, weakness or fainting?',
      },
    },
    {
      id: 'saddle_numbness',
      type: 'boolean',
      text: {
        fi: 'Onko haara- tai peräaukon alueella (satula-alueella) uutta puutumista tai tunnottomuutta?',
        sv: 'Finns det ny domning eller känselbortfall i underlivet eller kring ändtarmsöppningen (ridbyxområdet)?',
        en: 'Is there new numbness or loss of feeling around the genitals or back passage (saddle area)?',
      },
    },
    {
      id: 'bladder_bowel_dysfunction',
      type: 'boolean',
      text: {
        fi: 'Onko virtsaaminen estynyt tai onko virtsan- tai ulosteenpidätyskyky heikentynyt kivun alettua?',
        sv: 'Har det blivit omöjligt att kissa, eller har förmågan att hålla urin eller avföring försämrats sedan smärtan började?',
        en: 'Since the pain began, has it become impossible to pass urine, or has control of the bladder or bowels weakened?',
      },
    },
    {
      id: 'leg_weakness',
      type: 'boolean',
      text: {
        fi: 'Onko jalassa uutta tai etenevää lihasheikkoutta (esimerkiksi jalkaterä laahaa tai varpaille tai kantapäille nouseminen ei onnistu)?',
        sv: 'Finns det ny eller tilltagande muskelsvaghet i benet (till exempel släpar foten eller det går inte att stå på tå eller häl)?',
        en: 'Is there new or worsening muscle weakness in a leg (for example the foot drags, or standing on toes or heels is not possible)?',
      },
    },
    {
      id: 'trauma',
      type: 'boolean',
      text: {
        fi: 'Alkoiko kipu kaatumisen, putoamisen tai muun tapaturman jälkeen?',
        sv: 'Började smärtan efter ett fall, ett fall från höjd eller en annan olycka?',
        en: 'Did the pain start after a fall or another accident?',
      },
    },
    feverQuestion(),
    {
      id: 'cancer_or_weight_loss',
      type: 'boolean',
      text: {
        fi: 'Onko potilaalla aiemmin todettu syöpä tai onko hän laihtunut tahattomasti?',
        sv: 'Har patienten tidigare haft cancer eller gått ner i vikt utan att försöka?',
        en: 'Has the patient had cancer, or lost weight without trying?',
      },
    },
    painIntensityQuestion(),
    durationQuestion(
      {
        fi: 'Kuinka monta päivää selkäkipu on kestänyt?',
        sv: 'Hur många dagar har ryggsmärtan varat?',
        en: 'For how many days has the back pain lasted?',
      },
      3650,
    ),
  ],
  redFlags: [
    {
      id: 'vascular-emergency-signs',
      when: { question: 'sudden_severe_with_collapse', equals: true },
      outcome: 'emergency_112',
      reason: {
        fi: 'Äkillinen kova selkä- tai vatsakipu ja verenkierron romahtamisen merkit voivat viitata vatsa-aortan repeämään tai muuhun henkeä uhkaavaan tilaan.',
        sv: 'Plötslig kraftig rygg- eller buksmärta med tecken på cirkulationssvikt kan tyda på en brusten bukaorta eller annat livshotande tillstånd.',
        en: 'Sudden severe back or abdominal pain with signs of circulatory collapse may indicate a ruptured abdominal aortic aneurysm or another life-threatening condition.',
      },
    },
    {
      id: 'cauda-equina-saddle-numbness',
      when: { question: 'saddle_numbness', equals: true },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Satula-alueen puutuminen on cauda equina -oireyhtymän merkki, joka vaatii kiireellisen kuvantamisen ja mahdollisesti leikkauksen.',
        sv: 'Domning i ridbyxområdet är ett tecken på cauda equina-syndrom, som kräver brådskande bilddiagnostik och eventuellt operation.',
        en: 'Saddle-area numbness is a sign of cauda equina syndrome, which needs urgent imaging and possibly surgery.',
      },
    },
    {
      id: 'cauda-equina-bladder-bowel',
      when: { question: 'bladder_bowel_dysfunction', equals: true },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Virtsaumpi tai virtsan- tai ulosteenpidätyskyvyn heikkeneminen selkäkivun yhteydessä viittaa cauda equina -oireyhtymään.',
        sv: 'Urinstämma eller försämrad förmåga att hålla urin eller avföring i samband med ryggsmärta tyder på cauda equina-syndrom.',
        en: 'Urinary retention or loss of bladder or bowel control with back pain suggests cauda equina syndrome.',
      },
    },
    {
      id: 'progressive-leg-weakness',
      when: { question: 'leg_weakness', equals: true },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Uusi tai etenevä lihasheikkous viittaa hermojuuren vakavaan puristukseen.',
        sv: 'Ny eller tilltagande muskelsvaghet tyder på att en nervrot är allvarligt klämd.',
        en: 'New or worsening muscle weakness suggests serious compression of a nerve root.',
      },
    },
  ],
  rules: [
    { id: 'trauma', when: { question: 'trauma', equals: true }, outcome: 'urgent_same_day' },
    { id: 'fever', when: { question: 'fever_c', gte: 38 }, outcome: 'urgent_same_day' },
    {
      id: 'cancer-or-weight-loss',
      when: { question: 'cancer_or_weight_loss', equals: true },
      outcome: 'urgent_same_day',
    },
    { id: 'unbearable-pain', when: { question: 'pain_intensity', gte: 9 }, outcome: 'urgent_same_day' },
    { id: 'two-weeks-or-more', when: { question: 'duration_days', gte: 14 }, outcome: 'non_urgent' },
  ],
  outcomes: [
    outcome('emergency_112', ADVICE_112, toService(PROTOCOL_SERVICE_SLUGS.paivystysapu)),
    outcome(
      'paivystys_now',
      {
        fi: 'Hakeudu heti päivystykseen, vaikka kipu olisi siedettävä: hermopuristus on hoidettava viipymättä. Älä aja itse.',
        sv: 'Sök genast vård på jouren, även om smärtan är uthärdlig: en nervkompression måste behandlas utan dröjsmål. Kör inte själv.',
        en: 'Go to the emergency department at once, even if the pain is bearable: nerve compression must be treated without delay. Do not drive yourself.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.paivystysapu),
    ),
    outcome(
      'urgent_same_day',
      {
        fi: 'Selkäkipu on syytä arvioida vastaanotolla tänään. Varaa aika terveysasemalle samalle päivälle; terveysaseman ollessa kiinni soita 116117. Jos ilmaantuu satula-alueen puutumista, virtsaamisvaikeutta tai jalan heikkoutta, hakeudu heti päivystykseen.',
        sv: 'Ryggsmärtan bör bedömas på mottagningen i dag. Boka tid till hälsostationen samma dag; när hälsostationen är stängd, ring 116117. Om du får domningar i ridbyxområdet, svårt att kissa eller svaghet i benet, sök genast vård på jouren.',
        en: 'The back pain should be assessed at a clinic today. Book a same-day appointment at the health centre; when it is closed, call 116117. If you get saddle-area numbness, difficulty passing urine or leg weakness, go to the emergency department at once.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.healthCentre),
    ),
    outcome(
      'non_urgent',
      {
        fi: 'Pitkittynyt selkäkipu kannattaa arvioida. Varaa kiireetön aika terveysasemalle, esimerkiksi lääkärille tai fysioterapeutille. Jatka liikkumista kivun sallimissa rajoissa.',
        sv: 'Långvarig ryggsmärta bör bedömas. Boka en icke-brådskande tid till hälsostationen, till exempel hos läkare eller fysioterapeut. Fortsätt röra dig så mycket smärtan tillåter.',
        en: 'Prolonged back pain should be assessed. Book a non-urgent appointment at the health centre, for example with a doctor or physiotherapist. Keep moving as much as the pain allows.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.healthCentre),
    ),
    outcome(
      'self_care',
      {
        fi: 'Kyse on todennäköisesti tavallisesta äkillisestä alaselkäkivusta, joka helpottaa yleensä 1–2 viikossa. Pysy liikkeessä kivun sallimissa rajoissa ja käytä tarvittaessa käsikauppojen kipulääkettä. Lue alaselkäkivun omahoito-ohje ja ota yhteyttä, jos kipu ei ala helpottaa kahdessa viikossa tai ilmaantuu varoitusmerkkejä.',
        sv: 'Det är troligen fråga om vanlig akut ländryggssmärta, som brukar lätta på 1–2 veckor. Håll dig i rörelse så mycket smärtan tillåter och använd receptfri värkmedicin vid behov. Läs egenvårdsanvisningen om ländryggssmärta och kontakta oss om smärtan inte börjar lätta inom två veckor eller om varningstecken uppstår.',
        en: 'This is most likely ordinary acute low back pain, which usually eases in 1–2 weeks. Keep moving as much as the pain allows and take an over-the-counter painkiller if needed. Read the self-care guide on low back pain and contact us if the pain does not start to ease within two weeks or warning signs appear.',
      },
      toGuide('alaselkakipu'),
    ),
  ],
  defaultOutcome: 'self_care',
  sources: [KAYPA_HOITO, TERVEYSKIRJASTO, PAIVYSTYSAPU],
};

// ---------------------------------------------------------------------------------------------------------
// Dental pain

const dentalPain: TriageProtocolSeed = {
  code: 'dental-pain',
  version: 1,
  complaint: { fi: 'Hammassärky', sv: 'Tandvärk', en: 'Toothache' },
  audience: 'adult',
  questions: [
    {
      id: 'breathing_difficulty',
      type: 'boolean',
      text: {
        fi: 'Onko hengittäminen vaikeaa?',
        sv: 'Är det svårt att andas?',
        en: 'Is breathing difficult?',
      },
    },
    {
      id: 'spreading_swelling',
      type: 'boolean',
      text: {
        fi: 'Leviääkö turvotus silmän alueelle, leuan alle tai kaulalle?',
        sv: 'Sprider sig svullnaden mot ögat, under käken eller till halsen?',
        en: 'Is the swelling spreading towards the eye, under the jaw or to the neck?',
      },
    },
    {
      id: 'swallowing_or_opening_difficulty',
      type: 'boolean',
      text: {
        fi: 'Onko nieleminen tai suun avaaminen vaikeaa?',
        sv: 'Är det svårt att svälja eller gapa?',
        en: 'Is it difficult to swallow or to open the mouth?',
      },
    },
    {
      id: 'facial_swelling',
      type: 'boolean',
      text: {
        fi: 'Onko poski, ien tai leuka turvonnut?',
        sv: 'Är kinden, tandköttet eller käken svullen?',
        en: 'Is the cheek, gum or jaw swollen?',
      },
    },
    feverQuestion(),
    {
      id: 'dental_trauma',
      type: 'choice',
      text: {
        fi: 'Liittyykö särkyyn hammastapaturma?',
        sv: 'Hör tandvärken ihop med ett tandolycksfall?',
        en: 'Is the pain related to a dental injury?',
      },
      options: [
        { value: 'none', label: { fi: 'Ei tapaturmaa', sv: 'Inget olycksfall', en: 'No injury' } },
        {
          value: 'knocked_out',
          label: {
            fi: 'Pysyvä hammas on irronnut kokonaan',
            sv: 'En permanent tand har slagits ut helt',
            en: 'A permanent tooth has been knocked out completely',
          },
        },
        {
          value: 'broken_or_displaced',
          label: {
            fi: 'Hammas on lohjennut, löystynyt tai siirtynyt',
            sv: 'En tand har gått sönder, lossnat eller flyttats ur läge',
            en: 'A tooth is broken, loose or pushed out of place',
          },
        },
      ],
    },
    painIntensityQuestion(),
    {
      id: 'night_pain_not_relieved',
      type: 'boolean',
      text: {
        fi: 'Herättääkö särky yöllä tai onko se jatkuvaa eikä helpotu käsikauppojen särkylääkkeellä?',
        sv: 'Väcker värken dig på natten, eller är den konstant och lättar inte av receptfri värkmedicin?',
        en: 'Does the pain wake the patient at night, or is it constant and not eased by over-the-counter painkillers?',
      },
    },
    durationQuestion(
      {
        fi: 'Kuinka monta päivää särky on kestänyt?',
        sv: 'Hur många dagar har värken varat?',
        en: 'For how many days has the pain lasted?',
      },
      365,
    ),
  ],
  redFlags: [
    {
      id: 'breathing-difficulty',
      when: { question: 'breathing_difficulty', equals: true },
      outcome: 'emergency_112',
      reason: {
        fi: 'Hammasperäinen tulehdus voi levitä suunpohjaan ja kaulalle ja ahtauttaa hengitystietä.',
        sv: 'En tandinfektion kan sprida sig till munbotten och halsen och göra luftvägen trängre.',
        en: 'A dental infection can spread to the floor of the mouth and the neck and narrow the airway.',
      },
    },
    {
      id: 'spreading-facial-swelling',
      when: { question: 'spreading_swelling', equals: true },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Silmän alueelle tai kaulalle leviävä turvotus viittaa leviävään hammasperäiseen infektioon, joka vaatii päivystyshoitoa.',
        sv: 'Svullnad som sprider sig mot ögat eller halsen tyder på en spridd tandinfektion som kräver jourvård.',
        en: 'Swelling spreading to the eye area or neck suggests a spreading dental infection that needs emergency care.',
      },
    },
    {
      id: 'swallowing-or-trismus',
      when: { question: 'swallowing_or_opening_difficulty', equals: true },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Nielemisvaikeus tai suun avaamisen vaikeus viittaa syvälle leviävään infektioon.',
        sv: 'Svårigheter att svälja eller gapa tyder på en infektion som sprider sig på djupet.',
        en: 'Difficulty swallowing or opening the mouth suggests a deep-spreading infection.',
      },
    },
    {
      id: 'swelling-with-fever',
      when: {
        all: [
          { question: 'facial_swelling', equals: true },
          { question: 'fever_c', gte: 38 },
        ],
      },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Turvotus ja kuume hammassäryn yhteydessä viittaavat leviävään infektioon.',
        sv: 'Svullnad och feber i samband med tandvärk tyder på en spridd infektion.',
        en: 'Swelling and fever with toothache suggest a spreading infection.',
      },
    },
    {
      id: 'avulsed-permanent-tooth',
      when: { question: 'dental_trauma', equals: 'knocked_out' },
      outcome: 'paivystys_now',
      reason: {
        fi: 'Irronnut pysyvä hammas on paras saada takaisin paikalleen tunnin kuluessa.',
        sv: 'En utslagen permanent tand bör helst sättas tillbaka inom en timme.',
        en: 'A knocked-out permanent tooth is best put back within an hour.',
      },
    },
  ],
  rules: [
    {
      id: 'facial-swelling',
      when: { question: 'facial_swelling', equals: true },
      outcome: 'urgent_same_day',
    },
    { id: 'fever', when: { question: 'fever_c', gte: 38 }, outcome: 'urgent_same_day' },
    {
      id: 'broken-or-displaced-tooth',
      when: { question: 'dental_trauma', equals: 'broken_or_displaced' },
      outcome: 'urgent_same_day',
    },
    {
      id: 'night-pain-not-relieved',
      when: { question: 'night_pain_not_relieved', equals: true },
      outcome: 'urgent_same_day',
    },
    { id: 'severe-pain', when: { question: 'pain_intensity', gte: 7 }, outcome: 'urgent_same_day' },
    {
      id: 'mild-and-brief',
      when: {
        all: [
          { question: 'pain_intensity', lte: 3 },
          { question: 'duration_days', lte: 2 },
        ],
      },
      outcome: 'self_care',
    },
  ],
  outcomes: [
    outcome('emergency_112', ADVICE_112, toService(PROTOCOL_SERVICE_SLUGS.paivystysapu)),
    outcome(
      'paivystys_now',
      {
        fi: 'Hakeudu hoitoon heti. Leviävä turvotus, nielemis- tai avaamisvaikeus tai kuume hoidetaan päivystyksessä – soita ensin 116117. Irronnut pysyvä hammas: yritä painaa hammas takaisin paikalleen tai säilytä sitä maidossa ja ota heti yhteys suun terveydenhuoltoon, virka-ajan ulkopuolella 116117. Jos hengittäminen vaikeutuu, soita 112.',
        sv: 'Sök vård genast. Svullnad som sprider sig, svårigheter att svälja eller gapa eller feber behandlas på jouren – ring först 116117. Utslagen permanent tand: försök trycka tillbaka tanden på plats eller förvara den i mjölk och kontakta genast mun- och tandvården, utanför tjänstetid 116117. Om det blir svårt att andas, ring 112.',
        en: 'Seek care at once. Spreading swelling, difficulty swallowing or opening the mouth, or fever are treated at the emergency department – call 116117 first. Knocked-out permanent tooth: try to push the tooth back into place or keep it in milk and contact oral health care immediately; outside office hours call 116117. If breathing becomes difficult, call 112.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.paivystysapu),
    ),
    outcome(
      'urgent_same_day',
      {
        fi: 'Tarvitset kiireellistä hammashoitoa. Ota yhteys suun terveydenhuoltoon jo tänään; iltaisin ja viikonloppuisin soita 116117. Käytä siihen asti käsikauppojen särkylääkettä pakkausselosteen mukaan.',
        sv: 'Du behöver brådskande tandvård. Kontakta mun- och tandvården redan i dag; kvällar och veckoslut ringer du 116117. Använd fram till dess receptfri värkmedicin enligt bipacksedeln.',
        en: 'You need urgent dental care. Contact oral health care today; in the evening and at weekends call 116117. Until then, take an over-the-counter painkiller as the package leaflet instructs.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.oralHealth),
    ),
    outcome(
      'non_urgent',
      {
        fi: 'Hammassärky ei parane itsestään. Varaa aika suun terveydenhuoltoon lähipäiville. Ota uudelleen yhteyttä, jos ilmaantuu turvotusta, kuumetta tai särky pahenee.',
        sv: 'Tandvärk går inte över av sig själv. Boka tid till mun- och tandvården under de närmaste dagarna. Kontakta oss igen om du får svullnad, feber eller värken blir värre.',
        en: 'Toothache does not heal on its own. Book an appointment with oral health care within the next few days. Contact us again if swelling or fever appears or the pain gets worse.',
      },
      toService(PROTOCOL_SERVICE_SLUGS.oralHealth),
    ),
    outcome(
      'self_care',
      {
        fi: 'Lievä ja lyhytkestoinen vihlonta tai särky voi helpottaa omahoidolla. Lue hammassäryn omahoito-ohje. Jos särky jatkuu yli kaksi päivää tai toistuu, varaa aika suun terveydenhuoltoon.',
        sv: 'Lindrig och kortvarig ilning eller värk kan lätta med egenvård. Läs egenvårdsanvisningen om tandvärk. Om värken varar längre än två dagar eller kommer tillbaka, boka tid till mun- och tandvården.',
        en: 'Mild, short-lived twinges or aching may ease with self-care. Read the self-care guide on toothache. If the pain lasts more than two days or keeps coming back, book an appointment with oral health care.',
      },
      toGuide('hammassarky'),
    ),
  ],
  defaultOutcome: 'non_urgent',
  sources: [KAYPA_HOITO, TERVEYSKIRJASTO, PAIVYSTYSAPU],
};

/** The sample triage protocols (all version 1). */
export const protocols: TriageProtocolSeed[] = [
  soreThroatAdult,
  feverChild,
  urinarySymptomsAdult,
  backPainAdult,
  dentalPain,
];
