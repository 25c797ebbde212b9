/** A minimal client for Strapi's REST API, authenticated with an API token. */
import { DomainError, errorCodeOfHttpStatus } from '@neuvo/content-models/errors';

type Query = Record<string, unknown>;

/** Strapi answered with an error status. `message` is Strapi's error message when it sent one. */
export class CmsRequestError extends DomainError {
  override readonly name: string = 'CmsRequestError';
  constructor(
    readonly status: number,
    message: string,
    strapiDetails?: unknown,
  ) {
    super(errorCodeOfHttpStatus(status), message, {
      details: { status, ...(strapiDetails === undefined ? {} : { strapi: strapiDetails }) },
    });
  }
}

/** Encodes nested params the way Strapi (qs) reads them: `populate[regions][fields][0]=documentId`. */
export function encodeQuery(query: Query): string {
  const parts: string[] = [];
  const walk = (prefix: string, value: unknown): void => {
    if (value === undefined) return;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(`${prefix}[${k}]`, v);
    } else {
      parts.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`);
    }
  };
  for (const [k, v] of Object.entries(query)) walk(k, v);
  return parts.join('&');
}

export class CmsClient {
  private readonly base: string;
  /** Number of create/update requests sent. */
  writes = 0;

  constructor(
    url: string,
    private readonly token: string,
  ) {
    this.base = `${url.replace(/\/+$/, '')}/api`;
  }

  async request<T = unknown>(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    query: Query = {},
    body?: unknown,
  ): Promise<T> {
    const qs = encodeQuery(query);
    if (method !== 'GET') this.writes += 1;
    const res = await fetch(`${this.base}${path}${qs ? `?${qs}` : ''}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json = text ? (JSON.parse(text) as { error?: { message?: string; details?: unknown } }) : {};
    if (!res.ok) {
      const details = json.error?.details;
      const detail = formatDetails(details);
      throw new CmsRequestError(
        res.status,
        `${method} ${path} → HTTP ${res.status}: ${json.error?.message ?? res.statusText}${detail}`,
        details,
      );
    }
    return json as T;
  }

  /** Every document matching `query`, following pagination. */
  async findAll(plural: string, query: Query): Promise<Array<Record<string, unknown>>> {
    const all: Array<Record<string, unknown>> = [];
    for (let page = 1; ; page += 1) {
      const res = await this.request<{
        data: Array<Record<string, unknown>>;
        meta: { pagination?: { pageCount: number } };
      }>('GET', `/${plural}`, { ...query, pagination: { page, pageSize: 100 } });
      all.push(...res.data);
      if (page >= (res.meta.pagination?.pageCount ?? 1)) return all;
    }
  }
}

// Strapi's validation errors list the failing paths in details.errors.
function formatDetails(details: unknown): string {
  const errors = (details as { errors?: Array<{ path?: string[]; message?: string }> } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return '';
  return ` (${errors.map((e) => `${(e.path ?? []).join('.')}: ${e.message}`).join('; ')})`;
}
