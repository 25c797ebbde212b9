/**
 * `npm run bench [-- <name> …]`: runs every benchmark module (or the named ones) one after the other and
 * prints one table; options of a benchmark follow its name (`npm run bench -- contacts --db pg`). Add a benchmark by adding a module to `BENCHMARKS`; they are independent of each other.
 */
import { stopAllProcesses } from '../kit/process.js';
import { agentKeysBenchmark } from './agent-keys.js';
import { contactsBenchmark } from './contacts.js';
import { portalTypingBenchmark } from './portal-typing.js';
import { ptvSyncBenchmark } from './ptv-sync.js';
import { searchBenchmark } from './search.js';
import { siteBenchmark } from './site.js';
import type { Benchmark, BenchRow } from './types.js';

export const BENCHMARKS: Benchmark[] = [
  ptvSyncBenchmark,
  searchBenchmark,
  portalTypingBenchmark,
  agentKeysBenchmark,
  contactsBenchmark,
  siteBenchmark,
];

function printTable(rows: BenchRow[]): void {
  const header = ['benchmark', 'case', 'value', 'target', 'ok', 'note'];
  const cells = rows.map((r) => [
    r.benchmark,
    r.case,
    r.value,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<number> {
  // Names, not options (`--db pg`): a word after an option is the option's value unless it names a benchmark.
  const args = process.argv.slice(2);
  const names = new Set(BENCHMARKS.map((b) => b.name));
  const wanted = args.filter(
    (a, i) => !a.startsWith('-') && (names.has(a) || !(args[i - 1]?.startsWith('--') ?? false)),
  );
  const selected = wanted.length > 0 ? BENCHMARKS.filter((b) => wanted.includes(b.name)) : BENCHMARKS;
  if (selected.length === 0) {
    console.error(`Unknown benchmark; available: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const rows: BenchRow[] = [];
  for (const bench of selected) {
    console.error(`▶ ${bench.name}: ${bench.description}`);
    try {
      rows.push(...(await bench.run()));
    } catch (error) {
      rows.push({
        benchmark: bench.name,
        case: 'error',
        value: error instanceof Error ? error.message : String(error),
        ok: false,
      });
    }
  }
  printTable(rows);
  return rows.some((r) => r.ok === false) ? 1 : 0;
}

main()
  .then(async (code) => {
    await stopAllProcesses();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await stopAllProcesses();
    process.exit(1);
  });
