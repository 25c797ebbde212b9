/**
 * Turns change notifications into builds: a burst of changes becomes one build (debounce), at most one build runs at a
 * time, and changes that arrive during a build cause exactly one more build after it.
 */

export interface RebuildSchedulerOptions {
  /** Quiet time after the last change before a build starts. */
  readonly debounceMs: number;
  /**
   * The longest a change waits for its build while changes keep arriving closer together than `debounceMs`
   * (so a steady trickle of publishes cannot postpone the site forever). Default 10 × `debounceMs`.
   */
  readonly maxWaitMs?: number;
  /**
   * When set, every change also asks for one more build this long after the last change: a build right after a
   * publish may still get the api's cached old answer (the api drops it once the search indexer applied the change),
   * so the later build corrects it. 0 or unset: no such build.
   */
  readonly followUpMs?: number;
  /** Runs one build. Its failure is the caller's to report; the scheduler only keeps going. */
  readonly build: () => Promise<void>;
}

export interface RebuildScheduler {
  /** Something the site shows changed: build soon. */
  request(): void;
  /** Resolves when no build is running or waiting (a follow-up build not yet due does not count). */
  idle(): Promise<void>;
  /** Drops a waiting build and resolves when the running one (if any) has finished. Later requests are ignored. */
  stop(): Promise<void>;
}

export function createRebuildScheduler(options: RebuildSchedulerOptions): RebuildScheduler {
  const maxWaitMs = options.maxWaitMs ?? options.debounceMs * 10;
  let timer: NodeJS.Timeout | undefined;
  let followUp: NodeJS.Timeout | undefined;
  /** When the oldest change not yet being built arrived; undefined when none is waiting. */
  let waitingSince: number | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let idleWaiters: Array<() => void> = [];

  const isIdle = () => !running && waitingSince === undefined;
  const notifyIdle = () => {
    if (!isIdle()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  function arm(): void {
    if (waitingSince === undefined || running || stopped) return;
    clearTimeout(timer);
    const delay = Math.max(0, Math.min(options.debounceMs, waitingSince + maxWaitMs - Date.now()));
    timer = setTimeout(startBuild, delay);
  }

  function startBuild(): void {
    timer = undefined;
    waitingSince = undefined;
    running = options
      .build()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        // Changes that came in during the build: one more build, after the usual quiet time.
        arm();
        notifyIdle();
      });
  }

  function enqueue(): void {
    if (stopped) return;
    waitingSince ??= Date.now();
    arm();
  }

  return {
    request() {
      enqueue();
      if (options.followUpMs && !stopped) {
        clearTimeout(followUp);
        followUp = setTimeout(enqueue, options.followUpMs);
      }
    },
    idle() {
      return isIdle() ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(followUp);
      waitingSince = undefined;
      await running;
      notifyIdle();
    },
  };
}
