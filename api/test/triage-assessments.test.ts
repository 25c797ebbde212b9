/**
 * Care-need assessments saved on contacts, over GraphQL, against a real Strapi (the @neuvo/scripts test kit) and the
 * real store (SQLite, or PostgreSQL when DATABASE_URL is set): the api decides on the protocol the CMS serves, refuses
 * bad answers field by field, writes the assessment and the contact's change together or not at all, keeps the
 * protocol version an assessment used, and exports an assessment as FHIR R4 that the R4 structure definitions accept.
 */
import SQLite from 'better-sqlite3';
import { Fhir } from 'fhir';
import pg from 'pg';
import { startCms, type CmsHandle } from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import { memoryLogger, startTestApi, TEST_USERS, type TestApi } from './support/api.js';
import { cmsWrite } from './support/cms-rest.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { gql, type GqlResponse } from './support/graphql.js';

const CODE = '131052-308T';

/** A fever-in-a-child protocol: one red flag, three rules, a default. */
const feverProtocol = (code: string) => ({
  code,
  version: 1,
  complaint: { fi: 'Kuume lapsella', sv: 'Feber hos barn', en: 'Fever in a child' },
  audience: 'child',
  questions: [
    {
      id: 'breathing',
      type: 'boolean',
      text: {
        fi: 'Onko lapsella hengitysvaikeuksia?',
        sv: 'Har barnet svårt att andas?',
        en: 'Is breathing hard?',
      },
    },
    {
      id: 'age',
      type: 'choice',
      text: { fi: 'Lapsen ikä', sv: 'Barnets ålder', en: "The child's age" },
      options: [
        { value: 'under_3m', label: { fi: 'Alle 3 kk', sv: 'Under 3 mån', en: 'Under 3 months' } },
        { value: 'over_3m', label: { fi: 'Yli 3 kk', sv: 'Över 3 mån', en: 'Over 3 months' } },
      ],
    },
    {
      id: 'temperature',
      type: 'number',
      unit: '°C',
      min: 34,
      max: 43,
      text: { fi: 'Mikä on lämpö?', sv: 'Hur hög är febern?', en: 'What is the temperature?' },
    },
    {
      id: 'drinking',
      type: 'boolean',
      text: {
        fi: 'Juoko lapsi normaalisti?',
        sv: 'Dricker barnet normalt?',
        en: 'Is the child drinking normally?',
      },
    },
  ],
  redFlags: [
    {
      id: 'breathing',
      when: { question: 'breathing', equals: true },
      outcome: 'emergency_112',
      reason: { fi: 'Hengitysvaikeus', sv: 'Andningssvårigheter', en: 'Difficulty breathing' },
    },
  ],
  rules: [
    {
      id: 'infant-fever',
      when: {
        all: [
          { question: 'age', equals: 'under_3m' },
          { question: 'temperature', gte: 38 },
        ],
      },
      outcome: 'paivystys_now',
    },
    { id: 'not-drinking', when: { question: 'drinking', equals: false }, outcome: 'urgent_same_day' },
  ],
  outcomes: [
    {
      urgency: 'emergency_112',
      advice: { fi: 'Soita 112.' },
      disposition: { kind: 'queue', queueCode: 'hatakeskus' },
    },
    {
      urgency: 'paivystys_now',
      advice: { fi: 'Lapsi päivystykseen heti.' },
      disposition: { kind: 'queue', queueCode: 'lasten-paivystys' },
    },
    {
      urgency: 'urgent_same_day',
      advice: { fi: 'Lääkärin vastaanotolle tänään.' },
      disposition: { kind: 'queue', queueCode: 'terveysasema' },
    },
    {
      urgency: 'self_care',
      advice: { fi: 'Hoida kotona: nestettä ja lepoa.', sv: 'Vård hemma: vätska och vila.' },
      disposition: { kind: 'guide', guideSlug: 'kuume-lapsella' },
    },
  ],
  defaultOutcome: 'self_care',
  sources: [],
});

const SELF_CARE_ANSWERS = [
  { questionId: 'breathing', value: 'false' },
  { questionId: 'age', value: 'over_3m' },
  { questionId: 'temperature', value: '38.5' },
  { questionId: 'drinking', value: 'true' },
];

const ASSESSMENT_FIELDS = `
  id contactId
  contact { id version outcomes { code urgency } contentUsed { type documentId title } }
  protocol { documentId code version complaint }
  locale
  answers { questionId question value answer }
  redFlagsTriggered computedUrgency finalUrgency
  override { urgency reason }
  advice disposition { kind target }
  performedBy { subject name }
  performedAt
`;
const RECORD = `mutation($contactId: ID!, $version: Int!, $input: RecordTriageAssessmentInput!) {
  recordTriageAssessment(contactId: $contactId, contactVersion: $version, input: $input) { ${ASSESSMENT_FIELDS} } }`;
const OPEN = `mutation($input: OpenContactInput!) { openContact(input: $input) { id version } }`;
const CLOSE = `mutation($id: ID!, $version: Int!) { closeContact(id: $id, version: $version) { id version } }`;
const CONTACT = `query($id: ID!) { contact(id: $id) { id version triageAssessments { ${ASSESSMENT_FIELDS} } } }`;
const FHIR = `query($id: ID!) { triageAssessmentFhir(id: $id) }`;

interface Assessment {
  id: string;
  contactId: string;
  contact: {
    id: string;
    version: number;
    outcomes: { code: string; urgency: string | null }[];
    contentUsed: { type: string; documentId: string; title: string }[];
  };
  protocol: { documentId: string; code: string; version: number; complaint: string };
  locale: string;
  answers: { questionId: string; question: string; value: string; answer: string }[];
  redFlagsTriggered: string[];
  computedUrgency: string;
  finalUrgency: string;
  override: { urgency: string; reason: string } | null;
  advice: string | null;
  disposition: { kind: string; target: string } | null;
  performedBy: { subject: string; name: string };
  performedAt: string;
}

/** A FHIR resource as the tests look into it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const logger = memoryLogger();
let cms: CmsHandle;
let database: TestDatabase;
let api: TestApi;
let store: OperationalDb;
const protocols: Record<string, string> = {};
const fhir = new Fhir();

type As = 'nurse' | 'agent';
const call = <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  as: As = 'nurse',
) => gql<T>(api.url, query, variables, as);

async function openContact(input: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const r = await call<{ openContact: { id: string; version: number } }>(OPEN, {
    input: { channel: 'phone', region: 'kymenlaakso', ...input },
  });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.openContact;
}

const record = (contact: { id: string; version: number }, input: Record<string, unknown>, as: As = 'nurse') =>
  call<{ recordTriageAssessment: Assessment }>(
    RECORD,
    {
      contactId: contact.id,
      version: contact.version,
      input: { protocolId: protocols.fever, protocolVersion: 1, locale: 'fi', ...input },
    },
    as,
  );

async function recorded(contact: { id: string; version: number }, input: Record<string, unknown>) {
  const r = await record(contact, input);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.recordTriageAssessment;
}

const error = (r: GqlResponse<unknown>) => ({
  code: r.errors?.[0]?.extensions?.code,
  field: r.errors?.[0]?.extensions?.field,
});

/** Rows written so far, by table. */
async function counts() {
  const count = async (table: 'api_triage_assessments' | 'api_triage_protocol_snapshots') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    assessments: await count('api_triage_assessments'),
    snapshots: await count('api_triage_protocol_snapshots'),
  };
}

const contactRow = (id: string) =>
  store.db.selectFrom('api_contacts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/**
 * Changes a published protocol's question text in the CMS's own database. Strapi refuses to change a published
 * protocol version, so this is the CMS serving other content under the same version by some other way (a restore,
 * a direct edit): the case the snapshots are for.
 */
async function changeQuestionTextInCms(documentId: string, questionId: string, fi: string): Promise<void> {
  const change = (questions: string) =>
    JSON.stringify(
      (JSON.parse(questions) as { id: string; text: Record<string, string> }[]).map((q) =>
        q.id === questionId ? { ...q, text: { ...q.text, fi } } : q,
      ),
    );
  if (cms.database.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: cms.database });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: number; questions: unknown }>(
        'SELECT id, questions FROM triage_protocols WHERE document_id = $1',
        [documentId],
      );
      for (const row of rows)
        await client.query('UPDATE triage_protocols SET questions = $1 WHERE id = $2', [
          change(JSON.stringify(row.questions)),
          row.id,
        ]);
    } finally {
      await client.end();
    }
    return;
  }
  const db = new SQLite(cms.database);
  try {
    const rows = db
      .prepare('SELECT id, questions FROM triage_protocols WHERE document_id = ?')
      .all(documentId) as { id: number; questions: string }[];
    for (const row of rows)
      db.prepare('UPDATE triage_protocols SET questions = ? WHERE id = ?').run(change(row.questions), row.id);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  cms = await startCms();
  protocols.fever = (
    await cmsWrite(cms, '/triage-protocols?status=published', 'POST', feverProtocol('kuume-lapsi'))
  ).documentId;
  protocols.changing = (
    await cmsWrite(cms, '/triage-protocols?status=published', 'POST', feverProtocol('kuume-lapsi-muuttuva'))
  ).documentId;
  database = await createTestDatabase();
  api = await startTestApi({ CMS_URL: cms.url, CMS_READ_TOKEN: cms.readToken, ...database.env }, logger);
  store = await openDatabase(
    loadConfig({ CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x', ...database.env }).database,
  );
}, 300_000);

afterAll(async () => {
  await store?.destroy();
  await api?.stop();
  await database?.drop();
  await cms?.stop();
});

describe(`care-need assessments (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('decides a fever in a child from the answers, saves it and updates the contact in the same write', async () => {
    const contact = await openContact({
      outcomes: [{ code: 'triage_performed', urgency: 'non_urgent' }, { code: 'guidance_given' }],
    });
    const before = await counts();
    const a = await recorded(contact, { answers: SELF_CARE_ANSWERS });
    expect(a).toMatchObject({
      contactId: contact.id,
      protocol: { documentId: protocols.fever, code: 'kuume-lapsi', version: 1, complaint: 'Kuume lapsella' },
      locale: 'fi',
      answers: [
        {
          questionId: 'breathing',
          question: 'Onko lapsella hengitysvaikeuksia?',
          value: 'false',
          answer: 'Ei',
        },
        { questionId: 'age', question: 'Lapsen ikä', value: 'over_3m', answer: 'Yli 3 kk' },
        { questionId: 'temperature', question: 'Mikä on lämpö?', value: '38.5', answer: '38.5 °C' },
        { questionId: 'drinking', question: 'Juoko lapsi normaalisti?', value: 'true', answer: 'Kyllä' },
      ],
      redFlagsTriggered: [],
      computedUrgency: 'self_care',
      finalUrgency: 'self_care',
      override: null,
      advice: 'Hoida kotona: nestettä ja lepoa.',
      disposition: { kind: 'guide', target: 'kuume-lapsella' },
      performedBy: { subject: TEST_USERS.nurse.username, name: TEST_USERS.nurse.name },
    });
    // The contact after the write: a new version, the earlier triage outcome replaced, the protocol used.
    expect(a.contact.version).toBe(contact.version + 1);
    expect(a.contact.outcomes).toEqual([
      { code: 'guidance_given', urgency: null },
      { code: 'triage_performed', urgency: 'self_care' },
    ]);
    expect(a.contact.contentUsed).toEqual([
      { type: 'protocol', documentId: protocols.fever, title: 'Kuume lapsella' },
    ]);
    expect(await counts()).toEqual({ assessments: before.assessments + 1, snapshots: before.snapshots + 1 });
    expect((await contactRow(contact.id)).version).toBe(contact.version + 1);

    // A second assessment on the same contact: one triage outcome, the protocol listed once, the snapshot reused.
    const second = await recorded(a.contact, {
      locale: 'sv',
      answers: [
        { questionId: 'age', value: 'under_3m' },
        { questionId: 'temperature', value: '38.2' },
        { questionId: 'drinking', value: 'true' },
        { questionId: 'breathing', value: 'false' },
      ],
    });
    expect(second).toMatchObject({
      computedUrgency: 'paivystys_now',
      finalUrgency: 'paivystys_now',
      protocol: { complaint: 'Feber hos barn' },
      advice: 'Lapsi päivystykseen heti.',
      disposition: { kind: 'queue', target: 'lasten-paivystys' },
    });
    // Protocol order, Swedish texts.
    expect(second.answers.map((x) => [x.questionId, x.answer])).toEqual([
      ['breathing', 'Nej'],
      ['age', 'Under 3 mån'],
      ['temperature', '38.2 °C'],
      ['drinking', 'Ja'],
    ]);
    expect(second.contact.outcomes).toEqual([
      { code: 'guidance_given', urgency: null },
      { code: 'triage_performed', urgency: 'paivystys_now' },
    ]);
    expect(second.contact.contentUsed).toHaveLength(1);
    expect((await counts()).snapshots).toBe(before.snapshots + 1);

    const read = await call<{ contact: { version: number; triageAssessments: Assessment[] } }>(CONTACT, {
      id: contact.id,
    });
    expect(read.data?.contact.triageAssessments.map((x) => x.id)).toEqual([a.id, second.id]);
    expect(read.data?.contact.triageAssessments[0]?.contact.version).toBe(read.data?.contact.version);
  });

  it('stops at a red flag: emergency with unanswered questions, the red flag reported', async () => {
    const contact = await openContact();
    const a = await recorded(contact, { answers: [{ questionId: 'breathing', value: 'true' }] });
    expect(a).toMatchObject({
      computedUrgency: 'emergency_112',
      finalUrgency: 'emergency_112',
      redFlagsTriggered: ['Hengitysvaikeus'],
      advice: 'Soita 112.',
      disposition: { kind: 'queue', target: 'hatakeskus' },
    });
    expect(a.contact.outcomes).toEqual([{ code: 'triage_performed', urgency: 'emergency_112' }]);
  });

  it('keeps an override with its reason as the final urgency, and refuses one without a reason', async () => {
    const contact = await openContact();
    const before = await counts();
    for (const reason of ['', '  ', 'ok']) {
      const r = await record(contact, {
        answers: SELF_CARE_ANSWERS,
        override: { urgency: 'urgent_same_day', reason },
      });
      expect(error(r)).toEqual({ code: 'VALIDATION_FAILED', field: 'override.reason' });
    }
    const same = await record(contact, {
      answers: SELF_CARE_ANSWERS,
      override: { urgency: 'self_care', reason: 'Ei muutosta' },
    });
    expect(error(same)).toEqual({ code: 'VALIDATION_FAILED', field: 'override.urgency' });
    // Without a reason at all the GraphQL input type refuses it.
    const missing = await call(RECORD, {
      contactId: contact.id,
      version: contact.version,
      input: {
        protocolId: protocols.fever,
        protocolVersion: 1,
        locale: 'fi',
        answers: SELF_CARE_ANSWERS,
        override: { urgency: 'urgent_same_day' },
      },
    });
    expect(missing.errors?.length).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
    expect((await contactRow(contact.id)).version).toBe(contact.version);

    const a = await recorded(contact, {
      answers: SELF_CARE_ANSWERS,
      override: { urgency: 'urgent_same_day', reason: '  Vanhempi on hyvin huolissaan.  ' },
    });
    expect(a).toMatchObject({
      computedUrgency: 'self_care',
      finalUrgency: 'urgent_same_day',
      override: { urgency: 'urgent_same_day', reason: 'Vanhempi on hyvin huolissaan.' },
      advice: 'Lääkärin vastaanotolle tänään.',
    });
    expect(a.contact.outcomes).toEqual([{ code: 'triage_performed', urgency: 'urgent_same_day' }]);
  });

  it('refuses answers that do not fit the protocol, naming the field, and writes nothing', async () => {
    const contact = await openContact();
    const before = await counts();
    const withAnswer = (questionId: string, value: string) => [
      ...SELF_CARE_ANSWERS.filter((x) => x.questionId !== questionId),
      { questionId, value },
    ];
    const cases: [Record<string, unknown>[], string][] = [
      [[...SELF_CARE_ANSWERS, { questionId: 'rash', value: 'true' }], 'answers.rash'],
      [withAnswer('breathing', 'yes'), 'answers.breathing'],
      [withAnswer('age', 'teenager'), 'answers.age'],
      [withAnswer('temperature', 'kuusi'), 'answers.temperature'],
      [withAnswer('temperature', '50'), 'answers.temperature'],
      [[...SELF_CARE_ANSWERS, { questionId: 'age', value: 'over_3m' }], 'answers.age'],
      [[...SELF_CARE_ANSWERS, { questionId: '<script>', value: 'true' }], 'answers[4].questionId'],
      // No red flag holds and a question is unanswered.
      [SELF_CARE_ANSWERS.filter((x) => x.questionId !== 'drinking'), 'answers'],
    ];
    for (const [answers, field] of cases) {
      const r = await record(contact, { answers });
      expect(error(r), field).toEqual({ code: 'VALIDATION_FAILED', field });
      // The message never quotes what was sent.
      expect(r.errors?.[0]?.message).not.toMatch(/rash|teenager|kuusi|<script>/);
    }
    expect(await counts()).toEqual(before);
    expect((await contactRow(contact.id)).version).toBe(contact.version);
  });

  it('refuses a protocol version the CMS no longer serves, an unknown protocol and a caller who is no nurse', async () => {
    const contact = await openContact();
    const before = await counts();
    const stale = await record(contact, { protocolVersion: 2, answers: SELF_CARE_ANSWERS });
    expect(error(stale).code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/protocol changed while you were assessing/);
    const unknown = await record(contact, {
      protocolId: 'eiolemassaolevaa0000000',
      answers: SELF_CARE_ANSWERS,
    });
    expect(error(unknown).code).toBe('NOT_FOUND');
    const agent = await record(contact, { answers: SELF_CARE_ANSWERS }, 'agent');
    expect(error(agent).code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('refuses a stale contact version and a closed contact with CONFLICT, and writes nothing', async () => {
    const contact = await openContact({ outcomes: [{ code: 'guidance_given' }] });
    const first = await recorded(contact, { answers: SELF_CARE_ANSWERS });
    const before = await counts();
    const rowBefore = await contactRow(contact.id);
    // Based on the version read before the first assessment.
    const stale = await record(contact, { answers: SELF_CARE_ANSWERS });
    expect(error(stale).code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
    expect(await contactRow(contact.id)).toEqual(rowBefore);

    const closed = await call<{ closeContact: { id: string; version: number } }>(CLOSE, {
      id: contact.id,
      version: first.contact.version,
    });
    expect(closed.errors).toBeUndefined();
    const rowClosed = await contactRow(contact.id);
    const onClosed = await record(closed.data!.closeContact, { answers: SELF_CARE_ANSWERS });
    expect(error(onClosed).code).toBe('CONFLICT');
    expect(onClosed.errors?.[0]?.message).toMatch(/closed/);
    expect(await counts()).toEqual(before);
    expect(await contactRow(contact.id)).toEqual(rowClosed);
  });

  it('reads an assessment from the protocol version it used, even after the CMS serves other content under it', async () => {
    const contact = await openContact();
    const old = await recorded(contact, { protocolId: protocols.changing, answers: SELF_CARE_ANSWERS });
    expect(old.answers[0]?.question).toBe('Onko lapsella hengitysvaikeuksia?');

    await changeQuestionTextInCms(protocols.changing!, 'breathing', 'Hengittääkö lapsi vaivalloisesti?');
    const sameVersion = () =>
      store.db
        .selectFrom('api_triage_protocol_snapshots')
        .select(['id', 'content_hash'])
        .where('document_id', '=', protocols.changing!)
        .where('version', '=', 1)
        .execute();
    expect(await sameVersion()).toHaveLength(1);

    // The old assessment, read again: the text it was decided on.
    const read = await call<{ contact: { triageAssessments: Assessment[] } }>(CONTACT, { id: contact.id });
    expect(read.data?.contact.triageAssessments[0]?.answers[0]?.question).toBe(
      'Onko lapsella hengitysvaikeuksia?',
    );

    // A new assessment on the changed content: a new snapshot of the same version, a warning without personal data.
    const other = await openContact({ citizen: { name: 'Maija Meikäläinen', identityCode: CODE } });
    const fresh = await recorded(other, { protocolId: protocols.changing, answers: SELF_CARE_ANSWERS });
    expect(fresh.answers[0]?.question).toBe('Hengittääkö lapsi vaivalloisesti?');
    const snapshots = await sameVersion();
    expect(snapshots).toHaveLength(2);
    expect(new Set(snapshots.map((s) => s.content_hash)).size).toBe(2);
    const warning = logger.lines.find((e) => e.event === 'triage_protocol_changed_under_same_version');
    expect(warning).toBeDefined();
    expect(JSON.stringify(warning)).toContain(protocols.changing);
    const everything = JSON.stringify(logger.lines);
    expect(everything).not.toContain('Maija');
    expect(everything).not.toContain(CODE);

    // And the old one still reads as it was, in the FHIR export too.
    const again = await call<{ contact: { triageAssessments: Assessment[] } }>(CONTACT, { id: contact.id });
    expect(again.data?.contact.triageAssessments[0]?.answers[0]?.question).toBe(
      'Onko lapsella hengitysvaikeuksia?',
    );
    const exported = await call<{ triageAssessmentFhir: string }>(FHIR, { id: old.id });
    const questionnaire: Json = JSON.parse(exported.data!.triageAssessmentFhir).entry[0].resource;
    expect(questionnaire.item[0].text).toBe('Onko lapsella hengitysvaikeuksia?');
  });
});

describe('FHIR R4 export', () => {
  it('is a collection Bundle of the Questionnaire and its QuestionnaireResponse that R4 validation accepts', async () => {
    const contact = await openContact({ citizen: { name: 'Matti Meikäläinen', identityCode: CODE } });
    const a = await recorded(contact, {
      answers: SELF_CARE_ANSWERS,
      override: { urgency: 'urgent_same_day', reason: 'Vanhempi on hyvin huolissaan.' },
    });
    const r = await call<{ triageAssessmentFhir: string }>(FHIR, { id: a.id }, 'agent');
    expect(r.errors).toBeUndefined();
    const bundle: Json = JSON.parse(r.data!.triageAssessmentFhir);

    const result = fhir.validate(bundle);
    expect(
      result.messages.filter((m) => m.severity === 'error'),
      JSON.stringify(result.messages),
    ).toEqual([]);
    expect(result.valid).toBe(true);

    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const [q, qr]: Json[] = bundle.entry.map((e: Json) => e.resource);
    expect(q).toMatchObject({
      resourceType: 'Questionnaire',
      url: 'urn:neuvo:triage-protocol:kuume-lapsi',
      version: '1',
      title: 'Kuume lapsella',
      status: 'active',
    });
    expect(q.item.slice(0, 4).map((i: Json) => [i.linkId, i.type, i.text])).toEqual([
      ['breathing', 'boolean', 'Onko lapsella hengitysvaikeuksia?'],
      ['age', 'choice', 'Lapsen ikä'],
      ['temperature', 'decimal', 'Mikä on lämpö?'],
      ['drinking', 'boolean', 'Juoko lapsi normaalisti?'],
    ]);
    expect(q.item[1].answerOption.map((o: Json) => [o.valueCoding.code, o.valueCoding.display])).toEqual([
      ['under_3m', 'Alle 3 kk'],
      ['over_3m', 'Yli 3 kk'],
    ]);
    const redFlags = q.item[4].item.find((i: Json) => i.linkId === 'result.red-flags');
    expect(redFlags.answerOption[0].valueCoding).toMatchObject({
      code: 'breathing',
      display: 'Hengitysvaikeus',
    });

    expect(qr).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'urn:neuvo:triage-protocol:kuume-lapsi|1',
      status: 'completed',
      authored: a.performedAt,
      author: { display: TEST_USERS.nurse.name },
      subject: { identifier: { system: 'urn:oid:1.2.246.21', value: CODE } },
    });
    const answers = Object.fromEntries(qr.item.slice(0, 4).map((i: Json) => [i.linkId, i.answer[0]]));
    expect(answers).toEqual({
      breathing: { valueBoolean: false },
      age: { valueCoding: expect.objectContaining({ code: 'over_3m', display: 'Yli 3 kk' }) },
      temperature: { valueDecimal: 38.5 },
      drinking: { valueBoolean: true },
    });
    const resultItems = Object.fromEntries(qr.item[4].item.map((i: Json) => [i.linkId, i.answer[0]]));
    expect(resultItems).toEqual({
      'result.computed-urgency': { valueCoding: expect.objectContaining({ code: 'self_care' }) },
      'result.final-urgency': { valueCoding: expect.objectContaining({ code: 'urgent_same_day' }) },
      'result.override-reason': { valueString: 'Vanhempi on hyvin huolissaan.' },
    });

    // The export of an identified person's assessment is in the audit trail.
    const audit = await store.db
      .selectFrom('api_audit_events')
      .selectAll()
      .where('contact_id', '=', contact.id)
      .where('action', '=', 'export_triage_assessment')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_subject: TEST_USERS.agent.username });
  });

  it('is checked by a validator that refuses a broken resource', async () => {
    const contact = await openContact();
    const a = await recorded(contact, { answers: [{ questionId: 'breathing', value: 'true' }] });
    const r = await call<{ triageAssessmentFhir: string }>(FHIR, { id: a.id });
    const bundle: Json = JSON.parse(r.data!.triageAssessmentFhir);
    expect(fhir.validate(bundle).valid).toBe(true);
    const qr = bundle.entry[1].resource;
    // Anonymous: no subject, and no audit event.
    expect(qr.subject).toBeUndefined();
    // Only the red flag's question was answered: its answer, then the result.
    expect(qr.item.map((i: Json) => i.linkId)).toEqual(['breathing', 'result']);
    expect(qr.item[1].item[0]).toMatchObject({
      linkId: 'result.red-flags',
      answer: [{ valueCoding: expect.objectContaining({ code: 'breathing' }) }],
    });
    const audit = await store.db
      .selectFrom('api_audit_events')
      .select('id')
      .where('contact_id', '=', contact.id)
      .execute();
    expect(audit).toEqual([]);

    qr.status = 'done';
    const broken = fhir.validate(bundle);
    expect(broken.valid).toBe(false);
    expect(broken.messages.some((m) => m.location === 'QuestionnaireResponse.status')).toBe(true);
  });

  it('answers NOT_FOUND for an assessment nobody has', async () => {
    const r = await call(FHIR, { id: '00000000-0000-4000-8000-0000000000c0' });
    expect(error(r).code).toBe('NOT_FOUND');
  });
});
