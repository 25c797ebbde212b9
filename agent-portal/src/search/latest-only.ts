import { isAbortError } from '@neuvo/graphql-contract';

export type LatestOutcome<T> =
  | { readonly status: 'fulfilled'; readonly value: T }
  | { readonly status: 'rejected'; readonly error: unknown }
  /** A newer call started (or `cancel()` was called): the result must not be shown. */
  | { readonly status: 'stale' };

/**
 * Runs async tasks so that only the most recent one counts: starting a task aborts the previous one through
 * its AbortSignal, and any outcome of an older task resolves as `stale` even if the transport ignored the
 * abort or the responses arrived out of order.
 */
export class LatestOnly {
  #generation = 0;
  #controller: AbortController | undefined;

  async run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<LatestOutcome<T>> {
    this.cancel();
    const generation = this.#generation;
    const controller = new AbortController();
    this.#controller = controller;
    try {
      const value = await task(controller.signal);
      return generation === this.#generation ? { status: 'fulfilled', value } : { status: 'stale' };
    } catch (error) {
      if (generation !== this.#generation || isAbortError(error)) return { status: 'stale' };
      return { status: 'rejected', error };
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
    }
  }

  /** Aborts the task in flight (if any) and makes every earlier task stale. */
  cancel(): void {
    this.#generation += 1;
    this.#controller?.abort();
    this.#controller = undefined;
  }
}
