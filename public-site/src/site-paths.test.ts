import { describe, expect, it } from 'vitest';
import { accessibilityPath, azPath, buildGuideRoutes, guidePath, pageFile, topicPath } from './site-paths.js';

describe('buildGuideRoutes', () => {
  const routes = buildGuideRoutes({
    fi: [
      { slug: 'kuume-lapsi', title: 'Kuume lapsella' },
      { slug: 'flunssa', title: 'Flunssa' },
      { slug: 'yska', title: 'Yskä' },
    ],
    sv: [
      { slug: 'kuume-lapsi', title: 'Feber hos barn' },
      { slug: 'flunssa', title: 'Förkylning' },
    ],
    en: [{ slug: 'kuume-lapsi', title: 'Fever in a child' }],
  });

  it('keeps Finnish slugs and names Swedish and English pages from their titles', () => {
    expect(routes.get('kuume-lapsi')).toEqual({
      fi: { slug: 'kuume-lapsi', path: '/guides/kuume-lapsi.html', kind: 'guide' },
      sv: { slug: 'feber-hos-barn', path: '/sv/guides/feber-hos-barn.html', kind: 'guide' },
      en: { slug: 'fever-in-a-child', path: '/en/guides/fever-in-a-child.html', kind: 'guide' },
    });
    expect(routes.get('flunssa')?.sv.path).toBe('/sv/guides/forkylning.html');
  });

  it('puts a fallback page where a translation is missing, at the path of the CMS slug', () => {
    expect(routes.get('flunssa')?.en).toEqual({
      slug: 'flunssa',
      path: '/en/guides/flunssa.html',
      kind: 'fallback',
    });
    expect(routes.get('yska')?.sv.kind).toBe('fallback');
  });

  it('gives a translation its slug before a fallback page that wants the same one', () => {
    const clash = buildGuideRoutes({
      fi: [
        { slug: 'hosta', title: 'Hosta (fi)' },
        { slug: 'yska', title: 'Yskä' },
      ],
      sv: [{ slug: 'yska', title: 'Hosta' }],
      en: [],
    });
    expect(clash.get('yska')?.sv.path).toBe('/sv/guides/hosta.html');
    expect(clash.get('hosta')?.sv).toEqual({
      slug: 'hosta-2',
      path: '/sv/guides/hosta-2.html',
      kind: 'fallback',
    });
  });
});

describe('site paths', () => {
  it('names pages per language', () => {
    expect(guidePath('fi', 'flunssa')).toBe('/guides/flunssa.html');
    expect(azPath('sv')).toBe('/sv/a-z.html');
    expect(topicPath('fi', 'fever_infections')).toBe('/topics/kuume-ja-infektiot.html');
    expect(topicPath('sv', 'fever_infections')).toBe('/sv/topics/feber-och-infektioner.html');
    expect(accessibilityPath('fi')).toBe('/saavutettavuusseloste.html');
    expect(accessibilityPath('sv')).toBe('/sv/tillganglighetsutlatande.html');
    expect(accessibilityPath('en')).toBe('/en/accessibility-statement.html');
  });

  it('maps site paths to their source files', () => {
    expect(pageFile('/')).toBe('index.md');
    expect(pageFile('/sv/')).toBe('sv/index.md');
    expect(pageFile('/sv/guides/')).toBe('sv/guides/index.md');
    expect(pageFile('/en/guides/cough.html')).toBe('en/guides/cough.md');
  });
});
