import { createStrapiRest } from '@neuvo/node-kit';
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
  const rest = createStrapiRest({ url: cms.url, token: cms.writeToken });
  const body = await rest.request<{ data?: { documentId: string } } | null>(method, path, {}, { data });
  if (!body?.data) throw new Error(`${method} ${path}: Strapi answered without a document`);
  return body.data;
}
