/**
 * Editing content the way editors' tools and the seed do: Strapi REST with the full-access token, plus the admin
 * content-manager API for unpublishing (Strapi 5 REST has no unpublish).
 */
export interface CmsRest {
  /** `POST /api/<plural>?status=…` → documentId. */
  create(
    plural: string,
    data: Record<string, unknown>,
    options?: { locale?: string; status?: 'published' | 'draft' },
  ): Promise<string>;
  /** `PUT /api/<plural>/<documentId>?status=…` (creates the locale when it does not exist yet). */
  update(
    plural: string,
    documentId: string,
    data: Record<string, unknown>,
    options?: { locale?: string; status?: 'published' | 'draft' },
  ): Promise<void>;
  /** `DELETE /api/<plural>/<documentId>` (all locales unless `locale`). */
  remove(plural: string, documentId: string, options?: { locale?: string }): Promise<void>;
  /** Unpublishes one locale through the admin content-manager API (needs the admin credentials). */
  unpublish(uid: string, documentId: string, locale: string): Promise<void>;
}

export function cmsRest(options: {
  url: string;
  writeToken: string;
  admin?: { email: string; password: string };
}): CmsRest {
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    token = options.writeToken,
  ): Promise<unknown> => {
    const response = await fetch(`${options.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text.slice(0, 1000)}`);
    return text === '' ? null : (JSON.parse(text) as unknown);
  };
  const qs = (params: Record<string, string | undefined>): string => {
    const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
    return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
  };
  let adminToken: string | null = null;
  const admin = async (): Promise<string> => {
    if (adminToken) return adminToken;
    if (!options.admin) throw new Error('no admin credentials for the content-manager API');
    const response = await fetch(`${options.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(options.admin),
    });
    const body = (await response.json()) as { data?: { token?: string } };
    if (!response.ok || !body.data?.token) throw new Error(`admin login failed: ${response.status}`);
    adminToken = body.data.token;
    return adminToken;
  };

  return {
    async create(plural, data, { locale, status = 'published' } = {}) {
      const body = (await request('POST', `/api/${plural}${qs({ status, locale })}`, { data })) as {
        data: { documentId: string };
      };
      return body.data.documentId;
    },
    async update(plural, documentId, data, { locale, status = 'published' } = {}) {
      await request('PUT', `/api/${plural}/${documentId}${qs({ status, locale })}`, { data });
    },
    async remove(plural, documentId, { locale } = {}) {
      await request('DELETE', `/api/${plural}/${documentId}${qs({ locale })}`);
    },
    async unpublish(uid, documentId, locale) {
      await request(
        'POST',
        `/content-manager/collection-types/${uid}/${documentId}/actions/unpublish${qs({ locale })}`,
        {},
        await admin(),
      );
    },
  };
}

/** Polls `check` every 20 ms until it returns true; returns the elapsed milliseconds. */
export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check()) return performance.now() - started;
    if (performance.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
