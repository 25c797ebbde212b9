/** The generated corpus of the search benchmark: deterministic Finnish and Swedish self-care guides. */

/** Small deterministic PRNG (mulberry32), so every run generates the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FI_WORDS = (
  'hammaslääkäri hammashoito hammassärky neuvola lastenneuvola äitiysneuvola rokotus influenssarokotus kuume ' +
  'yskä flunssa korvakipu kurkkukipu päänsärky selkäkipu vatsakipu ripuli oksentelu ihottuma allergia astma ' +
  'diabetes verenpaine kolesteroli laboratorio verikoe ajanvaraus terveysasema päivystys sairaala kotihoito ' +
  'omaishoito vanhuspalvelut sosiaalityö toimeentulotuki lastensuojelu perheneuvola mielenterveys päihdepalvelut ' +
  'fysioterapia puheterapia toimintaterapia apuväline kuulo näkö silmälääkäri ehkäisy raskaus synnytys imetys ' +
  'uni väsymys stressi masennus ahdistus liikunta ravitsemus painonhallinta tupakka alkoholi haava palovamma ' +
  'nyrjähdys murtuma pistos punkki borrelioosi koronavirus testi resepti lääke apteekki kela sairausloma ' +
  'todistus asiakasmaksu maksukatto kuljetuspalvelu asumispalvelu kuntoutus muistisairaus seniorineuvola ' +
  'opiskeluterveydenhuolto kouluterveydenhuolto työterveys ensiapu myrkytys hengenahdistus rintakipu ' +
  'aivoinfarkti kaatuminen'
).split(' ');
const FI_FILLER =
  'ja tai kun jos ota yhteyttä soita hoida kotona lepää juo riittävästi seuraa oireita tarvittaessa ensin myös'.split(
    ' ',
  );
const SV_WORDS = (
  'tandläkare tandvård tandvärk rådgivning barnrådgivning mödrarådgivning vaccination influensavaccin feber ' +
  'hosta förkylning öronvärk halsont huvudvärk ryggvärk magont diarré kräkningar utslag allergi astma diabetes ' +
  'blodtryck kolesterol laboratorium blodprov tidsbokning hälsostation jour sjukhus hemvård närståendevård ' +
  'äldreomsorg socialarbete utkomststöd barnskydd familjerådgivning mentalvård missbruksvård fysioterapi ' +
  'talterapi hjälpmedel hörsel syn ögonläkare preventivmedel graviditet förlossning amning sömn trötthet stress ' +
  'depression ångest motion kost rökning alkohol sår brännskada stukning fraktur fästing recept läkemedel apotek'
).split(' ');
const SV_FILLER =
  'och eller när om kontakta ring vila hemma drick tillräckligt följ symtomen vid behov först också'.split(
    ' ',
  );

function words(rand: () => number, pool: readonly string[], filler: readonly string[], n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const from = rand() < 0.4 ? pool : filler;
    out.push(from[Math.floor(rand() * from.length)]!);
  }
  return out.join(' ');
}

export interface GeneratedGuide {
  slug: string;
  fi: { title: string; summary: string; body: string };
  sv: { title: string; summary: string; body: string };
}

export function generateGuide(i: number, run: string): GeneratedGuide {
  const rand = prng(i + 1);
  const text = (pool: readonly string[], filler: readonly string[]) => {
    const title = Array.from(
      { length: 2 + Math.floor(rand() * 3) },
      () => pool[Math.floor(rand() * pool.length)]!,
    );
    return {
      title: `${title.join(' ')} ${i}`,
      summary: words(rand, pool, filler, 12),
      body: `${words(rand, pool, filler, 40)}.\n\n${words(rand, pool, filler, 50)}.`,
    };
  };
  return { slug: `bench-${run}-${i}`, fi: text(FI_WORDS, FI_FILLER), sv: text(SV_WORDS, SV_FILLER) };
}

/** Queries: single words and pairs from the vocabulary (some in inflected-looking forms that match partially). */
export function queries(locale: 'fi' | 'sv'): string[] {
  const pool = locale === 'fi' ? FI_WORDS : SV_WORDS;
  const rand = prng(locale === 'fi' ? 7 : 11);
  const out: string[] = [];
  for (let i = 0; i < 40; i++) {
    const a = pool[Math.floor(rand() * pool.length)]!;
    const b = pool[Math.floor(rand() * pool.length)]!;
    out.push(i % 3 === 0 ? `${a} ${b}` : a);
  }
  return out;
}

/**
 * `count` queries of `locale` that are all different from each other and from `exclude` (the repeated mix): ordered
 * word pairs of the vocabulary, some with the second word cut to a prefix as if still being typed. The order is
 * shuffled deterministically so that consecutive requests do not share their first word. Every request of a run over
 * these is a new query, so the api's search cache can only miss (the bench reads its counters to show it).
 */
export function distinctQueries(locale: 'fi' | 'sv', count: number, exclude: ReadonlySet<string>): string[] {
  const pool = [...new Set(locale === 'fi' ? FI_WORDS : SV_WORDS)];
  const rand = prng(locale === 'fi' ? 101 : 113);
  const out = new Set<string>();
  for (let a = 0; a < pool.length && out.size < count; a++) {
    for (let b = 0; b < pool.length && out.size < count; b++) {
      if (a === b) continue;
      const first = pool[a]!;
      const second = pool[b]!;
      // Every third pair ends in a prefix (4–7 letters) of its second word.
      const cut = (a + b) % 3 === 0 ? second.slice(0, 4 + ((a * 7 + b) % 4)) : second;
      const query = `${first} ${cut}`;
      if (!exclude.has(query)) out.add(query);
    }
  }
  const list = [...out];
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
