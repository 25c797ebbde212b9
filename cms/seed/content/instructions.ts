/**
 * Sample professional instructions (agent-only procedures of the customer service centre).
 *
 * Written to be conservative: when in doubt, the instruction guides to care (112 / 116117).
 * Legal references are given at the level an agent needs; the owner keeps them current.
 */

type LocalizedText = { fi: string; sv?: string; en?: string };
type InstructionCategory =
  | 'triage'
  | 'referral'
  | 'social_services'
  | 'mental_health'
  | 'substance_use'
  | 'maternity_child'
  | 'oral_health'
  | 'switchboard'
  | 'data_protection'
  | 'emergency'
  | 'other';
type InstructionAudience = 'agent' | 'nurse' | 'social_counsellor';

export interface InstructionSeed {
  /** Natural key. */
  slug: string;
  title: LocalizedText;
  /** Markdown. A locale exists for this instruction when both `title` and `body` have it. */
  body: LocalizedText;
  category: InstructionCategory;
  audience: InstructionAudience[];
  regionCodes: string[];
  owner: string;
  /** ISO date (YYYY-MM-DD). */
  reviewBy: string;
}

const ALL_REGIONS = ['pohjanmaa', 'kymenlaakso', 'etela-karjala'];
const EVERYONE: InstructionAudience[] = ['agent', 'nurse', 'social_counsellor'];

export const instructions: InstructionSeed[] = [
  {
    slug: 'hatatilanne-ohjaus-112',
    title: {
      fi: 'Hätätilanne puhelussa tai chatissa: ohjaus hätänumeroon 112',
      sv: 'Nödsituation i samtal eller chatt: hänvisning till nödnumret 112',
    },
    body: {
      fi: `## Milloin kyseessä on hätätilanne
Ohjaa aina hätänumeroon **112**, jos soittaja tai chattaaja kertoo esimerkiksi:
- tajuttomuudesta, kouristelusta tai siitä, ettei henkilöä saa hereille
- vaikeasta hengenahdistuksesta tai tukehtumisesta
- äkillisestä puristavasta rintakivusta
- aivoverenkiertohäiriön oireista: toispuolinen heikkous, suupielen roikkuminen, puhevaikeus
- runsaasta verenvuodosta tai vakavasta tapaturmasta
- vakavasta allergisesta reaktiosta (turvotus, hengitysvaikeus)
- välittömästä itsetuhon tai väkivallan vaarasta.

## Toiminta puhelussa
1. Sano selkeästi: **"Lopeta tämä puhelu ja soita heti 112."** Älä jatka hoidon tarpeen arviointia.
2. Puheluita ei siirretä asiakaspalvelukeskuksesta hätäkeskukseen. Jos soittaja ei itse pysty soittamaan, soita 112 toisesta linjasta ja pidä yhteys soittajaan.
3. Kun soitat itse, kerro hätäkeskukselle tapahtumaosoite, soittajan puhelinnumero ja mitä soittaja on kertonut.
4. Kirjaa yhteydenotto: kellonaika, mitä kerrottiin ja mitä ohjeistit.

## Toiminta chatissa
Lähetä vakioviesti "Soita heti hätänumeroon 112" ja pyydä vastaamaan, onko soitto tehty. Jos vastausta ei tule ja henkilöllisyys ja osoite ovat tiedossa, soita itse 112.

## Älä
- älä lupaa, että "ambulanssi tulee" – sen päättää hätäkeskus
- älä ohjaa hätätilanteessa Päivystysapuun 116117 tai omalle terveysasemalle.

Tilanteen jälkeen voit pyytää purkukeskustelua esihenkilöltä.`,
      sv: `## När är det en nödsituation
Hänvisa alltid till nödnumret **112** om den som ringer eller chattar berättar om till exempel medvetslöshet, svår andnöd, plötslig tryckande bröstsmärta, symtom på stroke (ensidig svaghet, hängande mungipa, talsvårigheter), kraftig blödning, svår allergisk reaktion eller omedelbar fara för självskada eller våld.

## I samtal
1. Säg tydligt: **"Avsluta det här samtalet och ring genast 112."** Fortsätt inte bedömningen av vårdbehovet.
2. Samtal kopplas inte från kundservicecentret till nödcentralen. Om personen inte själv kan ringa, ring 112 från en annan linje och håll kontakten med personen.
3. Uppge adressen, personens telefonnummer och vad personen har berättat.
4. Dokumentera kontakten: klockslag, vad som berättades och vilka anvisningar du gav.

## I chatten
Skicka standardmeddelandet "Ring genast nödnumret 112" och be personen bekräfta att samtalet är gjort. Om svar inte kommer och identitet och adress är kända, ring själv 112.

## Gör inte så här
Lova inte att en ambulans kommer – det avgör nödcentralen. Hänvisa inte till Jourhjälpen 116117 eller till hälsostationen i en nödsituation.`,
    },
    category: 'emergency',
    audience: EVERYONE,
    regionCodes: ALL_REGIONS,
    owner: 'Asiakaspalvelukeskuksen vastaava lääkäri',
    reviewBy: '2027-01-31',
  },
  {
    slug: 'itsetuhoisuus-puhelussa',
    title: {
      fi: 'Itsetuhoisuus puhelussa tai chatissa',
      sv: 'Suicidrisk i samtal eller chatt',
    },
    body: {
      fi: `Kysy itsetuhoisista ajatuksista **suoraan**. Suora kysymys ei lisää riskiä, vaan antaa luvan puhua.

## Kysy
- "Oletko ajatellut itsesi vahingoittamista tai itsemurhaa?"
- Onko suunnitelmaa, keinoja (lääkkeet, ase) ja aikomusta toteuttaa se?
- Onko jo tehnyt jotain (esim. ottanut lääkkeitä)? Onko päihtynyt?
- Onko aiempia yrityksiä? Onko joku läsnä?

## Akuutti vaara → 112
Jos henkilö on jo vahingoittanut itseään, on ottanut lääkkeitä tai hänellä on suunnitelma, keinot ja aikomus: ohjaa heti hätänumeroon 112 tai soita itse (ks. ohje *Hätätilanne: ohjaus 112*). Pysy linjalla, jos mahdollista, ja pyydä häntä siirtämään keinot pois ulottuvilta.

## Ei välitöntä vaaraa, mutta itsetuhoisia ajatuksia
- Järjestä arvio **saman päivän aikana**: mielenterveys- ja päihdepalvelujen kiireellinen vastaanotto virka-aikana, muulloin päivystys (Päivystysapu 116117 neuvoo).
- Sovi, kuka on hänen tukenaan tänään. Kannusta kertomaan läheiselle.
- Kerro ympärivuorokautisesta tuesta, esimerkiksi MIELI ry:n Kriisipuhelimesta.
- Siirrä chat mielenterveys- ja päihdechatin jonoon vain, jos jono on auki ja henkilö suostuu; muuten hoida ohjaus itse loppuun.

## Läheinen soittaa
Ota huoli vakavasti. Akuutissa vaarassa läheinen soittaa 112. Muuten neuvo, miten läheinen saa henkilön arvioon vielä tänään.

## Kirjaa ja pura
Kirjaa arvio, ohjaus ja sovitut asiat. Raskaan puhelun jälkeen pyydä purku esihenkilöltä tai työnohjauksessa.`,
      sv: `Fråga **direkt** om tankar på självskada. En direkt fråga ökar inte risken utan ger lov att tala.

## Fråga
- "Har du tänkt på att skada dig själv eller ta ditt liv?"
- Finns det en plan, medel (läkemedel, vapen) och avsikt?
- Har personen redan gjort något, till exempel tagit läkemedel? Är personen berusad?
- Tidigare försök? Finns någon hos personen?

## Akut fara → 112
Om personen redan har skadat sig, tagit läkemedel eller har plan, medel och avsikt: hänvisa genast till 112 eller ring själv. Stanna i linjen om det är möjligt.

## Ingen omedelbar fara men suicidtankar
Ordna en bedömning **samma dag**: brådskande mottagning inom tjänster för psykisk hälsa och rusmedel under tjänstetid, annars jouren (Jourhjälpen 116117 ger råd). Kom överens om vem som stöder personen i dag och berätta om dygnet-runt-stöd, till exempel MIELI rf:s Kristelefon.

## Dokumentera och debriefa
Dokumentera bedömningen och hänvisningen. Be om debriefing av din chef efter ett tungt samtal.`,
    },
    category: 'mental_health',
    audience: EVERYONE,
    regionCodes: ALL_REGIONS,
    owner: 'Mielenterveys- ja päihdepalvelujen vastaava ylilääkäri',
    reviewBy: '2027-02-28',
  },
  {
    slug: 'lastensuojeluilmoitus',
    title: { fi: 'Lastensuojeluilmoitus asiakaspalvelukeskuksesta' },
    body: {
      fi: `Hyvinvointialueen sosiaali- ja terveydenhuollon palveluksessa olevalla on **lastensuojelulain 25 §:n mukainen ilmoitusvelvollisuus**. Velvollisuus on henkilökohtainen, eikä sitä voi siirtää esihenkilölle. Salassapito ei estä ilmoittamista.

## Milloin ilmoitus tehdään
Kun saat tehtävässäsi tietää lapsesta (alle 18 v.), jonka hoidon ja huolenpidon tarve, kehitystä vaarantavat olosuhteet tai oma käyttäytyminen edellyttää lastensuojelun tarpeen selvittämistä. Esimerkkejä:
- vanhempi on soittaessaan vahvasti päihtynyt ja yksin pienen lapsen kanssa
- lapsi tai nuori kertoo väkivallasta, laiminlyönnistä tai itsetuhoisista ajatuksista
- perheessä on väkivaltaa tai vakava huoli lapsen perushoidosta.

Sinun ei tarvitse olla varma – riittää huoli. Arvion tekee lastensuojelu.

## Miten
1. **Välitön vaara** (lapsi yksin, väkivaltaa meneillään): soita 112.
2. **Kiireellinen** virka-ajan ulkopuolella: ilmoita sosiaalipäivystykseen hätäkeskuksen 112 kautta.
3. **Muut**: tee ilmoitus hyvinvointialueen sähköisellä lastensuojeluilmoituslomakkeella viipymättä, saman työvuoron aikana.
4. Jos epäilet lapseen kohdistuvaa seksuaalirikosta tai vakavaa henkeen tai terveyteen kohdistuvaa rikosta, tee ilmoitus myös **poliisille**.

## Huomioi
- Ammattilainen tekee ilmoituksen omalla nimellään, ei nimettömänä.
- Voit kertoa vanhemmalle, että teet ilmoituksen, ellei se vaaranna lapsen turvallisuutta.
- Yksityishenkilö voi tehdä ilmoituksen myös nimettömänä – neuvo tarvittaessa.
- Kirjaa asiakaspalvelukeskuksen järjestelmään vain tieto ilmoituksen tekemisestä, ei ilmoituksen sisältöä.`,
    },
    category: 'social_services',
    audience: EVERYONE,
    regionCodes: ALL_REGIONS,
    owner: 'Lastensuojelun palvelupäällikkö',
    reviewBy: '2027-03-31',
  },
  {
    slug: 'huoli-ilmoitus-iakas',
    title: { fi: 'Ilmoitus iäkkään henkilön palvelutarpeesta (huoli-ilmoitus)' },
    body: {
      fi: `Vanhuspalvelulain 25 §:n mukaan sosiaali- ja terveydenhuollon ammattihenkilöiden ja hyvinvointialueen palveluksessa olevien on ilmoitettava **viipymättä**, jos he ovat tehtävässään saaneet tietää iäkkäästä henkilöstä, joka ei kykene huolehtimaan itsestään. Ilmoituksen voi tehdä myös kuka tahansa muu, esimerkiksi omainen tai naapuri.

## Tyypillisiä tilanteita
- iäkäs soittaa toistuvasti sekavana tai ei muista, mitä on sovittu
- omainen kertoo, ettei äiti enää pärjää kotona, ei syö tai lääkkeet ovat sekaisin
- epäily taloudellisesta hyväksikäytöstä tai kaltoinkohtelusta.

## Toimi näin
1. **Hätä** (kaatunut eikä pääse ylös, tajunnan tason lasku, hengitysvaikeus): 112.
2. **Äkillinen terveydentilan muutos** ilman hätäoireita: hoitaja arvioi; virka-ajan ulkopuolella Päivystysapu 116117.
3. **Kiireellinen sosiaalinen hätä** virka-ajan ulkopuolella (esim. ei ketään huolehtimassa yön yli): sosiaalipäivystys hätäkeskuksen 112 kautta.
4. **Muut**: tee ilmoitus hyvinvointialueen sähköisellä lomakkeella saman työvuoron aikana. Kirjaa, mitä tiedät: henkilön nimi, osoite, huolen kuvaus ja ilmoittajan yhteystiedot.

## Kerro soittajalle
- Ikäihmisten asiakasohjaus ottaa yhteyttä iäkkääseen ja arvioi palvelutarpeen.
- Emme voi luvata tiettyä palvelua (esim. kotihoitoa tai palveluasumista) – päätös tehdään palvelutarpeen arvioinnin perusteella.
- Jos henkilö on jo kotihoidon asiakas, ilmoita huolesta myös hänen kotihoitotiimilleen.

Epäkohdista sosiaalihuollon palveluissa (esim. hoivakodissa) ilmoitetaan erikseen palveluyksikön vastuuhenkilölle.`,
    },
    category: 'social_services',
    audience: EVERYONE,
    regionCodes: ALL_REGIONS,
    owner: 'Ikäihmisten asiakasohjauksen palvelupäällikkö',
    reviewBy: '2027-03-31',
  },
  {
    slug: 'hoidon-tarpeen-arviointi',
    title: { fi: 'Hoidon tarpeen arvioinnin periaatteet ja hoitotakuu' },
    body: {
      fi: `## Kuka arvioi
Hoidon tarpeen arvioinnin tekee **terveydenhuollon ammattihenkilö** (terveyskeskuksessa yleensä sairaanhoitaja tai terveydenhoitaja) terveydenhuoltolain 51 §:n mukaisesti. Asiakaspalvelusihteeri ei arvioi hoidon tarvetta: hän ohjaa hoitajalle tai antaa takaisinsoittoajan.

## Saavutettavuus
- Arkipäivisin virka-aikana potilaan on saatava **välittömästi yhteys** terveysasemalle.
- Hoidon tarpeen yksilöllinen arvio tehdään **yhteydenottopäivänä**; jos se ei onnistu ensimmäisen puhelun aikana, sovi takaisinsoitto saman päivän ajalle. Tarkista voimassa oleva määräaika terveydenhuoltolain 51 §:stä (Finlex) ja alueen ohjeesta, sillä säännöksiä on muutettu useasti.
- Kiireetön hoito järjestetään **hoitotakuun mukaisessa ajassa**. Älä lupaa tiettyä päivää ennen kuin aika on varattu.

## Arvioinnin runko
1. Tunnista hätätilanne ensin → 112.
2. Kysy pääoire, alku, kesto, voimakkuus ja muutos.
3. Käy läpi hälytysmerkit käytössä olevan **oirearvioprotokollan** mukaan (esim. kurkkukipu, lapsen kuume).
4. Selvitä perussairaudet, lääkitys, raskaus ja ikä.
5. Päätä kiireellisyys: hätä 112 → päivystys heti → kiireellinen saman päivän aika → kiireetön aika → omahoito.
6. **Epävarmassa tilanteessa valitse kiireellisempi luokka.**

## Ohjeista aina
- mitä tehdä, jos oireet pahenevat (virka-ajan ulkopuolella Päivystysapu 116117, hätätilanteessa 112)
- mitä omahoitoa voi tehdä – linkitä sopiva omahoito-ohje.

## Kirjaa
Pääoire, keskeiset vastaukset, kiireellisyysluokka, ohjaus ja jatkohoitosuunnitelma. Kirjaus tehdään potilastietojärjestelmään samana päivänä.`,
    },
    category: 'triage',
    audience: ['nurse', 'agent'],
    regionCodes: ALL_REGIONS,
    owner: 'Asiakaspalvelukeskuksen vastaava lääkäri',
    reviewBy: '2027-01-31',
  },
  {
    slug: 'takaisinsoitto',
    title: { fi: 'Takaisinsoittopyynnöt ja soittoyritykset', sv: 'Återuppringningar' },
    body: {
      fi: `Kun jonotusaika on pitkä, soittaja voi jättää takaisinsoittopyynnön. Takaisinsoitto on osa palvelua, ei sen korvike: pyyntö hoidetaan **saman päivän aikana**.

## Järjestys
1. Hoida pyynnöt saapumisjärjestyksessä. Jos pyynnön yhteydessä on jätetty viesti, joka viittaa kiireelliseen oireeseen (esim. rintakipu, hengenahdistus, pieni vauva kuumeessa), nosta se jonon kärkeen ja soita heti.
2. Tee vähintään **kaksi soittoyritystä** noin 15–30 minuutin välein.
3. Jos kumpikaan ei onnistu, lähetä tekstiviesti: "Yritimme soittaa sinulle [palvelu]. Voit soittaa uudelleen numeroon [palvelunumero]." Älä kirjoita viestiin terveystietoja.

## Kun vastataan
- Varmista, että puhut oikean henkilön kanssa: takaisinsoittonumero voi olla toisen henkilön, esimerkiksi lapsen vanhemman tai omaisen (ks. *Soittajan tunnistaminen ja tietosuoja*).
- Älä jätä vastaajaan viestiä, josta käy ilmi terveys- tai sosiaalihuollon asia. Sano vain nimesi ja palvelu.

## Jos ei tavoiteta
- Kirjaa soittoyritykset kellonaikoineen.
- Jos pyynnön sisältö viittasi kiireelliseen hoidon tarpeeseen eikä henkilöä tavoiteta, konsultoi vuorossa olevaa hoitajaa tai lääkäriä jatkotoimista.

## Älä lupaa
Älä lupaa soittoa tiettyyn kellonaikaan, ellei järjestelmä varaa tarkkaa aikaa. Kerro arvioitu soittoajankohta ("tänään iltapäivän aikana").`,
      sv: `När kötiden är lång kan den som ringer lämna en begäran om återuppringning. Begäran behandlas **samma dag**.

- Ring upp i den ordning begärandena kommit in. Om ett meddelande tyder på brådskande symtom (t.ex. bröstsmärta, andnöd, ett litet spädbarn med feber), ring genast.
- Gör minst **två försök** med 15–30 minuters mellanrum. Skicka sedan ett sms utan hälsouppgifter.
- Kontrollera att du talar med rätt person. Lämna aldrig hälsouppgifter på telefonsvarare.
- Dokumentera samtalsförsöken. Konsultera jourhavande skötare eller läkare om ärendet verkade brådskande och personen inte nås.`,
    },
    category: 'other',
    audience: EVERYONE,
    regionCodes: ALL_REGIONS,
    owner: 'Asiakaspalvelukeskuksen palvelupäällikkö',
    reviewBy: '2027-05-31',
  },
  {
    slug: 'ruotsinkielinen-palvelu',
    title: {
      fi: 'Ruotsinkielinen palvelu ja kielelliset oikeudet',
      sv: 'Service på svenska och språkliga rättigheter',
    },
    body: {
      fi: `## Kaksikielinen hyvinvointialue (Pohjanmaa)
Pohjanmaan hyvinvointialue on kaksikielinen. Kielilain mukaan asiakkaalla on oikeus käyttää **suomea tai ruotsia** ja saada palvelua valitsemallaan kielellä. Palvelun pitää toimia ilman, että asiakas joutuu erikseen vaatimaan sitä.

- Vastaa puhelimessa kaksikielisesti, esimerkiksi: "Asiakaspalvelu, [oma nimi] – kundtjänst, hej."
- Jos asiakas aloittaa ruotsiksi, jatka ruotsiksi. Jos kielitaitosi ei riitä asian hoitamiseen, **siirrä puhelu ruotsinkieliselle kollegalle** tai ruotsinkieliseen jonoon. Älä pyydä asiakasta vaihtamaan kieltä.
- Chatissa ja takaisinsoitossa asiakkaan kieli kirjataan, jotta jatkoyhteydenotot tehdään samalla kielellä.
- Ohjaa ruotsinkieliseen palveluun ja anna ruotsinkieliset ohjeet ja lomakkeet, kun ne ovat olemassa.

- Jos et ole varma, kumpaa kieltä asiakas haluaa käyttää, kysy: "Haluatko asioida suomeksi vai ruotsiksi? – Vill du hellre tala svenska?"
- Kirjalliset vastaukset, tekstiviestit ja päätökset tehdään asiakkaan asiointikielellä.

## Yksikieliset hyvinvointialueet (Kymenlaakso, Etelä-Karjala)
Viranomaisen kieli on suomi, mutta potilaan ja asiakkaan äidinkieli on otettava huomioon mahdollisuuksien mukaan. Palvele ruotsiksi tai englanniksi, jos osaat; muuten käytä tulkkia (ks. *Tulkin tilaaminen*). Hätätilanteen ohjausta ei viivytetä kielen vuoksi.

## Kirjaa
Kirjaa asiointikieli asiakkaan tietoihin ja mainitse kieli aina, kun siirrät asian toiselle yksikölle.`,
      sv: `## Tvåspråkigt välfärdsområde (Österbotten)
Österbottens välfärdsområde är tvåspråkigt. Enligt språklagen har kunden rätt att använda **finska eller svenska** och att bli betjänad på det språk hen väljer, utan att behöva be om det särskilt.

- Svara tvåspråkigt i telefon, till exempel: "Asiakaspalvelu, [ditt namn] – kundtjänst, hej."
- Om kunden börjar på svenska, fortsätt på svenska. Om dina språkkunskaper inte räcker, **koppla samtalet till en svenskspråkig kollega** eller till den svenskspråkiga kön. Be inte kunden byta språk.
- Dokumentera kundens språk så att fortsatta kontakter sker på samma språk.
- Ge svenskspråkiga anvisningar och blanketter när sådana finns.

## Enspråkiga välfärdsområden (Kymmenedalen, Södra Karelen)
Myndighetens språk är finska, men patientens och klientens modersmål ska beaktas i mån av möjlighet. Använd vid behov tolk.`,
    },
    category: 'other',
    audience: EVERYONE,
    regionCodes: ALL_REGIONS,
    owner: 'Asiakaspalvelukeskuksen palvelupäällikkö',
    reviewBy: '2027-04-30',
  },
  {
    slug: 'tulkin-tilaaminen',
    title: { fi: 'Tulkin tilaaminen' },
    body: {
      fi: `Jos yhteistä kieltä ei ole, käytä ammattitulkkia. Tulkkaus on asiakkaalle **maksutonta**, kun hyvinvointialue tilaa sen.

## Puhelin- ja videotulkkaus heti
- Käytä hyvinvointialueen sopimustulkkipalvelun **puhelintulkkausta** (ks. sisäiset numerot), kun asia pitää hoitaa nyt, esim. hoidon tarpeen arviointi.
- Kerro tulkkipalvelulle kieli, arvioitu kesto ja että kyse on terveydenhuollon asiasta.
- Tulkki on vaitiolovelvollinen ja puolueeton. Puhu asiakkaalle, älä tulkille, ja käytä lyhyitä lauseita.

## Ajanvarauksen yhteydessä
Kun varaat vastaanottoajan, merkitse varaukseen tulkin tarve ja kieli (myös murre, jos asiakas sen kertoo). Vastaanottava yksikkö tilaa tulkin käynnille.

## Viittomakieli ja kuulovammaiset
Kuulo-, kuulonäkö- ja puhevammaiset henkilöt voivat käyttää **Kelan vammaisten tulkkauspalvelua**. Asiakas tilaa tulkin yleensä itse Kelan välityskeskuksesta; voit auttaa kertomalla ajan ja paikan. Chat ja tekstiviesti ovat usein hyvä vaihtoehto puhelulle.

## Älä
- älä käytä lapsia tulkkeina – et myöskään hätätilanteessa, jos muu keino on
- vältä omaisia tulkkeina arkaluonteisissa asioissa (esim. väkivalta, mielenterveys, raskaus)
- älä viivytä hätätilanteen ohjausta tulkin vuoksi: 112 palvelee myös englanniksi ja ruotsiksi ja hätäkeskus hankkii tarvittaessa tulkin.

Kirjaa tulkin käyttö ja kieli yhteydenottoon.`,
    },
    category: 'other',
    audience: EVERYONE,
    regionCodes: ALL_REGIONS,
    owner: 'Asiakaspalvelukeskuksen palvelupäällikkö',
    reviewBy: '2027-04-30',
  },
  {
    slug: 'tunnistaminen-ja-tietosuoja',
    title: {
      fi: 'Soittajan tunnistaminen ja tietosuoja puhelimessa',
      sv: 'Identifiering av den som ringer och dataskydd i telefon',
    },
    body: {
      fi: `Terveys- ja sosiaalihuollon tiedot ovat **salassa pidettäviä**. Luovuta tietoja vain henkilölle, jonka olet tunnistanut ja jolla on oikeus niihin.

## Tunnistaminen puhelimessa
1. Kysy nimi ja henkilötunnus.
2. Varmista vähintään yksi lisätieto potilastietojärjestelmästä, esim. osoite tai viimeisin käynti. Älä kerro tietoa itse, vaan pyydä asiakasta kertomaan se.
3. Jos tunnistaminen jää epävarmaksi, **soita takaisin** potilastietojärjestelmään merkittyyn numeroon tai pyydä asioimaan vahvasti tunnistautuneena chatissa tai OmaKannassa.
4. Chatissa henkilön omia terveystietoja käsitellään vain vahvasti tunnistautuneen asiakkaan kanssa.

## Omaiset ja muut soittajat
- Omaiselle ei anneta tietoja ilman potilaan **suostumusta**. Suostumus kirjataan potilastietoihin.
- Tietoja saa aina **vastaanottaa**: kuuntele, kirjaa ja ohjaa.
- Älä vahvista, onko joku potilaana tai asiakkaana ("En voi kertoa, onko hän asiakkaanamme, mutta voin välittää viestin").
- Alaikäisen huoltajalle tietoja voidaan antaa, ellei ikänsä ja kehitystasonsa perusteella asiasta päättämään kykenevä alaikäinen ole kieltänyt sitä.
- Edunvalvojalla tai laillisella edustajalla voi olla oikeus tietoihin – tarkista määräys järjestelmästä.

## Älä
- älä jätä vastaajaan tai tekstiviestiin terveystietoja
- älä käsittele asiakkaan asioita avokonttorissa kaiuttimella
- älä katso tietoja, joita et tarvitse tehtävääsi: jokaisesta katselusta jää lokimerkintä.

Epäselvissä tilanteissa kysy tietosuojavastaavalta tai esihenkilöltä.`,
      sv: `Uppgifter inom social- och hälsovården är **sekretessbelagda**. Lämna ut uppgifter endast till en person som du har identifierat och som har rätt till dem.

## Identifiering i telefon
1. Fråga namn och personbeteckning.
2. Kontrollera minst en uppgift till ur patientdatasystemet, t.ex. adress. Be kunden berätta den – säg den inte själv.
3. Om identifieringen är osäker, **ring tillbaka** till det nummer som finns i patientdatasystemet eller be kunden använda chatten med stark autentisering.

## Anhöriga
- Anhöriga får inte uppgifter utan patientens **samtycke**. Samtycket dokumenteras.
- Du får alltid **ta emot** uppgifter.
- Bekräfta inte om någon är patient eller klient.

Lämna aldrig hälsouppgifter på telefonsvarare eller i sms. Se endast de uppgifter du behöver i ditt arbete – varje visning loggas.`,
    },
    category: 'data_protection',
    audience: EVERYONE,
    regionCodes: ALL_REGIONS,
    owner: 'Hyvinvointialueen tietosuojavastaava',
    reviewBy: '2027-02-28',
  },
  {
    slug: 'paihdeasiakkaan-ohjaus',
    title: { fi: 'Päihdeasiakkaan ohjaus palveluihin' },
    body: {
      fi: `Ota päihteisiin liittyvä yhteydenotto vastaan **arvostavasti**. Avun hakeminen on iso askel; vältä leimaavia sanoja.

## Ensin: onko hätä?
Soita tai ohjaa **112**, jos henkilö on tajuton tai vaikeasti herätettävä, hengitys on katkonaista, hänellä on kouristuksia, hän on ottanut yliannostuksen tai on vaarassa vahingoittaa itseään tai muita.

## Päivystykseen saman päivän aikana
- vaikeat vieroitusoireet: voimakas vapina, hikoilu, sekavuus, aistiharhat, aiempi vieroituskouristus tai -delirium
- raskaana oleva, joka käyttää päihteitä ja kertoo oireista
- samanaikainen itsetuhoisuus (ks. *Itsetuhoisuus puhelussa*).

Virka-ajan ulkopuolella ohjaa Päivystysapuun 116117.

## Kiireetön ohjaus
- Kysy: mitä päihteitä, kuinka usein ja paljon, milloin viimeksi; mitä apua henkilö toivoo.
- Ohjaa **mielenterveys- ja päihdepalvelujen** ajanvaraukseen tai terveysaseman päihde- ja mielenterveyshoitajalle. Henkilö voi hakeutua palveluun itse, lähetettä ei tarvita.
- Katkaisuhoidon tarpeen arvioi ammattilainen. **Älä lupaa katkaisuhoitopaikkaa.**
- Kerro anonyymeistä tukimuodoista (esim. vertaistukiryhmät ja valtakunnalliset päihdeneuvonnan verkkopalvelut), jos henkilö ei halua asioida omalla nimellään.

## Läheinen soittaa
Läheinen voi saada ohjausta omaan jaksamiseensa. Päihteitä käyttävän aikuisen asioista ei kerrota ilman suostumusta.

## Lapset
Jos perheessä on alaikäisiä lapsia ja huoli heidän turvallisuudestaan tai hoidostaan, harkitse **lastensuojeluilmoitusta** (ks. erillinen ohje).`,
    },
    category: 'substance_use',
    audience: EVERYONE,
    regionCodes: ALL_REGIONS,
    owner: 'Mielenterveys- ja päihdepalvelujen palvelupäällikkö',
    reviewBy: '2027-03-31',
  },
  {
    slug: 'aitiysneuvola-ensikaynti',
    title: { fi: 'Äitiysneuvolan ensikäynnin varaaminen' },
    body: {
      fi: `Raskaana oleva voi ottaa yhteyttä äitiysneuvolaan heti, kun raskaustesti on positiivinen. Lähetettä ei tarvita.

## Ensikäynti
- Ensikäynti terveydenhoitajalle varataan yleensä **raskausviikoille 8–10**. Aika voidaan varata jo ennen sitä.
- Kelan äitiysavustusta varten raskaana olevan on käytävä terveystarkastuksessa **ennen neljännen raskauskuukauden päättymistä**; mainitse tämä, jos asiakas kysyy.
- Varaa aika asiakkaan kotikunnan tai toivoman neuvolan terveydenhoitajalle. Kerro, että ensikäynti kestää tavallista pidempään.
- Ota huomioon asiointikieli ja tulkin tarve.

## Ohjaa heti hoitajan arvioon tai päivystykseen
Ohjaa hoidon tarpeen arvioon samana päivänä, jos raskaana oleva kertoo:
- kovasta alavatsakivusta, erityisesti toispuolisesta
- runsaasta verenvuodosta
- pyörtymisestä tai huimauksesta kivun kanssa
- voimakkaasta pahoinvoinnista, jonka takia nesteet eivät pysy sisällä.

Hätäoireissa (esim. runsas vuoto ja pyörtyminen) 112. Virka-ajan ulkopuolella Päivystysapu 116117.

## Muuta
- Jos asiakas on epävarma raskauden jatkamisesta, ohjaa hänet terveysaseman lääkärille tai ehkäisy- ja perhesuunnitteluneuvolaan; älä ota kantaa.
- Jos raskaana oleva kertoo päihteiden käytöstä tai väkivallasta, kirjaa tieto ja huolehdi, että neuvolan terveydenhoitaja saa sen ensikäyntiä varten. Harkitse ennakollista lastensuojeluilmoitusta.
- Omahoito-ohje *Raskauden alku* sopii lähetettäväksi chatissa.`,
    },
    category: 'maternity_child',
    audience: ['agent', 'nurse'],
    regionCodes: ALL_REGIONS,
    owner: 'Neuvolapalvelujen osastonhoitaja',
    reviewBy: '2027-05-31',
  },
  {
    slug: 'hammaspaivystys-viikonloppu',
    title: { fi: 'Hammassäryn kiireellisyys ja viikonlopun hammaspäivystys' },
    body: {
      fi: `## Heti päivystykseen tai 112
Ohjaa **heti yleislääkäripäivystykseen** (tai 112, jos hengitys vaikeutuu), jos hammasvaivaan liittyy:
- nopeasti leviävä turvotus kasvoissa, kaulalla tai suunpohjassa
- nielemis- tai hengitysvaikeus
- silmän ympäryksen turvotus, joka sulkee silmää
- korkea kuume ja yleistilan lasku.

## Kiireellinen hammashoito
Saman päivän tai seuraavan arkipäivän hoito:
- kova särky, joka ei helpota särkylääkkeellä
- paikallinen ikenen tai posken turvotus ilman yleisoireita
- hammastapaturma. **Pysyvä hammas irronnut kokonaan:** hoitoon heti, hammas maitoon tai suuhun posken sisäpuolelle, älä pese juuresta.
- runsas vuoto hampaanpoiston jälkeen, joka ei lakkaa puristamalla taitoksella 30 minuuttia.

## Arkena ja viikonloppuna
- **Arkisin virka-aikaan** varaa kiireellinen aika suun terveydenhuollon ajanvarauksesta tai siirrä suun terveydenhuollon chattiin.
- **Iltaisin, viikonloppuisin ja arkipyhinä** ohjaa soittamaan Päivystysapuun **116117**. Päivystysapu arvioi, tarvitaanko alueellista hammaslääkäripäivystystä, ja varaa ajan. Viikonlopun hammaspäivystys on tarkoitettu vain kiireellisiin vaivoihin.
- Lohkeama tai paikan irtoaminen ilman kipua odottaa arkipäivään.

## Ohjeista
- Tavallisia käsikauppasärkylääkkeitä voi käyttää pakkausohjeen mukaan, jos niille ei ole estettä.
- Ei lämpöhaudetta turvonneelle poskelle.
- Omahoito-ohje *Hammassärky* sopii lähetettäväksi chatissa.

Käytä oirearviossa protokollaa *dental-pain*. Älä lupaa antibioottia – hoidon päättää hammaslääkäri.`,
    },
    category: 'oral_health',
    audience: ['agent', 'nurse'],
    regionCodes: ALL_REGIONS,
    owner: 'Suun terveydenhuollon vastaava hammaslääkäri',
    reviewBy: '2027-02-28',
  },
  {
    slug: 'vaihteen-siirrot',
    title: { fi: 'Vaihteen puheluiden siirrot' },
    body: {
      fi: `Vaihde yhdistää soittajan oikeaan palveluun ensimmäisellä kerralla. Selvitä asia lyhyesti ennen siirtoa – älä siirrä "sokkona".

## Ennen siirtoa
1. Kysy: "Missä asiassa voin auttaa?" Jos soittaja kertoo oireista, selvitä ensin, onko kyseessä hätä (→ 112).
2. Hae oikea palvelu Neuvon hausta. Tarkista **aukioloaika**: jos palvelu on kiinni, kerro vaihtoehto (esim. Päivystysapu 116117 tai takaisinsoitto).
3. Kerro soittajalle, mihin siirrät ja mikä numero on, jotta hän voi soittaa suoraan seuraavalla kerralla.

## Siirto
- Käytä **ilmoitettua siirtoa**, kun asia on monimutkainen, soittaja on iäkäs tai hädissään tai asiointikieli on ruotsi: kerro vastaanottajalle lyhyesti asia ennen yhdistämistä.
- Jos vastaanottaja ei vastaa, ota puhelu takaisin ja tarjoa takaisinsoittoa tai viestin välittämistä.
- Älä siirrä samaa soittajaa toistuvasti palvelusta toiseen. Kahden epäonnistuneen siirron jälkeen ota asia itse hoitaaksesi ja pyydä apua esihenkilöltä.

## Osastot ja potilaat
- Älä vahvista, onko joku potilaana sairaalassa. Siirrä puhelu osastolle, jos soittaja tietää osaston; osasto päättää, mitä kertoo.
- Henkilökunnan henkilökohtaisia matkapuhelinnumeroita ei anneta ulkopuolisille.

## Ruotsinkieliset soittajat
Pohjanmaalla siirrä ruotsinkielinen soittaja ruotsinkieliseen palveluun tai ilmoita vastaanottajalle, että asiointikieli on ruotsi.`,
    },
    category: 'switchboard',
    audience: ['agent'],
    regionCodes: ALL_REGIONS,
    owner: 'Asiakaspalvelukeskuksen palvelupäällikkö',
    reviewBy: '2027-06-30',
  },
  {
    slug: 'kotihoito-kiireellinen',
    title: { fi: 'Kiireellinen yhteydenotto kotihoidon asiakkaasta' },
    body: {
      fi: `Koskee soittoja, joissa omainen, naapuri tai asiakas itse on huolissaan kotona asuvasta iäkkäästä tai kotihoidon asiakkaasta.

## Hätä → 112
Kaatunut ja ei pääse ylös tai on kipeä, tajunnan tason lasku, hengitysvaikeus, rintakipu, aivoverenkiertohäiriön oireet, henkilöä ei tavoiteta ja on syytä epäillä, että hän on avuton asunnossa.

## Äkillinen muutos ilman hätäoireita
Esimerkiksi uusi sekavuus, kuume, syömättömyys, lisääntynyt kaatuilu tai virtsaamisongelmat.
- Virka-aikana: siirrä hoitajalle hoidon tarpeen arvioon. Äkillinen sekavuus iäkkäällä arvioidaan **samana päivänä**.
- Virka-ajan ulkopuolella: Päivystysapu 116117.
- Ilmoita muutoksesta myös asiakkaan **kotihoitotiimille** sisäisellä numerolla.

## Kotihoidon käynnit ja lääkkeet
- Käynti jäi tulematta tai lääkkeet puuttuvat: ota yhteys kotihoitotiimin vastuuhoitajaan tai illalla kotihoidon iltavuoron vastaavaan. Älä lupaa lisäkäyntiä – tiimi päättää.
- Yöaikaan kotihoidon yöpartio palvelee vain kotihoidon nykyisiä asiakkaita, joilla on sovittu yökäyntitarve tai turvapuhelin.

## Ei vielä kotihoidon asiakas
Ohjaa **ikäihmisten asiakasohjaukseen** palvelutarpeen arviointia varten ja tee tarvittaessa ilmoitus iäkkään henkilön palvelutarpeesta (ks. *Ilmoitus iäkkään henkilön palvelutarpeesta*). Kotihoidon palveluja ei voi luvata puhelimessa.

## Tietosuoja
Omaiselle ei kerrota asiakkaan tietoja ilman suostumusta, mutta hänen kertomansa tiedot otetaan vastaan ja välitetään tiimille.`,
    },
    category: 'referral',
    audience: EVERYONE,
    regionCodes: ALL_REGIONS,
    owner: 'Kotihoidon palvelupäällikkö',
    reviewBy: '2027-04-30',
  },
  {
    slug: 'laakekysymysten-ohjaus',
    title: { fi: 'Lääkkeisiin liittyvien kysymysten ohjaus' },
    body: {
      fi: `Asiakaspalvelusihteeri ei anna lääkeneuvontaa. Hoitaja voi antaa yleistä ohjausta, mutta **lääkityksen aloittaa, lopettaa tai muuttaa lääkäri**.

## Hätä → 112
Vakava allerginen reaktio (turvotus kasvoissa tai kurkussa, hengitysvaikeus), tajunnan tason lasku tai kouristukset lääkkeen ottamisen jälkeen.

## Myrkytysepäily
Lapsi on ottanut aikuisen lääkkeitä tai joku on ottanut liian suuren annoksen:
- jos oireita on (uneliaisuus, sekavuus, hengitysvaikeus) → **112**
- jos oireita ei ole → ohjaa soittamaan **Myrkytystietokeskukseen** (päivystää ympäri vuorokauden) ja pidä pakkaus käsillä.

## Reseptit
- Reseptin uusiminen: ensisijaisesti **OmaKanta**-palvelussa tai apteekin kautta. Jos asiakas ei voi käyttää OmaKantaa, ota uusimispyyntö vastaan terveysaseman ohjeen mukaan. Kerro uusimisen käsittelyaika; älä lupaa nopeampaa.
- Lääke on loppumassa tänään, eikä sitä voi jättää väliin (esim. epilepsia-, sydän- tai diabeteslääke): siirrä hoitajalle. Apteekki voi tietyissä tilanteissa toimittaa pitkäaikaislääkettä pienen erän, vaikka resepti on juuri vanhentunut.

## Käyttö ja haittavaikutukset
- Kysymykset lääkkeen ottamisesta, yhteisvaikutuksista tai unohtuneesta annoksesta: apteekin farmaseutti tai hoitaja.
- Uudet tai hankalat haittavaikutukset: hoitajan hoidon tarpeen arvio.

## Älä
- älä neuvo annoksia tai lääkkeen lopettamista
- älä kerro toisen henkilön lääkitystä ilman tunnistamista ja oikeutta (ks. *Soittajan tunnistaminen ja tietosuoja*).`,
    },
    category: 'referral',
    audience: ['agent', 'nurse'],
    regionCodes: ALL_REGIONS,
    owner: 'Asiakaspalvelukeskuksen vastaava lääkäri',
    reviewBy: '2027-03-31',
  },
  {
    slug: 'sosiaalipaivystys-yhteys',
    title: { fi: 'Yhteys sosiaalipäivystykseen ja kiireellinen sosiaalihuolto' },
    body: {
      fi: `Sosiaalipäivystys hoitaa kiireelliset sosiaalihuollon tilanteet ympäri vuorokauden. Virka-aikana kiireelliset asiat hoitaa hyvinvointialueen sosiaalityö; virka-ajan ulkopuolella sosiaalipäivystykseen saa yhteyden **hätäkeskuksen 112 kautta**.

## Kiireellisiä tilanteita
- lapsi on ilman huolenpitoa tai vaarassa (esim. vanhemmat vahvasti päihtyneinä)
- lähisuhdeväkivalta tai sen uhka, tarve päästä turvakotiin
- äkillinen asunnottomuus, esim. tulipalon tai häädön jälkeen, eikä yöpaikkaa ole
- iäkäs tai vammainen henkilö jää äkillisesti ilman välttämätöntä hoitoa
- vakava kriisi, esim. läheisen äkillinen kuolema.

## Toimi näin
1. **Välitön vaara** (väkivalta meneillään, lapsi yksin): 112.
2. **Kiireellinen virka-aikana:** siirrä sosiaalityön päivystävälle työntekijälle (sisäinen numero). Kerro lyhyesti asia ja soittajan tavoitettavuus.
3. **Kiireellinen virka-ajan ulkopuolella:** ohjaa soittamaan 112 ja kertomaan, että tarvitaan sosiaalipäivystystä.
4. **Kiireetön:** ohjaa sosiaaliohjauksen chattiin tai sosiaalineuvontaan.

## Turvakoti
Turvakotiin voi hakeutua itse ympäri vuorokauden ilman lähetettä. Valtakunnallinen Nollalinja auttaa väkivaltaa kokeneita. Älä kirjaa turvakodin osoitetta.

## Älä lupaa
Älä lupaa taloudellista tukea, asuntoa tai sijoitusta – ne ratkaistaan sosiaalihuollon päätöksellä. Älä selvitä itse lapsen tilannetta: tee tarvittaessa lastensuojeluilmoitus.`,
    },
    category: 'social_services',
    audience: EVERYONE,
    regionCodes: ALL_REGIONS,
    owner: 'Sosiaalipäivystyksen johtava sosiaalityöntekijä',
    reviewBy: '2027-03-31',
  },
];
