/**
 * Sample chat decision trees (ClickbotTree), one per region.
 *
 * All three trees share one structure (built by `buildTree`) so that triage logic is reviewed once; the
 * regions differ in queue codes, opening hours shown to the citizen and the switchboard number.
 * Structure: emergency check → topic → (symptoms | mental health & substances | social services |
 * oral health | child & family | other) → queue, self-care guide, Omaolo, 116117 or 112.
 * The graph is acyclic and every node is reachable from `start`.
 */

import type { ClickbotNode, ClickbotOption, ClickbotOutcome, LocalizedText } from '@neuvo/content-models';

export type TreeOutcome = ClickbotOutcome;
export type TreeOption = ClickbotOption;
export type TreeNode = ClickbotNode;

/** A chat decision tree with its region by code. Natural key: `code`. */
export interface ClickbotTreeSeed {
  code: string;
  name: string;
  regionCode: string;
  version: number;
  rootNodeId: string;
  nodes: TreeNode[];
}
/** Text that the tree interpolates into prompts: all three locales are required. */
type FullText = Required<LocalizedText>;

interface TreeParams {
  regionCode: string;
  name: string;
  /** Shown to the citizen; must match the nurse chat queue's opening hours. */
  nurseChatHours: FullText;
  /** Shown to the citizen; must match the oral health chat queue's opening hours. */
  oralChatHours: FullText;
  /** Fictional switchboard number of the region (same as the `<region>-vaihde` service). */
  switchboardNumber: string;
}

const EMERGENCY_112: TreeOutcome = {
  kind: 'emergency',
  message: {
    fi: 'Soita heti hätänumeroon 112. Älä jää odottamaan chatissa.',
    sv: 'Ring genast nödnumret 112. Vänta inte i chatten.',
    en: 'Call the emergency number 112 now. Do not wait in the chat.',
  },
};

const OMAOLO: TreeOutcome = {
  kind: 'external',
  url: 'https://www.omaolo.fi/',
  label: {
    fi: 'Tee oirearvio Omaolossa. Saat ohjeet ja tarvittaessa ohjauksen hoitoon.',
    sv: 'Gör en symtombedömning i Omaolo. Du får råd och vid behov hänvisning till vård.',
    en: 'Check your symptoms in Omaolo. You get advice and, if needed, guidance to care.',
  },
};

const PAIVYSTYSAPU: TreeOutcome = {
  kind: 'phone',
  number: '116117',
  label: {
    fi: 'Soita Päivystysapuun 116117. Puhelu on maksuton ja palvelee ympäri vuorokauden. Hätätilanteessa soita 112.',
    sv: 'Ring Jourhjälpen 116117. Samtalet är avgiftsfritt och tjänsten betjänar dygnet runt. I en nödsituation, ring 112.',
    en: 'Call the medical helpline 116117. The call is free and the service is open 24/7. In an emergency, call 112.',
  },
};

const guide = (guideSlug: string): TreeOutcome => ({ kind: 'guide', guideSlug });

function buildTree(p: TreeParams): ClickbotTreeSeed {
  const queue = (name: string): TreeOutcome => ({ kind: 'queue', queueCode: `${p.regionCode}-${name}` });

  const nodes: TreeNode[] = [
    {
      id: 'start',
      prompt: {
        fi: 'Onko kyseessä hätätilanne? Esimerkiksi tajuttomuus, vaikea hengenahdistus, rintakipu, aivoverenkiertohäiriön oireet (toispuolinen heikkous, puhevaikeus), runsas verenvuoto tai välitön itsetuhon vaara.',
        sv: 'Är det en nödsituation? Till exempel medvetslöshet, svår andnöd, bröstsmärta, symtom på stroke (ensidig svaghet, talsvårigheter), kraftig blödning eller omedelbar risk för självskada.',
        en: 'Is this an emergency? For example unconsciousness, severe shortness of breath, chest pain, signs of stroke (weakness on one side, difficulty speaking), heavy bleeding or immediate risk of self-harm.',
      },
      options: [
        { id: 'yes', label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' }, outcome: EMERGENCY_112 },
        { id: 'no', label: { fi: 'Ei', sv: 'Nej', en: 'No' }, next: 'topic' },
      ],
    },
    {
      id: 'topic',
      prompt: { fi: 'Mitä asiasi koskee?', sv: 'Vad gäller ditt ärende?', en: 'What is your matter about?' },
      options: [
        {
          id: 'symptoms',
          label: { fi: 'Oireet tai sairaus', sv: 'Symtom eller sjukdom', en: 'Symptoms or illness' },
          next: 'symptoms',
        },
        {
          id: 'mental',
          label: {
            fi: 'Mielenterveys tai päihteet',
            sv: 'Psykisk hälsa eller rusmedel',
            en: 'Mental health or substance use',
          },
          next: 'mental',
        },
        {
          id: 'social',
          label: {
            fi: 'Sosiaalipalvelut, toimeentulo tai ikäihmisten palvelut',
            sv: 'Socialtjänster, utkomst eller tjänster för äldre',
            en: 'Social services, income or services for older people',
          },
          next: 'social',
        },
        {
          id: 'oral',
          label: { fi: 'Hampaat ja suu', sv: 'Tänder och mun', en: 'Teeth and mouth' },
          next: 'oral',
        },
        {
          id: 'family',
          label: {
            fi: 'Raskaus, lapsi tai lapsiperhe',
            sv: 'Graviditet, barn eller barnfamilj',
            en: 'Pregnancy, child or family',
          },
          next: 'family',
        },
        {
          id: 'other',
          label: { fi: 'Jokin muu asia', sv: 'Något annat', en: 'Something else' },
          next: 'other',
        },
      ],
    },
    {
      id: 'symptoms',
      prompt: {
        fi: 'Miten haluat edetä?',
        sv: 'Hur vill du gå vidare?',
        en: 'How would you like to proceed?',
      },
      options: [
        {
          id: 'nurse',
          label: {
            fi: 'Haluan kysyä hoitajalta',
            sv: 'Jag vill fråga en sjukskötare',
            en: 'I want to ask a nurse',
          },
          next: 'symptoms-when',
        },
        {
          id: 'omaolo',
          label: {
            fi: 'Arvioin oireet itse verkossa',
            sv: 'Jag bedömer mina symtom själv på nätet',
            en: 'I will check my symptoms online',
          },
          outcome: OMAOLO,
        },
        {
          id: 'self-care',
          label: {
            fi: 'Haluan lukea itsehoito-ohjeita',
            sv: 'Jag vill läsa egenvårdsråd',
            en: 'I want to read self-care advice',
          },
          next: 'self-care',
        },
      ],
    },
    {
      id: 'symptoms-when',
      prompt: {
        fi: `Hoitajan chat on auki ${p.nurseChatHours.fi}. Milloin tarvitset apua?`,
        sv: `Chatten med sjukskötare är öppen ${p.nurseChatHours.sv}. När behöver du hjälp?`,
        en: `The nurse chat is open ${p.nurseChatHours.en}. When do you need help?`,
      },
      options: [
        {
          id: 'chat-open',
          label: {
            fi: 'Nyt, ja chat on auki',
            sv: 'Nu, och chatten är öppen',
            en: 'Now, and the chat is open',
          },
          outcome: queue('nurse-chat'),
        },
        {
          id: 'chat-closed',
          label: {
            fi: 'Nyt, mutta chat on kiinni (ilta, yö tai pyhä)',
            sv: 'Nu, men chatten är stängd (kväll, natt eller helgdag)',
            en: 'Now, but the chat is closed (evening, night or holiday)',
          },
          outcome: PAIVYSTYSAPU,
        },
        {
          id: 'can-wait',
          label: { fi: 'Asia voi odottaa', sv: 'Ärendet kan vänta', en: 'It can wait' },
          outcome: OMAOLO,
        },
      ],
    },
    {
      id: 'self-care',
      prompt: {
        fi: 'Mikä oire vaivaa eniten?',
        sv: 'Vilket symtom besvärar dig mest?',
        en: 'Which symptom bothers you most?',
      },
      options: [
        {
          id: 'sore-throat',
          label: { fi: 'Kurkkukipu', sv: 'Halsont', en: 'Sore throat' },
          outcome: guide('kurkkukipu'),
        },
        {
          id: 'cold',
          label: { fi: 'Flunssa tai nuha', sv: 'Förkylning eller snuva', en: 'Common cold' },
          outcome: guide('flunssa'),
        },
        { id: 'cough', label: { fi: 'Yskä', sv: 'Hosta', en: 'Cough' }, outcome: guide('yska') },
        {
          id: 'fever-adult',
          label: { fi: 'Kuume aikuisella', sv: 'Feber hos vuxen', en: 'Fever in an adult' },
          outcome: guide('kuume-aikuinen'),
        },
        {
          id: 'fever-child',
          label: { fi: 'Kuume lapsella', sv: 'Feber hos barn', en: 'Fever in a child' },
          outcome: guide('kuume-lapsi'),
        },
        {
          id: 'urinary',
          label: {
            fi: 'Kirvely tai tihentynyt virtsaamistarve',
            sv: 'Sveda eller täta trängningar vid urinering',
            en: 'Burning or frequent urination',
          },
          outcome: guide('virtsatieinfektio'),
        },
        {
          id: 'stomach',
          label: { fi: 'Ripuli tai oksentelu', sv: 'Diarré eller kräkningar', en: 'Diarrhoea or vomiting' },
          outcome: guide('ripuli-oksentelu'),
        },
        {
          id: 'back',
          label: { fi: 'Alaselkäkipu', sv: 'Smärta i nedre delen av ryggen', en: 'Lower back pain' },
          outcome: guide('alaselkakipu'),
        },
        {
          id: 'other-symptom',
          label: { fi: 'Jokin muu oire', sv: 'Något annat symtom', en: 'Another symptom' },
          outcome: OMAOLO,
        },
      ],
    },
    {
      id: 'mental',
      prompt: {
        fi: 'Onko sinulla ajatuksia itsesi vahingoittamisesta tai itsemurhasta, tai onko joku muu välittömässä vaarassa?',
        sv: 'Har du tankar på att skada dig själv eller ta ditt liv, eller är någon annan i omedelbar fara?',
        en: 'Are you having thoughts of harming yourself or of suicide, or is someone else in immediate danger?',
      },
      options: [
        {
          id: 'danger-now',
          label: {
            fi: 'Kyllä, vaara on välitön',
            sv: 'Ja, faran är omedelbar',
            en: 'Yes, the danger is immediate',
          },
          outcome: EMERGENCY_112,
        },
        {
          id: 'thoughts',
          label: {
            fi: 'Minulla on tällaisia ajatuksia, mutta en ole välittömässä vaarassa',
            sv: 'Jag har sådana tankar men är inte i omedelbar fara',
            en: 'I have such thoughts but I am not in immediate danger',
          },
          outcome: {
            kind: 'phone',
            number: '116117',
            label: {
              fi: 'Puhu ammattilaisen kanssa vielä tänään: soita Päivystysapuun 116117 (maksuton, ympäri vuorokauden). Jos tilanne pahenee, soita 112.',
              sv: 'Tala med en yrkesperson redan i dag: ring Jourhjälpen 116117 (avgiftsfritt, dygnet runt). Om situationen förvärras, ring 112.',
              en: 'Talk to a professional today: call the medical helpline 116117 (free, 24/7). If things get worse, call 112.',
            },
          },
        },
        { id: 'no', label: { fi: 'Ei', sv: 'Nej', en: 'No' }, next: 'mental-topic' },
      ],
    },
    {
      id: 'mental-topic',
      prompt: {
        fi: 'Mistä haluaisit saada apua?',
        sv: 'Vad vill du få hjälp med?',
        en: 'What would you like help with?',
      },
      options: [
        {
          id: 'talk',
          label: {
            fi: 'Mieliala, ahdistus tai uupumus – haluan jutella ammattilaisen kanssa',
            sv: 'Humör, ångest eller utmattning – jag vill tala med en yrkesperson',
            en: 'Mood, anxiety or exhaustion – I want to talk to a professional',
          },
          outcome: queue('mental-health-chat'),
        },
        {
          id: 'own-substance',
          label: {
            fi: 'Oma alkoholin, huumeiden tai lääkkeiden käyttö tai rahapelaaminen',
            sv: 'Mitt eget bruk av alkohol, droger eller läkemedel eller spel om pengar',
            en: 'My own use of alcohol, drugs or medicines, or gambling',
          },
          outcome: queue('mental-health-chat'),
        },
        {
          id: 'close-one',
          label: {
            fi: 'Huoli läheisen päihteiden käytöstä',
            sv: 'Oro för en närståendes rusmedelsbruk',
            en: 'Worry about a close one’s substance use',
          },
          outcome: guide('paihteet-huoli'),
        },
        {
          id: 'anxiety-guide',
          label: {
            fi: 'Haluan lukea ohjeita ahdistukseen',
            sv: 'Jag vill läsa råd om ångest',
            en: 'I want to read advice on anxiety',
          },
          outcome: guide('ahdistus'),
        },
        {
          id: 'sleep',
          label: { fi: 'Univaikeudet', sv: 'Sömnsvårigheter', en: 'Sleep problems' },
          outcome: guide('unettomuus'),
        },
      ],
    },
    {
      id: 'social',
      prompt: {
        fi: 'Mitä sosiaalipalveluiden asiasi koskee?',
        sv: 'Vad gäller ditt ärende inom socialtjänsterna?',
        en: 'What is your social services matter about?',
      },
      options: [
        {
          id: 'urgent',
          label: {
            fi: 'Kiireellinen tilanne: väkivalta, lapsen turvallisuus tai ei yöpaikkaa tänään',
            sv: 'Brådskande situation: våld, ett barns säkerhet eller ingen plats att sova i natt',
            en: 'Urgent: violence, a child’s safety or nowhere to sleep tonight',
          },
          outcome: {
            kind: 'phone',
            number: '112',
            label: {
              fi: 'Soita hätänumeroon 112 ja kerro, että tarvitset sosiaalipäivystystä. Välittömässä vaarassa soita aina 112.',
              sv: 'Ring nödnumret 112 och berätta att du behöver socialjouren. Vid omedelbar fara, ring alltid 112.',
              en: 'Call the emergency number 112 and say you need the social emergency service. In immediate danger, always call 112.',
            },
          },
        },
        {
          id: 'income',
          label: {
            fi: 'Toimeentulo, asuminen tai arjen pulmat',
            sv: 'Utkomst, boende eller vardagsproblem',
            en: 'Income, housing or everyday difficulties',
          },
          outcome: queue('social-counselling-chat'),
        },
        {
          id: 'elderly',
          label: {
            fi: 'Ikäihmisen palvelut, kotihoito tai huoli iäkkäästä läheisestä',
            sv: 'Tjänster för äldre, hemvård eller oro för en äldre närstående',
            en: 'Services for older people, home care or worry about an older relative',
          },
          outcome: queue('customer-service-video'),
        },
      ],
    },
    {
      id: 'oral',
      prompt: {
        fi: 'Onko sinulla nopeasti leviävää turvotusta kasvoissa tai kaulalla tai nielemis- tai hengitysvaikeutta?',
        sv: 'Har du snabbt spridande svullnad i ansiktet eller på halsen, eller svårt att svälja eller andas?',
        en: 'Do you have rapidly spreading swelling in the face or neck, or difficulty swallowing or breathing?',
      },
      options: [
        {
          id: 'yes',
          label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' },
          outcome: {
            kind: 'emergency',
            message: {
              fi: 'Tarvitset hoitoa heti. Jos hengittäminen tai nieleminen vaikeutuu, soita 112. Muuten lähde heti päivystykseen; Päivystysapu 116117 neuvoo.',
              sv: 'Du behöver vård genast. Om det blir svårt att andas eller svälja, ring 112. Annars åk genast till jouren; Jourhjälpen 116117 ger råd.',
              en: 'You need care now. If breathing or swallowing gets difficult, call 112. Otherwise go to the emergency department now; 116117 can advise.',
            },
          },
        },
        {
          id: 'severe',
          label: {
            fi: 'Ei, mutta minulla on kova särky, turvotusta tai hammastapaturma',
            sv: 'Nej, men jag har svår värk, svullnad eller ett tandolycksfall',
            en: 'No, but I have severe pain, swelling or a dental injury',
          },
          next: 'oral-when',
        },
        {
          id: 'mild',
          label: {
            fi: 'Lievä vaiva – haluan itsehoito-ohjeita',
            sv: 'Lindrigt besvär – jag vill ha egenvårdsråd',
            en: 'Mild problem – I want self-care advice',
          },
          outcome: guide('hammassarky'),
        },
        {
          id: 'booking',
          label: {
            fi: 'Ajanvaraus, tarkastus tai muu kysymys',
            sv: 'Tidsbokning, kontroll eller annan fråga',
            en: 'Appointment, check-up or another question',
          },
          outcome: queue('oral-health-chat'),
        },
      ],
    },
    {
      id: 'oral-when',
      prompt: {
        fi: `Suun terveydenhuollon chat on auki ${p.oralChatHours.fi}. Onko chat nyt auki?`,
        sv: `Chatten för munhälsovård är öppen ${p.oralChatHours.sv}. Är chatten öppen nu?`,
        en: `The oral health chat is open ${p.oralChatHours.en}. Is the chat open now?`,
      },
      options: [
        { id: 'open', label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' }, outcome: queue('oral-health-chat') },
        {
          id: 'closed',
          label: {
            fi: 'Ei (ilta, viikonloppu tai arkipyhä)',
            sv: 'Nej (kväll, veckoslut eller helgdag)',
            en: 'No (evening, weekend or public holiday)',
          },
          outcome: {
            kind: 'phone',
            number: '116117',
            label: {
              fi: 'Kiireellisistä hammasvaivoista iltaisin, viikonloppuisin ja arkipyhinä neuvoo Päivystysapu 116117 (maksuton).',
              sv: 'Vid brådskande tandbesvär kvällar, veckoslut och helgdagar ger Jourhjälpen 116117 råd (avgiftsfritt).',
              en: 'For urgent dental problems in the evening, at weekends and on public holidays, call 116117 (free).',
            },
          },
        },
      ],
    },
    {
      id: 'family',
      prompt: { fi: 'Mitä asiasi koskee?', sv: 'Vad gäller ditt ärende?', en: 'What is your matter about?' },
      options: [
        {
          id: 'pregnancy-symptoms',
          label: {
            fi: 'Olen raskaana ja minulla on huolestuttavia oireita (kipu, vuoto, liikkeet vähentyneet)',
            sv: 'Jag är gravid och har oroande symtom (smärta, blödning, färre fosterrörelser)',
            en: 'I am pregnant and have worrying symptoms (pain, bleeding, fewer movements)',
          },
          outcome: {
            kind: 'phone',
            number: '116117',
            label: {
              fi: 'Oireet on arvioitava heti: soita Päivystysapuun 116117 (maksuton, ympäri vuorokauden). Jos vuoto on runsasta, kipu on kova tai tunnet olevasi pyörtymässä, soita 112.',
              sv: 'Symtomen ska bedömas genast: ring Jourhjälpen 116117 (avgiftsfritt, dygnet runt). Om blödningen är riklig, smärtan svår eller du känner att du håller på att svimma, ring 112.',
              en: 'Your symptoms need to be assessed now: call 116117 (free, 24/7). If bleeding is heavy, pain is severe or you feel faint, call 112.',
            },
          },
        },
        {
          id: 'pregnancy-start',
          label: {
            fi: 'Raskauden alku ja neuvolaan ilmoittautuminen',
            sv: 'Början av graviditeten och anmälan till rådgivningen',
            en: 'Early pregnancy and registering with the maternity clinic',
          },
          outcome: guide('raskauden-alku'),
        },
        {
          id: 'child-fever',
          label: { fi: 'Lapsella on kuumetta', sv: 'Barnet har feber', en: 'My child has a fever' },
          outcome: guide('kuume-lapsi'),
        },
        {
          id: 'child-ear',
          label: { fi: 'Lapsella on korvakipua', sv: 'Barnet har ont i örat', en: 'My child has earache' },
          outcome: guide('korvakipu-lapsi'),
        },
        {
          id: 'clinic',
          label: {
            fi: 'Neuvola-ajat, rokotukset, kasvu ja kehitys',
            sv: 'Rådgivningstider, vaccinationer, tillväxt och utveckling',
            en: 'Clinic appointments, vaccinations, growth and development',
          },
          outcome: queue('maternity-child-chat'),
        },
        {
          id: 'everyday',
          label: {
            fi: 'Perheen arki ja vanhempien jaksaminen',
            sv: 'Familjens vardag och föräldrarnas ork',
            en: 'Family life and parents’ coping',
          },
          outcome: queue('social-counselling-chat'),
        },
      ],
    },
    {
      id: 'other',
      prompt: { fi: 'Miten voimme auttaa?', sv: 'Hur kan vi hjälpa dig?', en: 'How can we help?' },
      options: [
        {
          id: 'video',
          label: {
            fi: 'Yleinen neuvonta ja palveluohjaus videoyhteydellä',
            sv: 'Allmän rådgivning och servicehandledning via video',
            en: 'General advice and service guidance by video',
          },
          outcome: queue('customer-service-video'),
        },
        {
          id: 'call',
          label: { fi: 'Haluan soittaa', sv: 'Jag vill ringa', en: 'I want to call' },
          outcome: {
            kind: 'phone',
            number: p.switchboardNumber,
            label: {
              fi: 'Soita hyvinvointialueen vaihteeseen. Vaihde yhdistää oikeaan palveluun.',
              sv: 'Ring välfärdsområdets växel. Växeln kopplar till rätt tjänst.',
              en: 'Call the wellbeing services county’s switchboard. It connects you to the right service.',
            },
          },
        },
        {
          id: 'omaolo',
          label: { fi: 'Oirearvio verkossa', sv: 'Symtombedömning på nätet', en: 'Online symptom check' },
          outcome: OMAOLO,
        },
      ],
    },
  ];

  return {
    code: `${p.regionCode}-chat-v1`,
    name: p.name,
    regionCode: p.regionCode,
    version: 1,
    rootNodeId: 'start',
    nodes,
  };
}

const WEEKDAYS_8_15: FullText = { fi: 'ma–pe klo 8–15', sv: 'mån–fre kl. 8–15', en: 'Mon–Fri 8:00–15:00' };

export const trees: ClickbotTreeSeed[] = [
  buildTree({
    regionCode: 'pohjanmaa',
    name: 'Pohjanmaa – chatin ohjaus / Österbotten – chattens vägledning',
    nurseChatHours: { fi: 'ma–pe klo 8–20', sv: 'mån–fre kl. 8–20', en: 'Mon–Fri 8:00–20:00' },
    oralChatHours: WEEKDAYS_8_15,
    switchboardNumber: '06 000 0100',
  }),
  buildTree({
    regionCode: 'kymenlaakso',
    name: 'Kymenlaakso – chatin ohjaus',
    nurseChatHours: { fi: 'ma–pe klo 8–20', sv: 'mån–fre kl. 8–20', en: 'Mon–Fri 8:00–20:00' },
    oralChatHours: WEEKDAYS_8_15,
    switchboardNumber: '05 000 0100',
  }),
  buildTree({
    regionCode: 'etela-karjala',
    name: 'Etelä-Karjala – chatin ohjaus',
    nurseChatHours: {
      fi: 'ma–pe klo 8–20 ja la–su klo 10–16',
      sv: 'mån–fre kl. 8–20 och lör–sön kl. 10–16',
      en: 'Mon–Fri 8:00–20:00 and Sat–Sun 10:00–16:00',
    },
    oralChatHours: WEEKDAYS_8_15,
    switchboardNumber: '05 000 0500',
  }),
];
