import { DomainError } from './content.js';

/**
 * Short, log-safe description of an error: code and message of the error and of its causes (system error codes such
 * as ECONNREFUSED), never response bodies or documents.
 */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    if (current instanceof DomainError) parts.push(`${current.code}: ${current.message}`);
    else if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      parts.push(
        typeof code === 'string' ? `${current.name} ${code}` : `${current.name}: ${current.message}`,
      );
    } else break;
    current = (current as { cause?: unknown }).cause;
    // Response bodies travel as plain Error causes of DomainErrors; do not print them.
    if (error instanceof DomainError && current === error.cause && typeof error.details.status === 'number')
      break;
  }
  return parts.join(' <- ');
}
