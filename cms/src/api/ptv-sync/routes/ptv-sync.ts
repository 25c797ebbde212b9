/**
 * PTV sync control (full-access API token only):
 *   POST /api/ptv-sync/runs  { region, full? }  → 202 starts (or resumes) a run; 200 when one is running
 *   GET  /api/ptv-sync/runs/:region             → progress of the running or last run
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/ptv-sync/runs',
      handler: 'api::ptv-sync.ptv-sync.start',
      config: { policies: ['global::full-access-token'] },
    },
    {
      method: 'GET',
      path: '/ptv-sync/runs/:region',
      handler: 'api::ptv-sync.ptv-sync.status',
      config: { policies: ['global::full-access-token'] },
    },
  ],
};
