import { DomainError, errorCodeOfHttpStatus } from '@neuvo/content-models/errors';
import { encodeStrapiQuery, type StrapiQuery } from './strapi-query.js';

/**
 * Strapi answered a REST call with an error status. `message` carries Strapi's own message and validation paths;
 * `details` holds the status and Strapi's `error.details` (validation errors list the failing paths).
 */
export class StrapiRestError extends DomainError {
  override readonly name: string = 'StrapiRestError';
  constructor(
    /** The HTTP status Strapi answered with. */
    readonly status: number,
    message: string,
    strapiDetails?: unknown,
  ) {
    super(errorCodeOfHttpStatus(status), message, {
      details: { status, ...(strapiDetails === undefined ? {} : { strapi: strapiDetails }) },
    });
  }
}

export interface StrapiRestOptions {
  /** Strapi's base URL, e.g. `http://127.0.0.1:1337`. */
  readonly url: string;
  /** An API token allowed to write (the full-access token). */
  readonly token: string;
  /** An admin's login, for what only the admin content manager can do (unpublishing). */
  readonly admin?: { readonly email: string; readonly password: string };
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Status = 'published' | 'draft';

/**
 * Writes and reads content the way editors' tools do: Strapi's REST API under `/api` with an API token, plus the admin
 * content manager for unpublishing (Strapi 5's REST API has no unpublish). Used by the seed, the test kit and the
 * end-to-end tests, so every tool writes content over the same requests.
 */
export interface StrapiRest {
  /** Create and update requests sent so far. */
  readonly writes: number;
  /** `<method> /api<path>?<query>` with an optional JSON body; the parsed answer (`null` for an empty one). */
  request<T = unknown>(method: Method, path: string, query?: StrapiQuery, body?: unknown): Promise<T>;
  /** Every document of `plural` matching `query`, following the pages. */
  findAll(plural: string, query: StrapiQuery): Promise<Array<Record<string, unknown>>>;
  /** `POST /api/<plural>?status=…` (published unless told otherwise) → documentId. */
  create(
    plural: string,
    data: Record<string, unknown>,
    options?: { locale?: string; status?: Status },
  ): Promise<string>;
  /** `PUT /api/<plural>/<documentId>?status=…` (creates the locale when it does not exist yet). */
  update(
    plural: string,
    documentId: string,
    data: Record<string, unknown>,
    options?: { locale?: string; status?: Status },
  ): Promise<void>;
  /** `DELETE /api/<plural>/<documentId>` (every locale unless `locale`). */
  remove(plural: string, documentId: string, options?: { locale?: string }): Promise<void>;
  /** Unpublishes one locale through the admin content manager (needs {@link StrapiRestOptions.admin}). */
  unpublish(uid: string, documentId: string, locale: string): Promise<void>;
}

/** Creates a {@link StrapiRest} for one Strapi and token. */
export function createStrapiRest(options: StrapiRestOptions): StrapiRest {
  const base = options.url.replace(/\/+$/, '');
  let writes = 0;
  let adminToken: string | undefined;

  const send = async <T>(method: Method, url: string, token: string, body?: unknown): Promise<T> => {
    const response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = text === '' ? null : (JSON.parse(text) as unknown);
    if (!response.ok) {
      const error = (json as { error?: { message?: string; details?: unknown } } | null)?.error;
      const path = url.slice(base.length).split('?')[0];
      throw new StrapiRestError(
        response.status,
        `${method} ${path} → HTTP ${response.status}: ${error?.message ?? response.statusText}${formatDetails(error?.details)}`,
        error?.details,
      );
    }
    return json as T;
  };

  const login = async (): Promise<string> => {
    if (adminToken !== undefined) return adminToken;
    if (options.admin === undefined)
      throw new Error('unpublishing needs an admin login for the content manager');
    const response = await fetch(`${base}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(options.admin),
    });
    const body = (await response.json()) as { data?: { token?: string } };
    if (!response.ok || body.data?.token === undefined)
      throw new StrapiRestError(response.status, `admin login → HTTP ${response.status}`);
    adminToken = body.data.token;
    return adminToken;
  };

  const rest: StrapiRest = {
    get writes() {
      return writes;
    },
    async request<T>(method: Method, path: string, query: StrapiQuery = {}, body?: unknown): Promise<T> {
      const qs = encodeStrapiQuery(query);
      if (method === 'POST' || method === 'PUT') writes += 1;
      return send<T>(method, `${base}/api${path}${qs === '' ? '' : `?${qs}`}`, options.token, body);
    },
    async findAll(plural, query) {
      const all: Array<Record<string, unknown>> = [];
      for (let page = 1; ; page += 1) {
        const res = await rest.request<{
          data: Array<Record<string, unknown>>;
          meta: { pagination?: { pageCount: number } };
        }>('GET', `/${plural}`, { ...query, pagination: { page, pageSize: 100 } });
        all.push(...res.data);
        if (page >= (res.meta.pagination?.pageCount ?? 1)) return all;
      }
    },
    async create(plural, data, { locale, status = 'published' } = {}) {
      const res = await rest.request<{ data: { documentId: string } }>(
        'POST',
        `/${plural}`,
        { status, locale },
        { data },
      );
      return res.data.documentId;
    },
    async update(plural, documentId, data, { locale, status = 'published' } = {}) {
      await rest.request('PUT', `/${plural}/${documentId}`, { status, locale }, { data });
    },
    async remove(plural, documentId, { locale } = {}) {
      await rest.request('DELETE', `/${plural}/${documentId}`, { locale });
    },
    async unpublish(uid, documentId, locale) {
      const qs = encodeStrapiQuery({ locale });
      await send(
        'POST',
        `${base}/content-manager/collection-types/${uid}/${documentId}/actions/unpublish?${qs}`,
        await login(),
        {},
      );
    },
  };
  return rest;
}

// Strapi's validation errors list the failing paths in details.errors.
function formatDetails(details: unknown): string {
  const errors = (details as { errors?: Array<{ path?: string[]; message?: string }> } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return '';
  return ` (${errors.map((e) => `${(e.path ?? []).join('.')}: ${e.message}`).join('; ')})`;
}
