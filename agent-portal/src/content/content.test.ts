import {
  ADVERSARIAL_MARKDOWN,
  findExecutableMarkup,
  growthPerCharacter,
  HOSTILE_MARKDOWN,
} from '@neuvo/content-models/testing/hostile-content';
import { describe, expect, it } from 'vitest';
import { displayPhone, safeExternalUrl, telHref } from './phone';
import { renderMarkdown } from './render-markdown';

describe('telHref', () => {
  it('joins the international prefix and drops the trunk zero', () => {
    expect(telHref('040 123 4567', '+358')).toBe('tel:+358401234567');
    expect(telHref('116 117')).toBe('tel:116117');
    expect(telHref('+358 9 310 10023', '+358')).toBe('tel:+358931010023');
  });

  it('shows the prefix before the national number', () => {
    expect(displayPhone('040 123 4567', '+358')).toBe('+358 40 123 4567');
    expect(displayPhone('116117', null)).toBe('116117');
  });
});

describe('safeExternalUrl', () => {
  it('links only http(s) URLs', () => {
    expect(safeExternalUrl('https://www.suomi.fi/palvelut')).toBe('https://www.suomi.fi/palvelut');
    expect(safeExternalUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeExternalUrl('not a url')).toBeUndefined();
  });
});

describe('renderMarkdown (agent instructions)', () => {
  it('renders Markdown with GFM lists and tables', () => {
    const html = renderMarkdown(
      '## Ohje\n\n- **Soita** 116117\n- [ ] tarkista\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    expect(html).toContain('<h2>Ohje</h2>');
    expect(html).toContain('<strong>Soita</strong>');
    expect(html).toContain('<table>');
    expect(html).toContain('type="checkbox"');
  });

  it('drops scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      'Hei <script>alert(1)</script> <img src=x onerror="alert(2)">\n\n[klikkaa](javascript:alert(3))',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('klikkaa');
  });

  it('returns an empty string for no Markdown', () => {
    expect(renderMarkdown(null)).toBe('');
    expect(renderMarkdown('  ')).toBe('');
  });

  it.each(Object.entries(HOSTILE_MARKDOWN))('renders hostile %s inert', (_, markdown) => {
    expect(findExecutableMarkup(renderMarkdown(markdown))).toEqual([]);
  });

  it('renders 2 KB of nested quotes and 40 KB of nested emphasis without throwing', () => {
    expect(() => renderMarkdown(ADVERSARIAL_MARKDOWN.nestedBlockquotes!(2_000))).not.toThrow();
    expect(() => renderMarkdown(ADVERSARIAL_MARKDOWN.emphasisRuns!(40_000))).not.toThrow();
  });

  // Linear work gives a growth of 1-3 per character on a busy 2-CPU machine (2026-12-03), quadratic work about 10.
  it('takes time linear in the length of nested links', () => {
    expect(growthPerCharacter(renderMarkdown, ADVERSARIAL_MARKDOWN.nestedLinks!, 5_000)).toBeLessThan(5);
  }, 60_000);
});
