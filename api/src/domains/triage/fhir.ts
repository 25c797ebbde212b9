/**
 * A care-need assessment as HL7 FHIR R4: a `collection` Bundle of the protocol as a Questionnaire and the assessment
 * as its QuestionnaireResponse. Both are made from the protocol snapshot the assessment was decided on, never from the
 * CMS, so an export made years later says what the nurse saw.
 */
import { pickText, URGENCIES, type Locale, type Urgency } from '../../models.js';
import type { SnapshotContent, StoredAnswer } from './snapshot.js';

/** The system of the Finnish personal identity code (Suomi.fi uses the same OID). */
export const IDENTITY_CODE_SYSTEM = 'urn:oid:1.2.246.21';
/** Code system of the care urgencies (the codes of URGENCIES). */
export const URGENCY_SYSTEM = 'urn:neuvo:triage:urgency';
/** Canonical URL of a protocol's Questionnaire; its `version` is the protocol's version. */
export const questionnaireUrl = (code: string) => `urn:neuvo:triage-protocol:${code}`;

/** Link ids of the result items every exported Questionnaire ends with. */
export const RESULT_LINK_IDS = Object.freeze({
  group: 'result',
  redFlags: 'result.red-flags',
  computedUrgency: 'result.computed-urgency',
  finalUrgency: 'result.final-urgency',
  overrideReason: 'result.override-reason',
});

/** What the export needs of one assessment. */
export interface FhirAssessment {
  readonly id: string;
  readonly snapshotId: string;
  readonly locale: Locale;
  readonly answers: readonly StoredAnswer[];
  readonly redFlags: readonly string[];
  readonly computedUrgency: Urgency;
  readonly finalUrgency: Urgency;
  readonly overrideReason: string | null;
  readonly performedAt: string;
  readonly performedByName: string;
  /** The contact's identified citizen, or null for an anonymous contact. */
  readonly citizen: { readonly name: string; readonly identityCode: string } | null;
}

const RESULT_TEXTS = {
  result: {
    fi: 'Hoidon tarpeen arvion tulos',
    sv: 'Resultat av vårdbehovsbedömningen',
    en: 'Assessment result',
  },
  redFlags: { fi: 'Täyttyneet hälytysmerkit', sv: 'Uppfyllda varningstecken', en: 'Red flags that held' },
  computed: {
    fi: 'Protokollan antama kiireellisyys',
    sv: 'Brådskandegrad enligt protokollet',
    en: 'Computed urgency',
  },
  final: { fi: 'Lopullinen kiireellisyys', sv: 'Slutlig brådskandegrad', en: 'Final urgency' },
  reason: { fi: 'Poikkeamisen peruste', sv: 'Motivering till avvikelsen', en: 'Reason for the override' },
} as const;

/** Names of the urgencies in each locale (the portal shows the same names). */
export const URGENCY_NAMES: Readonly<Record<Urgency, Readonly<Record<Locale, string>>>> = {
  emergency_112: { fi: 'Hätätilanne: soita 112', sv: 'Nödsituation: ring 112', en: 'Emergency: call 112' },
  paivystys_now: {
    fi: 'Päivystykseen heti',
    sv: 'Till jouren genast',
    en: 'Emergency department now',
  },
  urgent_same_day: {
    fi: 'Kiireellinen, saman päivän aikana',
    sv: 'Brådskande, samma dag',
    en: 'Urgent, same day',
  },
  non_urgent: { fi: 'Kiireetön', sv: 'Icke brådskande', en: 'Non-urgent' },
  self_care: { fi: 'Omahoito', sv: 'Egenvård', en: 'Self-care' },
};

const urgencyCoding = (urgency: Urgency, locale: Locale) => ({
  system: URGENCY_SYSTEM,
  code: urgency,
  display: URGENCY_NAMES[urgency][locale],
});

/** The option coding system of one choice question of a protocol. */
const optionSystem = (code: string, questionId: string) => `${questionnaireUrl(code)}/${questionId}`;
const redFlagSystem = (code: string) => `${questionnaireUrl(code)}/red-flags`;

/** The Questionnaire of a protocol snapshot, texts in `locale` (Finnish where not translated). */
export function toQuestionnaire(snapshotId: string, content: SnapshotContent, locale: Locale) {
  const text = (t: Parameters<typeof pickText>[0]) => pickText(t, locale);
  return {
    resourceType: 'Questionnaire' as const,
    id: snapshotId,
    url: questionnaireUrl(content.code),
    version: String(content.version),
    title: text(content.complaint),
    status: 'active' as const,
    language: locale,
    subjectType: ['Patient'],
    item: [
      ...content.questions.map((q) => {
        const base = { linkId: q.id, text: text(q.text), required: true };
        if (q.type === 'boolean') return { ...base, type: 'boolean' };
        if (q.type === 'number') return { ...base, type: 'decimal' };
        return {
          ...base,
          type: 'choice',
          answerOption: q.options.map((o) => ({
            valueCoding: { system: optionSystem(content.code, q.id), code: o.value, display: text(o.label) },
          })),
        };
      }),
      {
        linkId: RESULT_LINK_IDS.group,
        text: RESULT_TEXTS.result[locale],
        type: 'group',
        item: [
          ...(content.redFlags.length > 0
            ? [
                {
                  linkId: RESULT_LINK_IDS.redFlags,
                  text: RESULT_TEXTS.redFlags[locale],
                  type: 'choice',
                  repeats: true,
                  readOnly: true,
                  answerOption: content.redFlags.map((f) => ({
                    valueCoding: { system: redFlagSystem(content.code), code: f.id, display: text(f.reason) },
                  })),
                },
              ]
            : []),
          ...([RESULT_LINK_IDS.computedUrgency, RESULT_LINK_IDS.finalUrgency] as const).map((linkId) => ({
            linkId,
            text: (linkId === RESULT_LINK_IDS.computedUrgency ? RESULT_TEXTS.computed : RESULT_TEXTS.final)[
              locale
            ],
            type: 'choice',
            required: true,
            readOnly: true,
            answerOption: URGENCIES.map((u) => ({ valueCoding: urgencyCoding(u, locale) })),
          })),
          {
            linkId: RESULT_LINK_IDS.overrideReason,
            text: RESULT_TEXTS.reason[locale],
            type: 'string',
            readOnly: true,
          },
        ],
      },
    ],
  };
}

/** The QuestionnaireResponse of an assessment: its answers and its result. */
export function toQuestionnaireResponse(assessment: FhirAssessment, content: SnapshotContent) {
  const { locale } = assessment;
  const text = (t: Parameters<typeof pickText>[0]) => pickText(t, locale);
  const questions = new Map(content.questions.map((q) => [q.id, q]));
  const flags = new Map(content.redFlags.map((f) => [f.id, f]));
  const answerOf = (a: StoredAnswer) => {
    const q = questions.get(a.questionId);
    if (typeof a.value === 'boolean') return { valueBoolean: a.value };
    if (typeof a.value === 'number') return { valueDecimal: a.value };
    const option = q?.type === 'choice' ? q.options.find((o) => o.value === a.value) : undefined;
    return {
      valueCoding: {
        system: optionSystem(content.code, a.questionId),
        code: a.value,
        ...(option ? { display: text(option.label) } : {}),
      },
    };
  };
  const redFlagAnswers = assessment.redFlags.flatMap((id) => {
    const flag = flags.get(id);
    return flag
      ? [{ valueCoding: { system: redFlagSystem(content.code), code: id, display: text(flag.reason) } }]
      : [];
  });
  return {
    resourceType: 'QuestionnaireResponse' as const,
    id: assessment.id,
    language: locale,
    questionnaire: `${questionnaireUrl(content.code)}|${content.version}`,
    status: 'completed' as const,
    authored: assessment.performedAt,
    author: { display: assessment.performedByName },
    ...(assessment.citizen
      ? {
          subject: {
            identifier: { system: IDENTITY_CODE_SYSTEM, value: assessment.citizen.identityCode },
            display: assessment.citizen.name,
          },
        }
      : {}),
    item: [
      ...assessment.answers.map((a) => ({
        linkId: a.questionId,
        text: text(questions.get(a.questionId)?.text),
        answer: [answerOf(a)],
      })),
      {
        linkId: RESULT_LINK_IDS.group,
        text: RESULT_TEXTS.result[locale],
        item: [
          ...(redFlagAnswers.length > 0
            ? [
                {
                  linkId: RESULT_LINK_IDS.redFlags,
                  text: RESULT_TEXTS.redFlags[locale],
                  answer: redFlagAnswers,
                },
              ]
            : []),
          {
            linkId: RESULT_LINK_IDS.computedUrgency,
            text: RESULT_TEXTS.computed[locale],
            answer: [{ valueCoding: urgencyCoding(assessment.computedUrgency, locale) }],
          },
          {
            linkId: RESULT_LINK_IDS.finalUrgency,
            text: RESULT_TEXTS.final[locale],
            answer: [{ valueCoding: urgencyCoding(assessment.finalUrgency, locale) }],
          },
          ...(assessment.overrideReason !== null
            ? [
                {
                  linkId: RESULT_LINK_IDS.overrideReason,
                  text: RESULT_TEXTS.reason[locale],
                  answer: [{ valueString: assessment.overrideReason }],
                },
              ]
            : []),
        ],
      },
    ],
  };
}

/** The FHIR R4 Bundle (type `collection`) of an assessment: its Questionnaire, then its QuestionnaireResponse. */
export function toFhirBundle(assessment: FhirAssessment, content: SnapshotContent) {
  return {
    resourceType: 'Bundle' as const,
    type: 'collection' as const,
    timestamp: assessment.performedAt,
    entry: [
      {
        fullUrl: `urn:uuid:${assessment.snapshotId}`,
        resource: toQuestionnaire(assessment.snapshotId, content, assessment.locale),
      },
      {
        fullUrl: `urn:uuid:${assessment.id}`,
        resource: toQuestionnaireResponse(assessment, content),
      },
    ],
  };
}
