/**
 * `GET /api/outbox/events?after=<id>&limit=<n>` — the outbox feed for the search indexer.
 * The action is named `events` (not `find`), so read-only tokens are refused by Strapi itself; the policy
 * also refuses the users-permissions roles even if someone grants them the action in the admin panel.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/outbox/events',
      handler: 'api::outbox.outbox.events',
      config: { policies: ['global::full-access-token'] },
    },
  ],
};
