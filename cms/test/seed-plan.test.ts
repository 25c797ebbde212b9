/** The seed runner's planning and comparison, without a CMS. */
import { selfCareGuide, serviceEntry } from '@neuvo/content-models';
import { describe, expect, it } from 'vitest';
import { isUnchanged } from '../seed/compare';
import { seedContent } from '../seed/content/index';
import { planSeed, SeedValidationError } from '../seed/seed';
import type { SeedContent } from '../seed/types';

const copy = (): SeedContent => structuredClone(seedContent);

function problemsOf(content: SeedContent): string[] {
  try {
    planSeed(content);
  } catch (error) {
    if (error instanceof SeedValidationError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('planSeed', () => {
  it('accepts the sample content', () => {
    expect(problemsOf(copy())).toEqual([]);
  });

  it('names type, key, locale and field of an invalid item', () => {
    const content = copy();
    const guide = content.guides[0]!;
    guide.locales.fi.title = undefined as unknown as string;
    expect(problemsOf(content)).toEqual([
      expect.stringMatching(new RegExp(`^guides '${guide.slug}' \\(fi\\): title: `)),
    ]);
  });

  it('reports relations to keys that do not exist', () => {
    const content = copy();
    content.queues[0]!.regionCode = 'atlantis';
    expect(problemsOf(content)).toEqual([
      `queues '${content.queues[0]!.code}': region: no regions item with key 'atlantis'`,
    ]);
  });

  it('reports duplicate keys and items without Finnish', () => {
    const content = copy();
    content.regions.push(structuredClone(content.regions[0]!));
    const synonym = content.synonyms[0]!;
    delete (synonym.terms as { fi?: string[] }).fi;
    const problems = problemsOf(content);
    expect(problems).toContain(`regions '${content.regions[0]!.code}': the key is used twice`);
    expect(problems).toContain(`synonyms '${synonym.name}': has no Finnish (fi) version`);
  });

  it('validates protocols with the content-models rules', () => {
    const content = copy();
    const protocol = content.protocols[0]!;
    protocol.version = 0;
    expect(problemsOf(content)).toEqual([
      expect.stringContaining(`protocols '${protocol.code}@v0': version:`),
    ]);
  });
});

describe('isUnchanged', () => {
  const guideData = {
    slug: 'g',
    title: 'T',
    summary: null,
    body: 'B',
    whenToSeekCare: ['a'],
    lastReviewed: '2026-01-01',
    nextReview: null,
    sources: [{ title: 'S', url: 'https://e.fi/' }],
  };

  it('ignores what the REST API adds: system fields, nulls, key order, component ids', () => {
    const stored = {
      id: 7,
      documentId: 'abc',
      locale: 'fi',
      publishedAt: '2026-01-01T00:00:00.000Z',
      ...guideData,
      sources: [{ url: 'https://e.fi/', title: 'S' }],
      relatedGuides: [
        { id: 1, documentId: 'y' },
        { id: 2, documentId: 'x' },
      ],
    };
    const wanted: Record<string, unknown> = { ...guideData };
    delete wanted.summary;
    expect(
      isUnchanged(selfCareGuide, stored, { data: wanted, relations: { relatedGuides: ['x', 'y'] } }),
    ).toBe(true);
  });

  it('sees changed text, json and relations', () => {
    const stored = { ...guideData, relatedGuides: [{ documentId: 'x' }] };
    expect(
      isUnchanged(selfCareGuide, stored, {
        data: { ...guideData, title: 'U' },
        relations: { relatedGuides: ['x'] },
      }),
    ).toBe(false);
    expect(
      isUnchanged(selfCareGuide, stored, {
        data: { ...guideData, whenToSeekCare: ['b'] },
        relations: { relatedGuides: ['x'] },
      }),
    ).toBe(false);
    expect(isUnchanged(selfCareGuide, stored, { data: guideData, relations: { relatedGuides: [] } })).toBe(
      false,
    );
  });

  it('compares numbers and datetimes by value (PostgreSQL may return numbers as strings)', () => {
    const location = { name: 'L', latitude: 60.1, longitude: 21.5 };
    const stored = {
      slug: 's',
      name: 'N',
      ptvSyncedAt: '2026-01-01T10:00:00.000Z',
      serviceLocations: [{ id: 3, ...location, latitude: '60.1', longitude: '21.5', street: null }],
    };
    const wanted = {
      slug: 's',
      name: 'N',
      ptvSyncedAt: '2026-01-01T12:00:00+02:00',
      serviceLocations: [location],
    };
    expect(isUnchanged(serviceEntry, stored, { data: wanted, relations: {} })).toBe(true);
  });

  it('keeps coordinates at full precision: a moved location is a change', () => {
    const wanted = {
      slug: 's',
      name: 'N',
      serviceLocations: [{ name: 'L', latitude: 63.0832, longitude: 21.5946 }],
    };
    const moved = { ...wanted, serviceLocations: [{ name: 'L', latitude: 63.0831, longitude: 21.5946 }] };
    expect(isUnchanged(serviceEntry, wanted, { data: wanted, relations: {} })).toBe(true);
    expect(isUnchanged(serviceEntry, moved, { data: wanted, relations: {} })).toBe(false);
  });
});
