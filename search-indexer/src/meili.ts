import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTask,
  type EnqueuedTaskPromise,
  type Task,
} from 'meilisearch';
import { DomainError } from './content.js';
import { meiliHttpClient, unwrapMeiliError } from '@neuvo/node-kit';

/** Creates the admin client used by the indexer (master key). */
export function createMeiliClient(host: string, masterKey: string): Meilisearch {
  // Task waits are generous: a full rebuild of a large index or a settings change re-indexes everything.
  return new Meilisearch({
    host,
    apiKey: masterKey,
    httpClient: meiliHttpClient,
    timeout: 30_000,
    defaultWaitOptions: { timeout: 120_000, interval: 25 },
  });
}

/** True for a Meilisearch API error with this error code (e.g. `index_not_found`). */
export function isMeiliError(error: unknown, code: string): boolean {
  const unwrapped = unwrapMeiliError(error);
  return unwrapped instanceof MeilisearchApiError && unwrapped.cause?.code === code;
}

/**
 * Awaits an enqueued task and throws unless it succeeded, so a failed task never advances a cursor.
 * Connection failures become `DomainError('UPSTREAM_UNAVAILABLE')`.
 */
export async function settle(enqueued: EnqueuedTaskPromise, what: string): Promise<Task> {
  let task: Task;
  try {
    task = await enqueued.waitTask();
  } catch (cause) {
    throw upstream(what, cause);
  }
  return checkTask(task, what);
}

/** Like {@link settle}, for a task that is already enqueued. */
export async function settleEnqueued(
  client: Meilisearch,
  enqueued: EnqueuedTask,
  what: string,
): Promise<Task> {
  let task: Task;
  try {
    task = await client.tasks.waitForTask(enqueued);
  } catch (cause) {
    throw upstream(what, cause);
  }
  return checkTask(task, what);
}

function checkTask(task: Task, what: string): Task {
  if (task.status !== 'succeeded') {
    throw new DomainError('UPSTREAM_UNAVAILABLE', `meilisearch task ${task.uid} (${what}) ${task.status}`, {
      details: { taskUid: task.uid, status: task.status, error: task.error?.code ?? null },
      cause: task.error,
    });
  }
  return task;
}

/** Wraps a Meilisearch failure (unless it already is a DomainError). */
export function upstream(what: string, cause: unknown): DomainError {
  if (cause instanceof DomainError) return cause;
  return new DomainError('UPSTREAM_UNAVAILABLE', `meilisearch failed: ${what}`, { details: { what }, cause });
}
