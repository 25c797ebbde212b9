/** Log levels, least to most severe. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * A minimal structured logger: one event name plus safe fields. Callers never pass personal data,
 * search queries, tokens or keys; only ids, codes, counts and error classes.
 */
export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** JSON-lines logger writing to stderr, dropping events below `level`. */
export function createJsonLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const emit =
    (lvl: LogLevel) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      if (ORDER[lvl] < ORDER[level]) return;
      write(
        `${JSON.stringify({ time: new Date().toISOString(), level: lvl, service: 'api', event, ...fields })}\n`,
      );
    };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** Describes an error for a log line: class, message and stack, never request data. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const out: Record<string, unknown> = {
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
