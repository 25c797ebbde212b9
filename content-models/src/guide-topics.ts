/**
 * The closed list of topics a public self-care guide belongs to, with their names in Finnish, Swedish and English.
 * The public site groups its guides by these (topic pages, home page); the CMS offers them as an enumeration.
 * Free of zod, so a browser app can import the list alone.
 */
import type { Locale } from './locales.js';

/** Guide topics, in the order the site lists them. `other` is for a guide that fits none of the rest. */
export const GUIDE_TOPICS = [
  'fever_infections',
  'breathing',
  'stomach',
  'skin',
  'eyes',
  'mouth_teeth',
  'injuries',
  'pain',
  'mental_health',
  'substance_use',
  'children',
  'pregnancy',
  'other',
] as const;

/** One of {@link GUIDE_TOPICS}. */
export type GuideTopic = (typeof GUIDE_TOPICS)[number];

/** The topic of a guide saved before topics existed. */
export const DEFAULT_GUIDE_TOPIC: GuideTopic = 'other';

/** The name of each topic as a citizen reads it. */
export const GUIDE_TOPIC_LABELS: Readonly<Record<GuideTopic, Readonly<Record<Locale, string>>>> = {
  fever_infections: { fi: 'Kuume ja infektiot', sv: 'Feber och infektioner', en: 'Fever and infections' },
  breathing: { fi: 'Hengitys ja yskä', sv: 'Andning och hosta', en: 'Breathing and cough' },
  stomach: { fi: 'Vatsa ja suolisto', sv: 'Mage och tarm', en: 'Stomach and bowels' },
  skin: { fi: 'Iho', sv: 'Hud', en: 'Skin' },
  eyes: { fi: 'Silmät', sv: 'Ögon', en: 'Eyes' },
  mouth_teeth: { fi: 'Suu ja hampaat', sv: 'Mun och tänder', en: 'Mouth and teeth' },
  injuries: { fi: 'Tapaturmat ja vammat', sv: 'Olycksfall och skador', en: 'Accidents and injuries' },
  pain: { fi: 'Kivut', sv: 'Smärta', en: 'Pain' },
  mental_health: {
    fi: 'Mielen hyvinvointi ja uni',
    sv: 'Psykiskt välbefinnande och sömn',
    en: 'Mental wellbeing and sleep',
  },
  substance_use: { fi: 'Päihteet', sv: 'Rusmedel', en: 'Alcohol and drugs' },
  children: { fi: 'Lapset', sv: 'Barn', en: 'Children' },
  pregnancy: { fi: 'Raskaus', sv: 'Graviditet', en: 'Pregnancy' },
  other: { fi: 'Muut ohjeet', sv: 'Övriga anvisningar', en: 'Other guides' },
};
