/** One benchmark module of `npm run bench`: independent, starts what it needs, returns table rows. */
export interface BenchRow {
  benchmark: string;
  case: string;
  value: string;
  target?: string;
  /** true = target met, false = missed, undefined = no target. */
  ok?: boolean;
  note?: string;
}

export interface Benchmark {
  /** Short name, also the CLI filter (`npm run bench -- ptv-sync`). */
  name: string;
  description: string;
  run(): Promise<BenchRow[]>;
}
