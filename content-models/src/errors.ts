/**
 * The closed list of error codes shared by every Neuvo package. Transports translate them at one edge
 * (GraphQL `extensions.code`, Strapi's error middleware).
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UPSTREAM_UNAVAILABLE',
  'INTERNAL',
  'RATE_LIMITED',
] as const;

/** One of {@link DOMAIN_ERROR_CODES}. */
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** Structured, serialisable details of a {@link DomainError} (ids, paths, lists of problems). */
export type DomainErrorDetails = Readonly<Record<string, unknown>>;

/**
 * An expected failure of domain logic with a closed `code` and structured `details`.
 * Messages never contain user input; identifiers the user sent go into `details`.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  /** Machine-readable code from the closed list. */
  readonly code: DomainErrorCode;
  /** Structured details, safe to log (never personal data). */
  readonly details: DomainErrorDetails;

  constructor(
    code: DomainErrorCode,
    message: string,
    options: { details?: DomainErrorDetails; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? {};
  }
}

/** Type guard for {@link DomainError}, optionally for one code. */
export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}

/** A problem found by a validator: where (`path`, e.g. `nodes[2].options[0].next`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}
