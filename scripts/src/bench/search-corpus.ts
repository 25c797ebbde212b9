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
