/**
 * Field-level errors of the casework forms: what the portal checks before sending, and which field a
 * `VALIDATION_FAILED` of the api names (`extensions.field`, e.g. `input.person.identityCode`).
 */
import { GraphQLRequestError } from '@neuvo/graphql-contract';
import type { MessageKey } from '../i18n';

/** A field's error as a message key with its parameters. */
export interface FieldError {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Errors by field name; a field without an error is absent. */
export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;

/**
 * The form field an api error names, by the longest matching path prefix in `fields` (`input.person` matches
 * `input.person.identityCode` only when nothing longer does); `undefined` when it names none of them.
 */
export function fieldOfApiError<F extends string>(
  error: unknown,
  fields: Readonly<Record<string, F>>,
): F | undefined {
  if (!(error instanceof GraphQLRequestError) || error.code !== 'VALIDATION_FAILED' || !error.field)
    return undefined;
  const path = error.field;
  const match = Object.keys(fields)
    .filter((prefix) => path === prefix || path.startsWith(`${prefix}.`))
    .sort((a, b) => b.length - a.length)[0];
  return match === undefined ? undefined : fields[match];
}

/** The first field of `order` that has an error. */
export function firstInvalid<F extends string>(errors: FieldErrors<F>, order: readonly F[]): F | undefined {
  return order.find((field) => errors[field] !== undefined);
}

/** Any error as a `GraphQLRequestError` (a thrown non-api error is `INTERNAL`). */
export function asRequestError(error: unknown): GraphQLRequestError {
  return error instanceof GraphQLRequestError
    ? error
    : new GraphQLRequestError('INTERNAL', 'casework request failed', { cause: error });
}
