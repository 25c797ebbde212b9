/**
 * The closed list of error codes shared by every Neuvo package, and the error classes that carry them.
 * Transports translate them at one edge each (GraphQL `extensions.code` in the api, Strapi's error middleware
 * in the cms). Pure and free of zod, so a browser app can import it alone (`@neuvo/content-models/errors`).
 */

/** Every error code a Neuvo process may give an error. */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  // The request carried no session, or one that has ended: sign in (again).
  'UNAUTHENTICATED',
  'CONFLICT',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'CONFIG_INVALID',
  'INTERNAL',
] as const;

/** One of {@link DOMAIN_ERROR_CODES}. */
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * The codes the api sends to clients in GraphQL `extensions.code`: the domain list without the codes that
 * never leave a process as themselves (see {@link toApiErrorCode}).
 */
export const API_ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  // A write based on a version of a record that someone else has changed since (the contact log's version check).
  'CONFLICT',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'INTERNAL',
] as const satisfies readonly DomainErrorCode[];

/** One of {@link API_ERROR_CODES}. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * How a domain code is sent to a client: as itself, except a configuration error, which is the server's own fault
 * and is sent as `INTERNAL` (the message names nothing of the configuration).
 */
const DOMAIN_TO_API: Readonly<Record<DomainErrorCode, ApiErrorCode>> = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  CONFIG_INVALID: 'INTERNAL',
  INTERNAL: 'INTERNAL',
};

/** The `extensions.code` the api sends for an error with domain code `code`. */
export function toApiErrorCode(code: DomainErrorCode): ApiErrorCode {
  return DOMAIN_TO_API[code];
}

/**
 * Apollo Server's own `extensions.code` values for a request it rejected before our resolvers ran (syntax, schema,
 * variables, CSRF, …): the request was wrong. The api's error edge sends them as `VALIDATION_FAILED`; a client that
 * still meets one reads it the same way.
 */
export const GRAPHQL_REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** True when `value` is one of {@link API_ERROR_CODES} (for clients reading `extensions.code`). */
export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The code for an HTTP error status another service answered with: what our request got wrong (400, 401/403,
 * 404, 409, 429) keeps its meaning; anything else means that service is not usable now.
 */
export function errorCodeOfHttpStatus(status: number): DomainErrorCode {
  if (status === 400 || status === 422) return 'VALIDATION_FAILED';
  if (status === 401 || status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  return 'UPSTREAM_UNAVAILABLE';
}

/** Structured, serialisable details of a {@link DomainError} (ids, paths, lists of problems). */
export type DomainErrorDetails = Readonly<Record<string, unknown>>;

/** Options of {@link DomainError} and its subclasses. */
export interface DomainErrorOptions {
  details?: DomainErrorDetails;
  cause?: unknown;
}

/**
 * An expected failure with a closed `code` and structured `details`. Every error class of ours extends it.
 * Messages never contain user input; identifiers the user sent go into `details`.
 */
export class DomainError extends Error {
  override readonly name: string = 'DomainError';
  /** Machine-readable code from the closed list. */
  readonly code: DomainErrorCode;
  /** Structured details, safe to log (never personal data). */
  readonly details: DomainErrorDetails;

  constructor(code: DomainErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? {};
  }
}

/** Type guard for {@link DomainError}, optionally for one code. */
export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}

/**
 * A process's configuration (environment, runtime config file) is missing or invalid: it refuses to start. The
 * message says what to set; it never quotes a secret's value.
 */
export class ConfigError extends DomainError {
  override readonly name: string = 'ConfigError';
  /** Each thing to set or fix, one sentence each (the message lists them too). */
  readonly problems: readonly string[];
  /** Names of the settings (environment variables, config keys) that are missing or invalid, when known. */
  readonly variables: readonly string[];

  constructor(message: string, options: ConfigErrorOptions = {}) {
    super('CONFIG_INVALID', message, options);
    this.problems = options.problems ?? [];
    this.variables = options.variables ?? [];
  }
}

/** Options of {@link ConfigError}. */
export interface ConfigErrorOptions extends DomainErrorOptions {
  problems?: readonly string[];
  variables?: readonly string[];
}

/** A problem found by a validator: where (`path`, e.g. `nodes[2].options[0].next`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}
