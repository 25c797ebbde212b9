/**
 * Child-process helpers shared by `npm start` and the integration tests of every package.
 *
 * Every child runs in its own process group (`detached`), so stopping it also stops whatever it
 * spawned (npm → sh → node, tsx → node). Output is either printed live with a name prefix
 * (`npm start`) or captured (tests); the last lines are always kept so a failure can show them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { DomainError } from '@neuvo/content-models/errors';

/** How a child's output is handled. `prefix`: printed live as `[name] line`; `capture`: kept in memory only; `inherit`: passed through untouched. */
export type OutputMode = 'prefix' | 'capture' | 'inherit';

/** Options for {@link spawnProcess}. */
export interface SpawnOptions {
  /** Short name used in prefixes and error messages (`meilisearch`, `api`). */
  name: string;
  command: string;
  args?: readonly string[];
  cwd?: string;
  /** Variables set on top of the parent's environment (or on top of nothing when `inheritEnv` is false). `undefined` removes a variable. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Start from the parent's environment (default true). */
  inheritEnv?: boolean;
  /** Default: `NEUVO_PROCESS_OUTPUT` when set to a valid mode, else `capture`. */
  output?: OutputMode;
  /** How many output lines to keep for error messages (default 500). */
  keepLines?: number;
  /** In `prefix` mode, lines matching this are kept for error messages but not printed (chatty request logs). */
  quiet?: RegExp;
}

/** How a child ended. `error` is set when it could not be started at all (ENOENT, EACCES). */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

/** Closed set of the ways a child process can fail, kept by {@link ProcessError} as `failure`. */
export type ProcessFailure = 'SPAWN_FAILED' | 'EXITED' | 'FAILED' | 'TIMEOUT';

/**
 * A child process did not do what was expected. The message ends with the last lines of its output,
 * which are also available as `tail`. Its `code` is UPSTREAM_UNAVAILABLE (a process the caller needs did not come
 * up or went away); `failure` says how.
 */
export class ProcessError extends DomainError {
  override readonly name: string = 'ProcessError';
  constructor(
    readonly failure: ProcessFailure,
    readonly processName: string,
    summary: string,
    readonly tail: readonly string[],
    options?: { cause?: unknown },
  ) {
    super('UPSTREAM_UNAVAILABLE', formatWithTail(summary, processName, tail), {
      details: { failure, processName },
      ...options,
    });
  }
}

function formatWithTail(summary: string, name: string, tail: readonly string[]): string {
  if (tail.length === 0) return `${summary}\n(${name} printed nothing)`;
  return `${summary}\n--- last ${tail.length} lines of ${name} ---\n${tail.join('\n')}\n--- end of ${name} ---`;
}

const live = new Set<ManagedProcess>();
let exitHookInstalled = false;

// If the parent dies without stopping its children (uncaught error, process.exit in a test runner),
// kill the groups so no Meilisearch or Strapi outlives it. Only synchronous work is possible here.
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const p of live) p.killGroup('SIGKILL');
  });
}

function defaultOutputMode(): OutputMode {
  const fromEnv = process.env.NEUVO_PROCESS_OUTPUT;
  return fromEnv === 'prefix' || fromEnv === 'inherit' || fromEnv === 'capture' ? fromEnv : 'capture';
}

const COLORS = [36, 35, 33, 32, 34, 96, 95, 93, 92, 94];
let colorIndex = 0;

/** A running (or finished) child process started by {@link spawnProcess}. */
export class ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves once the process has exited and its output has been read. Never rejects. */
  readonly exited: Promise<ProcessExit>;
  private readonly lines: string[] = [];
  private readonly keepLines: number;
  private readonly listeners = new Set<(line: string) => void>();
  private exitInfo: ProcessExit | undefined;
  private readonly prefix: string;

  /** @internal use {@link spawnProcess} */
  constructor(options: SpawnOptions) {
    this.name = options.name;
    this.keepLines = options.keepLines ?? 500;
    const mode = options.output ?? defaultOutputMode();
    const color = COLORS[colorIndex++ % COLORS.length];
    this.prefix = process.stdout.isTTY ? `\x1b[${color}m[${this.name}]\x1b[0m ` : `[${this.name}] `;

    const env: Record<string, string> = {};
    if (options.inheritEnv ?? true) {
      for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    }
    for (const [k, v] of Object.entries(options.env ?? {})) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }

    this.child = spawn(options.command, options.args ?? [], {
      cwd: options.cwd,
      env,
      detached: true,
      stdio: mode === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    });

    if (mode !== 'inherit') {
      this.readLines(this.child.stdout, mode === 'prefix' ? process.stdout : undefined, options.quiet);
      this.readLines(this.child.stderr, mode === 'prefix' ? process.stderr : undefined, options.quiet);
    }

    this.exited = new Promise<ProcessExit>((resolve) => {
      let graceTimer: NodeJS.Timeout | undefined;
      const finish = (info: ProcessExit): void => {
        if (this.exitInfo) return;
        if (graceTimer) clearTimeout(graceTimer);
        this.exitInfo = info;
        live.delete(this);
        resolve(info);
      };
      this.child.once('error', (error) => {
        // 'error' without a pid means the spawn itself failed; otherwise 'exit' follows.
        if (this.child.pid === undefined) {
          this.pushLine(`spawn failed: ${error.message}`);
          finish({ code: null, signal: null, error });
        }
      });
      // 'close' waits for the output pipes; if a grandchild keeps them open, do not wait forever.
      this.child.once('exit', (code, signal) => {
        graceTimer = setTimeout(() => finish({ code, signal }), 500);
        graceTimer.unref();
      });
      this.child.once('close', (code, signal) => finish({ code, signal }));
    });

    if (this.child.pid !== undefined) {
      installExitHook();
      live.add(this);
    }
  }

  /** Process id (also the process group id), undefined if the spawn failed. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Exit information once the process has ended. */
  get exit(): ProcessExit | undefined {
    return this.exitInfo;
  }

  get running(): boolean {
    return this.exitInfo === undefined && this.child.pid !== undefined;
  }

  /** The last `n` output lines (stdout and stderr interleaved as they arrived). */
  tail(n = 40): string[] {
    return this.lines.slice(-n);
  }

  /** All kept output lines joined with newlines. */
  output(): string {
    return this.lines.join('\n');
  }

  /** Calls `listener` for each new output line; returns an unsubscribe function. */
  onLine(listener: (line: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends `signal` to the whole process group. Safe to call when it has already exited. */
  killGroup(signal: NodeJS.Signals): boolean {
    const pid = this.child.pid;
    if (pid === undefined) return false;
    try {
      process.kill(-pid, signal);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Stops the process group: SIGTERM, then SIGKILL when it has not ended after `timeoutMs`
   * (default 10 s). Resolves when the group leader has exited.
   */
  async stop(options: { timeoutMs?: number } = {}): Promise<ProcessExit> {
    const pid = this.child.pid;
    if (pid === undefined) return this.exited;
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    this.killGroup('SIGTERM');
    // Wait for the leader and for every other member of the group (kill(-pgid, 0) fails with ESRCH
    // once the group is empty).
    while (Date.now() < deadline) {
      if (this.exitInfo !== undefined && !groupAlive(pid)) return this.exitInfo;
      await sleep(25);
    }
    this.killGroup('SIGKILL');
    const exit = await this.exited;
    const killDeadline = Date.now() + 2_000;
    while (groupAlive(pid) && Date.now() < killDeadline) await sleep(10);
    return exit;
  }

  private pushLine(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.keepLines) this.lines.splice(0, this.lines.length - this.keepLines);
    for (const listener of this.listeners) listener(line);
  }

  private readLines(
    stream: NodeJS.ReadableStream | null,
    echo: NodeJS.WritableStream | undefined,
    quiet: RegExp | undefined,
  ): void {
    if (!stream) return;
    stream.setEncoding('utf8');
    let partial = '';
    const emit = (line: string): void => {
      this.pushLine(line);
      // Strapi colours its level names (`\x1b[32mhttp\x1b[39m:`) when it sees a colour terminal: match the plain text.
      if (echo && !quiet?.test(stripAnsi(line))) echo.write(this.prefix + line + '\n');
    };
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split(/\r?\n/);
      partial = parts.pop() ?? '';
      for (const line of parts) emit(line);
    });
    stream.on('end', () => {
      if (partial) emit(partial);
      partial = '';
    });
  }
}

/** What /proc says about one process. */
interface ProcStat {
  readonly state: string;
  readonly pgrp: number;
  /** User + system CPU seconds of the process itself. */
  readonly cpuSeconds: number;
}

/** Clock ticks per second of /proc's CPU counters (USER_HZ, 100 on Linux). */
const PROC_TICKS_PER_SECOND = 100;

/** Every process in /proc, or `undefined` without /proc (not Linux). */
function readProcStats(): ProcStat[] | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const stats: ProcStat[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp … utime stime …" — comm may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    stats.push({
      state: fields[0] ?? '',
      pgrp: Number(fields[2]),
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / PROC_TICKS_PER_SECOND,
    });
  }
  return stats;
}

/**
 * True while a process of group `pgid` is still running. Zombies do not count (an orphan that has
 * exited but not been reaped yet is gone for our purposes); without /proc, any member counts.
 */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  const stats = readProcStats();
  if (!stats) return true;
  return stats.some((s) => s.pgrp === pgid && s.state !== 'Z' && s.state !== 'X');
}

/**
 * CPU seconds used so far by the live processes of group `pgid` (a process started by {@link spawnProcess} and its
 * children); `NaN` without /proc. For benchmarks that show which process was busy.
 */
export function groupCpuSeconds(pgid: number): number {
  const stats = readProcStats();
  if (!stats) return Number.NaN;
  return stats.filter((s) => s.pgrp === pgid).reduce((sum, s) => sum + s.cpuSeconds, 0);
}

/**
 * Stops every child started by this module that is still running (in parallel, SIGTERM then SIGKILL
 * after `timeoutMs`). For shutdown paths that may have lost track of a process.
 */
export async function stopAllProcesses(options: { timeoutMs?: number } = {}): Promise<void> {
  await Promise.all([...live].map((p) => p.stop(options)));
}

/** Starts a child process in its own process group. It never throws: spawn failures show up in `exited`. */
export function spawnProcess(options: SpawnOptions): ManagedProcess {
  return new ManagedProcess(options);
}

/** Describes an exit for messages: `exited with code 1`, `was killed by SIGKILL`, `could not be started: …`. */
export function describeExit(exit: ProcessExit): string {
  if (exit.error) return `could not be started: ${exit.error.message}`;
  if (exit.signal) return `was killed by ${exit.signal}`;
  return `exited with code ${exit.code}`;
}

function exitedError(proc: ManagedProcess, exit: ProcessExit, doing: string): ProcessError {
  return new ProcessError(
    exit.error ? 'SPAWN_FAILED' : 'EXITED',
    proc.name,
    `${proc.name} ${describeExit(exit)} while ${doing}`,
    proc.tail(),
    { cause: exit.error },
  );
}

/** Options for {@link waitForHealth}. */
export interface WaitForHealthOptions {
  /** The process that should answer; if it exits first the wait fails at once with its output. */
  process?: ManagedProcess;
  /** Default 30 s. */
  timeoutMs?: number;
  /** Delay between attempts, default 100 ms. */
  intervalMs?: number;
  headers?: Record<string, string>;
  /** Which HTTP status counts as healthy (default: 2xx). */
  isHealthy?: (status: number) => boolean;
}

/**
 * Polls `url` until it answers with a healthy status. Fails with a {@link ProcessError} that includes
 * the process's last output lines when it times out or the process exits first.
 */
export async function waitForHealth(url: string, options: WaitForHealthOptions = {}): Promise<void> {
  const { process: proc, timeoutMs = 30_000, intervalMs = 100, headers } = options;
  const isHealthy = options.isHealthy ?? ((status: number) => status >= 200 && status < 300);
  const name = proc?.name ?? url;
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  for (;;) {
    if (proc?.exit) throw exitedError(proc, proc.exit, `waiting for ${url}`);
    try {
      const res = await fetch(url, { headers, signal: AbortSignal.timeout(Math.min(5_000, timeoutMs)) });
      await res.arrayBuffer().catch(() => undefined);
      if (isHealthy(res.status)) return;
      lastProblem = `HTTP ${res.status}`;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      lastProblem = cause?.code ?? (error as Error).message;
    }
    if (Date.now() >= deadline) {
      throw new ProcessError(
        'TIMEOUT',
        name,
        `${name} did not become healthy at ${url} within ${Math.round(timeoutMs / 1000)} s (last attempt: ${lastProblem})`,
        proc?.tail() ?? [],
      );
    }
    await Promise.race([sleep(intervalMs), proc?.exited]);
  }
}

/**
 * Waits until the process prints a line matching `pattern` (lines already printed count too).
 * Returns the matching line.
 */
export async function waitForLine(
  proc: ManagedProcess,
  pattern: RegExp,
  options: { timeoutMs?: number } = {},
): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const seen = proc.tail(Number.MAX_SAFE_INTEGER).find((line) => pattern.test(line));
  if (seen !== undefined) return seen;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new ProcessError(
          'TIMEOUT',
          proc.name,
          `${proc.name} did not print ${pattern} within ${Math.round(timeoutMs / 1000)} s`,
          proc.tail(),
        ),
      );
    }, timeoutMs);
    const unsubscribe = proc.onLine((line) => {
      if (!pattern.test(line)) return;
      cleanup();
      resolve(line);
    });
    const cleanup = (): void => {
      clearTimeout(timer);
      unsubscribe();
    };
    void proc.exited.then((exit) => {
      cleanup();
      // A matching line may have been the last thing printed before exiting.
      const last = proc.tail(Number.MAX_SAFE_INTEGER).find((line) => pattern.test(line));
      if (last !== undefined) resolve(last);
      else reject(exitedError(proc, exit, `waiting for output ${pattern}`));
    });
  });
}

/**
 * Waits for the process to exit and fails (with its output) unless it exited with code 0.
 * On timeout the process is stopped.
 */
export async function waitForExit(proc: ManagedProcess, options: { timeoutMs?: number } = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const result = await Promise.race([proc.exited, timedOut]);
  clearTimeout(timer);
  if (result === 'timeout') {
    await proc.stop();
    throw new ProcessError(
      'TIMEOUT',
      proc.name,
      `${proc.name} did not finish within ${Math.round(timeoutMs / 1000)} s`,
      proc.tail(),
    );
  }
  if (result.code !== 0) {
    throw new ProcessError(
      result.error ? 'SPAWN_FAILED' : 'FAILED',
      proc.name,
      `${proc.name} ${describeExit(result)}`,
      proc.tail(),
      { cause: result.error },
    );
  }
}

/** Runs a command to completion (build, seed); fails with its output unless it exits with code 0. */
export async function runProcess(options: SpawnOptions & { timeoutMs?: number }): Promise<ManagedProcess> {
  const proc = spawnProcess(options);
  await waitForExit(proc, { timeoutMs: options.timeoutMs });
  return proc;
}

/** Returns a TCP port that was free on 127.0.0.1 a moment ago. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not obtain a free port'))));
    });
  });
}

/** True when nothing listens on `port` (checked by binding to it). */
export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

const require = createRequire(import.meta.url);

/**
 * Command and arguments that run a TypeScript entry with tsx in ONE node process
 * (`node --import tsx file.ts`), so signals reach it directly.
 */
export function tsxCommand(entry: string, args: readonly string[] = []): { command: string; args: string[] } {
  const loader = require.resolve('tsx');
  return { command: process.execPath, args: ['--import', pathToFileURL(loader).href, entry, ...args] };
}

// SGR colour sequences, as chalk writes them (ESC [ … m).
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function stripAnsi(line: string): string {
  return line.replace(ANSI_COLOUR, '');
}
