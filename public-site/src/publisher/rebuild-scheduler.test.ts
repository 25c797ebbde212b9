import { describe, expect, it } from 'vitest';
import { createRebuildScheduler } from './rebuild-scheduler.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A build that records when it started and takes `ms`. */
function recordingBuild(ms: number) {
  const starts: number[] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  return {
    starts,
    maxConcurrent: () => maxConcurrent,
    build: async () => {
      starts.push(Date.now());
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await sleep(ms);
      concurrent--;
    },
  };
}

describe('the rebuild scheduler', () => {
  it('turns a burst of changes into one build after the quiet time', async () => {
    const recorder = recordingBuild(5);
    const scheduler = createRebuildScheduler({ debounceMs: 60, build: recorder.build });
    const first = Date.now();
    for (let i = 0; i < 5; i++) {
      scheduler.request();
      await sleep(10);
    }
    await sleep(20);
    expect(recorder.starts).toHaveLength(0);
    await scheduler.idle();
    expect(recorder.starts).toHaveLength(1);
    expect(recorder.starts[0]! - first).toBeGreaterThanOrEqual(90);
  });

  it('runs one build at a time and one more build for all changes made during a build', async () => {
    const recorder = recordingBuild(150);
    const scheduler = createRebuildScheduler({ debounceMs: 10, build: recorder.build });
    scheduler.request();
    await sleep(40); // the first build is running now
    expect(recorder.starts).toHaveLength(1);
    scheduler.request();
    scheduler.request();
    await sleep(20);
    scheduler.request();
    await scheduler.idle();
    expect(recorder.starts).toHaveLength(2);
    expect(recorder.maxConcurrent()).toBe(1);
    expect(recorder.starts[1]! - recorder.starts[0]!).toBeGreaterThanOrEqual(150);
  });

  it('does not let a steady trickle of changes postpone the build beyond the longest wait', async () => {
    const recorder = recordingBuild(1);
    const scheduler = createRebuildScheduler({ debounceMs: 50, maxWaitMs: 120, build: recorder.build });
    const first = Date.now();
    for (let i = 0; i < 12; i++) {
      scheduler.request();
      await sleep(20);
    }
    expect(recorder.starts.length).toBeGreaterThanOrEqual(1);
    expect(recorder.starts[0]! - first).toBeLessThan(200);
    await scheduler.stop();
  });

  it('keeps going after a build that throws', async () => {
    let calls = 0;
    const scheduler = createRebuildScheduler({
      debounceMs: 5,
      build: async () => {
        calls++;
        if (calls === 1) throw new Error('boom');
      },
    });
    scheduler.request();
    await sleep(30);
    await scheduler.idle();
    scheduler.request();
    await sleep(30);
    await scheduler.idle();
    expect(calls).toBe(2);
  });

  it('builds once more a while after the last change, for answers the api still had cached', async () => {
    const recorder = recordingBuild(1);
    const scheduler = createRebuildScheduler({ debounceMs: 10, followUpMs: 100, build: recorder.build });
    const first = Date.now();
    scheduler.request();
    await sleep(30);
    scheduler.request();
    await sleep(200);
    await scheduler.idle();
    // One build for each request (the second ran after the first), and one follow-up 100 ms after the last.
    expect(recorder.starts).toHaveLength(3);
    expect(recorder.starts[2]! - first).toBeGreaterThanOrEqual(130);
    await scheduler.stop();
  });

  it('after stop, drops the waiting build and ignores new requests', async () => {
    const recorder = recordingBuild(1);
    const scheduler = createRebuildScheduler({ debounceMs: 30, build: recorder.build });
    scheduler.request();
    await scheduler.stop();
    scheduler.request();
    await sleep(60);
    expect(recorder.starts).toHaveLength(0);
  });
});
