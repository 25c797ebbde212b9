/**
 * Casework from contacts over GraphQL on the real store (SQLite, or PostgreSQL when DATABASE_URL is set): service-need
 * assessments (identity codes encrypted like the contact's), call-backs (phone numbers never logged), the version
 * check, field-level errors that write nothing, the legal clocks and the supervisors' overdue list.
 */
import { sampleUser, signInHeadless } from '@neuvo/local-idp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import {
  accessToCareDeadline,
  addDays,
  localDate,
  workingDaysDeadline,
} from '../src/domains/casework/clock.js';
import { CaseworkRulesSchema, caseworkRulesOf } from '../src/domains/casework/rules.js';
import { createContactStore } from '../src/domains/contacts/store.js';
import { memoryLogger, startTestApi, TEST_PORTAL_URL, TEST_USERS, type TestApi } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { gql, type GqlResponse } from './support/graphql.js';

const CODE = '131052-308T';
const OTHER_CODE = '010594Y9021';
const PHONE = '040 765 4321';
const PHONE_E164 = '+358407654321';
const hours = caseworkRulesOf(CaseworkRulesSchema.parse({})).hours;

const ASSESSMENT_FIELDS = `
  id version contactId region status subject person { name identityCodeMasked } grounds { code text }
  consent { state note } receivingUnit pendingSince deadline timeLeftMinutes startedAt initiatedBy { subject name }
`;
const CALL_BACK_FIELDS = `
  id version contactId region state windowStart windowEnd phoneNumber reason deadline timeLeftMinutes resolvedAt
  agreedBy { subject }
`;

interface Assessment {
  id: string;
  version: number;
  contactId: string;
  region: string;
  status: string;
  subject: string;
  person: { name: string; identityCodeMasked: string | null };
  grounds: { code: string; text: string | null };
  consent: { state: string; note: string | null };
  receivingUnit: string;
  pendingSince: string;
  deadline: string;
  timeLeftMinutes: number;
  startedAt: string | null;
  initiatedBy: { subject: string; name: string };
}
interface CallBack {
  id: string;
  version: number;
  contactId: string;
  region: string;
  state: string;
  windowStart: string;
  windowEnd: string;
  phoneNumber: string;
  reason: string;
  deadline: string;
  timeLeftMinutes: number;
  resolvedAt: string | null;
}

const OPEN = `mutation($input: OpenContactInput!) { openContact(input: $input) { id version region startedAt } }`;
const CLOSE = `mutation($id: ID!, $version: Int!) { closeContact(id: $id, version: $version) { id } }`;
const INITIATE = `mutation($contactId: ID!, $input: InitiateServiceNeedAssessmentInput!) {
  initiateServiceNeedAssessment(contactId: $contactId, input: $input) { ${ASSESSMENT_FIELDS} } }`;
const START = `mutation($id: ID!, $version: Int!) { startServiceNeedAssessment(id: $id, version: $version) { ${ASSESSMENT_FIELDS} } }`;
const PENDING = `query($unit: String, $region: String, $first: Int, $after: String) {
  pendingServiceNeedAssessments(unit: $unit, region: $region, first: $first, after: $after) {
    items { id receivingUnit region deadline person { identityCodeMasked } } nextCursor } }`;
const AGREE = `mutation($contactId: ID!, $input: AgreeCallBackInput!) {
  agreeCallBack(contactId: $contactId, input: $input) { ${CALL_BACK_FIELDS} } }`;
const RESOLVE = `mutation($id: ID!, $version: Int!, $state: String!) {
  resolveCallBack(id: $id, version: $version, state: $state) { ${CALL_BACK_FIELDS} } }`;
const DUE = `query($region: String!, $first: Int, $after: String) {
  dueCallBacks(region: $region, first: $first, after: $after) { items { id windowStart } nextCursor } }`;
const CONTACT = `query($id: ID!) { contact(id: $id) { id status deadline timeLeftMinutes
  serviceNeedAssessments { id status person { name identityCodeMasked } }
  callBacks { id state phoneNumber } } }`;
const OVERDUE = `query($region: String!) { overdue(region: $region) { region
  contacts { id deadline timeLeftMinutes } callBacks { id timeLeftMinutes }
  serviceNeedAssessments { id timeLeftMinutes } } }`;

const logger = memoryLogger();
let database: TestDatabase;
let api: TestApi;
let store: OperationalDb;
let secondAgent: Record<string, string>;

type As = 'agent' | 'socialCounsellor' | 'supervisor' | Record<string, string>;
// A social counsellor is also an agent: they log contacts, agree call-backs and initiate service-need assessments.
const call = <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  as: As = 'socialCounsellor',
) => gql<T>(api.url, query, variables, as);

function ok<T>(r: GqlResponse<T>): T {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

function fieldOf(r: GqlResponse<unknown>) {
  const error = r.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field };
}

async function openContact(input: Record<string, unknown>) {
  return ok(await call<{ openContact: { id: string; version: number; startedAt: string } }>(OPEN, { input }))
    .openContact;
}

const assessmentInput = (over: Record<string, unknown> = {}) => ({
  subject: 'contact_citizen',
  grounds: { code: 'aged_75_or_over', text: 'Kaatuillut kotona, ei selviä yksin' },
  consent: { state: 'given' },
  receivingUnit: 'ikaihmisten-palvelut',
  ...over,
});

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const callBackInput = (over: Record<string, unknown> = {}) => ({
  windowStart: inHours(1),
  windowEnd: inHours(3),
  phoneNumber: PHONE,
  reason: 'Laboratoriotulosten läpikäynti',
  ...over,
});

const count = async (table: 'api_service_need_assessments' | 'api_call_backs') =>
  (await store.db.selectFrom(table).select('id').execute()).length;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApi({ ...database.env }, logger);
  store = await openDatabase(
    loadConfig({ CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x', ...database.env }).database,
  );
  const other = sampleUser('sosiaaliohjaaja.pohjanmaa');
  const { cookie } = await signInHeadless({
    apiUrl: api.url,
    returnTo: `${TEST_PORTAL_URL}/`,
    username: other.username,
    password: other.password,
  });
  secondAgent = { cookie };
});

afterAll(async () => {
  await store?.destroy();
  await api?.stop();
  await database?.drop();
});

describe(`service-need assessments (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it("initiates one for the contact's citizen, the identity code encrypted at rest and shown masked", async () => {
    const contact = await openContact({
      channel: 'phone',
      region: 'kymenlaakso',
      citizen: { name: 'Aino Virtanen', identityCode: CODE },
    });
    const pendingSince = addDays(localDate(Date.now(), 'Europe/Helsinki'), -1);
    const { initiateServiceNeedAssessment: a } = ok(
      await call<{ initiateServiceNeedAssessment: Assessment }>(INITIATE, {
        contactId: contact.id,
        input: assessmentInput({ pendingSince }),
      }),
    );
    expect(a).toMatchObject({
      version: 1,
      contactId: contact.id,
      region: 'kymenlaakso',
      status: 'pending',
      subject: 'contact_citizen',
      person: { name: 'Aino Virtanen', identityCodeMasked: '131052-****' },
      grounds: { code: 'aged_75_or_over', text: 'Kaatuillut kotona, ei selviä yksin' },
      consent: { state: 'given', note: null },
      receivingUnit: 'ikaihmisten-palvelut',
      pendingSince,
      startedAt: null,
      initiatedBy: { subject: TEST_USERS.socialCounsellor.username },
    });
    // Seven working days from the day the need became pending, at the end of working hours in Helsinki.
    const deadline = workingDaysDeadline(pendingSince, 7, hours);
    expect(a.deadline).toBe(new Date(deadline).toISOString());
    expect(Math.abs(a.timeLeftMinutes - (deadline - Date.now()) / 60_000)).toBeLessThan(2);

    const row = await store.db
      .selectFrom('api_service_need_assessments')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(CODE);
    expect(JSON.stringify(row)).not.toContain(CODE.slice(7));
    expect(row.identity_index).toMatch(/^[0-9a-f]{64}$/);

    // Visible on the contact.
    const { contact: seen } = ok(
      await call<{
        contact: { serviceNeedAssessments: { id: string; person: { identityCodeMasked: string } }[] };
      }>(CONTACT, { id: contact.id }),
    );
    expect(seen.serviceNeedAssessments).toEqual([
      { id: a.id, status: 'pending', person: { name: 'Aino Virtanen', identityCodeMasked: '131052-****' } },
    ]);
  });

  it('initiates one for another person named with an identity code, from an anonymous contact', async () => {
    const contact = await openContact({ channel: 'chat', region: 'kymenlaakso' });
    const { initiateServiceNeedAssessment: a } = ok(
      await call<{ initiateServiceNeedAssessment: Assessment }>(INITIATE, {
        contactId: contact.id,
        input: assessmentInput({
          subject: 'other_person',
          person: { name: 'Eino Korhonen', identityCode: ' 010594y9021 ' },
          grounds: { code: 'mental_health_or_substance_use' },
          consent: { state: 'cannot_be_asked', note: 'Soittaja on naapuri; henkilö ei vastaa puhelimeen.' },
          receivingUnit: 'aikuissosiaalityo',
        }),
      }),
    );
    expect(a.person).toEqual({ name: 'Eino Korhonen', identityCodeMasked: '010594Y****' });
    expect(a.pendingSince).toBe(localDate(Date.now(), 'Europe/Helsinki'));
    expect(a.consent).toEqual({
      state: 'cannot_be_asked',
      note: 'Soittaja on naapuri; henkilö ei vastaa puhelimeen.',
    });
    const row = await store.db
      .selectFrom('api_service_need_assessments')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(OTHER_CODE);
  });

  it.each([
    ['an anonymous contact has no citizen to assess', {}, 'input.subject'],
    [
      'an invalid identity code',
      { subject: 'other_person', person: { name: 'Eino', identityCode: '010594Y9022' } },
      'input.person.identityCode',
    ],
    ['an unknown grounds code', { grounds: { code: 'loneliness' } }, 'input.grounds.code'],
    ['consent not given without a note', { consent: { state: 'not_given' } }, 'input.consent.note'],
    ['a receiving unit that is no code', { receivingUnit: 'Sosiaalipäivystys!' }, 'input.receivingUnit'],
    [
      'a pending date in the future',
      { pendingSince: addDays(localDate(Date.now(), 'Europe/Helsinki'), 2) },
      'input.pendingSince',
    ],
  ])('refuses %s with a field error and writes nothing', async (_what, over, field) => {
    const contact = await openContact({ channel: 'phone', region: 'kymenlaakso' });
    const before = await count('api_service_need_assessments');
    const r = await call(INITIATE, { contactId: contact.id, input: assessmentInput(over) });
    expect(fieldOf(r)).toEqual({ code: 'VALIDATION_FAILED', field });
    expect(JSON.stringify(r.errors)).not.toContain('010594Y9022');
    expect(await count('api_service_need_assessments')).toBe(before);
  });

  it('answers NOT_FOUND for a contact that does not exist', async () => {
    const r = await call(INITIATE, {
      contactId: '00000000-0000-4000-8000-0000000000c0',
      input: assessmentInput(),
    });
    expect(fieldOf(r).code).toBe('NOT_FOUND');
  });

  it("lists a unit's pending assessments by deadline, filtered by unit and region, each listed person audited", async () => {
    const ids: string[] = [];
    for (const [region, unit, days] of [
      ['etela-karjala', 'lapsiperhepalvelut', 0],
      ['etela-karjala', 'lapsiperhepalvelut', -3],
      ['etela-karjala', 'vammaispalvelut', -1],
      ['pohjanmaa', 'lapsiperhepalvelut', -2],
    ] as const) {
      const contact = await openContact({
        channel: 'phone',
        region,
        citizen: { name: 'Liisa Lahtinen', identityCode: CODE },
      });
      const { initiateServiceNeedAssessment: a } = ok(
        await call<{ initiateServiceNeedAssessment: Assessment }>(INITIATE, {
          contactId: contact.id,
          input: assessmentInput({
            grounds: { code: 'child_in_need_of_support' },
            receivingUnit: unit,
            pendingSince: addDays(localDate(Date.now(), 'Europe/Helsinki'), days),
          }),
        }),
      );
      ids.push(a.id);
    }
    type PendingPage = {
      pendingServiceNeedAssessments: { items: { id: string; region: string }[]; nextCursor: string | null };
    };
    const unit = ok(await call<PendingPage>(PENDING, { unit: 'lapsiperhepalvelut' }, 'supervisor'));
    expect(unit.pendingServiceNeedAssessments.items.map((i) => i.id)).toEqual([ids[1], ids[3], ids[0]]);
    const both = ok(
      await call<PendingPage>(PENDING, { unit: 'lapsiperhepalvelut', region: 'etela-karjala' }),
    );
    expect(both.pendingServiceNeedAssessments.items.map((i) => i.id)).toEqual([ids[1], ids[0]]);
    const region = ok(await call<PendingPage>(PENDING, { region: 'etela-karjala', first: 2 }));
    expect(region.pendingServiceNeedAssessments.items.map((i) => i.id)).toEqual([ids[1], ids[2]]);
    const rest = ok(
      await call<PendingPage>(PENDING, {
        region: 'etela-karjala',
        first: 2,
        after: region.pendingServiceNeedAssessments.nextCursor,
      }),
    );
    expect(rest.pendingServiceNeedAssessments).toEqual({
      items: [expect.objectContaining({ id: ids[0] })],
      nextCursor: null,
    });

    const audited = await store.db
      .selectFrom('api_audit_events')
      .select(['actor_subject', 'contact_id'])
      .where('action', '=', 'list_casework')
      .where('actor_subject', '=', TEST_USERS.supervisor.username)
      .execute();
    expect(audited).toHaveLength(3);

    expect(fieldOf(await call(PENDING, {})).field).toBe('unit');
    expect(fieldOf(await call(PENDING, { region: 'Etelä-Karjala' })).field).toBe('region');
  });

  it('is started by the receiving unit once: a stale version is refused, nothing merged', async () => {
    const contact = await openContact({
      channel: 'phone',
      region: 'kymenlaakso',
      citizen: { name: 'Aino', identityCode: CODE },
    });
    const { initiateServiceNeedAssessment: a } = ok(
      await call<{ initiateServiceNeedAssessment: Assessment }>(INITIATE, {
        contactId: contact.id,
        input: assessmentInput({ receivingUnit: 'aloitettavat' }),
      }),
    );
    const { startServiceNeedAssessment: started } = ok(
      await call<{ startServiceNeedAssessment: Assessment }>(START, { id: a.id, version: 1 }, secondAgent),
    );
    expect(started).toMatchObject({ status: 'started', version: 2 });
    expect(started.startedAt).not.toBeNull();
    const again = await call(START, { id: a.id, version: 1 });
    expect(fieldOf(again).code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('Someone else changed');
    expect(fieldOf(await call(START, { id: a.id, version: 2 })).code).toBe('CONFLICT');
    const pending = ok(
      await call<{ pendingServiceNeedAssessments: { items: unknown[] } }>(PENDING, { unit: 'aloitettavat' }),
    );
    expect(pending.pendingServiceNeedAssessments.items).toEqual([]);
  });
});

describe('call-backs', () => {
  it('are agreed with a normalised number, queued by window for the region, and the number is never logged', async () => {
    const contact = await openContact({ channel: 'phone', region: 'soite' });
    const later = ok(
      await call<{ agreeCallBack: CallBack }>(AGREE, {
        contactId: contact.id,
        input: callBackInput({ windowStart: inHours(5), windowEnd: inHours(6) }),
      }),
    ).agreeCallBack;
    const sooner = ok(
      await call<{ agreeCallBack: CallBack }>(AGREE, { contactId: contact.id, input: callBackInput() }),
    ).agreeCallBack;
    expect(sooner).toMatchObject({
      version: 1,
      contactId: contact.id,
      region: 'soite',
      state: 'due',
      phoneNumber: PHONE_E164,
      reason: 'Laboratoriotulosten läpikäynti',
      resolvedAt: null,
    });
    // The deadline of a call-back is the end of its window.
    expect(sooner.deadline).toBe(sooner.windowEnd);
    expect(sooner.timeLeftMinutes).toBeGreaterThanOrEqual(178);
    expect(sooner.timeLeftMinutes).toBeLessThanOrEqual(180);

    const due = ok(await call<{ dueCallBacks: { items: { id: string }[] } }>(DUE, { region: 'soite' }));
    expect(due.dueCallBacks.items.map((i) => i.id)).toEqual([sooner.id, later.id]);
    const page = ok(
      await call<{ dueCallBacks: { items: { id: string }[]; nextCursor: string } }>(DUE, {
        region: 'soite',
        first: 1,
      }),
    );
    expect(page.dueCallBacks.items.map((i) => i.id)).toEqual([sooner.id]);
    const next = ok(
      await call<{ dueCallBacks: { items: { id: string }[] } }>(DUE, {
        region: 'soite',
        first: 1,
        after: page.dueCallBacks.nextCursor,
      }),
    );
    expect(next.dueCallBacks.items.map((i) => i.id)).toEqual([later.id]);

    const { contact: seen } = ok(
      await call<{ contact: { callBacks: unknown[] } }>(CONTACT, { id: contact.id }),
    );
    expect(seen.callBacks).toEqual([
      { id: sooner.id, state: 'due', phoneNumber: PHONE_E164 },
      { id: later.id, state: 'due', phoneNumber: PHONE_E164 },
    ]);

    // A refused number is not echoed or logged either.
    const bad = await call(AGREE, { contactId: contact.id, input: callBackInput({ phoneNumber: '040 76' }) });
    expect(JSON.stringify(bad.errors)).not.toContain('040 76');
    const logged = JSON.stringify(logger.lines);
    expect(logged).not.toContain(PHONE_E164);
    expect(logged).not.toContain('407654321');
  });

  it('are marked done or cancelled with the version check', async () => {
    const contact = await openContact({ channel: 'phone', region: 'soite' });
    const a = ok(
      await call<{ agreeCallBack: CallBack }>(AGREE, { contactId: contact.id, input: callBackInput() }),
    ).agreeCallBack;
    const b = ok(
      await call<{ agreeCallBack: CallBack }>(AGREE, { contactId: contact.id, input: callBackInput() }),
    ).agreeCallBack;
    const done = ok(
      await call<{ resolveCallBack: CallBack }>(RESOLVE, { id: a.id, version: 1, state: 'done' }),
    ).resolveCallBack;
    expect(done).toMatchObject({ state: 'done', version: 2 });
    expect(done.resolvedAt).not.toBeNull();
    const stale = await call(RESOLVE, { id: a.id, version: 1, state: 'cancelled' }, secondAgent);
    expect(fieldOf(stale).code).toBe('CONFLICT');
    const finished = await call(RESOLVE, { id: a.id, version: 2, state: 'cancelled' });
    expect(fieldOf(finished).code).toBe('CONFLICT');
    expect(fieldOf(await call(RESOLVE, { id: b.id, version: 1, state: 'due' })).field).toBe('state');
    const cancelled = ok(
      await call<{ resolveCallBack: CallBack }>(
        RESOLVE,
        { id: b.id, version: 1, state: 'cancelled' },
        secondAgent,
      ),
    ).resolveCallBack;
    expect(cancelled.state).toBe('cancelled');
    const due = ok(await call<{ dueCallBacks: { items: { id: string }[] } }>(DUE, { region: 'soite' }));
    expect(due.dueCallBacks.items.map((i) => i.id)).not.toContain(a.id);
    expect(due.dueCallBacks.items.map((i) => i.id)).not.toContain(b.id);
    expect(
      fieldOf(await call(RESOLVE, { id: '00000000-0000-4000-8000-0000000000c1', version: 1, state: 'done' }))
        .code,
    ).toBe('NOT_FOUND');
  });

  it.each([
    ['a number that is not a phone number', { phoneNumber: '12345' }, 'input.phoneNumber'],
    [
      'a window ending before it starts',
      { windowStart: inHours(3), windowEnd: inHours(1) },
      'input.windowEnd',
    ],
    ['a window that has passed', { windowStart: inHours(-5), windowEnd: inHours(-4) }, 'input.windowEnd'],
    ['a time without its offset', { windowEnd: '2030-01-01T10:00:00' }, 'input.windowEnd'],
    ['no reason', { reason: ' ' }, 'input.reason'],
  ])('refuses %s with a field error and writes nothing', async (_what, over, field) => {
    const contact = await openContact({ channel: 'phone', region: 'soite' });
    const before = await count('api_call_backs');
    const r = await call(AGREE, { contactId: contact.id, input: callBackInput(over) });
    expect(fieldOf(r)).toEqual({ code: 'VALIDATION_FAILED', field });
    expect(await count('api_call_backs')).toBe(before);
  });
});

describe('legal clocks and the overdue list', () => {
  it('gives an open contact the same-working-day deadline, and none once it is closed', async () => {
    const startedAt = '2026-01-09T15:30:00Z'; // Friday 17:30 in Helsinki: outside hours, so Monday's end.
    const contact = await openContact({
      channel: 'phone',
      region: 'kymenlaakso',
      startedAt,
      outcomes: [{ code: 'guidance_given' }],
    });
    const { contact: seen } = ok(
      await call<{ contact: { deadline: string; timeLeftMinutes: number } }>(CONTACT, { id: contact.id }),
    );
    expect(seen.deadline).toBe('2026-01-12T14:00:00.000Z');
    expect(seen.deadline).toBe(new Date(accessToCareDeadline(Date.parse(startedAt), hours)).toISOString());
    expect(Math.abs(seen.timeLeftMinutes - (Date.parse(seen.deadline) - Date.now()) / 60_000)).toBeLessThan(
      2,
    );
    ok(await call(CLOSE, { id: contact.id, version: contact.version }));
    const { contact: closed } = ok(
      await call<{ contact: { deadline: null; timeLeftMinutes: null } }>(CONTACT, { id: contact.id }),
    );
    expect(closed).toMatchObject({ status: 'closed', deadline: null, timeLeftMinutes: null });
  });

  it("lists a region's overdue contacts, call-backs and assessments for supervisors, negative time left", async () => {
    const region = 'keski-uusimaa';
    const late = await openContact({
      channel: 'phone',
      region,
      startedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      citizen: { name: 'Aino', identityCode: CODE },
    });
    const fresh = await openContact({ channel: 'phone', region });
    const elsewhere = await openContact({
      channel: 'phone',
      region: 'vantaa-kerava',
      startedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
    });

    const lateAssessment = ok(
      await call<{ initiateServiceNeedAssessment: Assessment }>(INITIATE, {
        contactId: late.id,
        input: assessmentInput({ pendingSince: addDays(localDate(Date.now(), 'Europe/Helsinki'), -30) }),
      }),
    ).initiateServiceNeedAssessment;
    ok(await call(INITIATE, { contactId: late.id, input: assessmentInput() }));

    const lateCallBack = ok(
      await call<{ agreeCallBack: CallBack }>(AGREE, { contactId: fresh.id, input: callBackInput() }),
    ).agreeCallBack;
    ok(await call(AGREE, { contactId: fresh.id, input: callBackInput() }));
    // Time passes: the agreed window is over and nobody called.
    await store.db
      .updateTable('api_call_backs')
      .set({
        window_start: new Date(Date.now() - 3 * 3_600_000).toISOString(),
        window_end: new Date(Date.now() - 3_600_000).toISOString(),
      })
      .where('id', '=', lateCallBack.id)
      .execute();

    type OverdueAnswer = {
      overdue: {
        region: string;
        contacts: { id: string; timeLeftMinutes: number }[];
        callBacks: { id: string; timeLeftMinutes: number }[];
        serviceNeedAssessments: { id: string; timeLeftMinutes: number }[];
      };
    };
    const { overdue } = ok(await call<OverdueAnswer>(OVERDUE, { region }, 'supervisor'));
    expect(overdue.region).toBe(region);
    expect(overdue.contacts.map((c) => c.id)).toEqual([late.id]);
    expect(overdue.callBacks.map((c) => c.id)).toEqual([lateCallBack.id]);
    expect(overdue.serviceNeedAssessments.map((c) => c.id)).toEqual([lateAssessment.id]);
    for (const item of [...overdue.contacts, ...overdue.callBacks, ...overdue.serviceNeedAssessments])
      expect(item.timeLeftMinutes).toBeLessThan(0);
    expect(overdue.contacts.map((c) => c.id)).not.toContain(elsewhere.id);

    const audited = await store.db
      .selectFrom('api_audit_events')
      .select('contact_id')
      .where('action', '=', 'list_casework')
      .where('contact_id', '=', late.id)
      .execute();
    expect(audited.length).toBeGreaterThanOrEqual(1);

    expect(fieldOf(await call(OVERDUE, { region })).code).toBe('FORBIDDEN');
    expect(fieldOf(await call(OVERDUE, { region: 'Keski Uusimaa' }, 'supervisor')).field).toBe('region');
  });

  it('retention deletes a contact with its assessments and call-backs', async () => {
    const old = await openContact({
      channel: 'phone',
      region: 'poistuva',
      startedAt: '2020-01-01T10:00:00Z',
      citizen: { name: 'Aino', identityCode: CODE },
    });
    ok(await call(INITIATE, { contactId: old.id, input: assessmentInput() }));
    ok(await call(AGREE, { contactId: old.id, input: callBackInput() }));
    await createContactStore(store.db).deleteContactsBefore('2020-01-02T00:00:00Z', 100);
    for (const table of ['api_service_need_assessments', 'api_call_backs'] as const) {
      const rows = await store.db.selectFrom(table).select('id').where('contact_id', '=', old.id).execute();
      expect(rows).toEqual([]);
    }
  });
});
