/** Lets only full-access API tokens through (e.g. the outbox feed: not public, not read-only). */
import { errors } from '@strapi/utils';
import { isFullAccessToken } from '../auth';

export default (policyContext: { state?: unknown }) => {
  if (isFullAccessToken(policyContext.state)) return true;
  throw new errors.PolicyError('This endpoint requires a full-access API token');
};
