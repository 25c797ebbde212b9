/** Strapi cron tasks for the PTV sync (config/server.ts). Off unless PTV_SYNC_CRON / PTV_FULL_SYNC_CRON are set. */
import type { Core } from '@strapi/strapi';
import type { CmsConfig } from '../env';
import { syncAllRegions } from './runner';

export function ptvCronTasks(
  config: CmsConfig,
): Record<
  string,
  { task: (ctx: { strapi: Core.Strapi }) => Promise<void>; options: { rule: string; tz: string } }
> {
  const tasks: ReturnType<typeof ptvCronTasks> = {};
  if (config.ptv.cron) {
    tasks.ptvIncrementalSync = {
      task: ({ strapi }) => syncAllRegions(strapi, false),
      options: { rule: config.ptv.cron, tz: 'Europe/Helsinki' },
    };
  }
  if (config.ptv.fullCron) {
    tasks.ptvFullSync = {
      task: ({ strapi }) => syncAllRegions(strapi, true),
      options: { rule: config.ptv.fullCron, tz: 'Europe/Helsinki' },
    };
  }
  return tasks;
}
