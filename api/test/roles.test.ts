/**
 * The role matrix: every GraphQL operation of the api, asked by each kind of caller. Search runs against a real
 * Meilisearch; the CMS is unreachable on purpose, so a content operation that passed the role check answers
 * UPSTREAM_UNAVAILABLE (what each role reads from the CMS is covered by content.test.ts).
 */
import { createHash } from 'node:crypto';
import { sampleUser, signInHeadless } from '@neuvo/local-idp';
import { startMeili, type MeiliHandle } from '@neuvo/scripts';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import { typeDefs } from '../src/schema.js';
import { memoryLogger, startTestApi, TEST_PORTAL_URL, type TestApi } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { codes, gql, type GqlResponse } from './support/graphql.js';
import { seedSearch } from './support/search-fixtures.js';

const CALLERS = [
  'anonymous',
  'agent',
  'nurse',
  'social counsellor',
  'supervisor',
  'expired session',
  'forged cookie',
] as const;
type Caller = (typeof CALLERS)[number];

/** What a caller gets from an operation. */
type Outcome =
  | 'public' // answered, citizen content only
  | 'agent content' // answered, agent-only content included
  | 'answered'
  | 'null'
  | 'forbidden'
  | 'unauthenticated'
  | 'sign in first' // UNAUTHENTICATED from the operation itself: staff only, and no session was sent
  | 'passes to the cms'
  | 'not found'; // passed the role check, then found no such record

interface Operation {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** For answers that differ by audience: true when agent-only content is in the answer. */
  readonly showsAgentContent?: (data: Record<string, unknown>) => boolean;
}

const SEARCH_ID = '00000000-0000-4000-8000-000000000000';
/** A contact id nobody has: operations on one contact pass the role check and then answer NOT_FOUND. */
const NO_CONTACT = '00000000-0000-4000-8000-0000000000c0';
const hitTypes = (data: Record<string, unknown>, field: 'search' | 'suggest') => {
  const result = data[field] as { hits?: { type: string }[]; suggestions?: { type: string }[] };
  return (result.hits ?? result.suggestions ?? []).map((h) => h.type);
};

/** Every Query and Mutation field of the schema; the test below fails when one is missing here. */
const OPERATIONS: Record<string, Operation> = {
  search: {
    query: 'query($q: String!) { search(query: $q) { hits { type } } }',
    variables: { q: 'zebrakoodi' },
    showsAgentContent: (d) => hitTypes(d, 'search').some((t) => t === 'instruction' || t === 'protocol'),
  },
  suggest: {
    query: 'query($p: String!) { suggest(prefix: $p, types: [instruction]) { suggestions { type } } }',
    variables: { p: 'Vaihde' },
    showsAgentContent: (d) => hitTypes(d, 'suggest').includes('instruction'),
  },
  selfCareGuide: { query: '{ selfCareGuide(slug: "kuume-aikuisella") { slug } }' },
  guides: { query: '{ guides { slug } }' },
  serviceEntry: { query: '{ serviceEntry(id: "abcdefghijklmnopqrstuvwx") { id agentInstructions } }' },
  regions: { query: '{ regions { code } }' },
  guideLocalServices: {
    query: '{ guideLocalServices(slug: "kuume-aikuisella", region: "kymenlaakso") { services { name } } }',
  },
  searchReport: { query: '{ searchReport(from: "2026-01-01", to: "2026-01-31") { searches } }' },
  recordSearchClick: {
    query: `mutation { recordSearchClick(searchId: "${SEARCH_ID}", documentId: "guidefever0000000000001") }`,
  },
  me: { query: '{ me { name roles homeRegion } }' },
  contactReasonCategories: { query: '{ contactReasonCategories(locale: sv) { code label } }' },
  contact: { query: `{ contact(id: "${NO_CONTACT}") { id } }` },
  myContacts: { query: '{ myContacts { items { id } } }' },
  contactsByIdentityCode: { query: '{ contactsByIdentityCode(identityCode: "131052-308T") { id } }' },
  contactAuditTrail: { query: '{ contactAuditTrail { items { id } } }' },
  openContact: {
    query: 'mutation { openContact(input: { channel: "phone", region: "kymenlaakso" }) { id version } }',
  },
  updateContact: {
    query: `mutation { updateContact(id: "${NO_CONTACT}", version: 1, input: { notes: "x" }) { id } }`,
  },
  closeContact: { query: `mutation { closeContact(id: "${NO_CONTACT}", version: 1) { id } }` },
  revealIdentityCode: {
    query: `mutation { revealIdentityCode(contactId: "${NO_CONTACT}", reason: "Tarkistus") }`,
  },
  professionalInstruction: {
    query: '{ professionalInstruction(id: "abcdefghijklmnopqrstuvwx") { id body } }',
  },
  triageProtocol: { query: '{ triageProtocol(id: "abcdefghijklmnopqrstuvwx") { id code } }' },
  myFavourites: { query: '{ myFavourites { type documentId title } }' },
  lastOpened: { query: '{ lastOpened(documentIds: ["abcdefghijklmnopqrstuvwx"]) { documentId } }' },
  addFavourite: {
    query: `mutation { addFavourite(input: { type: instruction, documentId: "abcdefghijklmnopqrstuvwx",
      title: "Vaihteen ohje", locale: fi }) { documentId } }`,
  },
  removeFavourite: {
    query: 'mutation { removeFavourite(type: instruction, documentId: "abcdefghijklmnopqrstuvwx") }',
  },
  recordOpened: {
    query: `mutation { recordOpened(type: instruction, documentId: "abcdefghijklmnopqrstuvwx",
      updatedAt: "2026-11-30T10:00:00.000Z") { seenUpdatedAt } }`,
  },
  pendingServiceNeedAssessments: {
    query: '{ pendingServiceNeedAssessments(unit: "ikaihmisten-palvelut") { items { id } } }',
  },
  dueCallBacks: { query: '{ dueCallBacks(region: "kymenlaakso") { items { id } } }' },
  overdue: { query: '{ overdue(region: "kymenlaakso") { region contacts { id } } }' },
  initiateServiceNeedAssessment: {
    query: `mutation { initiateServiceNeedAssessment(contactId: "${NO_CONTACT}", input: {
      subject: "contact_citizen", grounds: { code: "aged_75_or_over" }, consent: { state: "given" },
      receivingUnit: "ikaihmisten-palvelut" }) { id } }`,
  },
  startServiceNeedAssessment: {
    query: `mutation { startServiceNeedAssessment(id: "${NO_CONTACT}", version: 1) { id } }`,
  },
  agreeCallBack: {
    query: `mutation { agreeCallBack(contactId: "${NO_CONTACT}", input: {
      windowStart: "2099-01-01T10:00:00+02:00", windowEnd: "2099-01-01T12:00:00+02:00",
      phoneNumber: "040 123 4567", reason: "Tulokset" }) { id } }`,
  },
  resolveCallBack: {
    query: `mutation { resolveCallBack(id: "${NO_CONTACT}", version: 1, state: "done") { id } }`,
  },
  recordTriageAssessment: {
    query: `mutation { recordTriageAssessment(contactId: "${NO_CONTACT}", contactVersion: 1, input: {
      protocolId: "abcdefghijklmnopqrstuvwx", protocolVersion: 1, locale: fi,
      answers: [{ questionId: "q1", value: "true" }] }) { id } }`,
  },
  triageAssessmentFhir: { query: `{ triageAssessmentFhir(id: "${NO_CONTACT}") }` },
  sendGuideFeedback: {
    query: 'mutation { sendGuideFeedback(input: { slug: "kuume-aikuisella", locale: fi, helpful: true }) }',
  },
  guideFeedbackReport: {
    query: '{ guideFeedbackReport(from: "2026-01-01", to: "2026-01-31") { guides { slug } } }',
  },
  recordGuideView: { query: 'mutation { recordGuideView(slug: "kuume-aikuisella", locale: fi) }' },
  popularGuides: { query: '{ popularGuides(locale: sv) { slug } }' },
};

/** Staff-only operations: not for an anonymous caller, the same for every signed-in role. */
const STAFF_ONLY = {
  professionalInstruction: 'passes to the cms',
  triageProtocol: 'passes to the cms',
  contactReasonCategories: 'passes to the cms',
  myFavourites: 'answered',
  lastOpened: 'answered',
  addFavourite: 'answered',
  removeFavourite: 'answered',
  recordOpened: 'answered',
} as const satisfies Record<string, Outcome>;
const NOT_FOR_ANONYMOUS: Record<string, Outcome> = Object.fromEntries(
  Object.keys(STAFF_ONLY).map((name) => [name, 'sign in first']),
);

/** The public site's operations: anyone may send feedback and count views; only supervisors read the feedback. */
const SITE_FEEDBACK = {
  sendGuideFeedback: 'answered',
  recordGuideView: 'answered',
  popularGuides: 'answered',
  guideFeedbackReport: 'forbidden',
} as const satisfies Record<string, Outcome>;

const UNAUTHENTICATED: Record<string, Outcome> = Object.fromEntries(
  Object.keys(OPERATIONS).map((name) => [name, 'unauthenticated']),
);

const AGENT: Record<string, Outcome> = {
  search: 'agent content',
  suggest: 'agent content',
  selfCareGuide: 'passes to the cms',
  guides: 'passes to the cms',
  serviceEntry: 'passes to the cms',
  regions: 'passes to the cms',
  guideLocalServices: 'passes to the cms',
  searchReport: 'forbidden',
  recordSearchClick: 'answered',
  me: 'answered',
  contact: 'not found',
  myContacts: 'answered',
  contactsByIdentityCode: 'answered',
  contactAuditTrail: 'forbidden',
  openContact: 'answered',
  updateContact: 'not found',
  closeContact: 'not found',
  revealIdentityCode: 'not found',
  ...STAFF_ONLY,
  pendingServiceNeedAssessments: 'forbidden',
  dueCallBacks: 'answered',
  overdue: 'forbidden',
  initiateServiceNeedAssessment: 'forbidden',
  startServiceNeedAssessment: 'forbidden',
  agreeCallBack: 'not found',
  resolveCallBack: 'not found',
  recordTriageAssessment: 'forbidden',
  triageAssessmentFhir: 'not found',
  ...SITE_FEEDBACK,
};

const EXPECTED: Record<Caller, Record<string, Outcome>> = {
  anonymous: {
    search: 'public',
    suggest: 'public',
    selfCareGuide: 'passes to the cms',
    guides: 'passes to the cms',
    serviceEntry: 'passes to the cms',
    regions: 'passes to the cms',
    guideLocalServices: 'passes to the cms',
    searchReport: 'sign in first',
    recordSearchClick: 'answered',
    me: 'null',
    contact: 'sign in first',
    myContacts: 'sign in first',
    contactsByIdentityCode: 'sign in first',
    contactAuditTrail: 'sign in first',
    openContact: 'sign in first',
    updateContact: 'sign in first',
    closeContact: 'sign in first',
    revealIdentityCode: 'sign in first',
    pendingServiceNeedAssessments: 'sign in first',
    dueCallBacks: 'sign in first',
    overdue: 'sign in first',
    initiateServiceNeedAssessment: 'sign in first',
    startServiceNeedAssessment: 'sign in first',
    agreeCallBack: 'sign in first',
    resolveCallBack: 'sign in first',
    recordTriageAssessment: 'sign in first',
    triageAssessmentFhir: 'sign in first',
    ...SITE_FEEDBACK,
    guideFeedbackReport: 'sign in first',
    ...NOT_FOR_ANONYMOUS,
  },
  agent: AGENT,
  // Nurses are agents who may also record care-need assessments.
  nurse: { ...AGENT, recordTriageAssessment: 'not found' },
  // Social counsellors are agents who also initiate service-need assessments and read the receiving units' lists.
  'social counsellor': {
    ...AGENT,
    pendingServiceNeedAssessments: 'answered',
    initiateServiceNeedAssessment: 'not found',
    startServiceNeedAssessment: 'not found',
  },
  supervisor: {
    search: 'agent content',
    suggest: 'agent content',
    selfCareGuide: 'passes to the cms',
    guides: 'passes to the cms',
    serviceEntry: 'passes to the cms',
    regions: 'passes to the cms',
    guideLocalServices: 'passes to the cms',
    searchReport: 'answered',
    recordSearchClick: 'answered',
    me: 'answered',
    contact: 'not found',
    myContacts: 'answered',
    contactsByIdentityCode: 'answered',
    contactAuditTrail: 'answered',
    openContact: 'answered',
    updateContact: 'not found',
    closeContact: 'not found',
    revealIdentityCode: 'not found',
    ...STAFF_ONLY,
    pendingServiceNeedAssessments: 'answered',
    dueCallBacks: 'answered',
    overdue: 'answered',
    initiateServiceNeedAssessment: 'forbidden',
    startServiceNeedAssessment: 'forbidden',
    agreeCallBack: 'not found',
    resolveCallBack: 'not found',
    recordTriageAssessment: 'forbidden',
    triageAssessmentFhir: 'not found',
    ...SITE_FEEDBACK,
    guideFeedbackReport: 'answered',
  },
  'expired session': UNAUTHENTICATED,
  'forged cookie': UNAUTHENTICATED,
};

function outcomeOf(response: GqlResponse, operation: Operation, name: string): Outcome {
  const [code] = codes(response);
  if (response.status === 401 && code === 'UNAUTHENTICATED') return 'unauthenticated';
  if (code === 'UNAUTHENTICATED') return 'sign in first';
  if (code === 'FORBIDDEN') return 'forbidden';
  if (code === 'UPSTREAM_UNAVAILABLE') return 'passes to the cms';
  if (code === 'NOT_FOUND') return 'not found';
  if (code !== undefined) throw new Error(`${name}: unexpected ${code}: ${response.errors?.[0]?.message}`);
  const data = response.data ?? {};
  if (data[name] === null) return 'null';
  if (operation.showsAgentContent) return operation.showsAgentContent(data) ? 'agent content' : 'public';
  return 'answered';
}

let meili: MeiliHandle;
let database: TestDatabase;
let store: OperationalDb;
let api: TestApi;
const headers = new Map<Caller, Record<string, string>>();

beforeAll(async () => {
  meili = await startMeili();
  const searchKey = await seedSearch(meili.url, meili.masterKey);
  database = await createTestDatabase();
  api = await startTestApi(
    { MEILI_URL: meili.url, MEILI_SEARCH_KEY: searchKey, ...database.env },
    memoryLogger(),
  );
  store = await openDatabase(
    loadConfig({ CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x', ...database.env }).database,
  );

  headers.set('anonymous', {});
  headers.set('agent', await api.headers('agent'));
  headers.set('nurse', await api.headers('nurse'));
  headers.set('social counsellor', await api.headers('socialCounsellor'));
  headers.set('supervisor', await api.headers('supervisor'));
  const agent = sampleUser('agentti.etela-karjala');
  const { cookie } = await signInHeadless({
    apiUrl: api.url,
    returnTo: `${TEST_PORTAL_URL}/`,
    username: agent.username,
    password: agent.password,
  });
  // This session's idle time ran out: its last use is long ago.
  await store.db
    .updateTable('api_sessions')
    .set({ last_seen_at: '2026-01-01T00:00:00.000Z' })
    .where('id_hash', '=', createHash('sha256').update(cookie.split('=')[1]!).digest('hex'))
    .execute();
  headers.set('expired session', { cookie });
  headers.set('forged cookie', { cookie: `neuvo_session=${'A'.repeat(43)}` });
});

afterAll(async () => {
  await store?.destroy();
  await api?.stop();
  await meili?.stop();
  await database?.drop();
});

it('lists every Query and Mutation field of the schema', () => {
  const schema = buildSchema(typeDefs.join('\n'));
  const fields = [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ].sort();
  expect(Object.keys(OPERATIONS).sort()).toEqual(fields);
});

describe.each(CALLERS)('as %s', (caller) => {
  it.each(Object.keys(OPERATIONS))('%s', async (name) => {
    const operation = OPERATIONS[name]!;
    const response = await gql(api.url, operation.query, operation.variables ?? {}, headers.get(caller)!);
    expect(outcomeOf(response, operation, name)).toBe(EXPECTED[caller][name]);
  });
});
