import type { CmsHandle } from '@neuvo/scripts';

/**
 * Writes one entry through Strapi's REST API with the write token (as an editor's tool would) and returns its
 * `documentId`; a refused write fails the test with Strapi's answer.
 */
export async function cmsWrite(
  cms: CmsHandle,
  path: string,
  method: 'POST' | 'PUT',
  data: Record<string, unknown>,
): Promise<{ documentId: string }> {
  const res = await fetch(`${cms.url}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${cms.writeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ data }),
  });
  const body = (await res.json()) as { data?: { documentId: string } };
  if (!res.ok || !body.data) throw new Error(`${method} ${path}: HTTP ${res.status} ${JSON.stringify(body)}`);
  return body.data;
}
