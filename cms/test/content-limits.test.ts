/**
 * Long editor fields have a maximum length (TEXT_LIMITS in content-models), enforced by a real Strapi on save with a
 * message that names the field.
 */
import { TEXT_LIMITS } from '@neuvo/content-models';
import { HOSTILE_MARKDOWN, hugeBody } from '@neuvo/content-models/testing/hostile-content';
import { startCms, type CmsHandle } from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './helpers';

let cms: CmsHandle;

beforeAll(async () => {
  cms = await startCms();
});

afterAll(async () => {
  await cms?.stop();
});

let counter = 0;
const slug = () => `raja-${Date.now().toString(36)}-${++counter}`;

function postGuide(data: Record<string, unknown>) {
  return api(cms.url, '/self-care-guides?locale=fi&status=draft', {
    token: cms.writeToken,
    method: 'POST',
    body: { data: { slug: slug(), title: 'Rajatesti', ...data } },
  });
}

describe('long fields', () => {
  it('refuses a guide body over the limit, naming the field', async () => {
    const res = await postGuide({ body: hugeBody(TEXT_LIMITS.markdown + 1) });
    expect(res.status).toBe(400);
    const error = res.body.error as {
      name: string;
      details: { errors: { path: string[]; message: string }[] };
    };
    expect(error.name).toBe('ValidationError');
    expect(error.details.errors).toContainEqual(
      expect.objectContaining({ path: ['body'], message: expect.stringMatching(/body.*100000/) }),
    );
  });

  it('refuses a summary over the limit, naming the field', async () => {
    const res = await postGuide({ body: 'Teksti.', summary: 'x'.repeat(TEXT_LIMITS.summary + 1) });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error.details)).toContain('summary');
  });

  it('accepts a body at the limit, and hostile Markdown as plain stored text', async () => {
    const atLimit = await postGuide({ body: hugeBody(TEXT_LIMITS.markdown) });
    expect(atLimit.status, JSON.stringify(atLimit.body).slice(0, 300)).toBe(201);
    const hostile = await postGuide({ body: HOSTILE_MARKDOWN.rawHtml });
    expect(hostile.status).toBe(201);
    expect(hostile.body.data.body).toBe(HOSTILE_MARKDOWN.rawHtml);
  });
});
