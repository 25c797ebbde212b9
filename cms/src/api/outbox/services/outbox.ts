import type { Core } from '@strapi/strapi';
import { listOutboxEvents, type OutboxEvent } from '../../../outbox/outbox';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  list(page: { after: number; limit: number }): Promise<OutboxEvent[]> {
    return listOutboxEvents(strapi, page);
  },
});
