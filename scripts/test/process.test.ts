import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  ProcessError,
  freePort,
  groupCpuSeconds,
  runProcess,
  spawnProcess,
  waitForHealth,
  waitForLine,
} from '../src/kit/index.js';

const node = process.execPath;

/** Running = exists and is not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

describe('process helpers', () => {
  it('captures output and reports the tail when a command fails', async () => {
    const error = await runProcess({
      name: 'failing',
      command: node,
      args: [
        '-e',
        'for (let i = 0; i < 100; i++) console.log("line " + i); console.error("boom"); process.exit(3)',
      ],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessError);
    const err = error as ProcessError;
    expect(err.failure).toBe('FAILED');
    expect(err.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(err.message).toMatch(/failing exited with code 3/);
    expect(err.message).toContain('line 99');
    expect(err.message).toContain('boom');
    expect(err.tail.at(-1)).toBe('boom');
  });

  it('fails a health wait at once when the process exits, with its output', async () => {
    const port = await freePort();
    const proc = spawnProcess({
      name: 'dies',
      command: node,
      args: ['-e', 'console.log("config missing"); process.exit(1)'],
    });
    await expect(
      waitForHealth(`http://127.0.0.1:${port}/health`, { process: proc, timeoutMs: 20_000 }),
    ).rejects.toThrow(/dies exited with code 1[\s\S]*config missing/);
  });

  it('times out a health wait with a clear message', async () => {
    const port = await freePort();
    const proc = spawnProcess({
      name: 'silent',
      command: node,
      args: ['-e', 'console.log("hello"); setInterval(() => {}, 1000)'],
    });
    try {
      await expect(
        waitForHealth(`http://127.0.0.1:${port}/health`, { process: proc, timeoutMs: 500 }),
      ).rejects.toThrow(/silent did not become healthy[\s\S]*ECONNREFUSED[\s\S]*hello/);
    } finally {
      await proc.stop();
    }
  });

  it('stop() kills the whole process group, with SIGKILL for processes ignoring SIGTERM', async () => {
    // The parent starts a grandchild that ignores SIGTERM and prints its pid.
    const script = `
      const { spawn } = require('node:child_process');
      const child = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); console.log("grandchild " + process.pid); setInterval(() => {}, 1000)'], { stdio: 'inherit' });
      process.on('SIGTERM', () => {});
      setInterval(() => {}, 1000);
    `;
    const proc = spawnProcess({ name: 'group', command: node, args: ['-e', script] });
    const line = await waitForLine(proc, /^grandchild \d+$/, { timeoutMs: 10_000 });
    const grandchild = Number(line.split(' ')[1]);
    const started = Date.now();
    const exit = await proc.stop({ timeoutMs: 300 });
    expect(exit.signal).toBe('SIGKILL');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(isRunning(grandchild)).toBe(false);
  });

  it('groupCpuSeconds() counts the CPU time of the whole process group, children included', async () => {
    // The parent idles; its child burns about 0.5 s of CPU, then both wait to be stopped.
    const script = `
      const { spawn } = require('node:child_process');
      spawn(process.execPath, ['-e', 'const end = Date.now() + 500; while (Date.now() < end); console.log("burnt"); setInterval(() => {}, 1000)'], { stdio: 'inherit' });
      setInterval(() => {}, 1000);
    `;
    const proc = spawnProcess({ name: 'cpu', command: node, args: ['-e', script] });
    try {
      await waitForLine(proc, /^burnt$/, { timeoutMs: 10_000 });
      const cpu = groupCpuSeconds(proc.pid!);
      expect(cpu).toBeGreaterThanOrEqual(0.3);
      expect(cpu).toBeLessThan(10);
    } finally {
      await proc.stop();
    }
  });
});
