/**
 * Strapi 5 lets any reader of the REST API ask for drafts with `?status=draft`. Drafts are work in
 * progress, so only full-access tokens (the seed runner, the indexer) may read them; everyone else
 * (the read-only token used by the api) sees published content only.
 */
import { errors } from '@strapi/utils';
import { isFullAccessToken } from '../auth';

interface PolicyContext {
  // The policy context copies the Koa context's own properties: `request` is one, `query` (a getter) is not.
  request?: { query?: Record<string, unknown> };
  state?: unknown;
}

export default (policyContext: PolicyContext) => {
  const status = policyContext.request?.query?.status;
  if (status === undefined || status === 'published' || isFullAccessToken(policyContext.state)) return true;
  throw new errors.PolicyError('Drafts can be read with a full-access API token only');
};
