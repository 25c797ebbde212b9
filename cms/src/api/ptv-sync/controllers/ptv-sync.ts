import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { regionSyncStatus, startRegionSync } from '../../../ptv/runner';

const REGION_CODE = /^[a-z0-9-]{1,64}$/;

interface Ctx {
  request: { body?: unknown };
  params: Record<string, string>;
  body: unknown;
  status: number;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async start(ctx: Ctx) {
    const body = (ctx.request.body ?? {}) as { region?: unknown; full?: unknown };
    if (typeof body.region !== 'string' || !REGION_CODE.test(body.region)) {
      throw new errors.ValidationError("Invalid body: 'region' must be a region code");
    }
    if (body.full !== undefined && typeof body.full !== 'boolean') {
      throw new errors.ValidationError("Invalid body: 'full' must be a boolean");
    }
    const exists = await strapi.documents('api::region.region').findFirst({
      filters: { code: body.region },
      locale: 'fi',
      status: 'draft',
      fields: ['code'],
    });
    if (!exists) throw new errors.NotFoundError(`Unknown region '${body.region}'`);
    const { progress, alreadyRunning } = startRegionSync(strapi, body.region, body.full === true);
    ctx.status = alreadyRunning ? 200 : 202;
    ctx.body = { data: progress, meta: { alreadyRunning } };
  },

  async status(ctx: Ctx) {
    const region = ctx.params.region ?? '';
    if (!REGION_CODE.test(region)) throw new errors.ValidationError("Invalid parameter 'region'");
    const progress = await regionSyncStatus(strapi, region);
    if (!progress) throw new errors.NotFoundError(`No PTV sync run for region '${region}'`);
    ctx.body = { data: progress };
  },
});
