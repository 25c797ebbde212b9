import type { Core } from '@strapi/strapi';
import type { OutboxEvent } from '@neuvo/content-models/outbox';
import { listOutboxEvents } from '../../../outbox/outbox';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  list(page: { after: number; limit: number }): Promise<OutboxEvent[]> {
    return listOutboxEvents(strapi, page);
  },
});
