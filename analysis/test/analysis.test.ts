import { isDomainError, type SearchDoc } from '@neuvo/content-models';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_QUERY_WORDS,
  analyseSearchDoc,
  analyseSynonymGroups,
  analyseText,
  analysedSearch,
  compoundParts,
  createAnalysis,
  expandQuery,
  tokenize,
} from '../src/index.js';

// Both paths run on every machine: the Voikko path needs the Debian packages libvoikko1 and voikko-fi (`.ci/run`
// installs them; `voikko` mode fails loudly without them), the fallback path is forced.
const voikko = createAnalysis({ finnish: 'voikko' });
const snowball = createAnalysis({ finnish: 'snowball' });
afterAll(() => {
  voikko.close();
  snowball.close();
});

const fiVoikko = voikko.forLocale('fi');
const fiSnowball = snowball.forLocale('fi');

function doc(overrides: Partial<SearchDoc>): SearchDoc {
  return {
    id: 'guide-g1',
    documentId: 'g1',
    type: 'guide',
    locale: 'fi',
    title: '',
    summary: '',
    body: '',
    keywords: [],
    region: [],
    serviceClasses: [],
    targetGroups: [],
    audience: 'public',
    slug: 'g',
    phones: [],
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('tokenize', () => {
  it('lower-cases and splits on everything but letters and digits, as Meilisearch does', () => {
    expect(tokenize('Sosiaali- ja KRIISIPÄIVYSTYS: soita 06 218 0000!')).toEqual([
      'sosiaali',
      'ja',
      'kriisipäivystys',
      'soita',
      '06',
      '218',
      '0000',
    ]);
  });
  it('normalises decomposed letters (NFC), so ä typed as a + ¨ is the same word', () => {
    expect(tokenize('pa\u0308iva\u0308')).toEqual(['päivä']);
  });
});

describe('compoundParts (parsing Voikko WORDBASES)', () => {
  it('gives the base forms of the components, the last one from the base form of the whole word', () => {
    expect(compoundParts('+hammas(hammas)+lääkäri(lääkäri)', 'hammaslääkäri')).toEqual(['hammas', 'lääkäri']);
    expect(compoundParts('+lasten(lapsi)+neuvola(neuvola)', 'lastenneuvola')).toEqual(['lapsi', 'neuvola']);
  });
  it('keeps a derivational suffix with its component', () => {
    expect(compoundParts('+terve(terve)+ys(+ys)+asema(asema)', 'terveysasema')).toEqual(['terveys', 'asema']);
    expect(compoundParts('+sosiaali+päivyst(päivystää)+ys(+ys)', 'sosiaalipäivystys')).toEqual([
      'sosiaali',
      'päivystys',
    ]);
  });
  it('returns nothing for a word that is not a compound', () => {
    expect(compoundParts('+rokot(rokottaa)+us(+us)', 'rokotus')).toEqual([]);
    expect(compoundParts('+neuvola(neuvola)', 'neuvola')).toEqual([]);
  });
});

describe('Finnish with Voikko', () => {
  it('is in use', () => {
    expect(voikko.finnishEngine).toBe('voikko+snowball');
    expect(voikko.voikkoUnavailableReason).toBeUndefined();
    expect(voikko.id).toBe('fi:voikko+snowball,sv:snowball,en:snowball;v2');
  });

  it.each([
    ['hammaslääkärille', ['hammaslääkäri', 'hammas', 'lääkäri']],
    ['kurkkukivun', ['kurkkukipu', 'kurkku', 'kipu']],
    ['lastenneuvolaan', ['lastenneuvola', 'lapsi', 'neuvola']],
    ['kotihoidosta', ['kotihoito', 'koti', 'hoito']],
    ['päihdeongelmaan', ['päihdeongelma', 'päihde', 'ongelma']],
    ['rokotuksen', ['rokotus']],
  ])('finds the lemma and compound parts of %s', (word, expected) => {
    const a = fiVoikko.analyse(word);
    expect(a.recognised).toBe(true);
    expect(a.isLemma).toBe(false);
    expect([...a.lemmas, ...a.parts]).toEqual(expected);
    expect(fiVoikko.forms(word).slice(0, expected.length)).toEqual(expected);
  });

  it('also gives the Snowball stem, the form an api without Voikko searches by', () => {
    expect(fiVoikko.analyse('kurkkukivun').stem).toBe('kurkkukivu');
    expect(fiVoikko.forms('kurkkukivun')).toContain('kurkkukivu');
  });

  it('knows a base form as its own lemma and leaves unknown words to the stemmer', () => {
    expect(fiVoikko.analyse('neuvola')).toMatchObject({ recognised: true, isLemma: true, lemmas: [] });
    expect(fiVoikko.analyse('hammaslekurille')).toMatchObject({ recognised: false, lemmas: [] });
    expect(fiVoikko.forms('hammaslekurille')).toEqual(['hammaslekur']);
  });

  it('gives nothing for stop words, numbers and single letters', () => {
    for (const word of ['ja', 'että', '116117', 'a']) expect(fiVoikko.forms(word)).toEqual([]);
  });
});

describe('Finnish without Voikko (Snowball fallback)', () => {
  it('falls back in auto mode when libvoikko is missing, and says why', () => {
    const analysis = createAnalysis({ finnish: 'auto', voikkoLibrary: '/nonexistent/libvoikko.so.1' });
    expect(analysis.finnishEngine).toBe('snowball');
    expect(analysis.voikkoUnavailableReason).toMatch(/libvoikko could not be loaded/);
    expect(analysis.forLocale('fi').forms('kurkkukivun')).toEqual(['kurkkukivu']);
    expect(analysis.id).not.toBe(voikko.id);
  });

  it('refuses to start in voikko mode when libvoikko is missing, naming the packages to install', () => {
    let error: unknown;
    try {
      createAnalysis({ finnish: 'voikko', voikkoLibrary: '/nonexistent/libvoikko.so.1' });
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error, 'UPSTREAM_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toMatch(/libvoikko1 and voikko-fi/);
  });

  it('stems words but finds no lemmas or compound parts', () => {
    expect(snowball.finnishEngine).toBe('snowball');
    expect(fiSnowball.analyse('hammaslääkärille')).toEqual({
      lemmas: [],
      parts: [],
      stem: 'hammaslääkär',
      recognised: false,
      isLemma: false,
    });
    expect(fiSnowball.forms('lastenneuvolaan')).toEqual(['lastenneuvol']);
  });
});

describe('Swedish and English', () => {
  it('stem with their Snowball stemmers', () => {
    const sv = voikko.forLocale('sv');
    expect(sv.engine).toBe('snowball');
    expect(sv.forms('vården')).toEqual(['vård']);
    expect(sv.forms('och')).toEqual([]);
    expect(voikko.forLocale('en').forms('vaccinations')).toEqual(['vaccin']);
  });
});

describe('Swedish compounds', () => {
  const sv = () => voikko.forLocale('sv');
  it('splits a compound of known words into its parts, the last one possibly inflected', () => {
    expect(sv().analyse('halsont').parts).toEqual(['hals', 'hal', 'ont']);
    expect(sv().analyse('influensavaccinationen').parts).toEqual(['influensa', 'influens', 'vaccination']);
    expect(sv().analyse('barnrådgivningen').parts).toEqual(['barn', 'rådgivning']);
    expect(sv().analyse('tandläkarna').parts).toEqual(['tand', 'läkare', 'läk']);
    expect(sv().forms('tandläkaren')).toEqual(['tand', 'läkare', 'läk', 'tandläk']);
  });

  it('takes the linking s and splits in three', () => {
    expect(sv().analyse('urinvägsinfektionen').parts).toEqual(['urin', 'väg', 'infektion']);
  });

  it('leaves simple words and compounds of unknown words alone', () => {
    expect(sv().analyse('rådgivning').parts).toEqual([]);
    expect(sv().analyse('halsband').parts).toEqual([]);
    expect(sv().analyse('och').parts).toEqual([]);
    expect(voikko.forLocale('en').analyse('handbook').parts).toEqual([]);
  });
});

describe('expandQuery', () => {
  it('searches a recognised inflected word by its lemma, parts and stem instead of as typed', () => {
    const e = expandQuery(fiVoikko, 'Hammaslääkärille');
    expect(e.q).toBe('hammaslääkäri hammas lääkäri hammaslääkär');
    expect(e.words).toEqual(['hammaslääkärille']);
  });

  it('keeps a base form, and words without other forms, as typed', () => {
    expect(expandQuery(fiVoikko, 'neuvola').q).toBe('neuvola neuvol');
    expect(expandQuery(fiVoikko, '116117').q).toBe('116117');
  });

  it('keeps stop words as typed without expanding them', () => {
    expect(expandQuery(fiVoikko, 'kipu ja kuume').q.split(' ')).toContain('ja');
    expect(
      expandQuery(fiVoikko, 'kipu ja kuume')
        .q.split(' ')
        .filter((w) => w === 'ja'),
    ).toHaveLength(1);
  });

  it('never exceeds Meilisearch’s 10 query words and gives every word its first form before any second', () => {
    const e = expandQuery(fiVoikko, 'lastenneuvolaan hammaslääkärille kotihoidosta päihdeongelmaan');
    const words = e.q.split(' ');
    expect(words.length).toBe(MAX_QUERY_WORDS);
    for (const lemma of ['lastenneuvola', 'hammaslääkäri', 'kotihoito', 'päihdeongelma']) {
      expect(words).toContain(lemma);
    }
  });

  it('sends a quoted phrase as typed and never sends an empty query', () => {
    expect(expandQuery(fiVoikko, '"kurkku kipeä"').q).toBe('"kurkku kipeä"');
    expect(expandQuery(fiVoikko, ' ?! ').q).toBe('?!');
  });

  it('searches by stems without Voikko', () => {
    expect(expandQuery(fiSnowball, 'lastenneuvolaan').q).toBe('lastenneuvol');
  });

  it('uses the frequency matching strategy', () => {
    expect(analysedSearch(voikko, 'sv', 'tandläkaren')).toMatchObject({
      q: 'tand läkare läk tandläk',
      matchingStrategy: 'frequency',
    });
  });
});

describe('analyseSearchDoc', () => {
  it('adds the forms of title and keywords, and of summary and body, each form once', () => {
    const analysed = analyseSearchDoc(
      voikko,
      doc({
        title: 'Hammaslääkärin vastaanotto',
        keywords: ['lastenneuvola'],
        summary: 'Kurkkukivun hoito.',
        body: 'Kurkkukivun hoito kotona.',
      }),
    );
    // A word already in its base form adds only its stem: the text as written holds the word itself.
    expect(analysed.titleTerms).toBe(
      'hammaslääkäri hammas lääkäri hammaslääkär vastaanoto lapsi neuvola lastenneuvol',
    );
    // Summary and body repeat "Kurkkukivun hoito": each form appears once.
    expect(analysed.textTerms).toBe('kurkkukipu kurkku kipu kurkkukivu koto');
    expect(analysed.title).toBe('Hammaslääkärin vastaanotto');
  });

  it('analyses a Swedish document with the Swedish stemmer', () => {
    const analysed = analyseSearchDoc(voikko, doc({ locale: 'sv', title: 'Tandläkarens mottagningar' }));
    expect(analysed.titleTerms).toBe('tand läkare läk tandläk mottagning');
  });

  it('writes terms in text order', () => {
    expect(analyseText(fiVoikko, 'Neuvolaan ja kotihoitoon')).toBe('neuvola neuvol kotihoito koti hoito');
  });
});

describe('analyseSynonymGroups', () => {
  it('adds the lemma and stem of each term, and the analysed phrase of a multi-word term, but no compound parts', () => {
    const [group] = analyseSynonymGroups(fiVoikko, [['rokotus', 'Terkkari', 'suun terveydenhuolto']]);
    expect(group).toEqual(
      expect.arrayContaining([
        'rokotus',
        'terkkari',
        'terkkar',
        'suun terveydenhuolto',
        'suu terveydenhuolto',
      ]),
    );
    const [compound] = analyseSynonymGroups(fiVoikko, [['hammaslääkäri']]);
    expect(compound).not.toContain('hammas');
  });
});
