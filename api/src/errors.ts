import { AsyncLocalStorage } from 'node:async_hooks';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDomainError, type DomainErrorCode } from './models.js';
import { describeError, type Logger } from './logger.js';

/** The closed list of `extensions.code` values a client can receive (shared contract). */
export const API_ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  // The request carried a session that has ended (or never existed): sign in again. Set at the HTTP edge.
  'UNAUTHENTICATED',
  'UPSTREAM_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Per-request data the error edge needs but Apollo's `formatError` does not receive. */
export interface RequestScope {
  readonly requestId: string;
}

/** Carries the request id from the HTTP handler to {@link createFormatError}. */
export const requestScope = new AsyncLocalStorage<RequestScope>();

/** Apollo's own codes for a request the client got wrong (syntax, schema, variables, CSRF, …). */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** `CONFLICT` is in the shared DomainError list but not in the GraphQL contract's list. */
const DOMAIN_TO_API: Record<DomainErrorCode, ApiErrorCode> = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'VALIDATION_FAILED',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
};

/**
 * GraphQL's own messages quote the values a client sent (`got invalid value "…"`,
 * `non-integer value: "…"`). Those values may be anything the user typed, so they are cut out;
 * the names of fields, arguments, variables and types stay, because they help fix the query.
 */
export function redactValues(message: string): string {
  // A syntax error may quote any part of the document (`found String "…"`): drop every quoted part.
  if (message.startsWith('Syntax Error:')) return message.replace(/"(?:[^"\\]|\\.)*"?/g, '<redacted>');
  return message.replace(
    /(got invalid value|cannot represent[^:;]*value:|found)\s+[^;]*?(?=;|\.?$)/g,
    '$1 <redacted>',
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
    const unwrapped = unwrapResolverError(error);
    const original =
      unwrapped instanceof GraphQLError && unwrapped.originalError ? unwrapped.originalError : unwrapped;
    const where = {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };

    if (isDomainError(original)) {
      const code = DOMAIN_TO_API[original.code];
      if (code === 'INTERNAL' || code === 'UPSTREAM_UNAVAILABLE') {
        logger.warn('graphql_error', { requestId, code, ...describeError(original) });
      }
      const field = original.details['field'];
      return {
        message: code === 'INTERNAL' ? internalMessage(requestId) : original.message,
        ...where,
        extensions: {
          code,
          ...(typeof field === 'string' ? { field } : {}),
          ...(code === 'INTERNAL' || code === 'UPSTREAM_UNAVAILABLE' ? { requestId } : {}),
        },
      };
    }

    const apolloCode = formatted.extensions?.['code'];
    if (typeof apolloCode === 'string' && CLIENT_ERROR_CODES.has(apolloCode)) {
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
