import { AsyncLocalStorage } from 'node:async_hooks';
import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, GRAPHQL_REQUEST_ERROR_CODES, isDomainError, toApiErrorCode } from './models.js';
import { describeError, type Logger } from '@neuvo/node-kit';

/** The closed list of `extensions.code` values a client can receive: one definition, in content-models. */
export { API_ERROR_CODES, type ApiErrorCode } from './models.js';

/** Per-request data the error edge needs but Apollo's `formatError` does not receive. */
export interface RequestScope {
  readonly requestId: string;
}

/** Carries the request id from the HTTP handler to {@link createFormatError}. */
export const requestScope = new AsyncLocalStorage<RequestScope>();

/**
 * GraphQL's own messages quote the values a client sent (`got invalid value "…"`,
 * `non-integer value: "…"`). Those values may be anything the user typed, so they are cut out;
 * the names of fields, arguments, variables and types stay, because they help fix the query.
 */
export function redactValues(message: string): string {
  // A syntax error may quote any part of the document (`found String "…"`): drop every quoted part.
  if (message.startsWith('Syntax Error:')) return message.replace(/"(?:[^"\\]|\\.)*"?/g, '<redacted>');
  return (
    message
      .replace(/(got invalid value|cannot represent[^:;]*value:|found)\s+[^;]*?(?=;|\.?$)/g, '$1 <redacted>')
      // An enum value the schema does not know (inline it is name-shaped, so it may be a person's name).
      .replace(/Value "(?:[^"\\]|\\.)*" does not exist in/g, 'Value <redacted> does not exist in')
      // An input object's unknown key sent in variables may be any text.
      .replace(/Field "(?:[^"\\]|\\.)*" is not defined by type/g, 'Field <redacted> is not defined by type')
  );
}

/**
 * The one GraphQL error edge. Domain errors keep their (input-free) message and map to the closed
 * list; Apollo's client errors become `VALIDATION_FAILED` with values redacted; anything else is
 * logged with the request id and returned as a generic `INTERNAL` error naming that id.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const requestId = requestScope.getStore()?.requestId ?? 'unknown';
    // Resolver errors arrive wrapped in a GraphQLError; what was thrown is its originalError.
    // A GraphQLError thrown by a plugin may arrive wrapped once more (when Apollo and this module load different
    // copies of graphql, as under vitest): follow originalError down to what was thrown first.
    let original: unknown = unwrapResolverError(error);
    while (
      !isDomainError(original) &&
      original instanceof Error &&
      (original as { originalError?: unknown }).originalError instanceof Error
    )
      original = (original as unknown as { originalError: Error }).originalError;
    const where = {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };

    if (isDomainError(original)) {
      const code = toApiErrorCode(original.code);
      if (code === 'INTERNAL' || code === 'UPSTREAM_UNAVAILABLE') {
        logger.warn('graphql_error', { requestId, code, ...describeError(original) });
      }
      const field = original.details['field'];
      const retryAfterSeconds = original.details['retryAfterSeconds'];
      return {
        message: code === 'INTERNAL' ? internalMessage(requestId) : original.message,
        ...where,
        extensions: {
          code,
          ...(typeof field === 'string' ? { field } : {}),
          ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
          ...(code === 'INTERNAL' || code === 'UPSTREAM_UNAVAILABLE' ? { requestId } : {}),
        },
      };
    }

    const apolloCode = formatted.extensions?.['code'];
    if (typeof apolloCode === 'string' && GRAPHQL_REQUEST_ERROR_CODES.has(apolloCode)) {
      return {
        message: redactValues(formatted.message),
        ...where,
        extensions: { code: 'VALIDATION_FAILED' },
      };
    }

    logger.error('graphql_internal_error', { requestId, path: formatted.path, ...describeError(original) });
    return { message: internalMessage(requestId), ...where, extensions: { code: 'INTERNAL', requestId } };
  };
}

function internalMessage(requestId: string): string {
  return `Internal error. Quote reference ${requestId} when reporting it.`;
}

/**
 * The answer to a client over its rate limit: `RATE_LIMITED` (with `extensions.retryAfterSeconds`), HTTP 429 and a
 * `Retry-After` header. Thrown before the operation runs.
 */
export function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  const message = `Too many requests. Try again in ${retryAfterSeconds} s.`;
  return new GraphQLError(message, {
    originalError: new DomainError('RATE_LIMITED', message, { details: { retryAfterSeconds } }),
    extensions: {
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
