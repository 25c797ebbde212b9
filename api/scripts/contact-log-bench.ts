/**
 * The database side of the contact log benchmark (`npm run bench -- contacts`), run as a process by the benchmark
 * with the api's own environment (`API_DATABASE_URL` or `API_DATABASE_FILENAME`, `CONTACT_ENCRYPTION_KEYS`,
 * `CONTACT_INDEX_KEY`), so the rows are written with the api's own migrations, encryption and blind index:
 *
 * - `seed <n>`: fills the (fresh) store with `n` synthetic contacts in batched multi-row inserts and prints, as one
 *   JSON line, what the benchmark needs to ask for (an agent with about `n`/200 contacts, a region, an identity code
 *   that exists);
 * - `floor <agent> <region> <identity code> <count>`: runs the store's own statements behind `myContacts(first: 20)`,
 *   `overdue(region)` and `contactsByIdentityCode` directly, `count` times each after a warm-up, and prints their
 *   latencies in milliseconds: what the engine alone does, without HTTP, GraphQL, sessions and audit writes.
 *
 * - `create-database <server url> <name>` / `drop-database <server url> <name>`: the benchmark's own PostgreSQL
 *   database.
 *
 * Every name and identity code is synthetic (valid check characters, made up from a seeded generator).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { identityCodeCheckCharacter } from '@neuvo/content-models';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import type { ContactTable } from '../src/db/schema.js';
import { lastWorkingDayEndBefore } from '../src/domains/casework/clock.js';
import { createCaseworkStore } from '../src/domains/casework/store.js';
import { OVERDUE_LIMIT } from '../src/domains/casework/service.js';
import { createIdentityCrypto, type IdentityCrypto } from '../src/domains/contacts/identity-crypto.js';
import { createContactStore } from '../src/domains/contacts/store.js';
import { CONTACT_CHANNELS, CONTACT_OUTCOME_CODES } from '../src/models.js';

/** The sample regions; the first agent of each is the local provider's sample agent of that region. */
const REGIONS = ['pohjanmaa', 'kymenlaakso', 'etela-karjala'] as const;
const AGENTS = 200;
/** Distinct identified citizens: an identified citizen has about five contacts over the two years. */
const CITIZENS = 60_000;
const IDENTIFIED_SHARE = 0.3;
const OPEN_SHARE = 0.02;
/** Contacts outside the agent's home region (a centre answers for its neighbours at busy times). */
const OTHER_REGION_SHARE = 0.1;
const SPAN_MS = 2 * 365 * 24 * 3600_000;
/** Rows per INSERT: 22 columns each stays under both engines' limit of bound parameters. */
const BATCH = 1000;
/** Rows per transaction. */
const TRANSACTION = 50_000;
/** The contact-list page the portal asks for, plus the one row that tells whether there is a next page. */
const PAGE = 20 + 1;
/** `contactsByIdentityCode` answers at most this many. */
const FIND_LIMIT = 50;
const REASONS = ['symptoms', 'medication', 'appointment', 'social_services', 'results', 'other'] as const;

/** A small seeded generator (mulberry32): the same rows every run but for ids, ciphertexts and times. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const agentSubject = (i: number) => (i < REGIONS.length ? `agentti.${REGIONS[i]}` : `bench-agent-${i}`);

/** Citizen `i`'s personal identity code: a real date between 1930 and 2009, a permanent individual number. */
function identityCode(i: number): string {
  const random = generator(i + 1);
  const year = 1930 + Math.floor(random() * 80);
  const date = new Date(Date.UTC(year, 0, 1) + Math.floor(random() * 365) * 86_400_000);
  const digits = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear() % 100]
    .map((n) => String(n).padStart(2, '0'))
    .join('');
  const individual = String(2 + Math.floor(random() * 897)).padStart(3, '0');
  const sign = year >= 2000 ? 'A' : '-';
  return `${digits}${sign}${individual}${identityCodeCheckCharacter(digits, individual)}`;
}

/** One outcome as the service stores it: a triage with its urgency, anything else with its code only. */
function outcome(random: () => number): { code: string; urgency?: string } {
  const code = pick(random, CONTACT_OUTCOME_CODES);
  return code === 'triage_performed' ? { code, urgency: 'non_urgent' } : { code };
}

function contactRow(random: () => number, crypto: IdentityCrypto, now: number): ContactTable {
  const id = randomUUID();
  const agent = Math.floor(random() * AGENTS);
  const home = REGIONS[agent % REGIONS.length]!;
  const region = random() < OTHER_REGION_SHARE ? pick(random, REGIONS) : home;
  const started = now - Math.floor(random() * SPAN_MS);
  const open = random() < OPEN_SHARE;
  const ended = open ? null : started + 60_000 + Math.floor(random() * 20 * 60_000);
  const citizen = random() < IDENTIFIED_SHARE ? Math.floor(random() * CITIZENS) : null;
  const code = citizen === null ? null : identityCode(citizen);
  const sealed = code === null ? null : crypto.seal(code, id);
  const startedAt = new Date(started).toISOString();
  const updatedAt = new Date(ended ?? started).toISOString();
  return {
    id,
    version: open ? 1 : 2,
    channel: pick(random, CONTACT_CHANNELS),
    region,
    queue_code: random() < 0.5 ? `${region}-neuvonta` : null,
    started_at: startedAt,
    ended_at: ended === null ? null : new Date(ended).toISOString(),
    agent_subject: agentSubject(agent),
    agent_name: `Agentti ${agent}`,
    citizen_name: citizen === null ? null : `Asiakas ${citizen}`,
    identity_key_id: sealed?.keyId ?? null,
    identity_cipher: sealed?.cipher ?? null,
    identity_index: code === null ? null : crypto.blindIndex(code),
    reason_category: pick(random, REASONS),
    reason_text: null,
    outcomes: JSON.stringify(open ? [] : [outcome(random)]),
    content_used: '[]',
    notes: null,
    created_at: startedAt,
    updated_at: updatedAt,
    updated_by_subject: agentSubject(agent),
  };
}

async function seed(store: OperationalDb, crypto: IdentityCrypto, count: number): Promise<void> {
  const random = generator(20_260_101);
  const now = Date.now();
  const started = performance.now();
  for (let done = 0; done < count;) {
    const size = Math.min(TRANSACTION, count - done);
    await store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < size; i += BATCH) {
        const rows = Array.from({ length: Math.min(BATCH, size - i) }, () => contactRow(random, crypto, now));
        await trx.insertInto('api_contacts').values(rows).execute();
      }
    });
    done += size;
    process.stderr.write(`  seeded ${done} contacts\n`);
  }
  const seedMs = performance.now() - started;
  // Planner statistics, as autovacuum (PostgreSQL) or a deployment's periodic ANALYZE (SQLite) would have them.
  const analyzeStarted = performance.now();
  await sql`ANALYZE`.execute(store.db);
  const analyzeMs = performance.now() - analyzeStarted;
  const agent = agentSubject(0);
  const count0 = await store.db
    .selectFrom('api_contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agent_subject', '=', agent)
    .executeTakeFirstOrThrow();
  // The citizen of the first identified contact: a code that exists, with about as many contacts as any other.
  const first = await store.db
    .selectFrom('api_contacts')
    .select('citizen_name')
    .where('citizen_name', 'is not', null)
    .limit(1)
    .executeTakeFirstOrThrow();
  const code = identityCode(Number(first.citizen_name!.replace(/\D/g, '')));
  const found = await store.db
    .selectFrom('api_contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('identity_index', '=', crypto.blindIndex(code))
    .executeTakeFirstOrThrow();
  console.log(
    JSON.stringify({
      seedMs,
      analyzeMs,
      agent,
      agentContacts: Number(count0.n),
      region: REGIONS[0],
      identityCode: code,
      identityCodeContacts: Number(found.n),
    }),
  );
}

async function timed(count: number, run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.max(10, count / 10); i++) await run();
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run();
    out.push(performance.now() - started);
  }
  return out;
}

async function floor(
  store: OperationalDb,
  crypto: IdentityCrypto,
  hours: Parameters<typeof lastWorkingDayEndBefore>[1],
  [agent = '', region = '', code = '', countText = '200']: string[],
): Promise<void> {
  const contacts = createContactStore(store.db);
  const casework = createCaseworkStore(store.db);
  const count = Number(countText);
  const mine = await timed(count, () => contacts.contactsOfAgent(agent, PAGE, null));
  const overdue = await timed(count, () => {
    // The service's three statements, at once as the service runs them.
    const now = Date.now();
    const threshold = lastWorkingDayEndBefore(now, hours);
    const at = new Date(now).toISOString();
    return Promise.all([
      threshold === null
        ? []
        : casework.openContactsStartedBefore(region, new Date(threshold).toISOString(), OVERDUE_LIMIT),
      casework.overdueCallBacks(region, at, OVERDUE_LIMIT),
      casework.overdueAssessments(region, at, OVERDUE_LIMIT),
    ]);
  });
  const byCode = await timed(count, () =>
    contacts.contactsByIdentityIndex(crypto.blindIndex(code), FIND_LIMIT),
  );
  console.log(JSON.stringify({ mine, overdue, byCode }));
}

/** Creates or drops (`DROP … WITH (FORCE)`) the benchmark's own database on the PostgreSQL server at `serverUrl`. */
async function administer(
  command: 'create-database' | 'drop-database',
  serverUrl = '',
  name = '',
): Promise<void> {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name))
    throw new Error('the database name must be lower-case letters, digits and _');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(
      command === 'create-database'
        ? `CREATE DATABASE "${name}"`
        : `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`,
    );
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'create-database' || command === 'drop-database')
    return administer(command, args[0], args[1]);
  const config = loadConfig(process.env);
  if (!config.contacts.keys) throw new Error('the contact log keys are not configured');
  const crypto = createIdentityCrypto(config.contacts.keys);
  const store = await openDatabase(config.database);
  try {
    if (command === 'seed') await seed(store, crypto, Number(args[0]));
    else if (command === 'floor') await floor(store, crypto, config.casework.hours, args);
    else
      throw new Error(
        'usage: contact-log-bench.ts seed <n> | floor <agent> <region> <identity code> <count> | ' +
          'create-database <server url> <name> | drop-database <server url> <name>',
      );
  } finally {
    await store.destroy();
  }
}

await main();
