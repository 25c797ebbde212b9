/**
 * What an editor does in the Strapi admin, over the same HTTP endpoints the admin panel calls:
 * log in, then publish and unpublish through the content manager. (The public REST API has no
 * unpublish, so the editor's path is the real one.)
 */
export interface CmsEditor {
  unpublish(uid: string, documentId: string, locale?: string): Promise<void>;
}

export async function loginEditor(cmsUrl: string, email: string, password: string): Promise<CmsEditor> {
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`admin login failed: HTTP ${login.status} ${await login.text()}`);
  const { data } = (await login.json()) as { data: { token: string } };
  const headers = { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' };

  return {
    async unpublish(uid, documentId, locale = 'fi') {
      const url = `${cmsUrl}/content-manager/collection-types/${uid}/${documentId}/actions/unpublish?locale=${locale}`;
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({}) });
      if (!res.ok) throw new Error(`unpublish failed: HTTP ${res.status} ${await res.text()}`);
    },
  };
}
