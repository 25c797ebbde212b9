/**
 * Sample service queues: the chat and video queues the chat decision trees route citizens to.
 *
 * Codes are `<region code>-<queue>`. Opening hours are Europe/Helsinki, days 1 = Monday … 7 = Sunday.
 * `strongIdentificationRequired` is true where the conversation is about the citizen's own health data
 * (nurse, mental health and substances, oral health, maternity and child clinic). General social
 * counselling and the customer-service video reception may be used anonymously.
 */

type LocalizedText = { fi: string; sv?: string; en?: string };
type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
type ProfessionalGroup =
  | 'nurse'
  | 'doctor'
  | 'social_counsellor'
  | 'mental_health'
  | 'substance_use'
  | 'oral_health'
  | 'maternity_child'
  | 'customer_service';

export interface QueueSeed {
  /** Natural key. */
  code: string;
  name: LocalizedText;
  regionCode: string;
  professionalGroup: ProfessionalGroup;
  channels: ('chat' | 'video')[];
  openingHours: { days: Weekday[]; opens: string; closes: string }[];
  strongIdentificationRequired: boolean;
}

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const WEEKEND: Weekday[] = [6, 7];

const NAMES = {
  nurse: { fi: 'Hoitajan chat', sv: 'Chatt med sjukskötare', en: 'Nurse chat' },
  mental: {
    fi: 'Mielenterveys- ja päihdechat',
    sv: 'Chatt om psykisk hälsa och rusmedel',
    en: 'Mental health and substance use chat',
  },
  social: { fi: 'Sosiaaliohjauksen chat', sv: 'Chatt för social handledning', en: 'Social counselling chat' },
  oral: { fi: 'Suun terveydenhuollon chat', sv: 'Chatt för munhälsovård', en: 'Oral health chat' },
  family: {
    fi: 'Neuvolan chat',
    sv: 'Rådgivningens chatt',
    en: 'Maternity and child health clinic chat',
  },
  video: {
    fi: 'Asiakaspalvelun videovastaanotto',
    sv: 'Kundtjänstens videomottagning',
    en: 'Customer service video reception',
  },
} satisfies Record<string, LocalizedText>;

export const queues: QueueSeed[] = [
  // --- Pohjanmaa -----------------------------------------------------------------------------
  {
    code: 'pohjanmaa-nurse-chat',
    name: NAMES.nurse,
    regionCode: 'pohjanmaa',
    professionalGroup: 'nurse',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '08:00', closes: '20:00' }],
    strongIdentificationRequired: true,
  },
  {
    code: 'pohjanmaa-mental-health-chat',
    name: NAMES.mental,
    regionCode: 'pohjanmaa',
    professionalGroup: 'mental_health',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '09:00', closes: '15:00' }],
    strongIdentificationRequired: true,
  },
  {
    code: 'pohjanmaa-social-counselling-chat',
    name: NAMES.social,
    regionCode: 'pohjanmaa',
    professionalGroup: 'social_counsellor',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '09:00', closes: '15:00' }],
    strongIdentificationRequired: false,
  },
  {
    code: 'pohjanmaa-oral-health-chat',
    name: NAMES.oral,
    regionCode: 'pohjanmaa',
    professionalGroup: 'oral_health',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '08:00', closes: '15:00' }],
    strongIdentificationRequired: true,
  },
  {
    code: 'pohjanmaa-maternity-child-chat',
    name: NAMES.family,
    regionCode: 'pohjanmaa',
    professionalGroup: 'maternity_child',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '08:00', closes: '15:00' }],
    strongIdentificationRequired: true,
  },
  {
    code: 'pohjanmaa-customer-service-video',
    name: NAMES.video,
    regionCode: 'pohjanmaa',
    professionalGroup: 'customer_service',
    channels: ['video'],
    openingHours: [{ days: WEEKDAYS, opens: '08:00', closes: '16:00' }],
    strongIdentificationRequired: false,
  },

  // --- Kymenlaakso ---------------------------------------------------------------------------
  {
    code: 'kymenlaakso-nurse-chat',
    name: NAMES.nurse,
    regionCode: 'kymenlaakso',
    professionalGroup: 'nurse',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '08:00', closes: '20:00' }],
    strongIdentificationRequired: true,
  },
  {
    code: 'kymenlaakso-mental-health-chat',
    name: NAMES.mental,
    regionCode: 'kymenlaakso',
    professionalGroup: 'mental_health',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '08:00', closes: '16:00' }],
    strongIdentificationRequired: true,
  },
  {
    code: 'kymenlaakso-social-counselling-chat',
    name: NAMES.social,
    regionCode: 'kymenlaakso',
    professionalGroup: 'social_counsellor',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '09:00', closes: '15:00' }],
    strongIdentificationRequired: false,
  },
  {
    code: 'kymenlaakso-oral-health-chat',
    name: NAMES.oral,
    regionCode: 'kymenlaakso',
    professionalGroup: 'oral_health',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '08:00', closes: '15:00' }],
    strongIdentificationRequired: true,
  },
  {
    code: 'kymenlaakso-maternity-child-chat',
    name: NAMES.family,
    regionCode: 'kymenlaakso',
    professionalGroup: 'maternity_child',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '09:00', closes: '15:00' }],
    strongIdentificationRequired: true,
  },
  {
    code: 'kymenlaakso-customer-service-video',
    name: NAMES.video,
    regionCode: 'kymenlaakso',
    professionalGroup: 'customer_service',
    channels: ['video'],
    openingHours: [{ days: WEEKDAYS, opens: '09:00', closes: '15:00' }],
    strongIdentificationRequired: false,
  },

  // --- Etelä-Karjala -------------------------------------------------------------------------
  {
    code: 'etela-karjala-nurse-chat',
    name: NAMES.nurse,
    regionCode: 'etela-karjala',
    professionalGroup: 'nurse',
    channels: ['chat'],
    openingHours: [
      { days: WEEKDAYS, opens: '08:00', closes: '20:00' },
      { days: WEEKEND, opens: '10:00', closes: '16:00' },
    ],
    strongIdentificationRequired: true,
  },
  {
    code: 'etela-karjala-mental-health-chat',
    name: NAMES.mental,
    regionCode: 'etela-karjala',
    professionalGroup: 'mental_health',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '09:00', closes: '15:00' }],
    strongIdentificationRequired: true,
  },
  {
    code: 'etela-karjala-social-counselling-chat',
    name: NAMES.social,
    regionCode: 'etela-karjala',
    professionalGroup: 'social_counsellor',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '09:00', closes: '15:00' }],
    strongIdentificationRequired: false,
  },
  {
    code: 'etela-karjala-oral-health-chat',
    name: NAMES.oral,
    regionCode: 'etela-karjala',
    professionalGroup: 'oral_health',
    channels: ['chat'],
    openingHours: [{ days: WEEKDAYS, opens: '08:00', closes: '15:00' }],
    strongIdentificationRequired: true,
  },
  {
    code: 'etela-karjala-maternity-child-chat',
    name: NAMES.family,
    regionCode: 'etela-karjala',
    professionalGroup: 'maternity_child',
    channels: ['chat', 'video'],
    openingHours: [{ days: WEEKDAYS, opens: '08:00', closes: '15:00' }],
    strongIdentificationRequired: true,
  },
  {
    code: 'etela-karjala-customer-service-video',
    name: NAMES.video,
    regionCode: 'etela-karjala',
    professionalGroup: 'customer_service',
    channels: ['video', 'chat'],
    openingHours: [{ days: WEEKDAYS, opens: '08:00', closes: '16:00' }],
    strongIdentificationRequired: false,
  },
];
