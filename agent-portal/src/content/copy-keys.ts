/**
 * Choosing a numbered copy target from the keyboard: after `c`, typed digits pick target 1…count. A number that
 * could still grow into another target (e.g. `1` when there are 12 targets) waits for the next digit or the pause.
 */
export interface DigitOutcome {
  /** The target to copy now (1-based), if the digits decided. */
  readonly choose?: number;
  /** Digits typed so far that may still grow. */
  readonly buffer: string;
}

export function typeDigit(buffer: string, digit: string, count: number): DigitOutcome {
  const typed = `${buffer}${digit}`;
  const n = Number(typed);
  if (!/^\d+$/.test(typed) || n < 1 || n > count) {
    // Not a target: start over from this digit alone when it is one.
    if (buffer !== '') return typeDigit('', digit, count);
    return { buffer: '' };
  }
  if (n * 10 > count) return { choose: n, buffer: '' };
  return { buffer: typed };
}
