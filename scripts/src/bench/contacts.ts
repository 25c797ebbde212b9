/**
 * The contact log at production size (`npm run bench -- contacts [--contacts <n>] [--db pg|sqlite|both]`): `n`
 * contacts (default 1,000,000) are seeded into a fresh store (a database of its own on the PostgreSQL server at
 * 127.0.0.1:5432, user postgres; a SQLite file in a temp folder), with the api's own migrations, encryption and blind
 * index (`api/scripts/contact-log-bench.ts`). Then, through the real api over GraphQL on 127.0.0.1, signed in through
 * the local provider:
 *
 * - `myContacts(first: 20)` as the sample agent of Pohjanmaa (about `n`/200 contacts of their own),
 * - `overdue(region)` as the sample supervisor of Pohjanmaa,
 * - `contactsByIdentityCode` for a code that exists,
 *
 * each {@link REQUESTS} times after a warm-up, p50/p95/p99; the baseline, measured in the same run, is the same SQL
 * run directly on the database (what the engine alone does). Contact writes: {@link WRITES} `openContact` calls,
 * {@link WRITE_CONCURRENCY} at a time. Bounded in count and time; the database is dropped or removed at the end.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { identityCodeCheckCharacter } from '@neuvo/content-models';
import { sampleUser, signInHeadless } from '@neuvo/local-idp';
import { repoRoot } from '../kit/paths.js';
import { freePort, runProcess, tsxCommand } from '../kit/process.js';
import { startApi } from '../kit/stack/api.js';
import { startSignIn } from '../kit/stack/idp.js';
import type { Benchmark, BenchRow } from './types.js';

const NAME = 'contacts';
const PG_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
const PORTAL_URL = 'http://127.0.0.1:5999';
const TARGET_P95_MS = 50;
const REQUESTS = 200;
const WARM_UP = 20;
const WRITES = 400;
const WRITE_CONCURRENCY = 8;
/** Seeding 1,000,000 contacts takes minutes; nothing may run unbounded. */
const SEED_TIMEOUT_MS = 30 * 60_000;
const AGENT = sampleUser('agentti.pohjanmaa');
const SUPERVISOR = sampleUser('esihenkilo.pohjanmaa');

const MINE = `query { myContacts(first: 20) { items { id status channel region startedAt endedAt
  citizen { identified name identityCodeMasked } reason { category } outcomes { code urgency } } nextCursor } }`;
const OVERDUE = `query($region: String!) { overdue(region: $region) { region
  contacts { id startedAt region agent { name } citizen { identified name identityCodeMasked } deadline timeLeftMinutes }
  callBacks { id windowEnd } serviceNeedAssessments { id deadline } } }`;
const FIND = `query($code: String!) { contactsByIdentityCode(identityCode: $code) { id startedAt status
  citizen { name identityCodeMasked } } }`;
const OPEN = `mutation($input: OpenContactInput!) { openContact(input: $input) { id version } }`;

/** What `contact-log-bench.ts seed` reports. */
interface Seeded {
  seedMs: number;
  analyzeMs: number;
  agent: string;
  agentContacts: number;
  region: string;
  identityCode: string;
  identityCodeContacts: number;
}

/** What `contact-log-bench.ts floor` reports: milliseconds per run of each statement (set). */
interface Floor {
  mine: number[];
  overdue: number[];
  byCode: number[];
}

/** The `--contacts` and `--db` options of `npm run bench`. */
function options(argv: readonly string[]): { contacts: number; dbs: ('pg' | 'sqlite')[] } {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const contacts = Number(value('--contacts') ?? 1_000_000);
  if (!Number.isInteger(contacts) || contacts < 1000 || contacts > 10_000_000)
    throw new Error('--contacts must be a whole number from 1000 to 10000000');
  const db = value('--db') ?? 'both';
  if (db !== 'pg' && db !== 'sqlite' && db !== 'both') throw new Error('--db must be pg, sqlite or both');
  return { contacts, dbs: db === 'both' ? ['pg', 'sqlite'] : [db] };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function summary(times: readonly number[]): { p50: number; p95: number; p99: number; text: string } {
  const sorted = [...times].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p)) as [number, number, number];
  return { p50, p95, p99, text: `${p50.toFixed(1)} / ${p95.toFixed(1)} / ${p99.toFixed(1)} ms` };
}

/** Runs `contact-log-bench.ts` in the api package with the api's environment; returns its output lines. */
async function dbTool(
  env: Record<string, string | undefined>,
  args: string[],
  timeoutMs: number,
): Promise<readonly string[]> {
  const { command, args: tsxArgs } = tsxCommand(
    join(repoRoot, 'api', 'scripts', 'contact-log-bench.ts'),
    args,
  );
  const proc = await runProcess({
    name: `contact-log-bench ${args[0]}`,
    command,
    args: tsxArgs,
    cwd: join(repoRoot, 'api'),
    env,
    output: 'capture',
    timeoutMs,
  });
  return proc.tail(500);
}

/** The JSON line a `seed` or `floor` run of `contact-log-bench.ts` ends with. */
async function dbResult<T>(
  env: Record<string, string | undefined>,
  args: string[],
  timeoutMs: number,
): Promise<T> {
  const line = [...(await dbTool(env, args, timeoutMs))].reverse().find((l) => l.startsWith('{'));
  if (line === undefined) throw new Error(`contact-log-bench ${args[0]} printed no result`);
  return JSON.parse(line) as T;
}

/** POSTs one operation with the session cookie; throws on a GraphQL error (a benchmark of failures is worthless). */
async function graphql(url: string, cookie: string, query: string, variables: object = {}): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0]!.message}`);
  return body.data;
}

async function timedRequests(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

/** A new contact as an agent records one: 30 % identified (a synthetic code), a reason, no outcome yet. */
function openInput(i: number): Record<string, unknown> {
  const identified = i % 10 < 3;
  const digits = `${String(1 + (i % 28)).padStart(2, '0')}0${1 + (i % 9)}${String(50 + (i % 40)).padStart(2, '0')}`;
  const individual = String(100 + (i % 800)).padStart(3, '0');
  const check = identityCodeCheckCharacter(digits, individual);
  return {
    channel: 'phone',
    region: 'pohjanmaa',
    reason: { category: 'symptoms' },
    ...(identified
      ? { citizen: { name: `Asiakas ${i}`, identityCode: `${digits}-${individual}${check}` } }
      : {}),
  };
}

/** `openContact` calls, `WRITE_CONCURRENCY` at a time: contacts per second. */
async function writesPerSecond(url: string, cookie: string): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITE_CONCURRENCY }, async () => {
      for (let i = next++; i < WRITES; i = next++) await graphql(url, cookie, OPEN, { input: openInput(i) });
    }),
  );
  return WRITES / ((performance.now() - started) / 1000);
}

/** One engine: create and seed the store, measure through the api and directly, clean up. */
async function runOn(db: 'pg' | 'sqlite', contacts: number): Promise<BenchRow[]> {
  const label = db === 'pg' ? 'PostgreSQL' : 'SQLite';
  const name = `neuvo_contacts_bench_${randomBytes(4).toString('hex')}`;
  const dir = db === 'sqlite' ? mkdtempSync(join(tmpdir(), 'neuvo-contacts-bench-')) : undefined;
  const toolEnv = {
    // The throwaway store's own keys: the seeder and the api must share them to read what was sealed.
    CONTACT_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64url')}`,
    CONTACT_INDEX_KEY: randomBytes(32).toString('base64url'),
    ...(dir
      ? { API_DATABASE_FILENAME: join(dir, 'api.db'), API_DATABASE_URL: undefined }
      : { API_DATABASE_URL: PG_SERVER.replace(/\/postgres$/, `/${name}`), API_DATABASE_FILENAME: undefined }),
    DATABASE_URL: undefined,
  };
  const env = {
    ...toolEnv,
    CMS_URL: 'http://127.0.0.1:9',
    CMS_READ_TOKEN: 'unused-by-this-benchmark',
    MEILI_URL: 'http://127.0.0.1:9',
    MEILI_SEARCH_KEY: 'unused-by-this-benchmark',
  };
  if (db === 'pg') await dbTool(env, ['create-database', PG_SERVER, name], 60_000);
  const cleanUp = async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    else await dbTool(env, ['drop-database', PG_SERVER, name], 60_000).catch(() => undefined);
  };
  try {
    console.error(`  ${label}: seeding ${contacts} contacts`);
    const seeded = await dbResult<Seeded>(env, ['seed', String(contacts)], SEED_TIMEOUT_MS);
    console.error(`  ${label}: seeded in ${(seeded.seedMs / 1000).toFixed(0)} s`);
    const apiPort = await freePort();
    const signIn = await startSignIn({ apiPort, portalUrl: PORTAL_URL, users: [AGENT, SUPERVISOR] });
    const api = await startApi({
      port: apiPort,
      cmsUrl: env.CMS_URL,
      cmsReadToken: env.CMS_READ_TOKEN,
      meiliUrl: env.MEILI_URL,
      meiliSearchKey: env.MEILI_SEARCH_KEY,
      signIn: signIn.settings,
      env: toolEnv,
    }).catch(async (error: unknown) => {
      await signIn.stop();
      throw error;
    });
    try {
      const as = async (user: typeof AGENT) =>
        (
          await signInHeadless({
            apiUrl: api.url,
            returnTo: `${PORTAL_URL}/`,
            username: user.username,
            password: user.password,
          })
        ).cookie;
      const agent = await as(AGENT);
      const supervisor = await as(SUPERVISOR);
      const viaApi = {
        mine: await timedRequests(() => graphql(api.url, agent, MINE)),
        overdue: await timedRequests(() => graphql(api.url, supervisor, OVERDUE, { region: seeded.region })),
        byCode: await timedRequests(() => graphql(api.url, agent, FIND, { code: seeded.identityCode })),
      };
      const floor = await dbResult<Floor>(
        env,
        ['floor', seeded.agent, seeded.region, seeded.identityCode, String(REQUESTS)],
        10 * 60_000,
      );
      const writes = await writesPerSecond(api.url, agent);
      const cases: { key: keyof Floor; case: string }[] = [
        { key: 'mine', case: `myContacts(first: 20), ${seeded.agentContacts} own` },
        { key: 'overdue', case: `overdue(${seeded.region})` },
        { key: 'byCode', case: `contactsByIdentityCode, ${seeded.identityCodeContacts} found` },
      ];
      return [
        {
          benchmark: NAME,
          case: `${label}: seed ${contacts} contacts`,
          value: `${(seeded.seedMs / 1000).toFixed(0)} s`,
          note: `${Math.round(contacts / (seeded.seedMs / 1000))} rows/s; ANALYZE ${(seeded.analyzeMs / 1000).toFixed(1)} s`,
        },
        ...cases.map((c) => {
          const api = summary(viaApi[c.key]);
          return {
            benchmark: NAME,
            case: `${label}: ${c.case} p50/p95/p99`,
            value: api.text,
            target: `p95 ≤ ${TARGET_P95_MS} ms`,
            ok: api.p95 <= TARGET_P95_MS,
            note: `engine alone ${summary(floor[c.key]).text}`,
          };
        }),
        {
          benchmark: NAME,
          case: `${label}: openContact, ${WRITE_CONCURRENCY} at a time`,
          value: `${writes.toFixed(0)} contacts/s`,
          note: `${WRITES} writes`,
        },
      ];
    } finally {
      await api.stop();
      await signIn.stop();
    }
  } finally {
    await cleanUp();
  }
}

export const contactsBenchmark: Benchmark = {
  name: NAME,
  description:
    'contact log with --contacts n (default 1000000) on --db pg|sqlite|both: p95 of the lists through the api',
  async run(): Promise<BenchRow[]> {
    const { contacts, dbs } = options(process.argv.slice(2));
    const rows: BenchRow[] = [];
    for (const db of dbs) rows.push(...(await runOn(db, contacts)));
    return rows;
  },
};
