import { factories } from '@strapi/strapi';

// Core REST routes; reads are published-only unless the caller holds a full-access token.
export default factories.createCoreRouter('api::contact-reason.contact-reason', {
  config: {
    find: { policies: ['global::published-only'] },
    findOne: { policies: ['global::published-only'] },
  },
});
