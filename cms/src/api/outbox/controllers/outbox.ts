import { OUTBOX_DEFAULT_LIMIT, OUTBOX_MAX_LIMIT, OUTBOX_MAX_WAIT_MS } from '@neuvo/content-models/outbox';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { OUTBOX_RECHECK_MS, waitForOutboxAppend } from '../../../outbox/outbox';

/** Parses an optional non-negative integer query parameter. */
function intParam(
  value: unknown,
  name: string,
  { fallback, min, max }: { fallback: number; min: number; max?: number },
): number {
  if (value === undefined || value === '') return fallback;
  const text = String(value);
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || (max !== undefined && n > max)) {
    const range = max === undefined ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    throw new errors.ValidationError(`Invalid query parameter '${name}': expected ${range}`);
  }
  return n;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async events(ctx: { query: Record<string, unknown>; body: unknown }) {
    const after = intParam(ctx.query.after, 'after', { fallback: 0, min: 0 });
    const limit = intParam(ctx.query.limit, 'limit', {
      fallback: OUTBOX_DEFAULT_LIMIT,
      min: 1,
      max: OUTBOX_MAX_LIMIT,
    });
    // Long poll: with `wait`, an empty answer is held until an event is committed (answered within milliseconds
    // when it is committed by this process) or the time is up.
    const wait = intParam(ctx.query.wait, 'wait', { fallback: 0, min: 0, max: OUTBOX_MAX_WAIT_MS });
    const deadline = Date.now() + wait;
    let data = await strapi.service('api::outbox.outbox').list({ after, limit });
    while (data.length === 0 && Date.now() < deadline) {
      await waitForOutboxAppend(Math.min(OUTBOX_RECHECK_MS, deadline - Date.now()));
      data = await strapi.service('api::outbox.outbox').list({ after, limit });
    }
    // lastId lets the consumer continue from where this page ended (unchanged when the page is empty).
    ctx.body = { data, meta: { lastId: data.length > 0 ? data[data.length - 1]!.id : after } };
  },
});
