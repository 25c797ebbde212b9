/**
 * Sample self-care guides (SelfCareGuide) for citizens.
 *
 * Finnish for every guide; Swedish and English for the most common complaints. Medical content is
 * deliberately conservative: when in doubt a guide sends the reader to care. Emergency signs point to 112,
 * urgent ones to Päivystysapu 116117. Drug advice is limited to general over-the-counter mentions;
 * children's doses are never given here (follow the package leaflet or ask a pharmacist).
 *
 * Sources are landing pages of stable Finnish public-health publishers, not invented deep links.
 */

import type { GuideTopic, Locale } from '@neuvo/content-models';

/** One language version of a guide. */
export interface GuideLocaleContent {
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  /** Concrete signs when to seek care, most urgent first. */
  whenToSeekCare: string[];
}

export interface SourceLink {
  title: string;
  url: string;
}

export interface SelfCareGuideSeed {
  /** Natural key (kebab-case). */
  slug: string;
  /** The topic the public site lists the guide under (shared by every language version). */
  topic: GuideTopic;
  locales: { fi: GuideLocaleContent } & Partial<Record<Exclude<Locale, 'fi'>, GuideLocaleContent>>;
  /** ISO date (YYYY-MM-DD). */
  lastReviewed: string;
  /** ISO date (YYYY-MM-DD). */
  nextReview: string;
  sources: SourceLink[];
  relatedGuideSlugs: string[];
}

const TERVEYSKIRJASTO: SourceLink = {
  title: 'Terveyskirjasto (Duodecim)',
  url: 'https://www.terveyskirjasto.fi/',
};
const KAYPA_HOITO: SourceLink = {
  title: 'Käypä hoito -suositukset (Duodecim)',
  url: 'https://www.kaypahoito.fi/',
};
const THL: SourceLink = { title: 'Terveyden ja hyvinvoinnin laitos (THL)', url: 'https://thl.fi/' };
const PAIVYSTYSAPU: SourceLink = { title: 'Päivystysapu 116117', url: 'https://www.116117.fi/' };
const MIELENTERVEYSTALO: SourceLink = {
  title: 'Mielenterveystalo.fi (HUS)',
  url: 'https://www.mielenterveystalo.fi/',
};
const MIELI: SourceLink = { title: 'MIELI Suomen Mielenterveys ry', url: 'https://mieli.fi/' };
const PAIHDELINKKI: SourceLink = {
  title: 'Päihdelinkki (A-klinikkasäätiö)',
  url: 'https://paihdelinkki.fi/',
};
const OMAOLO: SourceLink = { title: 'Omaolo', url: 'https://www.omaolo.fi/' };
const FIMEA: SourceLink = {
  title: 'Lääkealan turvallisuus- ja kehittämiskeskus Fimea',
  url: 'https://fimea.fi/',
};

export const guides: SelfCareGuideSeed[] = [
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'kurkkukipu',
    topic: 'fever_infections',
    lastReviewed: '2026-01-12',
    nextReview: '2027-01-12',
    sources: [TERVEYSKIRJASTO, KAYPA_HOITO, PAIVYSTYSAPU],
    relatedGuideSlugs: ['flunssa', 'kuume-aikuinen', 'yska'],
    locales: {
      fi: {
        title: 'Kurkkukipu',
        summary:
          'Kurkkukipu johtuu useimmiten virusflunssasta ja paranee itsestään noin viikossa. Lue, miten voit helpottaa oloa kotona ja milloin on syytä hakeutua hoitoon.',
        body: `## Mikä kurkkukipu on?

Kurkkukipu on tavallinen oire, joka liittyy useimmiten flunssaan. Noin yhdeksän kymmenestä nielutulehduksesta on viruksen aiheuttamia, eikä antibiootista ole niihin apua. Kipuun liittyy usein nuhaa, yskää, käheyttä ja lievää kuumetta.

Osan nielutulehduksista aiheuttaa bakteeri, tavallisimmin A-ryhmän streptokokki. Siihen viittaavat erityisesti kuume, nielurisojen valkoiset peitteet, kaulan etuosan arat ja turvonneet imusolmukkeet sekä se, että **yskää ei ole**. Jos sinulla on näistä vähintään kolme, ota yhteyttä terveysasemalle: streptokokki voidaan todeta pikatestillä.

## Omahoito kotona

- Juo riittävästi. Lämmin tee, mehu tai kylmä juoma ja jäätelö voivat lievittää kipua.
- Imeskeltävät kurkkupastillit ja kurkkusuihkeet apteekista helpottavat hetkellisesti.
- Tarvittaessa voit käyttää käsikauppojen kipulääkettä, kuten parasetamolia tai ibuprofeenia. Noudata pakkausselosteen ohjetta. Ibuprofeenia ei suositella, jos sinulla on mahahaava, munuaissairaus, verenohennuslääkitys tai olet raskaana – kysy tarvittaessa apteekista.
- Lepää ja vältä äänen rasittamista, jos ääni on käheä.
- Huoneilman kostuttaminen ja riittävän viileä makuuhuone voivat helpottaa kuivaa kurkkua.

## Mitä kannattaa välttää

- Tupakointia ja savuisia tiloja, jotka ärsyttävät limakalvoja.
- Antibioottien käyttöä ilman lääkärin arviota: ne eivät auta virusinfektioon ja voivat aiheuttaa haittoja.
- Töihin tai kouluun menemistä kuumeisena. Pese kädet usein, jotta tartunta ei leviä.

## Milloin kurkkukipu menee ohi?

Viruksen aiheuttama kurkkukipu helpottaa yleensä 3–5 päivässä ja menee ohi noin viikossa. Käheys ja yskä voivat jatkua pidempään. Jos kurkkukipu jatkuu yli viikon tai pahenee selvästi, ota yhteyttä terveysasemalle.`,
        whenToSeekCare: [
          'Soita 112, jos hengittäminen on vaikeaa tai hengitys vinkuu.',
          'Et pysty nielemään edes sylkeä, sylki valuu suusta tai ääni muuttuu puuromaiseksi: hakeudu heti päivystykseen – soita ensin 116117.',
          'Kipu on voimakas ja toispuoleinen ja suun avaaminen on vaikeaa: ota yhteys samana päivänä, iltaisin ja viikonloppuisin soita 116117.',
          'Yleisvointi on selvästi huono tai sinulla on korkea kuume (yli 39 °C).',
          'Sinulla on kuumetta, nielurisoissa valkoisia peitteitä ja kaulan imusolmukkeet ovat arat, mutta yskää ei ole: ota yhteys terveysasemalle streptokokkitestiä varten.',
          'Kurkkukipu on jatkunut yli viikon tai palaa toistuvasti.',
        ],
      },
      sv: {
        title: 'Halsont',
        summary:
          'Halsont beror oftast på en virusförkylning och går över av sig själv på ungefär en vecka. Läs hur du kan lindra besvären hemma och när du ska söka vård.',
        body: `## Vad är halsont?

Halsont är ett vanligt symtom som oftast hör ihop med förkylning. Ungefär nio av tio halsinfektioner orsakas av virus, och antibiotika hjälper inte mot dem. Ofta har man samtidigt snuva, hosta, heshet och lätt feber.

En del halsinfektioner orsakas av bakterier, oftast grupp A-streptokocker. Tecken som tyder på det är särskilt feber, vita beläggningar på halsmandlarna, ömma och svullna lymfkörtlar på halsens framsida och att man **inte har hosta**. Om du har minst tre av dessa tecken ska du kontakta hälsostationen: streptokocker kan påvisas med ett snabbtest.

## Egenvård hemma

- Drick tillräckligt. Varmt te, saft eller kalla drycker och glass kan lindra smärtan.
- Sugtabletter och halssprejer från apoteket ger tillfällig lindring.
- Vid behov kan du använda receptfria värkmediciner, till exempel paracetamol eller ibuprofen. Följ bipacksedeln. Ibuprofen rekommenderas inte om du har magsår, njursjukdom, blodförtunnande medicinering eller är gravid – fråga på apoteket vid behov.
- Vila och spara på rösten om du är hes.
- Fuktig inomhusluft och ett svalt sovrum kan lindra en torr hals.

## Undvik

- Rökning och rökiga utrymmen som irriterar slemhinnorna.
- Antibiotika utan läkarbedömning: de hjälper inte mot virusinfektioner och kan ge biverkningar.
- Att gå till jobbet eller skolan med feber. Tvätta händerna ofta så att smittan inte sprids.

## Hur länge varar halsonten?

Halsont som orsakas av virus lindras vanligen på 3–5 dagar och går över på ungefär en vecka. Heshet och hosta kan hålla i sig längre. Om halsonten varar längre än en vecka eller blir klart värre ska du kontakta hälsostationen.`,
        whenToSeekCare: [
          'Ring 112 om du har svårt att andas eller andningen väser.',
          'Du kan inte svälja ens saliv, saliven rinner ur munnen eller rösten blir grötig: sök genast vård på jouren – ring först 116117.',
          'Smärtan är kraftig och ensidig och det är svårt att öppna munnen: kontakta vården samma dag, kvällar och veckoslut ringer du 116117.',
          'Ditt allmäntillstånd är klart nedsatt eller du har hög feber (över 39 °C).',
          'Du har feber, vita beläggningar på halsmandlarna och ömma lymfkörtlar på halsen men ingen hosta: kontakta hälsostationen för ett streptokocktest.',
          'Halsonten har varat längre än en vecka eller kommer tillbaka gång på gång.',
        ],
      },
      en: {
        title: 'Sore throat',
        summary:
          'A sore throat is usually caused by a viral cold and gets better on its own in about a week. Read how to ease the symptoms at home and when to seek care.',
        body: `## What is a sore throat?

A sore throat is a common symptom, most often part of a cold. About nine in ten throat infections are caused by viruses, and antibiotics do not help them. A runny nose, cough, hoarseness and a mild fever often come with it.

Some throat infections are caused by bacteria, most commonly group A streptococcus. Signs that point to it are especially fever, white patches on the tonsils, tender and swollen glands at the front of the neck, and **no cough**. If you have at least three of these signs, contact your health centre: strep throat can be confirmed with a rapid test.

## Self-care at home

- Drink enough. Warm tea, juice, or cold drinks and ice cream can ease the pain.
- Throat lozenges and throat sprays from the pharmacy give short-term relief.
- If needed, you can take an over-the-counter painkiller such as paracetamol or ibuprofen. Follow the package leaflet. Ibuprofen is not recommended if you have a stomach ulcer, kidney disease, take blood thinners or are pregnant – ask a pharmacist if unsure.
- Rest, and spare your voice if you are hoarse.
- Humid indoor air and a cool bedroom can ease a dry throat.

## What to avoid

- Smoking and smoky places, which irritate the mucous membranes.
- Antibiotics without a doctor's assessment: they do not help viral infections and can cause side effects.
- Going to work or school with a fever. Wash your hands often so the infection does not spread.

## How long does it last?

A viral sore throat usually eases in 3–5 days and is gone in about a week. Hoarseness and cough may last longer. If your sore throat lasts more than a week or clearly gets worse, contact your health centre.`,
        whenToSeekCare: [
          'Call 112 if you have difficulty breathing or your breathing is wheezy.',
          'You cannot swallow even your saliva, you are drooling or your voice sounds muffled: go to the emergency department at once – call 116117 first.',
          'The pain is severe and on one side and it is hard to open your mouth: seek care the same day; in the evening and at weekends call 116117.',
          'You feel clearly unwell or have a high fever (over 39 °C).',
          'You have a fever, white patches on the tonsils and tender glands in the neck but no cough: contact your health centre for a strep test.',
          'The sore throat has lasted more than a week or keeps coming back.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'flunssa',
    topic: 'fever_infections',
    lastReviewed: '2026-01-12',
    nextReview: '2027-01-12',
    sources: [TERVEYSKIRJASTO, THL, PAIVYSTYSAPU],
    relatedGuideSlugs: ['kurkkukipu', 'yska', 'kuume-aikuinen', 'kuume-lapsi'],
    locales: {
      fi: {
        title: 'Flunssa',
        summary:
          'Flunssa on viruksen aiheuttama ylähengitystieinfektio, joka paranee yleensä itsestään 7–10 päivässä. Omahoito lievittää oireita, antibiooteista ei ole apua.',
        body: `## Mikä flunssa on?

Flunssa eli nuhakuume on viruksen aiheuttama ylähengitysteiden tulehdus. Tavallisia oireita ovat nuha, tukkoinen nenä, aivastelu, kurkkukipu, yskä, päänsärky ja lievä kuume. Aikuinen sairastaa flunssan keskimäärin 2–4 kertaa vuodessa, lapset useammin.

Influenssa ja koronavirustauti alkavat usein äkillisemmin: korkea kuume, lihassärky ja voimakas väsymys ovat niissä tavallisia. Jos kuulut riskiryhmään (esimerkiksi yli 65-vuotias, raskaana oleva tai sinulla on vakava perussairaus), ota yhteyttä terveydenhuoltoon pian oireiden alettua: viruslääkkeestä voi olla hyötyä, kun se aloitetaan kahden vuorokauden kuluessa.

## Omahoito kotona

- Lepää ja juo riittävästi. Kuumeisena keho tarvitsee tavallista enemmän nestettä.
- Keittosuolaliuos nenäsuihkeena tai -huuhteluna avaa tukkoista nenää.
- Apteekin nenää avaavia suihkeita voi käyttää lyhytaikaisesti, enintään pakkauksessa mainitun ajan (yleensä 7–10 päivää).
- Kipuun ja kuumeeseen voi käyttää parasetamolia tai ibuprofeenia pakkausselosteen mukaan. Lapsille ja nuorille ei pidä antaa asetyylisalisyylihappoa.
- Nosta sängyn päätyä, jos yskä tai tukkoisuus haittaa unta.

## Mitä kannattaa välttää

- Antibiootteja: ne eivät tehoa viruksiin.
- Raskasta liikuntaa kuumeisena ja vielä muutama päivä kuumeen jälkeen.
- Tupakointia, joka pitkittää oireita.
- Muiden tartuttamista: pysy kotona kuumeen ajan, yski ja aivasta kertakäyttöliinaan tai hihaan ja pese kädet usein.

## Milloin flunssa menee ohi?

Pahimmat oireet helpottavat yleensä 3–4 päivässä ja flunssa paranee 7–10 päivässä. Yskä voi jatkua 2–3 viikkoa ja väsymys vielä senkin jälkeen, mikä on tavallista. Jos kuume kestää yli kolme päivää tai nousee uudelleen, kun olo on jo parantunut, kyse voi olla jälkitaudista kuten poskiontelo-, korva- tai keuhkoputkentulehduksesta.`,
        whenToSeekCare: [
          'Soita 112, jos sinulla on vaikea hengenahdistus, rintakipua tai olet sekava tai vaikeasti herätettävä.',
          'Hengitys on tihentynyt tai hengästyt jo levossa: ota yhteys heti, iltaisin ja viikonloppuisin soita 116117.',
          'Kuume on jatkunut yli kolme vuorokautta tai nousee uudelleen, kun olo on jo parantunut.',
          'Kuulut riskiryhmään ja epäilet influenssaa tai koronavirustautia: ota yhteyttä terveysasemalle kahden vuorokauden kuluessa oireiden alusta.',
          'Sinulla on voimakas kasvo- tai hammaskipu, joka pahenee kumartuessa, tai flunssa on jatkunut yli 10 päivää ilman paranemista.',
          'Sinulla on korvakipua tai korvasta vuotaa eritettä.',
        ],
      },
      sv: {
        title: 'Förkylning',
        summary:
          'Förkylning är en virusinfektion i de övre luftvägarna som i regel går över av sig själv på 7–10 dagar. Egenvård lindrar symtomen, antibiotika hjälper inte.',
        body: `## Vad är förkylning?

Förkylning är en inflammation i de övre luftvägarna som orsakas av virus. Vanliga symtom är snuva, nästäppa, nysningar, halsont, hosta, huvudvärk och lätt feber. En vuxen är förkyld i genomsnitt 2–4 gånger per år, barn oftare.

Influensa och covid-19 börjar ofta mer plötsligt: hög feber, muskelvärk och kraftig trötthet är vanliga. Om du hör till en riskgrupp (till exempel är över 65 år, gravid eller har en allvarlig grundsjukdom) ska du kontakta vården snart efter att symtomen börjat: ett virusläkemedel kan vara till nytta om det sätts in inom två dygn.

## Egenvård hemma

- Vila och drick tillräckligt. Med feber behöver kroppen mer vätska än vanligt.
- Koksaltlösning som nässpray eller nässköljning lindrar nästäppan.
- Avsvällande nässprejer från apoteket kan användas under kort tid, högst så länge som bipacksedeln anger (vanligen 7–10 dagar).
- Mot värk och feber kan du använda paracetamol eller ibuprofen enligt bipacksedeln. Barn och unga ska inte få acetylsalicylsyra.
- Höj huvudändan av sängen om hosta eller nästäppa stör sömnen.

## Undvik

- Antibiotika: de biter inte på virus.
- Hård motion när du har feber och ännu några dagar efter att febern gått över.
- Rökning, som förlänger symtomen.
- Att smitta andra: stanna hemma så länge du har feber, hosta och nys i en engångsnäsduk eller i ärmen och tvätta händerna ofta.

## Hur länge varar förkylningen?

De värsta symtomen lättar vanligen på 3–4 dagar och förkylningen går över på 7–10 dagar. Hostan kan hålla i sig 2–3 veckor och tröttheten ännu längre, vilket är vanligt. Om febern varar längre än tre dygn eller kommer tillbaka när du redan känt dig bättre kan det vara fråga om en följdinfektion, till exempel bihåle-, öron- eller luftrörskatarr.`,
        whenToSeekCare: [
          'Ring 112 om du har svår andnöd, bröstsmärta eller är förvirrad eller svår att väcka.',
          'Andningen har blivit snabbare eller du blir andfådd redan i vila: kontakta vården genast, kvällar och veckoslut ringer du 116117.',
          'Febern har varat längre än tre dygn eller kommer tillbaka när du redan mått bättre.',
          'Du hör till en riskgrupp och misstänker influensa eller covid-19: kontakta hälsostationen inom två dygn från att symtomen började.',
          'Du har kraftig smärta i ansiktet eller tänderna som förvärras när du böjer dig framåt, eller förkylningen har pågått i över 10 dagar utan förbättring.',
          'Du har ont i örat eller det rinner sekret ur örat.',
        ],
      },
      en: {
        title: 'Common cold',
        summary:
          'A cold is a viral infection of the upper airways that usually clears up on its own in 7–10 days. Self-care eases the symptoms; antibiotics do not help.',
        body: `## What is a cold?

A common cold is an inflammation of the upper airways caused by a virus. Typical symptoms are a runny or blocked nose, sneezing, sore throat, cough, headache and a mild fever. Adults catch a cold on average 2–4 times a year, children more often.

Influenza and COVID-19 often start more suddenly: high fever, muscle aches and severe tiredness are common. If you are in a risk group (for example over 65, pregnant or with a serious long-term illness), contact health services soon after your symptoms start: antiviral medicine may help if it is started within two days.

## Self-care at home

- Rest and drink enough. With a fever your body needs more fluid than usual.
- Saline nasal spray or rinse helps a blocked nose.
- Decongestant nasal sprays from the pharmacy can be used for a short time, no longer than the package leaflet says (usually 7–10 days).
- For pain and fever you can take paracetamol or ibuprofen as the package leaflet instructs. Do not give aspirin (acetylsalicylic acid) to children or teenagers.
- Raise the head of your bed if cough or a blocked nose disturbs your sleep.

## What to avoid

- Antibiotics: they do not work against viruses.
- Strenuous exercise while you have a fever and for a few days after it has gone.
- Smoking, which makes symptoms last longer.
- Infecting others: stay at home while you have a fever, cough and sneeze into a tissue or your sleeve, and wash your hands often.

## How long does it last?

The worst symptoms usually ease in 3–4 days and a cold clears up in 7–10 days. A cough may last 2–3 weeks and tiredness even longer, which is normal. If a fever lasts more than three days or comes back after you have started to feel better, you may have a secondary infection such as sinusitis, an ear infection or bronchitis.`,
        whenToSeekCare: [
          'Call 112 if you are severely short of breath, have chest pain, or are confused or hard to wake.',
          'You are breathing faster than normal or are short of breath even at rest: seek care at once; in the evening and at weekends call 116117.',
          'Your fever has lasted more than three days or returns after you have started to feel better.',
          'You are in a risk group and suspect influenza or COVID-19: contact your health centre within two days of your symptoms starting.',
          'You have severe pain in your face or teeth that gets worse when you bend forward, or your cold has lasted over 10 days without improving.',
          'You have earache or discharge from the ear.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'kuume-aikuinen',
    topic: 'fever_infections',
    lastReviewed: '2026-01-19',
    nextReview: '2027-01-19',
    sources: [TERVEYSKIRJASTO, PAIVYSTYSAPU, OMAOLO],
    relatedGuideSlugs: ['flunssa', 'kurkkukipu', 'virtsatieinfektio', 'kuume-lapsi'],
    locales: {
      fi: {
        title: 'Kuume aikuisella',
        summary:
          'Kuume on elimistön tapa puolustautua tulehdusta vastaan. Useimmiten se johtuu virusinfektiosta ja laskee muutamassa päivässä. Tärkeintä on seurata yleisvointia.',
        body: `## Mikä kuume on?

Kuumeella tarkoitetaan aikuisella yli 38 °C:n ruumiinlämpöä mitattuna suusta, korvasta tai peräsuolesta. Kuume on elimistön normaali puolustusreaktio, ja sen tavallisin syy on virusinfektio, kuten flunssa, influenssa tai vatsatauti. Kuumeen korkeus ei yksinään kerro taudin vakavuudesta – **yleisvointi on tärkeämpi kuin lukema mittarissa**.

Kuumeeseen voi liittyä vilunväreitä, hikoilua, lihassärkyä, päänsärkyä ja väsymystä.

Kuumetta voi aiheuttaa myös bakteeritulehdus, kuten virtsatieinfektio tai keuhkokuume, ja harvemmin muu sairaus. Iäkkäällä ihmisellä infektio ei aina nosta kuumetta, vaan ensimmäinen merkki voi olla sekavuus, kaatuilu tai yleiskunnon heikkeneminen.

## Omahoito kotona

- Lepää ja juo runsaasti: kuumeisena nestettä haihtuu tavallista enemmän. Virtsan väri on hyvä mittari; tumma virtsa kertoo nesteen puutteesta.
- Pukeudu kevyesti ja pidä huoneen lämpötila miellyttävänä.
- Kuumetta ei ole pakko alentaa. Jos olo on tukala, voit käyttää parasetamolia tai ibuprofeenia pakkausselosteen mukaisesti. Ibuprofeenia on syytä välttää, jos sinulla on munuaissairaus, mahahaava tai verenohennuslääkitys, tai jos olet kuivunut.
- Mittaa kuume samalla tavalla ja samaan aikaan päivästä, niin voit seurata sen kulkua.
- Voit tehdä oirearvion myös Omaolo-palvelussa.

## Mitä kannattaa välttää

- Liikuntaa ja saunomista kuumeisena sekä vielä 1–2 päivää kuumeen laskettua. Infektio voi rasittaa sydäntä.
- Alkoholia, joka kuivattaa elimistöä.
- Päällekkäisiä kipu- ja kuumelääkkeitä: tarkista, ettei esimerkiksi flunssalääkkeessä ole samaa vaikuttavaa ainetta.
- Töihin menemistä kuumeisena.

## Milloin kuume menee ohi?

Virusinfektion aiheuttama kuume laskee yleensä 2–3 vuorokaudessa. Jos kuume jatkuu yli kolme vuorokautta ilman selvää syytä, se palaa uudelleen tai yleisvointi heikkenee, ota yhteyttä terveysasemalle.`,
        whenToSeekCare: [
          'Soita 112, jos kuumeiseen liittyy sekavuutta, vaikea herättävyys, niskan jäykkyys, hengitysvaikeus, rintakipu tai painettaessa haalistumaton pistemäinen ihottuma.',
          'Saat syöpähoitoja tai vastustuskykyä heikentävää lääkitystä ja sinulle nousee kuume: hakeudu heti päivystykseen – soita 116117.',
          'Yleisvointi on huono, virtsaamisesi on vähäistä tai et pysty juomaan: soita 116117.',
          'Olet palannut matkalta malaria-alueelta viimeisen vuoden aikana ja sinulla on kuumetta: ota yhteys samana päivänä.',
          'Kuumeeseen liittyy kylkikipua, virtsaamiskipua tai voimakasta vatsakipua.',
          'Kuume on jatkunut yli kolme vuorokautta tai palaa, kun olo on jo parantunut.',
        ],
      },
      sv: {
        title: 'Feber hos vuxna',
        summary:
          'Feber är kroppens sätt att försvara sig mot en infektion. Oftast beror den på en virusinfektion och går ner inom några dagar. Det viktigaste är att följa allmäntillståndet.',
        body: `## Vad är feber?

Hos vuxna räknas en kroppstemperatur över 38 °C, mätt i munnen, örat eller ändtarmen, som feber. Feber är en normal försvarsreaktion och den vanligaste orsaken är en virusinfektion, till exempel förkylning, influensa eller magsjuka. Hur hög febern är säger inte ensamt hur allvarlig sjukdomen är – **allmäntillståndet är viktigare än siffran på termometern**.

Med feber följer ofta frossa, svettningar, muskelvärk, huvudvärk och trötthet.

Feber kan också orsakas av en bakterieinfektion, till exempel urinvägsinfektion eller lunginflammation, och mer sällan av andra sjukdomar. Hos äldre personer ger en infektion inte alltid feber; det första tecknet kan i stället vara förvirring, fall eller försämrat allmäntillstånd.

## Egenvård hemma

- Vila och drick rikligt: vid feber förlorar kroppen mer vätska än vanligt. Urinens färg är en bra mätare; mörk urin tyder på vätskebrist.
- Klä dig lätt och håll en behaglig rumstemperatur.
- Febern måste inte sänkas. Om du mår dåligt kan du använda paracetamol eller ibuprofen enligt bipacksedeln. Undvik ibuprofen om du har njursjukdom, magsår eller blodförtunnande medicinering, eller om du är uttorkad.
- Mät febern på samma sätt och vid samma tid på dagen så kan du följa förloppet.
- Du kan också göra en symtombedömning i tjänsten Omaolo.

## Undvik

- Motion och bastu när du har feber och ännu 1–2 dagar efter att febern gått ner. Infektionen kan belasta hjärtat.
- Alkohol, som torkar ut kroppen.
- Att ta flera värk- och febermediciner samtidigt: kontrollera att till exempel förkylningsmedicinen inte innehåller samma verksamma ämne.
- Att gå till jobbet med feber.

## Hur länge varar febern?

Feber som orsakas av en virusinfektion går vanligen ner på 2–3 dygn. Om febern varar längre än tre dygn utan klar orsak, kommer tillbaka eller om allmäntillståndet försämras ska du kontakta hälsostationen.`,
        whenToSeekCare: [
          'Ring 112 om febern åtföljs av förvirring, om du är svår att väcka, har nackstelhet, andningssvårigheter, bröstsmärta eller punktformiga utslag som inte bleknar vid tryck.',
          'Du får cancerbehandling eller läkemedel som försämrar immunförsvaret och får feber: sök genast vård på jouren – ring 116117.',
          'Ditt allmäntillstånd är dåligt, du kissar mycket lite eller kan inte dricka: ring 116117.',
          'Du har under det senaste året rest i ett malariaområde och har feber: kontakta vården samma dag.',
          'Febern åtföljs av smärta i sidan, sveda när du kissar eller kraftig buksmärta.',
          'Febern har varat längre än tre dygn eller kommer tillbaka när du redan mått bättre.',
        ],
      },
      en: {
        title: 'Fever in adults',
        summary:
          "Fever is the body's way of fighting an infection. It is usually caused by a viral infection and settles within a few days. What matters most is how you feel overall.",
        body: `## What is a fever?

In adults, a body temperature over 38 °C measured in the mouth, ear or rectum is a fever. Fever is a normal defence reaction, and its most common cause is a viral infection such as a cold, influenza or stomach flu. How high the fever is does not on its own tell how serious the illness is – **your general condition matters more than the number on the thermometer**.

A fever may come with chills, sweating, muscle aches, headache and tiredness.

A fever can also be caused by a bacterial infection, such as a urinary tract infection or pneumonia, and less often by other illnesses. In older people an infection does not always cause a fever; the first sign may instead be confusion, falls or a general decline.

## Self-care at home

- Rest and drink plenty: with a fever you lose more fluid than usual. The colour of your urine is a good guide; dark urine means you need more fluid.
- Dress lightly and keep the room at a comfortable temperature.
- You do not have to bring a fever down. If you feel uncomfortable, you can take paracetamol or ibuprofen as the package leaflet instructs. Avoid ibuprofen if you have kidney disease, a stomach ulcer or take blood thinners, or if you are dehydrated.
- Measure your temperature the same way and at the same time of day so you can follow how it develops.
- You can also do a symptom assessment in the Omaolo service.

## What to avoid

- Exercise and sauna while you have a fever and for 1–2 days after it has gone. An infection can strain the heart.
- Alcohol, which dehydrates the body.
- Taking several pain or fever medicines at once: check that, for example, a cold remedy does not contain the same active ingredient.
- Going to work with a fever.

## How long does it last?

A fever caused by a viral infection usually settles in 2–3 days. If the fever lasts more than three days without a clear cause, comes back, or you feel worse, contact your health centre.`,
        whenToSeekCare: [
          'Call 112 if the fever comes with confusion, being hard to wake, a stiff neck, difficulty breathing, chest pain or a spotty rash that does not fade when pressed.',
          'You are having cancer treatment or take medicines that weaken your immune system and you get a fever: go to the emergency department at once – call 116117.',
          'You feel very unwell, pass very little urine or cannot drink: call 116117.',
          'You have been in a malaria area in the past year and have a fever: seek care the same day.',
          'The fever comes with pain in your side, pain when passing urine or severe abdominal pain.',
          'The fever has lasted more than three days or returns after you have started to feel better.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'kuume-lapsi',
    topic: 'children',
    lastReviewed: '2026-01-19',
    nextReview: '2027-01-19',
    sources: [TERVEYSKIRJASTO, PAIVYSTYSAPU, THL],
    relatedGuideSlugs: ['korvakipu-lapsi', 'flunssa', 'ripuli-oksentelu', 'kuume-aikuinen'],
    locales: {
      fi: {
        title: 'Kuume lapsella',
        summary:
          'Lapsen kuume johtuu yleensä virusinfektiosta ja laskee muutamassa päivässä. Tärkeintä on seurata lapsen yleisvointia ja juomista. Alle 3 kuukauden ikäinen kuumeinen vauva tarvitsee aina heti lääkärin arvion.',
        body: `## Mikä kuume on?

Lapsella kuumeena pidetään yli 38 °C:n lämpöä. Kuumeen aiheuttaa useimmiten virusinfektio, kuten flunssa tai vatsatauti. Pienellä lapsella kuume voi nousta nopeasti korkeaksikin, eikä lukema yksinään kerro taudin vakavuudesta. **Tärkeintä on lapsen yleisvointi**: leikkiikö lapsi ja onko hän kontaktissa, kun kuume on hieman laskenut, ja jaksaako hän juoda.

**Alle 3 kuukauden ikäinen vauva, jolla on kuumetta, pitää viedä heti lääkäriin**, vaikka vointi vaikuttaisi hyvältä. Myös 3–6 kuukauden ikäisen kuumeisen vauvan tilanne on hyvä arvioida samana päivänä.

## Omahoito kotona

- Tarjoa juotavaa usein ja pieninä määrinä. Imeväinen saa rintamaitoa tai korviketta tavalliseen tapaan.
- Pue lapsi kevyesti äläkä kääri häntä peittoihin. Huoneen lämpötila saa olla tavallinen.
- Kuumetta ei ole pakko alentaa. Jos lapsen olo on tukala, voi antaa lapsille tarkoitettua kuumelääkettä (parasetamoli tai ibuprofeeni). **Noudata pakkauksen annosohjetta lapsen painon mukaan tai kysy apteekista.** Alle 3 kuukauden ikäiselle ei anneta kuumelääkettä ilman lääkärin ohjetta. Ibuprofeenia ei pidä antaa lapselle, joka ei juo tai on kuivunut.
- Seuraa, kastuuko vaippa tai käykö lapsi pissalla tavalliseen tapaan.
- Lepo ja rauhallinen tekeminen riittävät; lapsi voi liikkua voinnin mukaan.

## Mitä kannattaa välttää

- Asetyylisalisyylihappoa (esimerkiksi aspiriini): sitä ei anneta lapsille eikä nuorille.
- Kylmiä kylpyjä ja märkiä kääreitä: ne palelluttavat eivätkä auta.
- Päiväkotiin tai kouluun menoa, ennen kuin lapsi on ollut kuumeeton vähintään vuorokauden ja jaksaa tavallisen päivän.

## Milloin kuume menee ohi?

Virusinfektion aiheuttama kuume kestää tavallisesti 1–3 vuorokautta. Kuumeen laskettua lapsi voi olla vielä muutaman päivän väsynyt. Jos kuume jatkuu yli kolme vuorokautta, nousee uudelleen tai lapselle tulee uusia oireita, kuten korvakipua tai virtsaamiskipua, ota yhteyttä terveysasemalle.`,
        whenToSeekCare: [
          'Soita 112, jos lapsi on veltto, vaikeasti herätettävä tai ei ole kontaktissa, hänellä on hengitysvaikeus, niskan jäykkyys tai iholla painettaessa haalistumaton pistemäinen ihottuma (lasikoe).',
          'Soita 112, jos lapsella on kouristus, joka kestää yli 5 minuuttia, tai lapsi ei herää kouristuksen jälkeen. Ensimmäisen kuumekouristuksen jälkeen lapsi viedään aina päivystykseen.',
          'Alle 3 kuukauden ikäisellä vauvalla on kuumetta (38 °C tai enemmän): hakeudu heti päivystykseen – soita 116117.',
          'Lapsi ei juo, oksentaa kaiken tai vaippa on pysynyt kuivana yli 6 tuntia: soita 116117.',
          '3–6 kuukauden ikäisellä vauvalla on kuumetta: ota yhteys samana päivänä.',
          'Lapsella on korvakipua, virtsaamiskipua tai hengitys on tavallista tiheämpää.',
          'Kuume on jatkunut yli kolme vuorokautta tai nousee uudelleen, kun lapsi on jo ollut kuumeeton.',
        ],
      },
      sv: {
        title: 'Feber hos barn',
        summary:
          'Feber hos barn beror oftast på en virusinfektion och går ner på några dagar. Det viktigaste är att följa barnets allmäntillstånd och hur barnet dricker. Ett barn under 3 månader med feber ska alltid genast bedömas av läkare.',
        body: `## Vad är feber?

Hos barn räknas en temperatur över 38 °C som feber. Feber orsakas oftast av en virusinfektion, till exempel förkylning eller magsjuka. Hos små barn kan febern stiga snabbt och högt, och siffran ensam säger inte hur allvarlig sjukdomen är. **Det viktigaste är barnets allmäntillstånd**: leker barnet och har du kontakt med barnet när febern gått ner något, och orkar barnet dricka?

**En baby under 3 månader som har feber ska genast till läkare**, även om babyn verkar må bra. Också ett barn i åldern 3–6 månader med feber bör bedömas samma dag.

## Egenvård hemma

- Erbjud något att dricka ofta och i små mängder. En baby får bröstmjölk eller modersmjölksersättning som vanligt.
- Klä barnet lätt och linda inte in barnet i filtar. Rumstemperaturen kan vara normal.
- Febern måste inte sänkas. Om barnet mår dåligt kan du ge febermedicin avsedd för barn (paracetamol eller ibuprofen). **Följ doseringsanvisningen på förpackningen enligt barnets vikt eller fråga på apoteket.** Barn under 3 månader ska inte få febermedicin utan läkares anvisning. Ge inte ibuprofen till ett barn som inte dricker eller är uttorkat.
- Följ med om blöjan blir våt eller om barnet kissar som vanligt.
- Vila och lugna aktiviteter räcker; barnet får röra sig efter ork.

## Undvik

- Acetylsalicylsyra (till exempel aspirin): det ges inte till barn eller unga.
- Kalla bad och våta omslag: de får barnet att frysa och hjälper inte.
- Att gå till dagvården eller skolan innan barnet har varit feberfritt i minst ett dygn och orkar med en vanlig dag.

## Hur länge varar febern?

Feber som orsakas av en virusinfektion varar vanligen 1–3 dygn. När febern gått ner kan barnet ännu vara trött några dagar. Om febern varar längre än tre dygn, kommer tillbaka eller barnet får nya symtom, till exempel öronvärk eller sveda när barnet kissar, ska du kontakta hälsostationen.`,
        whenToSeekCare: [
          'Ring 112 om barnet är slappt, svårt att väcka eller inte har kontakt, har andningssvårigheter, nackstelhet eller punktformiga utslag som inte bleknar vid tryck (glastest).',
          'Ring 112 om barnet har kramper som varar längre än 5 minuter eller om barnet inte vaknar efter kramperna. Efter ett första feberkramp ska barnet alltid till jouren.',
          'En baby under 3 månader har feber (38 °C eller mer): sök genast vård på jouren – ring 116117.',
          'Barnet dricker inte, kräks upp allt eller blöjan har varit torr i över 6 timmar: ring 116117.',
          'En baby i åldern 3–6 månader har feber: kontakta vården samma dag.',
          'Barnet har öronvärk, sveda när det kissar eller andas snabbare än vanligt.',
          'Febern har varat längre än tre dygn eller kommer tillbaka när barnet redan varit feberfritt.',
        ],
      },
      en: {
        title: 'Fever in children',
        summary:
          "A child's fever is usually caused by a viral infection and settles within a few days. What matters most is how the child is overall and whether they drink. A baby under 3 months with a fever always needs to see a doctor at once.",
        body: `## What is a fever?

In children, a temperature over 38 °C is a fever. It is most often caused by a viral infection such as a cold or stomach flu. In small children a fever can rise quickly and high, and the number alone does not tell how serious the illness is. **What matters most is the child's general condition**: does the child play and respond to you when the fever has come down a little, and do they manage to drink?

**A baby under 3 months old with a fever must see a doctor at once**, even if the baby seems well. A baby aged 3–6 months with a fever should also be assessed the same day.

## Self-care at home

- Offer drinks often and in small amounts. A baby gets breast milk or formula as usual.
- Dress the child lightly and do not wrap them in blankets. Normal room temperature is fine.
- You do not have to bring the fever down. If the child is uncomfortable, you can give a fever medicine meant for children (paracetamol or ibuprofen). **Follow the dosing instructions on the package according to the child's weight, or ask a pharmacist.** Do not give fever medicine to a baby under 3 months without a doctor's advice. Do not give ibuprofen to a child who is not drinking or is dehydrated.
- Check that nappies get wet or that the child passes urine as usual.
- Rest and quiet play are enough; the child can move about as they feel able.

## What to avoid

- Aspirin (acetylsalicylic acid): it is not given to children or teenagers.
- Cold baths and wet wraps: they make the child shiver and do not help.
- Returning to day care or school before the child has been fever-free for at least a day and can manage a normal day.

## How long does it last?

A fever caused by a viral infection usually lasts 1–3 days. After the fever has gone the child may still be tired for a few days. If the fever lasts more than three days, comes back, or the child gets new symptoms such as earache or pain when passing urine, contact your health centre.`,
        whenToSeekCare: [
          'Call 112 if the child is floppy, hard to wake or not responding, has difficulty breathing, a stiff neck, or a spotty rash that does not fade when pressed (glass test).',
          'Call 112 if the child has a seizure lasting more than 5 minutes or does not wake up after a seizure. After a first febrile seizure the child must always be taken to the emergency department.',
          'A baby under 3 months has a fever (38 °C or more): go to the emergency department at once – call 116117.',
          'The child is not drinking, vomits everything or the nappy has stayed dry for more than 6 hours: call 116117.',
          'A baby aged 3–6 months has a fever: seek care the same day.',
          'The child has earache, pain when passing urine or is breathing faster than usual.',
          'The fever has lasted more than three days or returns after the child has been fever-free.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'yska',
    topic: 'breathing',
    lastReviewed: '2026-01-26',
    nextReview: '2027-01-26',
    sources: [TERVEYSKIRJASTO, KAYPA_HOITO, PAIVYSTYSAPU],
    relatedGuideSlugs: ['flunssa', 'kurkkukipu', 'kuume-aikuinen'],
    locales: {
      fi: {
        title: 'Yskä',
        summary:
          'Äkillinen yskä liittyy yleensä flunssaan ja voi jatkua parista viikosta jopa kahteen kuukauteen. Useimmiten se paranee itsestään. Hengenahdistus tai rintakipu vaatii aina arvion.',
        body: `## Mikä yskä on?

Yskä on hengitysteiden suojarefleksi, joka poistaa limaa ja ärsykkeitä. Tavallisimmin yskä alkaa flunssan yhteydessä. Virusinfektio herkistää hengitysteitä, minkä vuoksi yskä voi jatkua usean viikon ajan, vaikka muut oireet ovat jo hävinneet. Tämä ns. jälkiyskä on harmiton ja menee ohi itsestään.

Yskä voi olla kuivaa tai limaista. Limanerityksen väri ei kerro, tarvitaanko antibioottia – vihreä tai keltainen lima on tavallista myös virusinfektiossa.

Pienellä lapsella haukkuva yskä ja käheä, vinkuva sisäänhengitys yöllä voivat olla kurkunpääntulehdusta. Viileä ulkoilma tai avoimen ikkunan ääressä istuminen helpottaa usein nopeasti.

## Omahoito kotona

- Juo riittävästi ja kostuta huoneilmaa. Lämmin juoma rauhoittaa kurkkua.
- Hunaja voi lievittää yskää, mutta **alle 1-vuotiaalle hunajaa ei saa antaa**.
- Nosta sängyn päätyä, jos yskä pahenee makuulla.
- Lepää riittävästi ja palaa liikuntaan vähitellen, kun kuume on ohi.
- Apteekin yskänlääkkeiden teho on vähäinen. Kysy farmaseutilta, sopiiko valmiste sinulle. Lapsille yskänlääkkeitä ei anneta ilman apteekin tai lääkärin neuvoa.
- Jos sinulla on astma, käytä avaavaa lääkettä hoitosuunnitelmasi mukaan.

## Mitä kannattaa välttää

- Tupakointia ja tupakansavua – yskä on tupakoivalla pitkäkestoisempaa.
- Rasittavaa liikuntaa kuumeisena.
- Antibiootteja ilman lääkärin arviota: äkillinen keuhkoputkitulehdus on lähes aina viruksen aiheuttama.

## Milloin yskä menee ohi?

Flunssan jälkeinen yskä kestää tavallisesti 1–3 viikkoa, joskus jopa kahdeksan viikkoa. Jos yskä jatkuu yli kolme viikkoa eikä ole helpottamassa, tai jos yskään liittyy laihtumista, yöhikoilua tai veriysköksiä, ota yhteyttä terveysasemalle.`,
        whenToSeekCare: [
          'Soita 112, jos sinulla on vaikea hengenahdistus, huulet sinertävät, sinulla on rintakipua tai yskit runsaasti verta.',
          'Lapsen sisäänhengitys vinkuu tai hengitys on työlästä eikä helpota viileässä ulkoilmassa: hakeudu heti päivystykseen – soita 116117.',
          'Sinulla on kuumetta ja hengitys on tihentynyt tai hengästyt levossa: ota yhteys samana päivänä, iltaisin ja viikonloppuisin soita 116117.',
          'Astman avaava lääke ei auta tai sitä tarvitsee jatkuvasti.',
          'Kuume on jatkunut yli kolme vuorokautta yskän kanssa.',
          'Yskä on jatkunut yli kolme viikkoa eikä helpota, tai yskösissä on verta.',
          'Yskään liittyy laihtumista, yöhikoilua tai pitkittynyttä väsymystä.',
        ],
      },
      sv: {
        title: 'Hosta',
        summary:
          'Akut hosta hör oftast ihop med förkylning och kan hålla i sig från ett par veckor upp till två månader. Oftast går den över av sig själv. Andnöd eller bröstsmärta ska alltid bedömas.',
        body: `## Vad är hosta?

Hosta är en skyddsreflex som avlägsnar slem och retande ämnen ur luftvägarna. Oftast börjar hostan i samband med en förkylning. Virusinfektionen gör luftvägarna känsliga, och därför kan hostan fortsätta i flera veckor fast de övriga symtomen redan gått över. Denna så kallade efterhosta är ofarlig och går över av sig själv.

Hostan kan vara torr eller slemmig. Slemmets färg avgör inte om man behöver antibiotika – grönt eller gult slem är vanligt också vid virusinfektioner.

Hos små barn kan skällande hosta och hes, pipande inandning på natten vara struplocksinflammation (falsk krupp). Sval uteluft eller att sitta vid ett öppet fönster lindrar ofta snabbt.

## Egenvård hemma

- Drick tillräckligt och fukta inomhusluften. En varm dryck lugnar halsen.
- Honung kan lindra hostan, men **barn under 1 år får inte honung**.
- Höj huvudändan av sängen om hostan blir värre när du ligger.
- Vila tillräckligt och återgå gradvis till motion när febern har gått över.
- Hostmedicinerna på apoteket har liten effekt. Fråga farmaceuten om preparatet passar dig. Barn ska inte få hostmedicin utan råd från apoteket eller en läkare.
- Om du har astma, använd luftrörsvidgande medicin enligt din vårdplan.

## Undvik

- Rökning och tobaksrök – hos rökare varar hostan längre.
- Ansträngande motion när du har feber.
- Antibiotika utan läkarbedömning: akut luftrörskatarr orsakas nästan alltid av virus.

## Hur länge varar hostan?

Hosta efter en förkylning varar vanligen 1–3 veckor, ibland upp till åtta veckor. Om hostan fortsätter i över tre veckor utan att bli bättre, eller om du samtidigt går ner i vikt, svettas nattetid eller hostar blod, ska du kontakta hälsostationen.`,
        whenToSeekCare: [
          'Ring 112 om du har svår andnöd, blåaktiga läppar, bröstsmärta eller hostar upp rikligt med blod.',
          'Barnets inandning piper eller andningen är ansträngd och lättar inte i sval uteluft: sök genast vård på jouren – ring 116117.',
          'Du har feber och andas snabbare än vanligt eller blir andfådd i vila: kontakta vården samma dag, kvällar och veckoslut ringer du 116117.',
          'Den luftrörsvidgande astmamedicinen hjälper inte eller du behöver den hela tiden.',
          'Du har haft feber och hosta i över tre dygn.',
          'Hostan har varat i över tre veckor utan att lätta, eller det finns blod i slemmet.',
          'Hostan åtföljs av viktnedgång, nattliga svettningar eller långvarig trötthet.',
        ],
      },
      en: {
        title: 'Cough',
        summary:
          'An acute cough usually comes with a cold and can last from a couple of weeks up to two months. Most often it goes away on its own. Shortness of breath or chest pain always needs to be assessed.',
        body: `## What is a cough?

Coughing is a protective reflex that clears mucus and irritants from the airways. A cough most often starts with a cold. The viral infection makes the airways sensitive, so the cough may go on for several weeks even after the other symptoms have gone. This post-viral cough is harmless and clears up on its own.

A cough can be dry or productive. The colour of the phlegm does not tell whether you need antibiotics – green or yellow phlegm is common in viral infections too.

In small children, a barking cough and a hoarse, noisy in-breath at night may be croup. Cool outdoor air or sitting by an open window often helps quickly.

## Self-care at home

- Drink enough and keep the indoor air humid. A warm drink soothes the throat.
- Honey may ease a cough, but **never give honey to a child under 1 year**.
- Raise the head of your bed if the cough is worse when lying down.
- Rest enough and return to exercise gradually once the fever has gone.
- Over-the-counter cough medicines have little effect. Ask a pharmacist whether a product suits you. Do not give cough medicine to children without advice from a pharmacist or doctor.
- If you have asthma, use your reliever inhaler according to your care plan.

## What to avoid

- Smoking and tobacco smoke – coughs last longer in smokers.
- Strenuous exercise while you have a fever.
- Antibiotics without a doctor's assessment: acute bronchitis is almost always caused by a virus.

## How long does it last?

A cough after a cold usually lasts 1–3 weeks, sometimes up to eight weeks. If your cough lasts more than three weeks without easing, or comes with weight loss, night sweats or coughing up blood, contact your health centre.`,
        whenToSeekCare: [
          'Call 112 if you are severely short of breath, your lips turn bluish, you have chest pain or you cough up a lot of blood.',
          "A child's in-breath is noisy or breathing is laboured and does not ease in cool outdoor air: go to the emergency department at once – call 116117.",
          'You have a fever and are breathing faster than usual or are short of breath at rest: seek care the same day; in the evening and at weekends call 116117.',
          'Your asthma reliever does not help or you need it all the time.',
          'You have had a fever with the cough for more than three days.',
          'The cough has lasted more than three weeks without easing, or there is blood in your phlegm.',
          'The cough comes with weight loss, night sweats or lasting tiredness.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'korvakipu-lapsi',
    topic: 'children',
    lastReviewed: '2026-01-26',
    nextReview: '2027-01-26',
    sources: [TERVEYSKIRJASTO, KAYPA_HOITO, PAIVYSTYSAPU],
    relatedGuideSlugs: ['kuume-lapsi', 'flunssa'],
    locales: {
      fi: {
        title: 'Korvakipu lapsella',
        summary:
          'Lapsen korvakipu liittyy usein flunssaan ja voi johtua välikorvatulehduksesta. Kipulääke ja lepo auttavat yöllä, ja tulehduksen toteaa lääkäri korvan tutkimalla.',
        body: `## Mistä korvakipu johtuu?

Lapsen korvakipu alkaa usein flunssan aikana tai sen jälkeen. Tavallisin syy on **äkillinen välikorvatulehdus**, jossa tärykalvon taakse kertyy tulehdusnestettä. Se on yleisin alle kouluikäisten lasten tulehdus. Oireita ovat korvakipu, yöllinen heräily, itkuisuus, korvan koskettelu, kuume ja joskus korvasta vuotava erite. Pieni lapsi ei aina osaa kertoa kivusta, vaan oireena voi olla vain levottomuus ja huono uni.

Välikorvatulehduksen voi todeta vain lääkäri tutkimalla tärykalvon. Lääkäri arvioi myös, tarvitaanko antibioottia. Korvakipu voi johtua myös ulkokorvan tulehduksesta, jolloin korvalehden venyttäminen sattuu, tai esimerkiksi hampaiden puhkeamisesta.

## Omahoito kotona

- Lievitä kipua lapsille tarkoitetulla kipulääkkeellä (parasetamoli tai ibuprofeeni). **Noudata pakkauksen annosohjetta lapsen painon mukaan tai kysy apteekista.**
- Kohoasento eli sängyn pääpuolen nostaminen voi helpottaa yöllä.
- Huolehdi riittävästä juomisesta ja levosta.
- Jos kipu alkaa yöllä ja lapsen yleisvointi on hyvä, kipulääke ja lepo riittävät yöksi. Ota yhteyttä terveysasemalle seuraavana päivänä, jos kipu jatkuu.

## Mitä kannattaa välttää

- Älä laita korvaan vanupuikkoja tai muita esineitä.
- Älä käytä korvatippoja ilman lääkärin tai apteekin ohjetta – jos tärykalvo on puhjennut, tipat voivat olla haitallisia.
- Vältä tupakansavua lapsen ympäristössä: se lisää korvatulehduksia.
- Uiminen ja veden joutuminen korvaan kannattaa välttää, jos korvasta vuotaa eritettä.

## Milloin korvakipu menee ohi?

Kipu helpottaa yleensä 1–3 vuorokaudessa. Välikorvan tulehdusnestettä voi olla vielä viikkoja, ja kuulo voi sillä aikaa olla heikentynyt. Jos kuulo ei tunnu palautuvan muutamassa viikossa tai korvatulehduksia on usein, ota yhteyttä terveysasemalle.`,
        whenToSeekCare: [
          'Soita 112, jos lapsi on veltto, vaikeasti herätettävä, hänellä on niskan jäykkyys tai painettaessa haalistumaton ihottuma.',
          'Korvan takana on turvotusta, punoitusta ja arkuutta tai korvalehti työntyy ulospäin: hakeudu heti päivystykseen – soita 116117.',
          'Lapsen kasvojen toinen puoli roikkuu tai silmä ei sulkeudu: hakeudu heti päivystykseen.',
          'Alle 6 kuukauden ikäisellä vauvalla on korvakipuun viittaavia oireita tai kuumetta: ota yhteys samana päivänä.',
          'Kipu ei helpotu kipulääkkeellä tai lapsen yleisvointi heikkenee: soita 116117.',
          'Korvasta vuotaa eritettä tai korvakipu jatkuu seuraavana päivänä.',
          'Kuume on jatkunut yli kolme vuorokautta tai kuulo ei palaudu muutamassa viikossa.',
        ],
      },
      sv: {
        title: 'Öronvärk hos barn',
        summary:
          'Öronvärk hos barn hör ofta ihop med förkylning och kan bero på öroninflammation. Värkmedicin och vila hjälper under natten, och inflammationen konstateras av en läkare som undersöker örat.',
        body: `## Vad beror öronvärken på?

Öronvärk hos barn börjar ofta under eller efter en förkylning. Den vanligaste orsaken är **akut mellanöreinflammation (öroninflammation)**, där det samlas inflammationsvätska bakom trumhinnan. Det är den vanligaste infektionen hos barn under skolåldern. Symtomen är öronvärk, att barnet vaknar på natten, gråter, tar sig åt örat, feber och ibland sekret som rinner ur örat. Ett litet barn kan inte alltid berätta om värken, utan det enda tecknet kan vara oro och dålig sömn.

Mellanöreinflammation kan konstateras endast av en läkare som undersöker trumhinnan. Läkaren bedömer också om antibiotika behövs. Öronvärk kan också bero på en inflammation i ytterörat, då det gör ont när man drar i örat, eller till exempel på tandsprickning.

## Egenvård hemma

- Lindra värken med värkmedicin avsedd för barn (paracetamol eller ibuprofen). **Följ doseringsanvisningen på förpackningen enligt barnets vikt eller fråga på apoteket.**
- Att höja huvudändan av sängen kan lindra på natten.
- Se till att barnet dricker tillräckligt och får vila.
- Om värken börjar på natten och barnets allmäntillstånd är gott räcker värkmedicin och vila över natten. Kontakta hälsostationen följande dag om värken fortsätter.

## Undvik

- Stoppa inte bomullspinnar eller andra föremål i örat.
- Använd inte örondroppar utan råd från läkare eller apotek – om trumhinnan har gått sönder kan dropparna vara skadliga.
- Undvik tobaksrök i barnets omgivning: den ökar risken för öroninflammation.
- Undvik simning och att få vatten i örat om det rinner sekret ur örat.

## Hur länge varar öronvärken?

Värken lättar vanligen på 1–3 dygn. Vätska kan finnas kvar i mellanörat i flera veckor, och under den tiden kan hörseln vara nedsatt. Om hörseln inte verkar återhämta sig på några veckor eller barnet ofta har öroninflammation ska du kontakta hälsostationen.`,
        whenToSeekCare: [
          'Ring 112 om barnet är slappt, svårt att väcka, har nackstelhet eller utslag som inte bleknar vid tryck.',
          'Bakom örat finns svullnad, rodnad och ömhet eller öronmusslan står ut: sök genast vård på jouren – ring 116117.',
          'Ena sidan av barnets ansikte hänger eller ögat går inte att stänga: sök genast vård på jouren.',
          'En baby under 6 månader har symtom som tyder på öronvärk eller har feber: kontakta vården samma dag.',
          'Värken lättar inte av värkmedicin eller barnets allmäntillstånd försämras: ring 116117.',
          'Det rinner sekret ur örat eller öronvärken fortsätter följande dag.',
          'Febern har varat längre än tre dygn eller hörseln återhämtar sig inte på några veckor.',
        ],
      },
      en: {
        title: 'Earache in children',
        summary:
          "A child's earache often comes with a cold and may be caused by a middle ear infection. Pain relief and rest help through the night, and a doctor diagnoses the infection by examining the ear.",
        body: `## What causes earache?

A child's earache often starts during or after a cold. The most common cause is an **acute middle ear infection (otitis media)**, in which fluid collects behind the eardrum. It is the most common infection in children under school age. Symptoms include ear pain, waking at night, crying, touching the ear, fever and sometimes discharge from the ear. A small child cannot always tell you about the pain; restlessness and poor sleep may be the only signs.

Only a doctor can diagnose a middle ear infection by examining the eardrum. The doctor also decides whether antibiotics are needed. Earache can also be caused by an outer ear infection, where pulling the ear hurts, or for example by teething.

## Self-care at home

- Ease the pain with a painkiller meant for children (paracetamol or ibuprofen). **Follow the dosing instructions on the package according to the child's weight, or ask a pharmacist.**
- Raising the head end of the bed may help at night.
- Make sure the child drinks enough and rests.
- If the pain starts at night and the child is otherwise well, a painkiller and rest are enough for the night. Contact your health centre the next day if the pain continues.

## What to avoid

- Do not put cotton buds or other objects in the ear.
- Do not use ear drops without advice from a doctor or pharmacist – if the eardrum has burst, drops may be harmful.
- Avoid tobacco smoke around the child: it increases ear infections.
- Avoid swimming and getting water in the ear if there is discharge from the ear.

## How long does it last?

The pain usually eases in 1–3 days. Fluid may stay in the middle ear for weeks, and hearing may be reduced during that time. If hearing does not seem to recover within a few weeks or the child often has ear infections, contact your health centre.`,
        whenToSeekCare: [
          'Call 112 if the child is floppy, hard to wake, has a stiff neck or a rash that does not fade when pressed.',
          'There is swelling, redness and tenderness behind the ear or the ear sticks out: go to the emergency department at once – call 116117.',
          "One side of the child's face droops or an eye will not close: go to the emergency department at once.",
          'A baby under 6 months has signs of earache or a fever: seek care the same day.',
          "Painkillers do not ease the pain or the child's general condition gets worse: call 116117.",
          'There is discharge from the ear or the earache continues the next day.',
          'The fever has lasted more than three days or hearing does not recover within a few weeks.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'virtsatieinfektio',
    topic: 'fever_infections',
    lastReviewed: '2026-02-02',
    nextReview: '2027-02-02',
    sources: [TERVEYSKIRJASTO, KAYPA_HOITO, PAIVYSTYSAPU],
    relatedGuideSlugs: ['kuume-aikuinen', 'raskauden-alku'],
    locales: {
      fi: {
        title: 'Virtsatieinfektio',
        summary:
          'Virtsarakon tulehdus aiheuttaa kirvelyä ja tihentynyttä virtsaamistarvetta. Lievä tulehdus voi parantua itsestään, mutta kuume, kylkikipu, raskaus tai oireet miehellä vaativat aina arvion.',
        body: `## Mikä virtsatieinfektio on?

Virtsatieinfektio on tavallisimmin virtsarakon bakteeritulehdus (kystiitti). Se on naisilla yleinen: noin puolet naisista sairastaa ainakin yhden virtsatieinfektion elämänsä aikana. Tyypillisiä oireita ovat kirvely virtsatessa, tihentynyt ja äkillinen virtsaamistarve, alavatsakipu ja joskus verivirtsaisuus.

Jos tulehdus nousee munuaisiin (munuaisaltaantulehdus), oireina ovat kuume, vilunväreet, kylkikipu ja huono yleisvointi. Se vaatii aina lääkärin hoitoa.

Terveellä, ei raskaana olevalla aikuisella naisella tyypillinen rakkotulehdus voidaan usein hoitaa ottamalla yhteyttä terveysasemaan, joskus ilman vastaanottokäyntiä. **Miehen, raskaana olevan ja lapsen virtsatieinfektio tutkitaan aina** virtsanäytteellä.

## Omahoito kotona

- Juo tavallista enemmän, jotta virtsaa muodostuu runsaasti ja rakko huuhtoutuu.
- Käy virtsaamassa heti, kun tarve tulee, äläkä pidättele.
- Lämpötyyny alavatsalla voi lievittää kipua.
- Jos tulehdukset liittyvät yhdyntään, virtsaaminen pian yhdynnän jälkeen voi vähentää niitä. Karpalovalmisteiden hyöty on epävarma, mutta joillakin naisilla ne voivat vähentää toistuvia tulehduksia.
- Kipuun voit käyttää parasetamolia tai ibuprofeenia pakkausselosteen mukaan (ibuprofeenia ei raskauden aikana eikä munuaissairauden yhteydessä).
- Lievät oireet voivat helpottaa itsestään muutamassa päivässä. Jos oireet eivät helpota 2–3 vuorokaudessa, ota yhteyttä terveysasemalle.

## Mitä kannattaa välttää

- Aiemmin määrättyjen tai muille määrättyjen antibioottien omatoimista käyttöä.
- Virtsaamisen pitkää pidättelyä.
- Emättimen alueen saippuapesuja ja ärsyttäviä intiimituotteita; pelkkä vesi riittää.

## Milloin oireet menevät ohi?

Hoidettuna rakkotulehduksen oireet helpottavat yleensä 1–2 vuorokaudessa. Osa lievistä tulehduksista paranee itsestään noin viikossa. Jos tulehdus uusii kuukauden sisällä hoidon jälkeen tai tulehduksia on usein, ota yhteyttä terveysasemalle jatkotutkimuksia varten.`,
        whenToSeekCare: [
          'Soita 112, jos olet sekava, hyvin heikossa kunnossa tai iho on kylmänhikinen ja kalpea.',
          'Sinulla on kuumetta, vilunväreitä tai kylkikipua, tai oksentelet: hakeudu päivystykseen – soita 116117.',
          'Et pysty virtsaamaan lainkaan, vaikka rakko tuntuu täydeltä: hakeudu heti päivystykseen.',
          'Olet raskaana tai olet mies ja sinulla on virtsatieinfektion oireita: ota yhteys samana päivänä.',
          'Virtsassa on näkyvää verta tai sinulla on diabetes tai munuaissairaus.',
          'Oireet eivät helpota 2–3 vuorokaudessa tai ne palaavat kuukauden sisällä hoidon jälkeen.',
        ],
      },
      sv: {
        title: 'Urinvägsinfektion',
        summary:
          'Urinblåsekatarr ger sveda och täta trängningar. En lindrig infektion kan gå över av sig själv, men feber, smärta i sidan, graviditet eller symtom hos män ska alltid bedömas.',
        body: `## Vad är urinvägsinfektion?

Urinvägsinfektion är oftast en bakteriell inflammation i urinblåsan (cystit, urinblåsekatarr). Den är vanlig hos kvinnor: ungefär hälften av alla kvinnor får minst en urinvägsinfektion någon gång i livet. Typiska symtom är sveda när man kissar, täta och plötsliga trängningar, smärta i nedre delen av buken och ibland blod i urinen.

Om infektionen sprider sig till njurarna (njurbäckeninflammation) ger den feber, frossa, smärta i sidan och dåligt allmäntillstånd. Den behöver alltid behandlas av läkare.

Hos en frisk vuxen kvinna som inte är gravid kan en typisk urinblåsekatarr ofta behandlas efter kontakt med hälsostationen, ibland utan mottagningsbesök. **Urinvägsinfektion hos män, gravida och barn undersöks alltid** med urinprov.

## Egenvård hemma

- Drick mer än vanligt så att det bildas rikligt med urin och blåsan sköljs.
- Gå på toaletten så fort du känner behov och håll inte emot.
- En värmedyna på nedre delen av buken kan lindra smärtan.
- Om infektionerna hänger ihop med samlag kan det minska dem att kissa strax efter samlaget. Nyttan av tranbärspreparat är osäker, men hos en del kvinnor kan de minska återkommande infektioner.
- Mot smärta kan du använda paracetamol eller ibuprofen enligt bipacksedeln (inte ibuprofen under graviditet eller vid njursjukdom).
- Lindriga symtom kan gå över av sig själva på några dagar. Om symtomen inte lättar på 2–3 dygn ska du kontakta hälsostationen.

## Undvik

- Att på eget initiativ ta antibiotika som skrivits ut tidigare eller till någon annan.
- Att länge hålla emot när du behöver kissa.
- Tvål och irriterande intimprodukter i underlivet; det räcker med vatten.

## Hur länge varar besvären?

Med behandling lättar symtomen på urinblåsekatarr vanligen på 1–2 dygn. En del lindriga infektioner går över av sig själva på ungefär en vecka. Om infektionen kommer tillbaka inom en månad efter behandlingen eller om du ofta får infektioner ska du kontakta hälsostationen för fortsatta undersökningar.`,
        whenToSeekCare: [
          'Ring 112 om du är förvirrad, i mycket dåligt skick eller har kall, klibbig och blek hud.',
          'Du har feber, frossa eller smärta i sidan, eller du kräks: sök vård på jouren – ring 116117.',
          'Du kan inte kissa alls fast blåsan känns full: sök genast vård på jouren.',
          'Du är gravid eller du är man och har symtom på urinvägsinfektion: kontakta vården samma dag.',
          'Du har synligt blod i urinen eller har diabetes eller njursjukdom.',
          'Symtomen lättar inte på 2–3 dygn eller kommer tillbaka inom en månad efter behandlingen.',
        ],
      },
      en: {
        title: 'Urinary tract infection',
        summary:
          'A bladder infection causes burning and a frequent urge to pass urine. A mild infection may clear up on its own, but fever, pain in the side, pregnancy or symptoms in men always need to be assessed.',
        body: `## What is a urinary tract infection?

A urinary tract infection is most often a bacterial infection of the bladder (cystitis). It is common in women: about half of all women have at least one in their lifetime. Typical symptoms are burning when passing urine, a frequent and sudden urge to go, lower abdominal pain and sometimes blood in the urine.

If the infection spreads to the kidneys (pyelonephritis), it causes fever, chills, pain in the side and feeling very unwell. This always needs treatment by a doctor.

In a healthy adult woman who is not pregnant, a typical bladder infection can often be treated after contacting the health centre, sometimes without an appointment. **Urinary tract infections in men, pregnant women and children are always examined** with a urine sample.

## Self-care at home

- Drink more than usual so that you produce plenty of urine and the bladder is flushed.
- Go to the toilet as soon as you feel the need and do not hold it in.
- A heat pad on the lower abdomen can ease the pain.
- If infections are linked to sex, passing urine soon after intercourse may reduce them. The benefit of cranberry products is uncertain, but for some women they may reduce repeated infections.
- For pain you can take paracetamol or ibuprofen as the package leaflet instructs (no ibuprofen during pregnancy or with kidney disease).
- Mild symptoms may ease on their own within a few days. If they do not ease in 2–3 days, contact your health centre.

## What to avoid

- Taking antibiotics on your own that were prescribed earlier or for someone else.
- Holding in urine for long periods.
- Soap and irritating intimate products on the genital area; water is enough.

## How long does it last?

With treatment, the symptoms of a bladder infection usually ease in 1–2 days. Some mild infections clear up on their own in about a week. If the infection comes back within a month after treatment or you get infections often, contact your health centre for further tests.`,
        whenToSeekCare: [
          'Call 112 if you are confused, very unwell, or your skin is cold, clammy and pale.',
          'You have a fever, chills or pain in your side, or you are vomiting: go to the emergency department – call 116117.',
          'You cannot pass urine at all although your bladder feels full: go to the emergency department at once.',
          'You are pregnant, or you are a man with symptoms of a urinary tract infection: seek care the same day.',
          'There is visible blood in your urine, or you have diabetes or kidney disease.',
          'Symptoms do not ease in 2–3 days or come back within a month after treatment.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'ripuli-oksentelu',
    topic: 'stomach',
    lastReviewed: '2026-02-02',
    nextReview: '2027-02-02',
    sources: [TERVEYSKIRJASTO, THL, PAIVYSTYSAPU],
    relatedGuideSlugs: ['kuume-lapsi', 'kuume-aikuinen'],
    locales: {
      fi: {
        title: 'Ripuli ja oksentelu',
        summary:
          'Äkillinen ripuli ja oksentelu johtuvat yleensä vatsataudista, joka menee ohi 1–3 päivässä. Tärkeintä on juoda pieniä määriä usein ja seurata kuivumisen merkkejä.',
        body: `## Mikä vatsatauti on?

Äkillisen ripulin ja oksentelun tavallisin syy on viruksen, kuten noroviruksen, aiheuttama vatsatauti. Oireet alkavat usein äkillisesti pahoinvoinnilla ja oksentelulla, ja niihin liittyy vetistä ripulia, vatsanväänteitä ja joskus kuumetta. Tauti tarttuu helposti käsien, pintojen ja ruoan välityksellä.

Suurin vaara on **elimistön kuivuminen**. Siihen ovat alttiimpia pienet lapset, iäkkäät ja pitkäaikaissairaat. Kuivumisen merkkejä ovat vähäinen ja tumma virtsa, suun kuivuminen, huimaus seisomaan noustessa sekä voimattomuus. Pienellä lapsella merkkejä ovat lisäksi kuivat vaipat, itku ilman kyyneleitä ja veltto olemus.

## Omahoito kotona

- Juo pieniä määriä usein, esimerkiksi muutama ruokalusikallinen 5–10 minuutin välein, vaikka oksennuttaisi. Määrää voi lisätä, kun juoma pysyy sisällä.
- Apteekin nestehoitojauhe (oraalinen nesteytysliuos) korvaa menetettyjä suoloja ja sokeria parhaiten, etenkin lapsilla ja iäkkäillä.
- Imetystä jatketaan tavalliseen tapaan.
- Syö, kun ruoka maistuu. Erityisruokavaliota ei tarvita; kevyt ja rasvaton ruoka on usein helpointa.
- Pese kädet saippualla ja vedellä aina wc-käynnin jälkeen ja ennen ruoanlaittoa. Käsidesi ei tehoa norovirukseen yhtä hyvin kuin pesu.

## Mitä kannattaa välttää

- Runsasta sokeria sisältäviä juomia ja pelkkää vettä pienille lapsille pitkään – ne eivät korvaa menetettyjä suoloja.
- Ripulia hillitseviä lääkkeitä, jos sinulla on kuumetta tai ulosteessa on verta. Lapsille niitä ei anneta ilman lääkärin ohjetta.
- Ruoanlaittoa muille sairauden aikana ja kaksi vuorokautta oireiden loppumisen jälkeen.
- Päiväkotiin, kouluun tai työhön palaamista ennen kuin oireiden loppumisesta on kulunut 48 tuntia.

## Milloin vatsatauti menee ohi?

Oksentelu loppuu yleensä vuorokauden kuluessa, ja ripuli helpottaa 1–3 päivässä. Löysät ulosteet voivat jatkua vielä noin viikon. Jos ripuli jatkuu yli viikon, ota yhteyttä terveysasemalle.`,
        whenToSeekCare: [
          'Soita 112, jos sairastunut on sekava, vaikeasti herätettävä tai oksentaa runsaasti verta.',
          'Sinulla on kuivumisen merkkejä – virtsaa tulee hyvin vähän, huimaa seisomaan noustessa tai et pysty pitämään nesteitä sisällä: hakeudu päivystykseen – soita 116117.',
          'Pieni lapsi on veltto, vaippa on pysynyt kuivana yli 6 tuntia tai lapsi oksentaa kaiken juomansa usean tunnin ajan: soita 116117.',
          'Ulosteessa on verta tai se on mustaa, tai oksennus on kahvinporon näköistä: hakeudu heti päivystykseen.',
          'Sinulla on kova ja jatkuva vatsakipu, joka ei ole pelkkää vatsanväänteitä.',
          'Sinulla on diabetes, munuaissairaus tai muu perussairaus, jonka hoito vaikeutuu, tai oireet alkoivat ulkomaanmatkan jälkeen ja sinulla on kuumetta.',
          'Ripuli on jatkunut yli viikon.',
        ],
      },
      sv: {
        title: 'Diarré och kräkningar',
        summary:
          'Plötslig diarré och kräkningar beror oftast på magsjuka som går över på 1–3 dagar. Det viktigaste är att dricka små mängder ofta och hålla koll på tecken på uttorkning.',
        body: `## Vad är magsjuka?

Den vanligaste orsaken till plötslig diarré och kräkningar är magsjuka som orsakas av virus, till exempel norovirus. Symtomen börjar ofta plötsligt med illamående och kräkningar, och till dem hör vattnig diarré, magknip och ibland feber. Sjukdomen smittar lätt via händer, ytor och mat.

Den största faran är **uttorkning**. Små barn, äldre och personer med långvariga sjukdomar är mest utsatta. Tecken på uttorkning är liten mängd mörk urin, muntorrhet, yrsel när man reser sig och kraftlöshet. Hos små barn är tecknen dessutom torra blöjor, gråt utan tårar och ett slappt intryck.

## Egenvård hemma

- Drick små mängder ofta, till exempel några matskedar var 5–10 minut, även om du mår illa. Öka mängden när drycken stannar kvar.
- Vätskeersättning från apoteket (oral rehydreringslösning) ersätter förlorade salter och socker bäst, särskilt hos barn och äldre.
- Amningen fortsätter som vanligt.
- Ät när maten smakar. Någon specialkost behövs inte; lätt och fettsnål mat är ofta lättast.
- Tvätta händerna med tvål och vatten efter varje toalettbesök och innan du lagar mat. Handsprit biter inte lika bra på norovirus som tvättning.

## Undvik

- Drycker med mycket socker, och att under längre tid ge små barn enbart vatten – de ersätter inte förlorade salter.
- Stoppande mediciner om du har feber eller blod i avföringen. Barn ska inte få sådana utan läkares anvisning.
- Att laga mat åt andra medan du är sjuk och två dygn efter att symtomen gått över.
- Att återvända till dagvård, skola eller arbete innan det gått 48 timmar sedan symtomen upphörde.

## Hur länge varar magsjukan?

Kräkningarna slutar vanligen inom ett dygn, och diarrén lättar på 1–3 dagar. Lös avföring kan fortsätta ännu i ungefär en vecka. Om diarrén varar längre än en vecka ska du kontakta hälsostationen.`,
        whenToSeekCare: [
          'Ring 112 om den sjuka är förvirrad, svår att väcka eller kräks rikligt med blod.',
          'Du har tecken på uttorkning – mycket lite urin, yrsel när du reser dig eller du kan inte behålla vätska: sök vård på jouren – ring 116117.',
          'Ett litet barn är slappt, blöjan har varit torr i över 6 timmar eller barnet kräks upp allt det dricker under flera timmar: ring 116117.',
          'Det finns blod i avföringen eller den är svart, eller kräkningen ser ut som kaffesump: sök genast vård på jouren.',
          'Du har svår och ihållande buksmärta som är mer än magknip.',
          'Du har diabetes, njursjukdom eller en annan grundsjukdom som blir svår att sköta, eller symtomen började efter en utlandsresa och du har feber.',
          'Diarrén har varat längre än en vecka.',
        ],
      },
      en: {
        title: 'Diarrhoea and vomiting',
        summary:
          'Sudden diarrhoea and vomiting are usually caused by a stomach bug that passes in 1–3 days. What matters most is drinking small amounts often and watching for signs of dehydration.',
        body: `## What is a stomach bug?

The most common cause of sudden diarrhoea and vomiting is viral gastroenteritis, for example norovirus. Symptoms often start suddenly with nausea and vomiting, followed by watery diarrhoea, stomach cramps and sometimes fever. It spreads easily through hands, surfaces and food.

The biggest risk is **dehydration**. Small children, older people and people with long-term illnesses are most at risk. Signs of dehydration are passing little, dark urine, a dry mouth, dizziness when standing up and weakness. In small children, further signs are dry nappies, crying without tears and being floppy.

## Self-care at home

- Drink small amounts often, for example a few tablespoons every 5–10 minutes, even if you feel sick. Increase the amount once the drink stays down.
- An oral rehydration solution from the pharmacy replaces lost salts and sugar best, especially for children and older people.
- Continue breastfeeding as usual.
- Eat when you feel like it. No special diet is needed; light, low-fat food is often easiest.
- Wash your hands with soap and water after every toilet visit and before preparing food. Hand sanitiser does not work as well against norovirus as washing.

## What to avoid

- Very sugary drinks, and giving small children only water for long periods – these do not replace lost salts.
- Anti-diarrhoea medicines if you have a fever or blood in your stool. Do not give them to children without a doctor's advice.
- Preparing food for others while you are ill and for two days after symptoms have stopped.
- Returning to day care, school or work before 48 hours have passed since the symptoms stopped.

## How long does it last?

Vomiting usually stops within a day and diarrhoea eases in 1–3 days. Loose stools may continue for about a week. If diarrhoea lasts more than a week, contact your health centre.`,
        whenToSeekCare: [
          'Call 112 if the ill person is confused, hard to wake or vomits a lot of blood.',
          'You have signs of dehydration – passing very little urine, dizzy when standing up, or unable to keep fluids down: go to the emergency department – call 116117.',
          'A small child is floppy, the nappy has stayed dry for more than 6 hours, or the child vomits everything they drink for several hours: call 116117.',
          'There is blood in your stool or it is black, or your vomit looks like coffee grounds: go to the emergency department at once.',
          'You have severe, constant abdominal pain that is more than cramping.',
          'You have diabetes, kidney disease or another long-term illness that becomes hard to manage, or the symptoms started after travel abroad and you have a fever.',
          'Diarrhoea has lasted more than a week.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'alaselkakipu',
    topic: 'pain',
    lastReviewed: '2026-02-09',
    nextReview: '2027-02-09',
    sources: [KAYPA_HOITO, TERVEYSKIRJASTO, PAIVYSTYSAPU],
    relatedGuideSlugs: ['unettomuus'],
    locales: {
      fi: {
        title: 'Äkillinen alaselkäkipu',
        summary:
          'Äkillinen alaselkäkipu on hyvin yleinen ja yleensä vaaraton. Paras hoito on pysyä liikkeessä kivun sallimissa rajoissa. Useimmiten kipu helpottaa muutamassa viikossa.',
        body: `## Mikä alaselkäkipu on?

Alaselkäkipu on yksi yleisimmistä syistä hakeutua hoitoon. Useimmiten kipu on ns. epäspesifistä: se johtuu selän lihasten, nivelten ja nivelsiteiden toiminnallisesta häiriöstä, eikä sille löydy yksittäistä vakavaa syytä. Kipu voi alkaa nostaessa tai kiertäessä, mutta usein ilman selvää syytä.

Kipu voi säteillä pakaraan tai reiteen. Jos kipu säteilee polven alapuolelle asti ja siihen liittyy puutumista, kyse voi olla hermojuuren ärsytyksestä eli iskiaksesta. Sekin paranee useimmiten ilman leikkausta.

Selän kuvantamisesta (röntgen, magneettikuvaus) ei ole hyötyä äkillisessä selkäkivussa, ellei ole erityistä syytä epäillä vakavaa sairautta.

## Omahoito kotona

- **Pysy liikkeessä** kivun sallimissa rajoissa. Kävely ja tavalliset arjen askareet nopeuttavat paranemista. Vuodelepo pitkittää kipua.
- Lämpö, esimerkiksi lämpötyyny tai lämmin suihku, rentouttaa lihaksia.
- Kipua voi lievittää käsikauppojen kipulääkkeellä, kuten ibuprofeenilla tai parasetamolilla, pakkausselosteen mukaan. Tulehduskipulääkkeitä kannattaa välttää, jos sinulla on mahahaava, munuaissairaus, sydämen vajaatoiminta tai verenohennuslääkitys.
- Hae itsellesi hyvä asento levätessä: esimerkiksi kylkimakuu tyyny polvien välissä tai selinmakuu polvet koukussa.
- Palaa töihin mahdollisimman pian, tarvittaessa kevennetyin tehtävin.

## Mitä kannattaa välttää

- Pitkää vuodelepoa ja liikkumisen pelkäämistä: selkä kestää liikettä, vaikka se on kipeä.
- Raskaita nostoja ja äkillisiä kiertoliikkeitä ensimmäisinä päivinä.
- Kipulääkkeiden päällekkäistä ja pitkäaikaista käyttöä ilman lääkärin ohjetta.

## Milloin kipu menee ohi?

Äkillinen alaselkäkipu helpottaa yleensä selvästi 1–2 viikossa, ja valtaosalla se on ohi kuudessa viikossa. Kipu voi uusiutua, mikä ei tarkoita vakavaa vikaa. Säännöllinen liikunta ja selän lihaksia vahvistava harjoittelu vähentävät uusiutumista.`,
        whenToSeekCare: [
          'Soita 112, jos sinulla on äkillinen, erittäin kova selkä- tai vatsakipu ja samalla kylmänhikisyyttä, heikotusta tai pyörtyilyä, tai rintakipu säteilee selkään.',
          'Haara- tai peräaukon alue (satula-alue) puutuu tai et pysty virtsaamaan tai pidättämään virtsaa tai ulostetta: hakeudu heti päivystykseen – soita 116117.',
          'Jalassa on uutta tai nopeasti pahenevaa lihasheikkoutta, esimerkiksi jalkaterä laahaa: hakeudu heti päivystykseen.',
          'Kipu alkoi kaatumisen, putoamisen tai onnettomuuden jälkeen, tai sinulla on osteoporoosi: ota yhteys samana päivänä.',
          'Selkäkipuun liittyy kuumetta tai yleiskunnon heikkenemistä: ota yhteys samana päivänä.',
          'Sinulla on aiemmin todettu syöpä, laihdut tahattomasti tai kipu on kova myös levossa ja öisin.',
          'Kipu ei ala helpottaa 1–2 viikossa tai jatkuu yli kuusi viikkoa.',
        ],
      },
      sv: {
        title: 'Akut ländryggssmärta',
        summary:
          'Akut smärta i nedre delen av ryggen är mycket vanlig och oftast ofarlig. Den bästa behandlingen är att hålla sig i rörelse så mycket smärtan tillåter. Oftast lättar smärtan på några veckor.',
        body: `## Vad är ländryggssmärta?

Ländryggssmärta är en av de vanligaste orsakerna till att söka vård. Oftast är smärtan så kallad ospecifik: den beror på en funktionsstörning i ryggens muskler, leder och ledband, och någon enskild allvarlig orsak hittas inte. Smärtan kan börja vid ett lyft eller en vridning, men ofta utan tydlig orsak.

Smärtan kan stråla ut i skinkan eller låret. Om den strålar ner nedanför knät och åtföljs av domningar kan det vara fråga om retning av en nervrot, det vill säga ischias. Också den går oftast över utan operation.

Bilddiagnostik av ryggen (röntgen, magnetkamera) är inte till nytta vid akut ryggsmärta, om det inte finns särskild anledning att misstänka en allvarlig sjukdom.

## Egenvård hemma

- **Håll dig i rörelse** så mycket smärtan tillåter. Promenader och vanliga vardagssysslor påskyndar läkningen. Sängvila förlänger smärtan.
- Värme, till exempel en värmedyna eller en varm dusch, får musklerna att slappna av.
- Smärtan kan lindras med receptfri värkmedicin, till exempel ibuprofen eller paracetamol, enligt bipacksedeln. Undvik antiinflammatoriska värkmediciner om du har magsår, njursjukdom, hjärtsvikt eller blodförtunnande medicinering.
- Hitta en bekväm viloställning: till exempel sidoläge med en kudde mellan knäna eller ryggläge med böjda knän.
- Återgå till arbetet så snart som möjligt, vid behov med lättare uppgifter.

## Undvik

- Lång sängvila och rädsla för att röra dig: ryggen tål rörelse fast den gör ont.
- Tunga lyft och plötsliga vridrörelser de första dagarna.
- Att ta flera värkmediciner samtidigt eller under lång tid utan läkares anvisning.

## Hur länge varar smärtan?

Akut ländryggssmärta lättar vanligen klart på 1–2 veckor och för de flesta är den borta inom sex veckor. Smärtan kan komma tillbaka, vilket inte betyder att något allvarligt är fel. Regelbunden motion och träning som stärker ryggmusklerna minskar risken för återfall.`,
        whenToSeekCare: [
          'Ring 112 om du får plötslig, mycket kraftig rygg- eller buksmärta med kallsvett, svaghet eller svimningskänsla, eller om bröstsmärta strålar ut i ryggen.',
          'Du har domningar i underlivet eller kring ändtarmsöppningen (ridbyxområdet) eller kan inte kissa eller hålla urin eller avföring: sök genast vård på jouren – ring 116117.',
          'Du har ny eller snabbt tilltagande muskelsvaghet i benet, till exempel släpar foten: sök genast vård på jouren.',
          'Smärtan började efter ett fall eller en olycka, eller du har benskörhet: kontakta vården samma dag.',
          'Ryggsmärtan åtföljs av feber eller försämrat allmäntillstånd: kontakta vården samma dag.',
          'Du har tidigare haft cancer, går ner i vikt utan orsak eller har kraftig smärta också i vila och nattetid.',
          'Smärtan börjar inte lätta på 1–2 veckor eller varar längre än sex veckor.',
        ],
      },
      en: {
        title: 'Acute low back pain',
        summary:
          'Sudden low back pain is very common and usually harmless. The best treatment is to keep moving as much as the pain allows. In most cases the pain eases within a few weeks.',
        body: `## What is low back pain?

Low back pain is one of the most common reasons for seeking care. Most often the pain is so-called non-specific: it comes from a functional disturbance of the muscles, joints and ligaments of the back, and no single serious cause is found. It may start when lifting or twisting, but often without a clear reason.

The pain may spread to the buttock or thigh. If it spreads below the knee and comes with numbness, a nerve root may be irritated (sciatica). This, too, usually gets better without surgery.

Imaging of the back (X-ray, MRI) does not help with acute back pain unless there is a specific reason to suspect a serious illness.

## Self-care at home

- **Keep moving** as much as the pain allows. Walking and ordinary daily activities speed up recovery. Bed rest makes the pain last longer.
- Heat, such as a heat pad or a warm shower, relaxes the muscles.
- You can ease the pain with an over-the-counter painkiller such as ibuprofen or paracetamol, following the package leaflet. Avoid anti-inflammatory painkillers if you have a stomach ulcer, kidney disease, heart failure or take blood thinners.
- Find a comfortable resting position: for example lying on your side with a pillow between your knees, or on your back with your knees bent.
- Return to work as soon as possible, with lighter duties if needed.

## What to avoid

- Long bed rest and fear of moving: your back can take movement even when it hurts.
- Heavy lifting and sudden twisting in the first days.
- Taking several painkillers together or for a long time without a doctor's advice.

## How long does it last?

Acute low back pain usually eases clearly in 1–2 weeks, and for most people it is gone within six weeks. The pain may come back, which does not mean anything serious is wrong. Regular exercise and training that strengthens the back muscles reduce recurrences.`,
        whenToSeekCare: [
          'Call 112 if you have sudden, very severe back or abdominal pain with cold sweat, weakness or feeling faint, or chest pain spreading to the back.',
          'You have numbness around the genitals or back passage (saddle area), or you cannot pass urine or control your bladder or bowels: go to the emergency department at once – call 116117.',
          'You have new or rapidly worsening weakness in a leg, for example your foot drags: go to the emergency department at once.',
          'The pain started after a fall or an accident, or you have osteoporosis: seek care the same day.',
          'The back pain comes with a fever or you feel generally unwell: seek care the same day.',
          'You have had cancer, are losing weight without trying, or the pain is severe also at rest and at night.',
          'The pain does not start to ease in 1–2 weeks or lasts more than six weeks.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'nilkan-nyrjahdys',
    topic: 'injuries',
    lastReviewed: '2026-02-09',
    nextReview: '2027-02-09',
    sources: [TERVEYSKIRJASTO, PAIVYSTYSAPU],
    relatedGuideSlugs: ['alaselkakipu'],
    locales: {
      fi: {
        title: 'Nilkan nyrjähdys',
        summary:
          'Nilkan nyrjähdys on yleinen liikuntavamma. Kylmä, kompressio ja koho heti vamman jälkeen sekä varhainen varaaminen auttavat. Jos nilkalle ei pysty varaamaan lainkaan, tarvitaan lääkärin arvio.',
        body: `## Mikä nilkan nyrjähdys on?

Nilkan nyrjähdyksessä nilkka kääntyy tavallisesti sisäänpäin, ja nilkan ulkosyrjän nivelsiteet venyvät tai repeävät osittain. Nilkka turpoaa, on kipeä ja siihen voi tulla mustelma. Useimmat nyrjähdykset paranevat hyvin omahoidolla. Joskus vammaan liittyy murtuma, jolloin nilkalle ei pysty varaamaan ja luun kohta on selvästi arka.

## Ensiapu ja omahoito

Aloita **kolmen K:n ensiapu** heti:

- **Kompressio:** paina vamma-aluetta käsin tai joustositeellä heti, jotta turvotus ja verenvuoto kudoksiin jäisivät vähäisiksi.
- **Kylmä:** viilennä esimerkiksi kylmäpussilla tai jäillä kankaan läpi 15–20 minuuttia kerrallaan, ensimmäisen vuorokauden aikana toistuvasti. Älä laita jäätä suoraan iholle.
- **Koho:** pidä nilkka sydämen tason yläpuolella aina kun mahdollista, myös yöllä.

Tämän jälkeen:

- Jatka joustositeen käyttöä muutaman päivän ajan. Tukisidos tai nilkkatuki auttaa, kun alat liikkua.
- Varaa nilkalle kivun sallimissa rajoissa. Varhainen liikkuminen ja nilkan liikeharjoitukset nopeuttavat paranemista.
- Harjoita nilkan liikkuvuutta muutaman kerran päivässä esimerkiksi piirtämällä varpailla ilmaan aakkosia. Kun kävely sujuu, lisää tasapainoharjoituksia, kuten yhdellä jalalla seisomista.
- Kipuun voit käyttää parasetamolia tai ibuprofeenia pakkausselosteen mukaan.

## Mitä kannattaa välttää

- Lämpöä, saunaa, hierontaa ja alkoholia ensimmäisinä päivinä: ne lisäävät turvotusta.
- Urheilua, hyppimistä ja epätasaisessa maastossa liikkumista ennen kuin nilkka kestää kävelyn kivutta.
- Pitkää tukisidoksetonta rasitusta, jos nilkka tuntuu epävakaalta.

## Milloin nyrjähdys paranee?

Lievä nyrjähdys paranee yleensä 1–3 viikossa, vaikeampi 4–6 viikossa tai pidemmässä ajassa. Tasapaino- ja lihasvoimaharjoittelu vähentää uusia nyrjähdyksiä. Jos nilkka tuntuu edelleen epävakaalta tai nyrjähtää toistuvasti, ota yhteyttä terveysasemalle tai fysioterapiaan.`,
        whenToSeekCare: [
          'Soita 112, jos nilkka on selvästi virheasennossa, haavasta näkyy luuta tai jalkaterä on kylmä, kalpea tai tunnoton.',
          'Et pysty varaamaan jalalle etkä ottamaan neljää askelta heti vamman jälkeen: hakeudu päivystykseen samana päivänä – soita 116117.',
          'Nilkan ulko- tai sisäkehräksen luu, jalkaterän ulkosyrjä tai jalkapöytä on selvästi arka painettaessa: ota yhteys samana päivänä mahdollisen murtuman vuoksi.',
          'Vamman kohdassa on haava tai nilkan iho punoittaa ja kuumottaa ja sinulle nousee kuume.',
          'Kipu ja turvotus eivät ala helpottaa viikon kuluessa.',
          'Nilkka tuntuu epävakaalta vielä 4–6 viikon kuluttua tai nyrjähtää toistuvasti.',
        ],
      },
      sv: {
        title: 'Stukad fotled',
        summary:
          'En stukad fotled är en vanlig idrottsskada. Kyla, kompression och högläge direkt efter skadan samt tidig belastning hjälper. Om du inte alls kan stödja på foten behövs en läkarbedömning.',
        body: `## Vad är en stukad fotled?

Vid en stukning vrids foten oftast inåt, och ledbanden på fotledens utsida sträcks ut eller går delvis av. Fotleden svullnar, gör ont och det kan bli ett blåmärke. De flesta stukningar läker bra med egenvård. Ibland hör en fraktur till skadan, och då kan man inte stödja på foten och ett ställe på benet är tydligt ömt.

## Första hjälp och egenvård

Börja genast med **första hjälpen med de tre K:na (kompression, kyla, högläge)**:

- **Kompression:** tryck på det skadade området med handen eller ett elastiskt bindel genast, så att svullnaden och blödningen i vävnaderna blir så liten som möjligt.
- **Kyla:** kyl till exempel med en kylpåse eller is genom ett tyg i 15–20 minuter åt gången, upprepade gånger det första dygnet. Lägg inte is direkt mot huden.
- **Högläge:** håll fotleden ovanför hjärtats nivå så ofta som möjligt, också på natten.

Därefter:

- Fortsätt använda elastiskt bindel i några dagar. Stödbindning eller ett fotledsskydd hjälper när du börjar röra dig.
- Belasta foten så mycket smärtan tillåter. Tidig rörelse och rörelseövningar för fotleden påskyndar läkningen.
- Träna fotledens rörlighet några gånger om dagen, till exempel genom att rita alfabetet i luften med tårna. När du kan gå bra, lägg till balansövningar som att stå på ett ben.
- Mot smärta kan du använda paracetamol eller ibuprofen enligt bipacksedeln.

## Undvik

- Värme, bastu, massage och alkohol de första dagarna: de ökar svullnaden.
- Idrott, hopp och att röra dig i ojämn terräng innan fotleden tål promenader utan smärta.
- Långvarig belastning utan stöd om fotleden känns instabil.

## Hur länge tar läkningen?

En lindrig stukning läker vanligen på 1–3 veckor, en svårare på 4–6 veckor eller längre. Balans- och styrketräning minskar risken för nya stukningar. Om fotleden fortfarande känns instabil eller stukas gång på gång ska du kontakta hälsostationen eller fysioterapin.`,
        whenToSeekCare: [
          'Ring 112 om fotleden står i tydlig felställning, ben syns i ett sår eller foten är kall, blek eller känslolös.',
          'Du kan inte stödja på foten och inte ta fyra steg direkt efter skadan: sök vård på jouren samma dag – ring 116117.',
          'Den yttre eller inre fotknölen, fotens utsida eller mellanfoten är tydligt öm vid tryck: kontakta vården samma dag på grund av en möjlig fraktur.',
          'Det finns ett sår vid skadan, eller huden över fotleden blir röd och het och du får feber.',
          'Smärtan och svullnaden börjar inte lätta inom en vecka.',
          'Fotleden känns instabil ännu efter 4–6 veckor eller stukas gång på gång.',
        ],
      },
      en: {
        title: 'Sprained ankle',
        summary:
          'A sprained ankle is a common sports injury. Compression, cold and elevation right after the injury and early weight-bearing help. If you cannot put any weight on the foot, a doctor needs to assess it.',
        body: `## What is a sprained ankle?

In an ankle sprain the foot usually rolls inwards, and the ligaments on the outer side of the ankle are stretched or partly torn. The ankle swells, hurts and may bruise. Most sprains heal well with self-care. Sometimes the injury includes a fracture; then you cannot put weight on the foot and one spot on the bone is clearly tender.

## First aid and self-care

Start **first aid right away** with compression, cold and elevation:

- **Compression:** press the injured area with your hand or an elastic bandage at once, so that swelling and bleeding into the tissues stay small.
- **Cold:** cool the ankle for example with a cold pack or ice wrapped in cloth for 15–20 minutes at a time, repeatedly during the first day. Do not put ice directly on the skin.
- **Elevation:** keep the ankle above the level of your heart whenever possible, also at night.

After that:

- Keep using an elastic bandage for a few days. Taping or an ankle brace helps when you start moving.
- Put weight on the foot as far as the pain allows. Early movement and ankle exercises speed up healing.
- Exercise the ankle's range of motion a few times a day, for example by drawing the alphabet in the air with your toes. Once you walk comfortably, add balance exercises such as standing on one leg.
- For pain you can take paracetamol or ibuprofen as the package leaflet instructs.

## What to avoid

- Heat, sauna, massage and alcohol in the first days: they increase swelling.
- Sports, jumping and walking on uneven ground before the ankle can take walking without pain.
- Long periods of strain without support if the ankle feels unstable.

## How long does it take to heal?

A mild sprain usually heals in 1–3 weeks, a more severe one in 4–6 weeks or longer. Balance and strength training reduce new sprains. If the ankle still feels unstable or keeps giving way, contact your health centre or a physiotherapist.`,
        whenToSeekCare: [
          'Call 112 if the ankle is clearly deformed, bone is visible in a wound, or the foot is cold, pale or numb.',
          'You cannot put weight on the foot or take four steps right after the injury: go to the emergency department the same day – call 116117.',
          'The bony knob on the inner or outer side of the ankle, the outer edge of the foot or the midfoot is clearly tender to press: seek care the same day because of a possible fracture.',
          'There is a wound at the injury, or the skin over the ankle turns red and hot and you get a fever.',
          'The pain and swelling do not start to ease within a week.',
          'The ankle still feels unstable after 4–6 weeks or keeps giving way.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'hammassarky',
    topic: 'mouth_teeth',
    lastReviewed: '2026-02-16',
    nextReview: '2027-02-16',
    sources: [TERVEYSKIRJASTO, KAYPA_HOITO, PAIVYSTYSAPU],
    relatedGuideSlugs: ['paansarky', 'kuume-aikuinen'],
    locales: {
      fi: {
        title: 'Hammassärky',
        summary:
          'Hammassärky johtuu yleensä reiästä, hampaan ytimen tulehduksesta tai hampaan juuren tulehduksesta. Särkylääke auttaa hetkeksi, mutta syy hoidetaan hammaslääkärissä. Kasvoille leviävä turvotus vaatii kiireellistä hoitoa.',
        body: `## Mistä hammassärky johtuu?

Hammassäryn tavallisin syy on hoitamaton reikä (karies), joka ulottuu lähelle hampaan ydintä. Aluksi hammas vihloo kylmästä, kuumasta tai makeasta. Jos hampaan ydin tulehtuu, särky muuttuu jyskyttäväksi, voi herättää yöllä ja kestää pitkään. Hampaan juuren kärjen tulehduksessa hammas on arka purulle ja ien voi turvota. Tulehdus voi levitä kasvojen kudoksiin ja aiheuttaa turvotusta ja kuumetta.

Särkyä voivat aiheuttaa myös ientulehdus, puhkeava viisaudenhammas, haljennut hammas tai poskiontelotulehdus, jolloin särky tuntuu usein ylähampaissa.

Hammassärky ei parane itsestään, vaikka kipu välillä helpottaisi. **Ota yhteyttä suun terveydenhuoltoon**; iltaisin ja viikonloppuisin kiireellisessä tilanteessa soita Päivystysapuun 116117.

## Omahoito ennen hammaslääkäriä

- Käsikauppojen kipulääke, kuten ibuprofeeni tai parasetamoli, lievittää särkyä. Noudata pakkausselosteen ohjetta äläkä ylitä enimmäisannosta. Kysy apteekista, jos sinulla on perussairauksia tai muita lääkkeitä.
- Pidä suu puhtaana: harjaa hampaat varovasti myös kipeän hampaan kohdalta ja käytä lankaa tai hammasväliharjaa.
- Vältä hyvin kuumia, kylmiä ja makeita ruokia ja juomia.
- Kylmä kääre posken ulkopuolella voi lievittää turvotusta.
- Nukkuessa pään kohoasento voi helpottaa jyskyttävää särkyä.

## Mitä kannattaa välttää

- Älä laita särkytablettia ikenelle: se syövyttää limakalvoa.
- Älä lämmitä turvonnutta poskea.
- Älä ota ylimääräisiä tai päällekkäisiä särkylääkkeitä, vaikka kipu jatkuisi – ota silloin yhteyttä hoitoon.
- Älä jätä hammaslääkärikäyntiä väliin, jos särky hetkeksi loppuu: tulehdus voi jatkua oireettomana.

## Irronnut hammas

Jos pysyvä hammas irtoaa tapaturmassa, tartu hampaan kruunuun, huuhtele lika pois koskematta juureen ja yritä painaa hammas takaisin paikalleen. Jos se ei onnistu, säilytä hammas maidossa tai suussa posken sisäpuolella ja hakeudu hoitoon heti – mieluiten tunnin kuluessa. Maitohammasta ei laiteta takaisin.`,
        whenToSeekCare: [
          'Soita 112, jos turvotukseen liittyy hengitysvaikeus.',
          'Turvotus leviää silmän alueelle, leuan alle tai kaulalle, nieleminen tai suun avaaminen on vaikeaa tai sinulla on kuumetta: hakeudu heti päivystykseen – soita 116117.',
          'Pysyvä hammas on irronnut tapaturmassa: hakeudu hoitoon heti, mieluiten tunnin kuluessa.',
          'Poski tai ien on turvonnut: ota yhteys suun terveydenhuoltoon samana päivänä, iltaisin ja viikonloppuisin soita 116117.',
          'Särky herättää yöllä eikä helpotu särkylääkkeellä, tai hammas on lohjennut ja särkee: ota yhteys samana päivänä.',
          'Hammas vihloo tai särkee toistuvasti: varaa aika suun terveydenhuoltoon.',
        ],
      },
      sv: {
        title: 'Tandvärk',
        summary:
          'Tandvärk beror oftast på ett hål i tanden, en inflammation i tandens pulpa eller vid tandroten. Värkmedicin hjälper en stund, men orsaken behandlas hos tandläkaren. Svullnad som sprider sig i ansiktet kräver brådskande vård.',
        body: `## Vad beror tandvärk på?

Den vanligaste orsaken till tandvärk är ett obehandlat hål (karies) som når nära tandens pulpa (nerv). I början ilar tanden av kallt, varmt eller sött. Om pulpan blir inflammerad blir värken bultande, kan väcka dig på natten och hålla i sig länge. Vid inflammation vid rotspetsen är tanden öm att bita på och tandköttet kan svullna. Infektionen kan sprida sig till vävnaderna i ansiktet och ge svullnad och feber.

Värk kan också orsakas av tandköttsinflammation, en visdomstand som håller på att bryta fram, en spräckt tand eller bihåleinflammation, då värken ofta känns i överkäkens tänder.

Tandvärk går inte över av sig själv, även om smärtan ibland lättar. **Kontakta mun- och tandvården**; kvällar och veckoslut ringer du Jourhjälpen 116117 i brådskande fall.

## Egenvård före tandläkarbesöket

- Receptfri värkmedicin, till exempel ibuprofen eller paracetamol, lindrar värken. Följ bipacksedeln och överskrid inte maxdosen. Fråga på apoteket om du har grundsjukdomar eller andra läkemedel.
- Håll munnen ren: borsta tänderna försiktigt också vid den ömma tanden och använd tandtråd eller mellanrumsborste.
- Undvik mycket varm, kall och söt mat och dryck.
- Ett kallt omslag på kinden utanpå kan lindra svullnaden.
- Att ha huvudet högt när du sover kan lindra bultande värk.

## Undvik

- Lägg inte en värktablett på tandköttet: den fräter på slemhinnan.
- Värm inte en svullen kind.
- Ta inte extra eller flera värkmediciner samtidigt fast värken fortsätter – kontakta då vården.
- Hoppa inte över tandläkarbesöket om värken tillfälligt går över: infektionen kan fortsätta utan symtom.

## Utslagen tand

Om en permanent tand slås ut vid en olycka, håll i tandkronan, skölj bort smuts utan att röra roten och försök trycka tillbaka tanden på plats. Om det inte går, förvara tanden i mjölk eller i munnen på insidan av kinden och sök vård genast – helst inom en timme. En mjölktand sätts inte tillbaka.`,
        whenToSeekCare: [
          'Ring 112 om svullnaden åtföljs av andningssvårigheter.',
          'Svullnaden sprider sig mot ögat, under käken eller till halsen, det är svårt att svälja eller gapa eller du har feber: sök genast vård på jouren – ring 116117.',
          'En permanent tand har slagits ut vid en olycka: sök vård genast, helst inom en timme.',
          'Kinden eller tandköttet är svullet: kontakta mun- och tandvården samma dag, kvällar och veckoslut ringer du 116117.',
          'Värken väcker dig på natten och lättar inte av värkmedicin, eller en tand har gått sönder och värker: kontakta vården samma dag.',
          'En tand ilar eller värker upprepade gånger: boka tid till mun- och tandvården.',
        ],
      },
      en: {
        title: 'Toothache',
        summary:
          'Toothache is usually caused by a cavity, inflammation of the tooth pulp or an infection at the root. Painkillers help for a while, but the cause is treated by a dentist. Swelling that spreads in the face needs urgent care.',
        body: `## What causes toothache?

The most common cause of toothache is an untreated cavity (caries) that reaches close to the pulp (nerve) of the tooth. At first the tooth twinges with cold, heat or sweet things. If the pulp becomes inflamed, the pain turns throbbing, may wake you at night and lasts a long time. With an infection at the root tip, the tooth is tender to bite on and the gum may swell. The infection can spread to the tissues of the face and cause swelling and fever.

Pain can also come from gum inflammation, an erupting wisdom tooth, a cracked tooth or sinusitis, when the pain is often felt in the upper teeth.

Toothache does not heal on its own, even if the pain sometimes eases. **Contact oral health care (dental services)**; in the evening and at weekends, call the Medical Helpline 116117 if it is urgent.

## Self-care before seeing a dentist

- An over-the-counter painkiller such as ibuprofen or paracetamol eases the pain. Follow the package leaflet and do not exceed the maximum dose. Ask a pharmacist if you have long-term illnesses or take other medicines.
- Keep your mouth clean: brush gently also around the painful tooth and use floss or an interdental brush.
- Avoid very hot, cold and sweet food and drinks.
- A cold compress on the outside of the cheek can reduce swelling.
- Keeping your head raised while sleeping may ease throbbing pain.

## What to avoid

- Do not put a painkiller tablet on the gum: it burns the mucous membrane.
- Do not warm a swollen cheek.
- Do not take extra or overlapping painkillers even if the pain continues – contact care instead.
- Do not skip the dental visit if the pain stops for a while: the infection may continue without symptoms.

## Knocked-out tooth

If a permanent tooth is knocked out in an accident, hold it by the crown, rinse off dirt without touching the root and try to push the tooth back into place. If that is not possible, keep the tooth in milk or in your mouth inside the cheek and seek care immediately – preferably within an hour. A baby tooth is not put back.`,
        whenToSeekCare: [
          'Call 112 if the swelling comes with difficulty breathing.',
          'The swelling spreads towards the eye, under the jaw or to the neck, it is hard to swallow or open your mouth, or you have a fever: go to the emergency department at once – call 116117.',
          'A permanent tooth has been knocked out in an accident: seek care immediately, preferably within an hour.',
          'Your cheek or gum is swollen: contact oral health care the same day; in the evening and at weekends call 116117.',
          'The pain wakes you at night and does not ease with painkillers, or a tooth has broken and aches: seek care the same day.',
          'A tooth twinges or aches repeatedly: book an appointment with oral health care.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'ihottuma',
    topic: 'skin',
    lastReviewed: '2026-02-16',
    nextReview: '2027-02-16',
    sources: [TERVEYSKIRJASTO, KAYPA_HOITO, PAIVYSTYSAPU],
    relatedGuideSlugs: ['hyonteisen-pisto', 'kuume-lapsi', 'kuume-aikuinen'],
    locales: {
      fi: {
        title: 'Ihottuma',
        summary:
          'Ihottuma on tavallinen oire, jonka syynä on useimmiten ihon kuivuus, ärsytys, ekseema tai virusinfektio. Useimmat ihottumat paranevat omahoidolla. Kuumeen kanssa esiintyvä, painettaessa haalistumaton ihottuma on hätätilanne.',
        body: `## Mikä ihottuma on?

Ihottumalla tarkoitetaan ihon punoitusta, näppylöitä, rakkuloita, hilseilyä tai paukamia. Tavallisia syitä ovat:

- **ekseema** eli ihottuma, joka johtuu kuivasta ja herkästä ihosta (esimerkiksi atooppinen ihottuma),
- **kosketusihottuma**, joka syntyy ihoa ärsyttävästä tai allergisoivasta aineesta, kuten pesuaineesta, kosmetiikasta tai nikkelistä,
- **nokkosihottuma**, jossa iholle nousee kutisevia paukamia, jotka vaihtavat paikkaa tuntien kuluessa; sen laukaisee usein virusinfektio, joskus ruoka tai lääke,
- lasten **virusihottumat**, jotka liittyvät kuumeeseen ja menevät ohi itsestään.

## Omahoito kotona

- Rasvaa kuivaa ja ärtynyttä ihoa perusvoiteella useita kertoja päivässä, erityisesti pesun jälkeen.
- Pese iho haalealla vedellä ja miedolla, hajusteettomalla pesuaineella.
- Kutinaan voi käyttää apteekin antihistamiinitablettia pakkausselosteen mukaan. Miedon hydrokortisonivoiteen lyhytaikainen käyttö lievittää ekseemaa aikuisilla; lapsille ja kasvojen iholle käytä sitä vain apteekin tai lääkärin ohjeen mukaan.
- Mieti, onko iho ollut kosketuksissa uuteen aineeseen, ja vältä sitä jatkossa.
- Käytä väljiä puuvillavaatteita ja pidä kynnet lyhyinä raapimisen haittojen vähentämiseksi.

## Mitä kannattaa välttää

- Raapimista, kuumia suihkuja ja saunan pitkiä löylyjä, jotka pahentavat kutinaa.
- Hajusteita, voimakkaita saippuoita ja uusia kosmetiikkatuotteita ihottuman aikana.
- Säännöllisesti käyttämiesi reseptilääkkeiden omatoimista lopettamista: jos epäilet lääkkeen aiheuttavan ihottuman, ota yhteyttä hoitoon.

## Milloin ihottuma menee ohi?

Virusihottumat ja nokkosihottuma menevät yleensä ohi muutamassa päivässä, viimeistään parissa viikossa. Kosketusihottuma paranee 1–3 viikossa, kun ärsyttävä aine vältetään. Jos ihottuma ei parane omahoidolla kahdessa viikossa tai uusii usein, ota yhteyttä terveysasemalle.`,
        whenToSeekCare: [
          'Soita 112, jos ihottumaan liittyy huulten, kielen tai kurkun turvotusta, hengitysvaikeutta, huimausta tai pyörtyilyä.',
          'Soita 112, jos sinulla tai lapsella on kuumetta ja pistemäisiä tai mustelmamaisia läiskiä, jotka eivät haalistu painettaessa (lasikoe), tai yleisvointi on huono.',
          'Iholle tulee laajoja rakkuloita tai iho irtoaa, tai suussa, silmissä tai sukuelimissä on haavaumia, etenkin uuden lääkkeen aloittamisen jälkeen: hakeudu heti päivystykseen – soita 116117.',
          'Iholla on laajeneva, kuumottava ja kipeä punoitus ja sinulla on kuumetta: ota yhteys samana päivänä, iltaisin ja viikonloppuisin soita 116117.',
          'Toispuoleinen, vyömäinen ja kivulias rakkulaihottuma (vyöruusu), etenkin silmän lähellä: ota yhteys samana päivänä.',
          'Ihottuma alkoi uuden lääkkeen aloittamisen jälkeen, tai punkin pureman kohtaan tulee laajeneva punoittava rengas.',
          'Ihottuma ei parane omahoidolla kahdessa viikossa tai siihen tulee keltaisia rupia.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'silman-punoitus',
    topic: 'eyes',
    lastReviewed: '2026-02-23',
    nextReview: '2027-02-23',
    sources: [TERVEYSKIRJASTO, PAIVYSTYSAPU],
    relatedGuideSlugs: ['flunssa', 'paansarky'],
    locales: {
      fi: {
        title: 'Silmän punoitus',
        summary:
          'Silmän punoitus johtuu useimmiten silmän sidekalvotulehduksesta, allergiasta tai kuivuudesta, ja se paranee yleensä itsestään. Näön heikkeneminen, kova silmäkipu tai silmään osunut kemikaali vaativat aina kiireellistä hoitoa.',
        body: `## Mistä silmän punoitus johtuu?

Tavallisin syy silmän punoitukseen on **sidekalvotulehdus**. Sen aiheuttaa useimmiten virus, usein flunssan yhteydessä, joskus bakteeri. Silmä punoittaa, rähmii ja tuntuu hiekkaiselta, mutta näkö on normaali eikä silmä ole varsinaisesti kipeä. Bakteerin aiheuttamassa tulehduksessa rähmä on paksua ja kellertävää, ja luomet voivat olla aamulla liimautuneet yhteen.

**Allerginen sidekalvotulehdus** kutisee ja vetistää, ja se liittyy usein siitepölykauteen tai eläimiin. **Kuiva silmä** punoittaa ja kirvelee etenkin ruutupäätetyön jälkeen. Silmän valkuaiseen voi myös tulla verenpurkauma, joka näyttää pelottavalta mutta on yleensä vaaraton ja häviää 1–2 viikossa.

Harvemmin punoituksen taustalla on vakavampi syy, kuten värikalvon tulehdus tai äkillinen silmänpainetauti. Niissä silmä on kipeä ja valonarka ja näkö on usein heikentynyt. Siksi näön ja kivun seuraaminen on tärkeää.

## Omahoito kotona

- Puhdista luomet ja ripset haalealla vedellä ja puhtaalla liinalla sisänurkasta ulospäin.
- Pese kädet usein, äläkä hiero silmiä. Käytä omaa pyyhettä: virusperäinen sidekalvotulehdus tarttuu helposti.
- Kostuttavat silmätipat apteekista helpottavat kuivaa ja ärtynyttä silmää.
- Allergiaan voit käyttää apteekin allergiasilmätippoja tai antihistamiinitablettia pakkausselosteen mukaan.
- Lopeta piilolinssien käyttö, kunnes silmä on täysin oireeton.

## Mitä kannattaa välttää

- Piilolinssejä ja silmämeikkiä tulehduksen aikana. Vaihda käytössä olleet linssit ja linssikotelo.
- Punoitusta vähentäviä silmätippoja pitkäaikaisesti.
- Aiemmin tai muille määrättyjen silmätippojen käyttöä.

## Milloin punoitus menee ohi?

Virusperäinen sidekalvotulehdus paranee yleensä 1–2 viikossa, bakteeriperäinen usein viikossa ilman hoitoakin. Allergiaoireet helpottavat, kun altistus loppuu. Jos silmä ei parane viikossa tai oireet pahenevat, ota yhteyttä terveysasemalle.`,
        whenToSeekCare: [
          'Silmään on roiskunut kemikaalia, esimerkiksi pesuainetta, kalkkia tai happoa: huuhtele silmää heti runsaalla juoksevalla vedellä vähintään 15 minuuttia ja soita 112.',
          'Silmään on osunut terävä esine tai kova isku, tai silmään on lentänyt roska suurella nopeudella (esimerkiksi hiottaessa): hakeudu heti päivystykseen – soita 116117.',
          'Näkö on heikentynyt tai sumentunut, silmä on kova ja kipeä tai valo sattuu silmään: hakeudu päivystykseen samana päivänä.',
          'Silmän punoitukseen liittyy kova päänsärky ja pahoinvointia: hakeudu heti päivystykseen.',
          'Käytät piilolinssejä ja silmä on kipeä ja punainen: ota yhteys samana päivänä.',
          'Vastasyntyneen vauvan silmä rähmii runsaasti tai silmäluomi turpoaa ja punoittaa.',
          'Silmä ei parane viikossa tai oireet pahenevat.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'paansarky',
    topic: 'pain',
    lastReviewed: '2026-02-23',
    nextReview: '2027-02-23',
    sources: [TERVEYSKIRJASTO, KAYPA_HOITO, PAIVYSTYSAPU],
    relatedGuideSlugs: ['unettomuus', 'ahdistus', 'flunssa'],
    locales: {
      fi: {
        title: 'Päänsärky',
        summary:
          'Päänsärky on yleensä vaaraton jännityspäänsärky tai migreeni, ja se helpottaa levolla ja käsikauppojen kipulääkkeellä. Äkillinen, poikkeuksellisen kova päänsärky tai aivoverenkiertohäiriön merkit vaativat hätäapua.',
        body: `## Mikä päänsärky on?

Lähes kaikilla on joskus päänsärkyä. Tavallisimmat päänsäryt ovat:

- **Jännityspäänsärky:** tasainen, puristava tai painava kipu molemmin puolin päätä tai otsalla. Se liittyy usein stressiin, univajeeseen, pitkään istumiseen ja niska-hartiaseudun jännitykseen. Liikkuminen ei pahenna kipua.
- **Migreeni:** kohtauksittainen, usein toispuoleinen ja sykkivä särky, johon liittyy pahoinvointia sekä valon- ja äänenarkuutta. Kohtaus kestää 4–72 tuntia. Osalla sitä edeltää aura, esimerkiksi näkökenttään tuleva sahalaitainen kuvio.

Päänsärkyä voivat aiheuttaa myös flunssa ja kuume, nestevaje, kofeiinin äkillinen lopettaminen ja alkoholi. Useimmiten päänsärky ei ole merkki vakavasta sairaudesta. Kohonnut verenpainekaan aiheuttaa harvoin päänsärkyä, mutta verenpaineen voi tarvittaessa mitata apteekissa tai terveysasemalla.

## Omahoito kotona

- Lepää rauhallisessa ja hämärässä huoneessa. Juo vettä ja syö säännöllisesti.
- Käsikauppojen kipulääke (ibuprofeeni, parasetamoli tai aikuisille asetyylisalisyylihappo) auttaa parhaiten, kun se otetaan heti särkyn alkaessa. Noudata pakkausselosteen ohjetta.
- Kylmä kääre otsalla tai lämpö niskassa voi helpottaa.
- Huolehdi riittävästä unesta ja säännöllisestä liikunnasta, ja pidä taukoja näyttötyöstä.
- Päänsärkypäiväkirja auttaa tunnistamaan laukaisevia tekijöitä, kuten univajetta, tiettyjä ruokia tai stressiä.

## Mitä kannattaa välttää

- Kipulääkkeiden käyttöä yli 10–15 päivänä kuukaudessa: liiallinen käyttö voi itse aiheuttaa jatkuvaa päänsärkyä (lääkepäänsärky).
- Alkoholia ja runsasta kofeiinia.
- Pitkiä aterioiden välejä ja epäsäännöllistä unirytmiä.

## Milloin päänsärky menee ohi?

Jännityspäänsärky kestää yleensä muutamasta tunnista päivään, migreenikohtaus enintään kolme vuorokautta. Jos päänsärky on uudenlainen, pahenee viikkojen kuluessa tai toistuu usein, ota yhteyttä terveysasemalle. Migreeniin on olemassa tehokkaita kohtaus- ja estolääkkeitä.`,
        whenToSeekCare: [
          'Soita 112, jos päänsärky alkaa äkillisesti ja on elämäsi pahin, tai siihen liittyy kasvojen roikkuminen, raajan heikkous tai puutuminen, puheen tuottamisen tai ymmärtämisen vaikeus tai näköhäiriö.',
          'Soita 112, jos päänsärkyyn liittyy kuume ja niskan jäykkyys, sekavuus, kouristus tai painettaessa haalistumaton ihottuma.',
          'Päänsärky alkoi pään iskun jälkeen ja siihen liittyy oksentelua, uneliaisuutta tai sekavuutta, tai käytät verenohennuslääkettä: hakeudu heti päivystykseen – soita 116117.',
          'Olet raskauden loppupuolella ja sinulla on päänsärkyä, näköhäiriöitä tai kasvojen ja käsien turvotusta: hakeudu heti päivystykseen.',
          'Päänsärkyyn liittyy silmän punoitus, näön sumentuminen ja pahoinvointi: hakeudu heti päivystykseen.',
          'Olet yli 50-vuotias ja sinulla on uudenlainen päänsärky, tai särky pahenee viikkojen kuluessa, herättää öisin tai on pahin aamulla oksentelun kanssa.',
          'Tarvitset kipulääkettä päänsärkyyn yli 10 päivänä kuukaudessa.',
        ],
      },
      sv: {
        title: 'Huvudvärk',
        summary:
          'Huvudvärk är oftast ofarlig spänningshuvudvärk eller migrän och lättar med vila och receptfri värkmedicin. Plötslig, ovanligt kraftig huvudvärk eller tecken på stroke kräver akut hjälp.',
        body: `## Vad är huvudvärk?

Nästan alla har huvudvärk ibland. De vanligaste typerna är:

- **Spänningshuvudvärk:** jämn, tryckande eller pressande värk på båda sidor av huvudet eller i pannan. Den hör ofta ihop med stress, sömnbrist, långvarigt sittande och spänningar i nacke och skuldror. Rörelse förvärrar inte värken.
- **Migrän:** anfallsvis, ofta ensidig och bultande värk med illamående och ljus- och ljudkänslighet. Ett anfall varar 4–72 timmar. Hos en del föregås anfallet av en aura, till exempel ett sicksackmönster i synfältet.

Huvudvärk kan också orsakas av förkylning och feber, vätskebrist, att man plötsligt slutar med koffein samt alkohol. Oftast är huvudvärk inte ett tecken på allvarlig sjukdom. Inte heller högt blodtryck orsakar ofta huvudvärk, men du kan vid behov mäta blodtrycket på apoteket eller hälsostationen.

## Egenvård hemma

- Vila i ett lugnt och dunkelt rum. Drick vatten och ät regelbundet.
- Receptfri värkmedicin (ibuprofen, paracetamol eller för vuxna acetylsalicylsyra) hjälper bäst när den tas genast när värken börjar. Följ bipacksedeln.
- Ett kallt omslag på pannan eller värme i nacken kan lindra.
- Se till att du sover tillräckligt och motionerar regelbundet, och ta pauser från skärmarbete.
- En huvudvärksdagbok hjälper dig att känna igen utlösande faktorer, till exempel sömnbrist, vissa livsmedel eller stress.

## Undvik

- Att ta värkmedicin mer än 10–15 dagar i månaden: för mycket medicin kan i sig orsaka ständig huvudvärk (läkemedelsutlöst huvudvärk).
- Alkohol och rikligt med koffein.
- Långa uppehåll mellan måltiderna och oregelbunden dygnsrytm.

## Hur länge varar huvudvärken?

Spänningshuvudvärk varar vanligen från några timmar till ett dygn, ett migränanfall högst tre dygn. Om huvudvärken är av ett nytt slag, förvärras under veckornas lopp eller återkommer ofta ska du kontakta hälsostationen. Det finns effektiva anfalls- och förebyggande läkemedel mot migrän.`,
        whenToSeekCare: [
          'Ring 112 om huvudvärken börjar plötsligt och är den värsta du haft, eller om den åtföljs av hängande ansikte, svaghet eller domning i en arm eller ett ben, svårt att tala eller förstå tal eller synstörningar.',
          'Ring 112 om huvudvärken åtföljs av feber och nackstelhet, förvirring, kramper eller utslag som inte bleknar vid tryck.',
          'Huvudvärken började efter ett slag mot huvudet och du kräks, är dåsig eller förvirrad, eller du använder blodförtunnande medicin: sök genast vård på jouren – ring 116117.',
          'Du är i slutet av graviditeten och har huvudvärk, synstörningar eller svullnad i ansiktet och händerna: sök genast vård på jouren.',
          'Huvudvärken åtföljs av ett rött öga, dimsyn och illamående: sök genast vård på jouren.',
          'Du är över 50 år och har en ny typ av huvudvärk, eller värken förvärras under veckornas lopp, väcker dig på natten eller är värst på morgonen med kräkningar.',
          'Du behöver värkmedicin mot huvudvärk mer än 10 dagar i månaden.',
        ],
      },
      en: {
        title: 'Headache',
        summary:
          'A headache is usually a harmless tension-type headache or migraine and eases with rest and over-the-counter painkillers. A sudden, unusually severe headache or signs of a stroke need emergency help.',
        body: `## What is a headache?

Almost everyone has a headache now and then. The most common types are:

- **Tension-type headache:** a steady, tight or pressing pain on both sides of the head or across the forehead. It is often linked to stress, lack of sleep, long periods of sitting and tension in the neck and shoulders. Moving about does not make it worse.
- **Migraine:** attacks of often one-sided, throbbing pain with nausea and sensitivity to light and sound. An attack lasts 4–72 hours. Some people have an aura before the attack, for example a zigzag pattern in their field of vision.

Headaches can also be caused by a cold or fever, not drinking enough, suddenly stopping caffeine, and alcohol. Most headaches are not a sign of a serious illness. High blood pressure rarely causes headache either, but you can have your blood pressure measured at a pharmacy or health centre if needed.

## Self-care at home

- Rest in a quiet, dim room. Drink water and eat regularly.
- Over-the-counter painkillers (ibuprofen, paracetamol or, for adults, aspirin) work best when taken as soon as the headache starts. Follow the package leaflet.
- A cold compress on the forehead or warmth on the neck may help.
- Get enough sleep and regular exercise, and take breaks from screen work.
- A headache diary helps you recognise triggers such as lack of sleep, certain foods or stress.

## What to avoid

- Taking painkillers on more than 10–15 days a month: overuse can itself cause a constant headache (medication-overuse headache).
- Alcohol and a lot of caffeine.
- Long gaps between meals and an irregular sleep rhythm.

## How long does it last?

A tension-type headache usually lasts from a few hours to a day, a migraine attack at most three days. If a headache is new in kind, gets worse over weeks or keeps coming back, contact your health centre. There are effective medicines both to treat and to prevent migraine.`,
        whenToSeekCare: [
          'Call 112 if the headache starts suddenly and is the worst you have ever had, or comes with a drooping face, weakness or numbness in an arm or leg, difficulty speaking or understanding speech, or disturbed vision.',
          'Call 112 if the headache comes with fever and a stiff neck, confusion, a seizure or a rash that does not fade when pressed.',
          'The headache started after a blow to the head and you are vomiting, drowsy or confused, or you take blood thinners: go to the emergency department at once – call 116117.',
          'You are in late pregnancy and have a headache, disturbed vision or swelling of the face and hands: go to the emergency department at once.',
          'The headache comes with a red eye, blurred vision and nausea: go to the emergency department at once.',
          'You are over 50 and have a new kind of headache, or the pain gets worse over weeks, wakes you at night or is worst in the morning with vomiting.',
          'You need painkillers for headache on more than 10 days a month.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'hyonteisen-pisto',
    topic: 'skin',
    lastReviewed: '2026-03-02',
    nextReview: '2027-03-02',
    sources: [TERVEYSKIRJASTO, THL, PAIVYSTYSAPU],
    relatedGuideSlugs: ['ihottuma'],
    locales: {
      fi: {
        title: 'Hyönteisen pisto ja punkin purema',
        summary:
          'Ampiaisen, mehiläisen ja hyttysen pistot aiheuttavat yleensä vain paikallista kipua, turvotusta ja kutinaa. Punkki poistetaan heti ja piston kohtaa seurataan kuukauden ajan. Laaja allerginen reaktio on hätätilanne.',
        body: `## Mitä pisto aiheuttaa?

**Ampiaisen ja mehiläisen pisto** aiheuttaa välitöntä kipua, punoitusta ja turvotusta. Turvotus voi seuraavana päivänä olla laajakin, esimerkiksi koko kämmenselän tai kyynärvarren alueella. Tällainen laaja paikallinen reaktio on kiusallinen mutta vaaraton, ja se laantuu muutamassa päivässä. Harvoin pisto aiheuttaa koko elimistön allergisen reaktion (anafylaksian), joka alkaa yleensä minuuttien kuluessa.

**Hyttysen ja mäkärän piston** kutina ja paukama ovat harmittomia. Raapiminen voi kuitenkin aiheuttaa ihon tulehduksen.

**Punkki (puutiainen)** voi levittää borrelioosia ja puutiaisaivokuumetta. Borrelioosin merkki on piston kohtaan päivien tai viikkojen kuluttua ilmaantuva, vähitellen laajeneva punoittava rengas tai läiskä (yli 5 cm). Puutiaisaivokuume alkaa kuumeella ja päänsäryllä 1–4 viikon kuluttua pistosta. Rokotus suojaa puutiaisaivokuumeelta – tarkista THL:n sivuilta rokotussuositus omalle alueellesi.

## Omahoito kotona

- Raavi mehiläisen piikki pois kynnellä tai kortin reunalla mahdollisimman pian.
- Viilennä piston kohtaa kylmäpussilla kankaan läpi.
- Kutinaan ja turvotukseen auttavat apteekin antihistamiinitabletti ja mieto hydrokortisonivoide pakkausselosteen mukaan. Lapsille kysy ohjeet apteekista.
- Poista punkki mahdollisimman pian pinseteillä tai punkinpoistimella vetämällä suoraan ihosta irti. Pese kohta ja seuraa sitä kuukauden ajan.
- Jos sinulle on määrätty adrenaliinikynä, pidä se mukana kesäisin.

## Mitä kannattaa välttää

- Raapimista: se voi tulehduttaa piston kohdan.
- Punkin puristamista, rasvaamista tai polttamista ennen poistoa.
- Makeiden juomien juomista ulkona avonaisesta tölkistä ampiaisaikaan.

## Milloin oireet menevät ohi?

Paikallinen kipu ja turvotus laantuvat yleensä 1–3 päivässä, laaja paikallinen reaktio viimeistään viikossa. Hyttysenpiston kutina menee ohi muutamassa päivässä.`,
        whenToSeekCare: [
          'Soita 112, jos pistoksen jälkeen ilmaantuu kasvojen, huulten tai kurkun turvotusta, hengitysvaikeutta, käheyttä, huimausta, pyörtyilyä tai laajaa nokkosihottumaa. Käytä adrenaliinikynä heti, jos sinulle on sellainen määrätty.',
          'Soita 112, jos pisto on suussa tai nielussa ja kurkku turpoaa.',
          'Olet saanut kymmeniä pistoja tai pieni lapsi on saanut useita pistoja: hakeudu heti päivystykseen – soita 116117.',
          'Piston kohdasta leviää kuumottava punoitus tai punainen juova ja sinulle nousee kuume: ota yhteys samana päivänä.',
          'Punkin pureman kohtaan ilmaantuu päivien tai viikkojen kuluessa laajeneva punoittava rengas tai läiskä: ota yhteys terveysasemalle.',
          'Sinulle nousee kuume, päänsärky tai lihassärky 1–4 viikon kuluttua punkin puremasta.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'palovamma',
    topic: 'injuries',
    lastReviewed: '2026-03-02',
    nextReview: '2027-03-02',
    sources: [TERVEYSKIRJASTO, PAIVYSTYSAPU],
    relatedGuideSlugs: ['ihottuma'],
    locales: {
      fi: {
        title: 'Palovamma',
        summary:
          'Pienen palovamman ensiapu on viilentäminen haalealla juoksevalla vedellä 10–20 minuutin ajan. Pinnalliset palovammat paranevat kotona, mutta laajat, syvät tai kasvoissa, käsissä ja nivelissä olevat palovammat tarvitsevat lääkärin arvion.',
        body: `## Mikä palovamma on?

Palovamma syntyy kuumasta nesteestä, höyrystä, liekistä, kuumasta pinnasta, sähköstä, kemikaalista tai auringosta. Palovamman vakavuuteen vaikuttavat sen syvyys, laajuus ja sijainti.

- **Pinnallinen palovamma** (esimerkiksi auringon polttama iho): iho punoittaa ja on kipeä, mutta rakkuloita ei ole.
- **Rakkulainen palovamma:** iholle nousee rakkuloita ja vamma on hyvin kipeä.
- **Syvä palovamma:** iho on valkoinen, ruskea tai nahkamainen eikä välttämättä kipeä, koska hermopäätteet ovat vaurioituneet.

Palovamman laajuutta voi arvioida potilaan oman kämmenen avulla: kämmen sormineen on noin prosentti ihon pinta-alasta.

## Ensiapu ja omahoito

- **Viilennä** palovammaa heti haalealla (ei jääkylmällä) juoksevalla vedellä 10–20 minuutin ajan. Viilentäminen lievittää kipua ja rajoittaa vaurion syvenemistä.
- Riisu sormukset, kellot ja kiristävät vaatteet ennen kuin alue turpoaa. Älä irrota ihoon tarttunutta vaatetta.
- Peitä vamma puhtaalla, ihoon tarttumattomalla sidoksella tai esimerkiksi puhtaalla tuorekelmulla.
- Pienen, pinnallisen palovamman voi hoitaa kotona. Kipuun voit käyttää parasetamolia tai ibuprofeenia pakkausselosteen mukaan.
- Suojaa parantunut iho auringolta vuoden ajan, jotta siihen ei jää pigmenttimuutoksia.
- Laajassa palovammassa pidä potilas lämpimänä viilentämisen jälkeen, koska elimistö jäähtyy helposti.

## Mitä kannattaa välttää

- Jäitä ja jääkylmää vettä, jotka voivat vaurioittaa ihoa lisää.
- Voita, öljyä, hammastahnaa tai muita kotikonsteja.
- Rakkuloiden puhkaisemista.

## Milloin palovamma paranee?

Pinnallinen palovamma paranee noin viikossa jälkiä jättämättä. Rakkulainen palovamma paranee yleensä 2–3 viikossa. Jos palovamma ei parane kahdessa viikossa tai siihen tulee tulehduksen merkkejä, ota yhteyttä terveysasemalle. Tarkista samalla jäykkäkouristusrokotuksen voimassaolo.`,
        whenToSeekCare: [
          'Soita 112, jos palovamma on laaja, henkilö on ollut tulipalossa suljetussa tilassa, hänellä on nokea suussa tai nenässä, käheyttä tai hengitysvaikeutta, tai hän on saanut suurjännitesähköiskun.',
          'Soita 112, jos palovammaan liittyy tajunnan heikkenemistä tai silmiin on roiskunut kemikaalia (huuhtele samalla silmiä juoksevalla vedellä).',
          'Rakkulainen palovamma on kämmentä suurempi, tai palovamma on syvä (valkoinen, ruskea, nahkamainen tai tunnoton): hakeudu heti päivystykseen – soita 116117.',
          'Palovamma on kasvoissa, käsissä, jaloissa, sukuelinten alueella tai nivelen kohdalla, tai sen on aiheuttanut sähkö tai kemikaali: hakeudu päivystykseen.',
          'Pienellä lapsella tai iäkkäällä on rakkulainen palovamma: ota yhteys samana päivänä.',
          'Palovammaan tulee tulehduksen merkkejä, kuten lisääntyvää punoitusta, märkää tai kuumetta, tai se ei parane kahdessa viikossa.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'unettomuus',
    topic: 'mental_health',
    lastReviewed: '2026-03-09',
    nextReview: '2027-03-09',
    sources: [KAYPA_HOITO, MIELENTERVEYSTALO, TERVEYSKIRJASTO],
    relatedGuideSlugs: ['ahdistus', 'paansarky', 'paihteet-huoli'],
    locales: {
      fi: {
        title: 'Unettomuus',
        summary:
          'Lyhytaikainen unettomuus on tavallista stressin ja elämänmuutosten aikana ja korjaantuu usein itsestään. Säännöllinen unirytmi ja hyvät unitottumukset auttavat. Pitkittyneeseen unettomuuteen on tehokasta hoitoa.',
        body: `## Mikä unettomuus on?

Unettomuudella tarkoitetaan vaikeutta nukahtaa, katkonaista unta tai liian aikaista heräämistä, vaikka nukkumiseen olisi mahdollisuus. Unettomuus haittaa päivällä: väsyttää, keskittyminen on vaikeaa ja mieliala on ärtyisä.

Lyhytaikainen unettomuus liittyy usein stressiin, huoliin, kipuun, vuorotyöhön tai elämänmuutoksiin, ja se korjaantuu usein, kun tilanne rauhoittuu. Jos unettomuus jatkuu vähintään kolmena yönä viikossa yli kolmen kuukauden ajan, puhutaan pitkäaikaisesta unettomuudesta. Sen tehokkain hoito on unettomuuden kognitiivinen käyttäytymisterapia, jota voi tehdä myös omahoitona esimerkiksi Mielenterveystalon omahoito-ohjelmissa.

## Omahoito kotona

- Mene nukkumaan ja herää joka päivä suunnilleen samaan aikaan, myös viikonloppuisin.
- Ulkoile ja hae päivänvaloa erityisesti aamulla. Liiku säännöllisesti, mutta vältä raskasta liikuntaa juuri ennen nukkumaanmenoa.
- Rauhoitu illalla: himmennä valot ja jätä näytöt tunti ennen nukkumaanmenoa.
- Pidä makuuhuone viileänä, pimeänä ja hiljaisena. Käytä sänkyä vain nukkumiseen.
- Jos et saa unta noin 20 minuutissa, nouse hetkeksi tekemään jotain rauhallista hämärässä valossa ja palaa sänkyyn, kun nukuttaa.
- Käy huolet läpi jo alkuillasta, esimerkiksi kirjoittamalla ne paperille.
- Apteekin unta edistävistä valmisteista, kuten melatoniinista, kysy farmaseutilta, sopivatko ne sinulle.

## Mitä kannattaa välttää

- Kofeiinia iltapäivästä alkaen ja nikotiinia illalla.
- Alkoholia unilääkkeenä: se heikentää unen laatua ja aiheuttaa heräilyä yön loppupuolella.
- Pitkiä päiväunia; korkeintaan 20–30 minuutin päiväunet alkuiltapäivästä.
- Muille määrättyjä unilääkkeitä.
- Kellon jatkuvaa katsomista yöllä.

## Milloin unettomuus menee ohi?

Lyhytaikainen unettomuus helpottaa yleensä muutamassa viikossa, kun sen aiheuttanut tilanne rauhoittuu ja unirytmi palautuu. Jos unettomuus jatkuu yli kuukauden ja haittaa arkea, ota yhteyttä terveysasemalle.`,
        whenToSeekCare: [
          'Soita 112, jos sinulla on itsetuhoisia suunnitelmia tai olet välittömässä vaarassa vahingoittaa itseäsi.',
          'Sinulla on itsetuhoisia ajatuksia tai et ole nukkunut useaan yöhön ja olosi on poikkeuksellisen kiihtynyt tai sekava: hakeudu heti päivystykseen – soita 116117.',
          'Unettomuuteen liittyy masentuneisuutta, toivottomuutta tai voimakasta ahdistusta: ota yhteys terveysasemalle tai mielenterveyspalveluihin.',
          'Kuorsaat äänekkäästi, läheisesi on huomannut hengityskatkoja tai nukahtelet päivällä esimerkiksi autoa ajaessa: ota yhteys terveysasemalle. Älä aja väsyneenä.',
          'Unettomuus on jatkunut yli kuukauden ja haittaa työ- tai toimintakykyä.',
          'Käytät alkoholia tai lääkkeitä saadaksesi unta.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'ahdistus',
    topic: 'mental_health',
    lastReviewed: '2026-03-09',
    nextReview: '2027-03-09',
    sources: [MIELENTERVEYSTALO, MIELI, KAYPA_HOITO, TERVEYSKIRJASTO],
    relatedGuideSlugs: ['unettomuus', 'paihteet-huoli', 'paansarky'],
    locales: {
      fi: {
        title: 'Ahdistus ja paniikkikohtaus',
        summary:
          'Ahdistus on tavallinen tunne, joka voi tuntua voimakkaasti myös kehossa. Hengitysharjoitukset, säännöllinen arki ja toisen ihmisen tuki auttavat. Jos ahdistus haittaa arkea, siihen on tehokasta hoitoa.',
        body: `## Mikä ahdistus on?

Ahdistus on epämiellyttävä levottomuuden, jännityksen tai pelon tunne. Se on normaali reaktio stressiin ja vaikeisiin elämäntilanteisiin, ja lähes kaikki kokevat sitä joskus. Ahdistus tuntuu usein myös kehossa: sydän hakkaa, hengitys salpautuu, hikoiluttaa, vatsaa kouraisee, lihakset jännittyvät ja uni häiriintyy.

**Paniikkikohtaus** on äkillinen, voimakas pelon tunne, johon liittyy esimerkiksi sydämentykytystä, hengenahdistuksen tunnetta, rintapuristusta, huimausta, käsien pistelyä ja pelkoa kuolemasta tai sekoamisesta. Kohtaus on pelottava mutta ei vaarallinen, ja se helpottaa yleensä 10–30 minuutissa. Jos rintakipu tai hengenahdistus tulee ensimmäistä kertaa tai on erilaista kuin aiemmin, soita 112: oireita ei voi itse erottaa sydänperäisistä oireista.

Jos ahdistus on jatkuvaa, voimakasta tai rajoittaa elämää, kyse voi olla ahdistuneisuushäiriöstä. Se on yleinen ja hyvin hoidettavissa oleva ongelma.

## Omahoito kotona

- Rauhoita hengitystä: hengitä nenän kautta sisään noin neljän sekunnin ajan ja ulos hitaasti noin kuuden sekunnin ajan. Toista muutaman minuutin ajan.
- Maadoita itsesi nykyhetkeen: nimeä mielessäsi viisi asiaa, jotka näet, neljä, jotka kuulet, ja kolme, jotka tunnet.
- Pidä kiinni säännöllisestä arjesta: uni, ateriat, ulkoilu ja liikunta tasaavat ahdistusta.
- Puhu luotettavan ihmisen kanssa. MIELI ry:n valtakunnallinen Kriisipuhelin vastaa numerossa 09 2525 0111.
- Kokeile Mielenterveystalon maksuttomia omahoito-ohjelmia.

## Mitä kannattaa välttää

- Alkoholia ja muita päihteitä ahdistuksen lievittämiseen: ne pahentavat ahdistusta seuraavana päivänä ja pitkällä aikavälillä.
- Pelottavien tilanteiden jatkuvaa välttelyä, joka kaventaa arkea. Kohtaa niitä vähitellen.
- Runsasta kofeiinia ja energiajuomia.
- Muille määrättyjä rauhoittavia lääkkeitä.

## Milloin ahdistus helpottaa?

Tilanteeseen liittyvä ahdistus helpottaa yleensä, kun stressi vähenee. Jos ahdistus jatkuu yli kaksi viikkoa ja haittaa arkea, työtä tai opiskelua, ota yhteyttä terveysasemalle tai hyvinvointialueen mielenterveyspalveluihin.`,
        whenToSeekCare: [
          'Soita 112, jos sinulla on itsetuhoisia suunnitelmia, olet vahingoittanut itseäsi tai sinä tai joku muu on välittömässä vaarassa.',
          'Soita 112, jos sinulla on rintakipua tai hengenahdistusta ensimmäistä kertaa tai se on erilaista kuin aiemmissa kohtauksissa.',
          'Sinulla on itsetuhoisia ajatuksia tai ahdistus on sietämätöntä etkä pärjää sen kanssa: hakeudu heti päivystykseen – soita 116117. Voit myös soittaa Kriisipuhelimeen 09 2525 0111.',
          'Kuulet tai näet asioita, joita muut eivät havaitse, tai olosi on sekava.',
          'Paniikkikohtauksia tulee toistuvasti tai pelkäät niitä niin, että vältät tavallisia tilanteita.',
          'Ahdistus on jatkunut yli kaksi viikkoa ja haittaa arkea, työtä, opiskelua tai unta.',
          'Käytät alkoholia, lääkkeitä tai muita päihteitä ahdistuksen lievittämiseen.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'paihteet-huoli',
    topic: 'substance_use',
    lastReviewed: '2026-03-16',
    nextReview: '2027-03-16',
    sources: [PAIHDELINKKI, THL, KAYPA_HOITO, MIELENTERVEYSTALO],
    relatedGuideSlugs: ['ahdistus', 'unettomuus'],
    locales: {
      fi: {
        title: 'Huoli omasta tai läheisen päihteiden käytöstä',
        summary:
          'Huoli alkoholin, lääkkeiden tai huumeiden käytöstä on hyvä syy ottaa asia puheeksi. Apua saa ilman lähetettä ja nimettömästi, myös läheisenä. Myrkytyksen merkit vaativat hätäapua.',
        body: `## Milloin päihteiden käyttö on huolestuttavaa?

Alkoholin, lääkkeiden tai huumeiden käytöstä kannattaa huolestua, jos käytön määrä kasvaa, sitä on vaikea hallita tai lopettaa, se aiheuttaa riitoja, poissaoloja tai taloudellisia ongelmia, tai käyttö jatkuu haitoista huolimatta. THL:n mukaan alkoholin käytön terveysriskit kasvavat määrän mukaan, eikä mikään määrä ole täysin riskitön.

Päihdelinkissä voit tehdä nimettömästi alkoholinkäytön riskejä arvioivan AUDIT-testin. Terveysasemalla, työterveyshuollossa ja hyvinvointialueen päihdepalveluissa asiasta voi puhua luottamuksellisesti – usein jo yksi keskustelu auttaa vähentämään käyttöä.

## Mitä voit tehdä itse

- Pidä kirjaa käyttämistäsi annoksista viikon tai kahden ajan. Se auttaa näkemään todellisen määrän.
- Aseta tavoite, esimerkiksi alkoholittomia päiviä viikkoon tai enimmäismäärä yhdelle kerralle, ja kerro siitä jollekin.
- Tunnista tilanteet ja tunteet, joissa käyttö lisääntyy, ja mieti niille muita keinoja.
- **Jos olet käyttänyt alkoholia runsaasti päivittäin pitkään, älä lopeta yhtäkkiä yksin.** Vieroitusoireet voivat olla vaarallisia; hakeudu terveysasemalle tai päihdepalveluihin vieroitushoitoon.

## Läheisenä

- Ota asia puheeksi, kun läheinen on selvin päin. Kerro omista havainnoistasi ja huolestasi minä-muodossa syyttelemättä.
- Älä ota vastuuta toisen käytöstä tai peittele seurauksia. Pidä huolta omasta jaksamisestasi.
- Myös läheiset saavat tukea: Päihdelinkissä on tietoa ja keskusteluapua läheisille, ja monella paikkakunnalla toimii läheisryhmiä.
- Jos lapsen turvallisuus on vaarassa, soita 112. Huolesta lapsen hyvinvoinnista voit tehdä lastensuojeluilmoituksen hyvinvointialueelle.

## Mitä kannattaa välttää

- Päihteiden sekakäyttöä, etenkin alkoholin ja rauhoittavien lääkkeiden tai opioidien yhdistämistä: se voi lamata hengityksen.
- Humaltuneen jättämistä yksin nukkumaan selälleen.

## Paraneminen on mahdollista

Päihteiden käytön vähentäminen tai lopettaminen onnistuu useimmiten, ja tuen avulla se on helpompaa. Retkahdukset kuuluvat usein muutokseen eivätkä tarkoita epäonnistumista.`,
        whenToSeekCare: [
          'Soita 112, jos päihteitä käyttänyt ei herää, hengittää hitaasti tai katkonaisesti, kouristelee tai oksentaa tokkuraisena. Käännä hänet kylkiasentoon äläkä jätä yksin.',
          'Soita 112, jos epäilet opioidin yliannostusta (pienet pupillit, hidas hengitys, ei reagoi), tai jos joku on vaarassa vahingoittaa itseään tai muita.',
          'Myrkytystä koskevissa kysymyksissä voit soittaa Myrkytystietokeskukseen 0800 147 111. Hätätilanteessa soita aina 112.',
          'Juomisen lopettamisen jälkeen ilmaantuu voimakasta vapinaa, hikoilua, sekavuutta tai harhoja: hakeudu heti päivystykseen – soita 116117.',
          'Sinulla on itsetuhoisia ajatuksia tai olet ahdistunut ja käytät päihteitä selviytyäksesi: hakeudu heti päivystykseen – soita 116117.',
          'Haluat vähentää tai lopettaa käyttöä tai tarvitset vieroitushoitoa: ota yhteys terveysasemalle tai hyvinvointialueen päihdepalveluihin.',
          'Olet raskaana ja käytät alkoholia tai muita päihteitä: ota yhteys neuvolaan – saat apua ilman syyllistämistä.',
        ],
      },
    },
  },
  // ---------------------------------------------------------------------------------------------------------
  {
    slug: 'raskauden-alku',
    topic: 'pregnancy',
    lastReviewed: '2026-03-16',
    nextReview: '2027-03-16',
    sources: [THL, TERVEYSKIRJASTO, FIMEA, PAIVYSTYSAPU],
    relatedGuideSlugs: ['virtsatieinfektio', 'paihteet-huoli', 'ripuli-oksentelu'],
    locales: {
      fi: {
        title: 'Raskauden alku',
        summary:
          'Kun raskaustesti on positiivinen, ota yhteyttä äitiysneuvolaan. Raskauden alussa tärkeitä ovat foolihappo, päihteettömyys, turvallinen ruoka ja lääkkeiden tarkistaminen. Runsas verenvuoto tai kova alavatsakipu vaatii kiireellistä hoitoa.',
        body: `## Positiivinen raskaustesti – mitä seuraavaksi?

Ota yhteyttä oman alueesi äitiysneuvolaan, kun raskaustesti on positiivinen. Ensimmäinen käynti terveydenhoitajan luona on yleensä raskausviikoilla 8–10. Neuvolakäynnit ovat maksuttomia ja vapaaehtoisia. Neuvolassa kerrotaan myös sikiön kehityksen vapaaehtoisista seulontatutkimuksista, kuten alkuraskauden ultraäänitutkimuksesta.

Jos sinulla on pitkäaikaissairaus tai säännöllinen lääkitys, ota yhteyttä hoitavaan lääkäriin tai terveysasemalle jo ennen neuvolakäyntiä lääkityksen tarkistamiseksi. Älä kuitenkaan lopeta lääkitystä omin päin.

## Hyvinvointi raskauden alussa

- Käytä **foolihappolisää 400 mikrogrammaa päivässä** raskauden 12. viikon loppuun asti. Se vähentää sikiön hermostoputken kehityshäiriöiden riskiä.
- Raskaana oleville suositellaan D-vitamiinilisää ympäri vuoden.
- Pahoinvointi on tavallista raskausviikoilla 6–14. Syö pieniä aterioita usein ja juo riittävästi.
- Liiku voinnin mukaan; tavallinen liikunta on raskauden aikana hyödyllistä.
- Kausi-influenssarokote on raskaana oleville maksuton ja suositeltava; kysy siitä neuvolasta.
- Kipuun ja kuumeeseen sopii tarvittaessa tilapäisesti parasetamoli. Tarkista apteekista tai neuvolasta kaikkien muiden lääkkeiden, myös rohdosvalmisteiden, sopivuus.

## Mitä kannattaa välttää

- **Alkoholia, tupakkaa, nikotiinituotteita ja huumeita.** Raskauden aikana turvallista alkoholimäärää ei ole.
- Ibuprofeenia ja muita tulehduskipulääkkeitä ilman lääkärin ohjetta.
- Listeriariskin vuoksi kylmäsavustettua ja graavisuolattua kalaa, pastöroimattomia maitotuotteita sekä kypsentämätöntä lihaa. Kuumenna valmisruoat kunnolla.
- Maksaa ja maksaruokia sekä haukea. Kahvia on hyvä juoda kohtuudella.
- Kissanhiekan vaihtamista ja puutarhatöitä ilman käsineitä (toksoplasmoosi).

## Alkuraskauden tavalliset tuntemukset

Väsymys, rintojen arkuus, tiheä virtsaamistarve ja lievä alavatsan venyttävä tunne ovat alkuraskaudessa tavallisia. Lievää tiputteluvuotoa voi esiintyä, eikä se aina tarkoita keskenmenoa, mutta verenvuodosta kannattaa aina olla yhteydessä hoitoon.`,
        whenToSeekCare: [
          'Soita 112, jos sinulla on runsas verenvuoto ja heikotusta tai pyörtyilyä, tai äkillinen kova, usein toispuoleinen alavatsakipu, johon voi liittyä olkapääkipua (kohdunulkoisen raskauden merkki).',
          'Sinulla on verenvuotoa ja alavatsakipua: hakeudu heti päivystykseen – soita 116117.',
          'Oksentelet niin, ettei mikään pysy sisällä, virtsaa tulee vähän tai laihdut: ota yhteys samana päivänä, iltaisin ja viikonloppuisin soita 116117.',
          'Sinulla on kuumetta (yli 38 °C) tai virtsaaminen kirvelee: ota yhteys samana päivänä.',
          'Sinulla on vähäistä veristä vuotoa tai tiputtelua ilman kipua: ota yhteys neuvolaan tai terveysasemalle.',
          'Sinulla on pitkäaikaissairaus tai säännöllinen lääkitys: ota yhteys hoitavaan lääkäriin lääkityksen tarkistamiseksi.',
        ],
      },
    },
  },
];
