import pino from 'pino';

/** Log levels, least to most severe. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const satisfies readonly LogLevel[];

/**
 * How log lines are written: `json` (one JSON object per line, for production log collectors) or `pretty` (one
 * readable line per event, for a person watching `npm start`).
 */
export type LogFormat = 'json' | 'pretty';
export const LOG_FORMATS = ['json', 'pretty'] as const satisfies readonly LogFormat[];

/** Safe fields of a log event: ids, codes, counts, durations and error classes. */
export type LogFields = Record<string, unknown>;

/**
 * The one logger shape of the Node services: an event name (`snake_case`, stable, what alerts match on) plus safe
 * fields. Callers never pass personal data, search queries, content, tokens or keys.
 */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  /** Written into every line as `service`, e.g. `api`, `search-indexer`. */
  readonly service: string;
  /** Events below this level are dropped (default `info`). */
  readonly level?: LogLevel;
  /** Default `json`. */
  readonly format?: LogFormat;
  /** Where lines go (default: standard error, so standard output stays free for a process's own answers). */
  readonly write?: (line: string) => void;
}

/**
 * A logger backed by pino. A JSON line looks like
 * `{"level":"info","time":"2026-12-03T10:00:00.000Z","service":"api","event":"api_started","url":"…"}`;
 * the pretty format writes the same event as `10:00:00.000 INFO  api api_started url=…`.
 */
export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  const format = options.format ?? 'json';
  const destination = { write: format === 'pretty' ? (line: string) => write(prettyLine(line)) : write };
  const base = pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      messageKey: 'event',
      timestamp: pino.stdTimeFunctions.isoTime,
      // Level names instead of pino's numbers, so a line reads the same in a collector and in a terminal.
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const at =
    (level: LogLevel) =>
    (event: string, fields: LogFields = {}): void => {
      base[level](fields, event);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that drops everything (tools and tests that do not look at logs). */
export const silentLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Turns one JSON line of {@link createLogger} into `HH:MM:SS.mmm LEVEL service event key=value …`. */
function prettyLine(json: string): string {
  const { time, level, service, event, ...fields } = JSON.parse(json) as Record<string, unknown>;
  const clock = typeof time === 'string' ? time.slice(11, 23) : '';
  const rest = Object.entries(fields)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  const head = `${clock} ${String(level).toUpperCase().padEnd(5)} ${String(service)} ${String(event)}`;
  return `${rest === '' ? head : `${head} ${rest}`}\n`;
}

/** Describes an error for a log line: class, message and stack (and its cause's class and message), never request data. */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) {
    const out: LogFields = {
      errorName: error.name,
      errorMessage: error.message,
      stack: error.stack,
    };
    if (error.cause instanceof Error)
      out['cause'] = { errorName: error.cause.name, errorMessage: error.cause.message };
    return out;
  }
  return { errorName: typeof error };
}

/** One event as {@link memoryLogger} keeps it. */
export interface LoggedEvent {
  readonly level: LogLevel;
  readonly event: string;
  readonly fields: LogFields;
}

/** A logger that keeps every event in `lines`, so tests can assert what was (and was not) logged. */
export function memoryLogger(): Logger & { readonly lines: LoggedEvent[] } {
  const lines: LoggedEvent[] = [];
  const at =
    (level: LogLevel) =>
    (event: string, fields: LogFields = {}): void => {
      lines.push({ level, event, fields });
    };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
