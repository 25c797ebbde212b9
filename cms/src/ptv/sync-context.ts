/**
 * Marks work done by the PTV sync, so the guard on PTV-owned fields (`ptv-fields-guard.ts`) lets the sync
 * write them while editors cannot. An AsyncLocalStorage flag rather than a request parameter: it cannot be
 * set from outside the process (no REST or admin request can claim to be the sync), and it follows every
 * `await` of the sync, including the Document Service calls it makes.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<{ ptvSync: true }>();

/** Runs `fn` as the PTV sync. */
export function runAsPtvSync<T>(fn: () => Promise<T>): Promise<T> {
  return storage.run({ ptvSync: true }, fn);
}

/** True inside {@link runAsPtvSync}. */
export function isPtvSync(): boolean {
  return storage.getStore()?.ptvSync === true;
}
