import { describe, expect, it } from 'vitest';
import type { GraphQLClient } from '@neuvo/graphql-contract';
import { changedSince, createWorkspace } from '../session/workspace';
import { typeDigit } from './copy-keys';
import { splitMarkdownSections } from './markdown-sections';
import { contactHref, CONTACTS_HASH, contentHref, hitHref, parseRoute } from './routes';
import { VIEW_SHORTCUTS } from './view-shortcuts';
import { MESSAGES } from '../i18n';

describe('hash routes', () => {
  it('round-trip every content type and keep the search report address', () => {
    expect(parseRoute(contentHref('instruction', 'abc123'))).toEqual({
      kind: 'content',
      type: 'instruction',
      ref: 'abc123',
    });
    expect(parseRoute('#/guide/kuume-aikuisella')).toEqual({
      kind: 'content',
      type: 'guide',
      ref: 'kuume-aikuisella',
    });
    expect(parseRoute('#search-report')).toEqual({ kind: 'report' });
    expect(hitHref({ type: 'guide', documentId: 'g1', slug: 'flunssa' }, 'fi')).toBe('#/guide/flunssa');
    expect(hitHref({ type: 'protocol', documentId: 'p1', slug: 'rintakipu' }, 'fi')).toBe('#/protocol/p1');
  });

  it('address the contact log: my contacts and one contact by its id, nothing else', () => {
    const id = '6f1c2f3e-6a55-4a61-9b1e-0c1d2e3f4a5b';
    expect(parseRoute(CONTACTS_HASH)).toEqual({ kind: 'contacts' });
    expect(parseRoute(contactHref(id))).toEqual({ kind: 'contact', id });
    expect(parseRoute('#/contact/not-an-id')).toEqual({ kind: 'none' });
  });

  it('carry the language of a hit found in the other national language', () => {
    expect(hitHref({ type: 'service', documentId: 's1', locale: 'sv' }, 'fi')).toBe('#/service/s1/sv');
    expect(hitHref({ type: 'service', documentId: 's1', locale: 'fi' }, 'fi')).toBe('#/service/s1');
    expect(parseRoute('#/service/s1/sv')).toEqual({
      kind: 'content',
      type: 'service',
      ref: 's1',
      locale: 'sv',
    });
    expect(parseRoute('#/service/s1/xx')).toEqual({ kind: 'none' });
  });

  it('ignore unknown types and malformed references', () => {
    for (const hash of [
      '',
      '#',
      '#/admin/x',
      '#/service/',
      '#/service/a%2Fb',
      '#/service/<script>',
      '#/service/%E0%A4%A',
    ])
      expect(parseRoute(hash), hash).toEqual({ kind: 'none' });
  });
});

describe('splitMarkdownSections', () => {
  it('splits at headings but not inside code fences', () => {
    const sections = splitMarkdownSections(
      'Alku\n\n## Yksi\nteksti\n```\n# ei otsikko\n```\n### Kaksi ##\nlisää',
    );
    expect(sections.map((s) => s.heading)).toEqual([null, 'Yksi', 'Kaksi']);
    expect(sections[1]!.markdown).toBe('## Yksi\nteksti\n```\n# ei otsikko\n```');
  });

  it('has no empty lead section when the body starts with a heading', () => {
    expect(splitMarkdownSections('# Otsikko\nTeksti').map((s) => s.heading)).toEqual(['Otsikko']);
  });
});

describe('typeDigit', () => {
  it('copies at once when the number cannot grow, waits when it can', () => {
    expect(typeDigit('', '3', 5)).toEqual({ choose: 3, buffer: '' });
    expect(typeDigit('', '1', 12)).toEqual({ buffer: '1' });
    expect(typeDigit('1', '2', 12)).toEqual({ choose: 12, buffer: '' });
    expect(typeDigit('1', '5', 12)).toEqual({ choose: 5, buffer: '' });
    expect(typeDigit('', '0', 5)).toEqual({ buffer: '' });
    expect(typeDigit('', '9', 5)).toEqual({ buffer: '' });
  });
});

describe('changedSince', () => {
  it('is true only for content changed after it was last opened', () => {
    expect(changedSince('2026-11-30T10:00:00.000Z', '2026-12-01T08:00:00.000Z')).toBe(true);
    expect(changedSince('2026-12-01T08:00:00.000Z', '2026-12-01T08:00:00.000Z')).toBe(false);
    expect(changedSince(undefined, '2026-12-01T08:00:00.000Z')).toBe(false);
    expect(changedSince('2026-11-30T10:00:00.000Z', null)).toBe(false);
  });
});

describe('VIEW_SHORTCUTS', () => {
  it('name messages that exist in every language', () => {
    for (const { labelKey } of VIEW_SHORTCUTS)
      for (const locale of ['fi', 'sv', 'en'] as const) expect(MESSAGES[locale][labelKey]).toBeTruthy();
  });
});

describe('workspace', () => {
  it('marks changed hits from lastOpened and forgets everything on reset (sign-out)', async () => {
    const client: GraphQLClient = {
      request: async <T>(document: unknown) =>
        (String(document).includes('PortalLastOpened')
          ? { lastOpened: [{ type: 'service', documentId: 'd1', seenUpdatedAt: '2026-11-01T00:00:00.000Z' }] }
          : {
              myFavourites: [
                {
                  type: 'guide',
                  documentId: 'g1',
                  slug: 'flunssa',
                  title: 'Flunssa',
                  locale: 'fi',
                  addedAt: 'x',
                },
              ],
            }) as T,
    };
    const workspace = createWorkspace(client);
    await workspace.loadSeen(['d1', 'd2']);
    await workspace.loadFavourites();
    expect(workspace.isChanged('d1', '2026-12-01T00:00:00.000Z')).toBe(true);
    expect(workspace.isChanged('d2', '2026-12-01T00:00:00.000Z')).toBe(false);
    expect(workspace.isFavourite('guide', 'g1')).toBe(true);
    workspace.reset();
    expect(workspace.isChanged('d1', '2026-12-01T00:00:00.000Z')).toBe(false);
    expect(workspace.favourites.value).toEqual([]);
  });
});
