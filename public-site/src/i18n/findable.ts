/**
 * Strings of the site's finding aids (home page topics, topic pages, the A–Z index, pages for guides not yet
 * translated) and of the accessibility statement, in Finnish, Swedish and English. Placeholders are `{name}`.
 */
import type { SiteLocale } from '../site-i18n.js';

export interface FindableStrings {
  navAz: string;
  azTitle: string;
  azIntro: string;
  azLettersLabel: string;
  azOtherGroup: string;
  topicsTitle: string;
  topicsIntro: string;
  topicGuideCount: string;
  topicAllTopics: string;
  homeAzLink: string;
  homeAllGuides: string;
  fallbackTitle: string;
  fallbackText: string;
  fallbackInLanguage: string;
  movedTitle: string;
  movedText: string;
  footerAccessibility: string;
  accessibilityTitle: string;
  accessibilityScopeTitle: string;
  accessibilityScope: string;
  accessibilityStatusTitle: string;
  accessibilityStatus: string;
  accessibilityGapsTitle: string;
  accessibilityGaps: readonly string[];
  accessibilityFeedbackTitle: string;
  accessibilityFeedback: string;
  accessibilitySupervisionTitle: string;
  accessibilitySupervision: string;
  accessibilitySupervisor: string;
  accessibilitySupervisorUrl: string;
  accessibilityPrepared: string;
}

export const FINDABLE_STRINGS: Readonly<Record<SiteLocale, FindableStrings>> = {
  fi: {
    navAz: 'A–Ö',
    azTitle: 'Ohjeet A–Ö',
    azIntro: 'Kaikki itsehoito-ohjeet aakkosjärjestyksessä. Valitse alkukirjain tai selaa listaa.',
    azLettersLabel: 'Alkukirjaimet',
    azOtherGroup: 'Muut',
    topicsTitle: 'Aiheet',
    topicsIntro: 'Valitse aihe, niin näet siihen liittyvät ohjeet.',
    topicGuideCount: '{count} ohjetta',
    topicAllTopics: 'Kaikki aiheet',
    homeAzLink: 'Kaikki ohjeet aakkosjärjestyksessä (A–Ö)',
    homeAllGuides: 'Etsitkö tiettyä ohjetta?',
    fallbackTitle: 'Tätä ohjetta ei ole suomeksi',
    fallbackText: 'Ohje on saatavilla seuraavilla kielillä:',
    fallbackInLanguage: '{title} ({language})',
    movedTitle: 'Sivu on siirtynyt',
    movedText: 'Ohje on nyt osoitteessa:',
    footerAccessibility: 'Saavutettavuusseloste',
    accessibilityTitle: 'Saavutettavuusseloste',
    accessibilityScopeTitle: 'Mitä seloste koskee',
    accessibilityScope:
      'Tämä seloste koskee Neuvo-itsehoitosivustoa: itsehoito-ohjeita, aihesivuja ja aakkosellista hakemistoa suomeksi, ruotsiksi ja englanniksi. Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkisen sektorin verkkopalvelut ovat saavutettavia.',
    accessibilityStatusTitle: 'Saavutettavuuden tila',
    accessibilityStatus:
      'Sivusto täyttää osittain WCAG 2.1 -ohjeiston AA-tason vaatimukset. Sivut tarkistetaan automaattisesti (axe) jokaisen julkaisun yhteydessä; alla on luettelo tunnetuista puutteista.',
    accessibilityGapsTitle: 'Tunnetut puutteet',
    accessibilityGaps: [
      'Kaikkia ohjeita ei ole vielä käännetty ruotsiksi ja englanniksi. Kääntämättömän ohjeen kohdalla näytetään sivu, joka kertoo millä kielillä ohje on saatavilla.',
      'Ruudunlukijoilla ja puheohjauksella on testattu vain osa sivupohjista.',
      'Ulkoisten lähdesivustojen saavutettavuudesta vastaavat niiden ylläpitäjät.',
    ],
    accessibilityFeedbackTitle: 'Anna palautetta saavutettavuudesta',
    accessibilityFeedback:
      'Huomasitko saavutettavuuspuutteen tai tarvitsetko sisällön toisessa muodossa? Kerro siitä sähköpostitse: {email}. Vastaamme 14 päivän kuluessa.',
    accessibilitySupervisionTitle: 'Valvontaviranomainen',
    accessibilitySupervision:
      'Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen valvontaviranomaiselle:',
    accessibilitySupervisor:
      'Etelä-Suomen aluehallintovirasto, saavutettavuuden valvonnan yksikkö, saavutettavuus@avi.fi, puhelin 0295 016 000',
    accessibilitySupervisorUrl: 'https://www.saavutettavuusvaatimukset.fi/',
    accessibilityPrepared: 'Seloste on laadittu 4.12.2026.',
  },
  sv: {
    navAz: 'A–Ö',
    azTitle: 'Anvisningar A–Ö',
    azIntro:
      'Alla egenvårdsanvisningar i alfabetisk ordning. Välj en begynnelsebokstav eller bläddra i listan.',
    azLettersLabel: 'Begynnelsebokstäver',
    azOtherGroup: 'Övriga',
    topicsTitle: 'Ämnen',
    topicsIntro: 'Välj ett ämne för att se anvisningarna om det.',
    topicGuideCount: '{count} anvisningar',
    topicAllTopics: 'Alla ämnen',
    homeAzLink: 'Alla anvisningar i alfabetisk ordning (A–Ö)',
    homeAllGuides: 'Letar du efter en viss anvisning?',
    fallbackTitle: 'Den här anvisningen finns inte på svenska',
    fallbackText: 'Anvisningen finns på följande språk:',
    fallbackInLanguage: '{title} ({language})',
    movedTitle: 'Sidan har flyttats',
    movedText: 'Anvisningen finns nu på:',
    footerAccessibility: 'Tillgänglighetsutlåtande',
    accessibilityTitle: 'Tillgänglighetsutlåtande',
    accessibilityScopeTitle: 'Vad utlåtandet gäller',
    accessibilityScope:
      'Det här utlåtandet gäller Neuvos webbplats för egenvård: egenvårdsanvisningar, ämnessidor och det alfabetiska registret på finska, svenska och engelska. Lagen om tillhandahållande av digitala tjänster (306/2019) kräver att den offentliga sektorns webbtjänster är tillgängliga.',
    accessibilityStatusTitle: 'Tillgänglighetsstatus',
    accessibilityStatus:
      'Webbplatsen uppfyller delvis kraven på nivå AA i WCAG 2.1. Sidorna kontrolleras automatiskt (axe) vid varje publicering; kända brister listas nedan.',
    accessibilityGapsTitle: 'Kända brister',
    accessibilityGaps: [
      'Alla anvisningar har ännu inte översatts till svenska och engelska. För en anvisning som inte är översatt visas en sida som berättar på vilka språk anvisningen finns.',
      'Bara en del av sidmallarna har testats med skärmläsare och röststyrning.',
      'Externa källwebbplatser ansvarar själva för sin tillgänglighet.',
    ],
    accessibilityFeedbackTitle: 'Ge respons om tillgängligheten',
    accessibilityFeedback:
      'Har du upptäckt en tillgänglighetsbrist eller behöver du innehållet i en annan form? Berätta det per e-post: {email}. Vi svarar inom 14 dagar.',
    accessibilitySupervisionTitle: 'Tillsynsmyndighet',
    accessibilitySupervision:
      'Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du anmäla det till tillsynsmyndigheten:',
    accessibilitySupervisor:
      'Regionförvaltningsverket i Södra Finland, enheten för tillgänglighetstillsyn, saavutettavuus@avi.fi, telefon 0295 016 000',
    accessibilitySupervisorUrl: 'https://www.webbtillganglighet.fi/',
    accessibilityPrepared: 'Utlåtandet har utarbetats den 4 december 2026.',
  },
  en: {
    navAz: 'A–Z',
    azTitle: 'Guides A–Z',
    azIntro: 'Every self-care guide in alphabetical order. Choose a first letter or browse the list.',
    azLettersLabel: 'First letters',
    azOtherGroup: 'Other',
    topicsTitle: 'Topics',
    topicsIntro: 'Choose a topic to see its guides.',
    topicGuideCount: '{count} guides',
    topicAllTopics: 'All topics',
    homeAzLink: 'All guides in alphabetical order (A–Z)',
    homeAllGuides: 'Looking for a particular guide?',
    fallbackTitle: 'This guide is not available in English',
    fallbackText: 'The guide is available in these languages:',
    fallbackInLanguage: '{title} ({language})',
    movedTitle: 'This page has moved',
    movedText: 'The guide is now at:',
    footerAccessibility: 'Accessibility statement',
    accessibilityTitle: 'Accessibility statement',
    accessibilityScopeTitle: 'What this statement covers',
    accessibilityScope:
      "This statement covers Neuvo's self-care website: the self-care guides, topic pages and the A–Z index in Finnish, Swedish and English. The Finnish Act on the Provision of Digital Services (306/2019) requires public sector websites to be accessible.",
    accessibilityStatusTitle: 'Compliance status',
    accessibilityStatus:
      'The website partially meets the level AA requirements of WCAG 2.1. Its pages are checked automatically (axe) with every publication; the known gaps are listed below.',
    accessibilityGapsTitle: 'Known gaps',
    accessibilityGaps: [
      'Not every guide has been translated into Swedish and English yet. For a guide that is not translated, a page tells in which languages the guide is available.',
      'Only some of the page templates have been tested with screen readers and voice control.',
      'External source websites are responsible for their own accessibility.',
    ],
    accessibilityFeedbackTitle: 'Feedback on accessibility',
    accessibilityFeedback:
      'Did you notice an accessibility gap, or do you need the content in another format? Tell us by email: {email}. We reply within 14 days.',
    accessibilitySupervisionTitle: 'Supervisory authority',
    accessibilitySupervision:
      'If you are not satisfied with the reply, or you get no reply within two weeks, you can report it to the supervisory authority:',
    accessibilitySupervisor:
      'Regional State Administrative Agency for Southern Finland, Accessibility Monitoring Unit, saavutettavuus@avi.fi, telephone +358 295 016 000',
    accessibilitySupervisorUrl: 'https://www.accessibilityrequirements.fi/',
    accessibilityPrepared: 'This statement was prepared on 4 December 2026.',
  },
};
