import type { z } from 'zod';
import type { Problem } from '../errors.js';

/**
 * Turns a problems validator into a zod superRefine callback: each problem becomes a custom issue with
 * the problem path in its message. A validator crash on malformed input is ignored because field
 * schemas already report it.
 */
export function refineWith<T>(validate: (value: T) => Problem[]): (value: T, ctx: z.RefinementCtx) => void {
  return (value, ctx) => {
    let problems: Problem[];
    try {
      problems = validate(value);
    } catch {
      return;
    }
    for (const problem of problems) {
      ctx.addIssue({ code: 'custom', message: `${problem.path}: ${problem.message}`, path: [] });
    }
  };
}
