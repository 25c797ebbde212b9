import type { ServiceHours } from '@neuvo/content-models/service-hours';
import { describe, expect, it } from 'vitest';
import { LOCAL_HELP_STRINGS } from '../i18n/local-help.js';
import { SITE_LOCALES } from '../site-i18n.js';
import {
  COUNTY_STORAGE_KEY,
  forgetCounty,
  readCounty,
  rememberCounty,
  type CountyStorage,
} from './county-choice.js';
import { renderGuidePage } from '../render-guide-page.js';
import { buildGuideRoutes } from '../site-paths.js';
import { localHelpSlot } from './placement.js';
import { localServiceCards, openLine, phoneLink, safeWebUrl } from './present.js';

describe('local help strings', () => {
  it.each(SITE_LOCALES)('%s has every string, none empty', (locale) => {
    expect(Object.keys(LOCAL_HELP_STRINGS[locale]).sort()).toEqual(Object.keys(LOCAL_HELP_STRINGS.fi).sort());
    for (const [key, value] of Object.entries(LOCAL_HELP_STRINGS[locale]))
      expect(value.trim(), key).not.toBe('');
  });

  it.each(SITE_LOCALES)('%s keeps the placeholders and the emergency numbers', (locale) => {
    const strings = LOCAL_HELP_STRINGS[locale];
    expect(strings.countyCurrent).toContain('{county}');
    expect(strings.closedOpensAt).toContain('{time}');
    expect(strings.emergencyCall).toContain('112');
    expect(strings.urgentCall).toContain('116117');
  });
});

function memoryStorage(): CountyStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe('county choice', () => {
  it('remembers, reads and forgets the county code', () => {
    const storage = memoryStorage();
    expect(readCounty(storage)).toBeNull();
    expect(rememberCounty(storage, 'etela-karjala')).toBe(true);
    expect(storage.map.get(COUNTY_STORAGE_KEY)).toBe('etela-karjala');
    expect(readCounty(storage)).toBe('etela-karjala');
    forgetCounty(storage);
    expect(readCounty(storage)).toBeNull();
  });

  it('ignores a stored value that is not a region code, and refuses to store one', () => {
    const storage = memoryStorage();
    storage.map.set(COUNTY_STORAGE_KEY, '"><img src=x onerror=alert(1)>');
    expect(readCounty(storage)).toBeNull();
    expect(() => rememberCounty(storage, 'Pohjanmaa!')).toThrow(RangeError);
  });

  it('survives blocked storage', () => {
    const blocked: CountyStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readCounty(blocked)).toBeNull();
    expect(rememberCounty(blocked, 'pohjanmaa')).toBe(false);
    expect(() => forgetCounty(blocked)).not.toThrow();
    expect(readCounty(undefined)).toBeNull();
  });
});

const office: ServiceHours = {
  alwaysOpen: false,
  weekly: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00', validFrom: null, validTo: null }],
  exceptions: [{ from: '2026-12-21', to: '2027-01-01', closed: true, slots: [] }],
};

describe('openLine', () => {
  it('says open now, in each language', () => {
    const monday = new Date('2026-12-07T10:00+02:00');
    expect(openLine(office, monday, 'fi')).toEqual({ open: true, text: 'Avoinna nyt' });
    expect(openLine(office, monday, 'sv')).toEqual({ open: true, text: 'Öppet nu' });
    expect(openLine(office, monday, 'en')).toEqual({ open: true, text: 'Open now' });
  });

  it('gives the opening time in Helsinki time: the time alone today, with the weekday later in the week', () => {
    expect(openLine(office, new Date('2026-12-07T07:00+02:00'), 'fi')?.text).toBe('Suljettu, avautuu 8.00');
    expect(openLine(office, new Date('2026-12-05T12:00+02:00'), 'fi')?.text).toBe(
      'Suljettu, avautuu ma 8.00',
    );
    expect(openLine(office, new Date('2026-12-05T12:00+02:00'), 'en')?.text).toBe('Closed, opens Mon 08:00');
    expect(openLine(office, new Date('2026-12-05T12:00+02:00'), 'sv')?.text).toMatch(
      /^Stängt, öppnar mån 08[.:]00$/,
    );
  });

  it('adds the date when the next opening is a week or more away, and says closed beyond the horizon', () => {
    const christmas = new Date('2026-12-21T10:00+02:00');
    expect(openLine(office, christmas, 'fi')?.text).toBe('Suljettu, avautuu ma 4.1. klo 8.00');
    const never: ServiceHours = { alwaysOpen: false, weekly: [], exceptions: [] };
    expect(openLine(never, christmas, 'fi')).toEqual({ open: false, text: 'Suljettu' });
  });

  it('is null without structured hours', () => {
    expect(openLine(null, new Date(), 'fi')).toBeNull();
  });
});

describe('phoneLink and safeWebUrl', () => {
  it('links phone numbers as +358 E.164 and shows them as written', () => {
    expect(phoneLink('06 218 1234', null)).toEqual({ text: '06 218 1234', href: 'tel:+35862181234' });
    expect(phoneLink('405501990', '+358')).toEqual({ text: '+358 405501990', href: 'tel:+358405501990' });
    expect(phoneLink('116117', null)).toEqual({ text: '116117', href: 'tel:116117' });
    expect(phoneLink('kysy neuvonnasta', null)).toEqual({ text: 'kysy neuvonnasta', href: null });
  });

  it('links only http(s) addresses', () => {
    expect(safeWebUrl('https://example.fi/ajanvaraus')).toBe('https://example.fi/ajanvaraus');
    expect(safeWebUrl(' http://example.fi ')).toBe('http://example.fi/');
    expect(safeWebUrl('javascript:alert(1)')).toBeNull();
    expect(safeWebUrl('data:text/html,x')).toBeNull();
    expect(safeWebUrl('not a url')).toBeNull();
  });
});

describe('the local help slot on a guide page', () => {
  const page = renderGuidePage(
    {
      slug: 'flunssa',
      locale: 'sv',
      title: 'Förkylning',
      summary: null,
      body: 'Vila.',
      whenToSeekCare: ['Hög feber'],
      lastReviewed: null,
      nextReview: null,
      topic: 'fever_infections',
      sources: [],
      relatedGuides: [],
    },
    {
      routes: buildGuideRoutes({
        fi: [{ slug: 'flunssa', title: 'Flunssa' }],
        sv: [{ slug: 'flunssa', title: 'Förkylning' }],
        en: [],
      }),
    },
  );

  it('comes right after the when-to-seek-care box, outside the v-pre blocks, with the slug and locale', () => {
    const html = page.slice(page.indexOf('<div v-pre'));
    expect(html).toContain(
      '</ul></section>&#10;</div><LocalHelp slug="flunssa" locale="sv" /><div v-pre class="neuvo-guide">',
    );
    // Still one markdown-it block, and every v-pre block is closed.
    expect(html.trimEnd().split('\n')).toHaveLength(1);
    expect(html.match(/<div v-pre/g)).toHaveLength(2);
    expect(html.trimEnd().endsWith('</div>')).toBe(true);
  });

  it('is left out for a slug that is not kebab-case', () => {
    expect(localHelpSlot('a" onload="x', 'fi')).toBe('');
    expect(localHelpSlot('flunssa', 'en')).toBe(
      '</div><LocalHelp slug="flunssa" locale="en" /><div v-pre class="neuvo-guide">',
    );
  });
});

describe('localServiceCards', () => {
  it('prepares each service: lang for a Finnish fallback, tel: links, status or text hours, safe links only', () => {
    const [card] = localServiceCards(
      [
        {
          id: 'abc',
          locale: 'fi',
          name: 'Vaasan\u202E terveysasema',
          summary: null,
          organizationName: null,
          national: false,
          phones: [
            {
              name: 'Ajanvaraus',
              number: '06 218 1234',
              prefixNumber: null,
              serviceHours: 'ma–pe 8–16',
              structuredHours: office,
            },
            {
              name: null,
              number: 'kysy neuvonnasta',
              prefixNumber: null,
              serviceHours: null,
              structuredHours: null,
            },
          ],
          locations: [
            {
              name: 'Terveysasema',
              street: 'Sairaalantie 3',
              postalCode: '65130',
              postOffice: 'Vaasa',
              openingHours: 'ma–pe 8–16',
              structuredHours: null,
            },
          ],
          eServices: [{ name: 'Ajanvaraus verkossa', url: 'https://example.fi/ajanvaraus' }],
          webPages: [
            { name: null, url: 'https://example.fi/vaasa' },
            { name: 'Paha', url: 'javascript:alert(1)' },
          ],
        },
      ],
      new Date('2026-12-07T10:00+02:00'),
      'sv',
    );
    expect(card).toMatchObject({ id: 'abc', name: 'Vaasan terveysasema', lang: 'fi-FI', national: false });
    expect(card!.phones).toEqual([
      {
        name: 'Ajanvaraus',
        text: '06 218 1234',
        href: 'tel:+35862181234',
        status: { open: true, text: 'Öppet nu' },
        hours: 'ma–pe 8–16',
      },
      { name: null, text: 'kysy neuvonnasta', href: null, status: null, hours: null },
    ]);
    expect(card!.locations).toEqual([
      { name: 'Terveysasema', address: 'Sairaalantie 3, 65130 Vaasa', status: null, hours: 'ma–pe 8–16' },
    ]);
    expect(card!.links).toEqual([
      { name: 'Ajanvaraus verkossa', url: 'https://example.fi/ajanvaraus', eService: true },
      { name: 'https://example.fi/vaasa', url: 'https://example.fi/vaasa', eService: false },
    ]);
  });
});
