import { describe, expect, it } from 'vitest';
import { createLogger, describeError } from '../src/index.js';

function capture() {
  const lines: string[] = [];
  return { lines, write: (line: string) => void lines.push(line) };
}

describe('createLogger', () => {
  it('writes one JSON line per event with level name, ISO time, service, event and fields', () => {
    const out = capture();
    createLogger({ service: 'api', write: out.write }).info('api_started', { port: 4000 });
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]!.endsWith('\n')).toBe(true);
    const line = JSON.parse(out.lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'info', service: 'api', event: 'api_started', port: 4000 });
    expect(new Date(String(line['time'])).toISOString()).toBe(line['time']);
  });

  it('drops events below its level', () => {
    const out = capture();
    const logger = createLogger({ service: 'api', level: 'warn', write: out.write });
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    logger.error('d');
    expect(out.lines.map((l) => (JSON.parse(l) as { event: string }).event)).toEqual(['c', 'd']);
  });

  it('writes a readable line in the pretty format', () => {
    const out = capture();
    createLogger({ service: 'search-indexer', format: 'pretty', write: out.write }).warn('step_failed', {
      attempt: 2,
      error: 'UPSTREAM_UNAVAILABLE: cms down',
    });
    expect(out.lines[0]).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} WARN {2}search-indexer step_failed attempt=2 error=UPSTREAM_UNAVAILABLE: cms down\n$/,
    );
  });
});

describe('describeError', () => {
  it('gives class, message and the cause, nothing else', () => {
    const error = new TypeError('bad', { cause: new RangeError('inner') });
    expect(describeError(error)).toMatchObject({
      errorName: 'TypeError',
      errorMessage: 'bad',
      cause: { errorName: 'RangeError', errorMessage: 'inner' },
    });
    expect(describeError('a string')).toEqual({ errorName: 'string' });
  });
});
