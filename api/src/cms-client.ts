import { encodeStrapiQuery, type Logger, type StrapiQuery } from '@neuvo/node-kit';
import { DomainError } from './models.js';

/** Read-only access to the CMS REST API with the api's token. */
export interface CmsClient {
  /**
   * GETs `/api/<path>` and returns the parsed JSON body, or `null` on 404. Network failures, timeouts
   * and 5xx/401/403 answers become `UPSTREAM_UNAVAILABLE`; any other status is an internal error
   * (the api built a request the CMS does not accept).
   */
  get(path: string, query: StrapiQuery): Promise<unknown>;
}

export interface CmsClientOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly logger: Logger;
  readonly timeoutMs?: number;
}

export function createCmsClient({ baseUrl, token, logger, timeoutMs = 5000 }: CmsClientOptions): CmsClient {
  return {
    async get(path, query) {
      const url = `${baseUrl}/api/${path}?${encodeStrapiQuery(query)}`;
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (cause) {
        throw new DomainError('UPSTREAM_UNAVAILABLE', 'The content service is temporarily unavailable.', {
          cause,
        });
      }
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok) {
        const body = await response.text().catch(() => '');
        const upstream = response.status >= 500 || response.status === 401 || response.status === 403;
        logger.warn('cms_request_failed', { status: response.status, path, body: body.slice(0, 500) });
        if (upstream) {
          throw new DomainError('UPSTREAM_UNAVAILABLE', 'The content service is temporarily unavailable.', {
            details: { status: response.status },
          });
        }
        throw new Error(`CMS answered ${response.status} to GET /api/${path}`);
      }
      try {
        return (await response.json()) as unknown;
      } catch (cause) {
        throw new Error(`CMS sent a body that is not JSON for GET /api/${path}`, { cause });
      }
    },
  };
}
