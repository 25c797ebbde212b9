/**
 * Every string a citizen sees on the public site, in Finnish (default, served at /), Swedish (/sv/) and
 * English (/en/). Used by the page generator and by the VitePress config (theme labels).
 */
import { LOCALES, type Locale } from '@neuvo/content-models';

/** Site locales = content locales; the first (Finnish) is the root locale. */
export const SITE_LOCALES: readonly Locale[] = LOCALES;
export type SiteLocale = Locale;

export interface LocaleMeta {
  /** URL prefix of the locale: '' for the root (Finnish). */
  readonly prefix: '' | '/sv' | '/en';
  /** `<html lang>`. */
  readonly lang: string;
  /** Name of the language in itself, for the language menu. */
  readonly label: string;
  /** BCP 47 tag for Intl date formatting. */
  readonly dateLocale: string;
}

export const LOCALE_META: Readonly<Record<SiteLocale, LocaleMeta>> = {
  fi: { prefix: '', lang: 'fi-FI', label: 'Suomi', dateLocale: 'fi-FI' },
  sv: { prefix: '/sv', lang: 'sv-FI', label: 'Svenska', dateLocale: 'sv-FI' },
  en: { prefix: '/en', lang: 'en', label: 'English', dateLocale: 'en-GB' },
};

export interface SiteStrings {
  siteDescription: string;
  navGuides: string;
  heroTitle: string;
  heroIntro: string;
  heroAction: string;
  emergencyLabel: string;
  emergencyNotice: string;
  guidesIndexTitle: string;
  guidesIndexIntro: string;
  guidesIndexEmpty: string;
  backToGuides: string;
  whenToSeekCare: string;
  sources: string;
  relatedGuides: string;
  lastReviewed: string;
  nextReview: string;
  otherLanguages: string;
  disclaimer: string;
  footer: string;
  // VitePress default theme labels.
  outlineLabel: string;
  docFooterPrev: string;
  docFooterNext: string;
  darkModeSwitchLabel: string;
  lightModeSwitchTitle: string;
  darkModeSwitchTitle: string;
  sidebarMenuLabel: string;
  returnToTopLabel: string;
  langMenuLabel: string;
  skipToContentLabel: string;
  notFoundTitle: string;
  notFoundQuote: string;
  notFoundLinkLabel: string;
  notFoundLinkText: string;
}

export const SITE_STRINGS: Readonly<Record<SiteLocale, SiteStrings>> = {
  fi: {
    siteDescription:
      'Itsehoito-ohjeita tavallisimpiin oireisiin ja vaivoihin sekä tieto siitä, milloin hakeutua hoitoon.',
    navGuides: 'Itsehoito-ohjeet',
    heroTitle: 'Itsehoito-ohjeet',
    heroIntro:
      'Luotettavia ohjeita tavallisimpiin oireisiin ja vaivoihin: miten voit hoitaa itseäsi kotona ja milloin on syytä hakeutua hoitoon.',
    heroAction: 'Selaa ohjeita',
    emergencyLabel: 'Hätätilanne',
    emergencyNotice: 'Hätätilanteessa soita 112. Kiireellisessä asiassa soita Päivystysapuun 116117.',
    guidesIndexTitle: 'Itsehoito-ohjeet',
    guidesIndexIntro: 'Kaikki ohjeet aakkosjärjestyksessä.',
    guidesIndexEmpty: 'Ohjeita ei ole vielä julkaistu tällä kielellä.',
    backToGuides: 'Kaikki itsehoito-ohjeet',
    whenToSeekCare: 'Milloin hakeutua hoitoon',
    sources: 'Lähteet',
    relatedGuides: 'Aiheeseen liittyvät ohjeet',
    lastReviewed: 'Tarkistettu {date}',
    nextReview: 'Seuraava tarkistus {date}',
    otherLanguages: 'Tämä ohje muilla kielillä',
    disclaimer: 'Ohjeet eivät korvaa terveydenhuollon ammattilaisen arviota.',
    footer: 'Ohjeet eivät korvaa terveydenhuollon ammattilaisen arviota. Hätätilanteessa soita 112.',
    outlineLabel: 'Tällä sivulla',
    docFooterPrev: 'Edellinen sivu',
    docFooterNext: 'Seuraava sivu',
    darkModeSwitchLabel: 'Ulkoasu',
    lightModeSwitchTitle: 'Vaihda vaaleaan teemaan',
    darkModeSwitchTitle: 'Vaihda tummaan teemaan',
    sidebarMenuLabel: 'Valikko',
    returnToTopLabel: 'Takaisin ylös',
    langMenuLabel: 'Vaihda kieltä',
    skipToContentLabel: 'Siirry sisältöön',
    notFoundTitle: 'SIVUA EI LÖYTYNYT',
    notFoundQuote: 'Sivu on ehkä poistettu, tai sitä ei ole tällä kielellä.',
    notFoundLinkLabel: 'siirry etusivulle',
    notFoundLinkText: 'Etusivulle',
  },
  sv: {
    siteDescription: 'Egenvårdsanvisningar för vanliga symtom och besvär, och när du bör söka vård.',
    navGuides: 'Egenvårdsanvisningar',
    heroTitle: 'Egenvårdsanvisningar',
    heroIntro:
      'Tillförlitliga anvisningar för de vanligaste symtomen och besvären: hur du kan sköta dig själv hemma och när du bör söka vård.',
    heroAction: 'Bläddra bland anvisningarna',
    emergencyLabel: 'Nödsituation',
    emergencyNotice: 'Ring 112 i nödsituationer. I brådskande ärenden, ring Jourhjälpen 116117.',
    guidesIndexTitle: 'Egenvårdsanvisningar',
    guidesIndexIntro: 'Alla anvisningar i alfabetisk ordning.',
    guidesIndexEmpty: 'Inga anvisningar har publicerats på det här språket ännu.',
    backToGuides: 'Alla egenvårdsanvisningar',
    whenToSeekCare: 'När ska du söka vård',
    sources: 'Källor',
    relatedGuides: 'Relaterade anvisningar',
    lastReviewed: 'Granskad {date}',
    nextReview: 'Nästa granskning {date}',
    otherLanguages: 'Den här anvisningen på andra språk',
    disclaimer: 'Anvisningarna ersätter inte en bedömning av en yrkesperson inom hälso- och sjukvården.',
    footer:
      'Anvisningarna ersätter inte en bedömning av en yrkesperson inom hälso- och sjukvården. Ring 112 i nödsituationer.',
    outlineLabel: 'På den här sidan',
    docFooterPrev: 'Föregående sida',
    docFooterNext: 'Nästa sida',
    darkModeSwitchLabel: 'Utseende',
    lightModeSwitchTitle: 'Byt till ljust tema',
    darkModeSwitchTitle: 'Byt till mörkt tema',
    sidebarMenuLabel: 'Meny',
    returnToTopLabel: 'Tillbaka till toppen',
    langMenuLabel: 'Byt språk',
    skipToContentLabel: 'Hoppa till innehållet',
    notFoundTitle: 'SIDAN HITTADES INTE',
    notFoundQuote: 'Sidan kan ha tagits bort, eller så finns den inte på det här språket.',
    notFoundLinkLabel: 'gå till startsidan',
    notFoundLinkText: 'Till startsidan',
  },
  en: {
    siteDescription: 'Self-care guides for common symptoms and complaints, and when to seek care.',
    navGuides: 'Self-care guides',
    heroTitle: 'Self-care guides',
    heroIntro:
      'Reliable guidance for common symptoms and complaints: how to look after yourself at home and when to seek care.',
    heroAction: 'Browse the guides',
    emergencyLabel: 'Emergency',
    emergencyNotice: 'In an emergency, call 112. For urgent matters, call the Medical Helpline 116117.',
    guidesIndexTitle: 'Self-care guides',
    guidesIndexIntro: 'All guides in alphabetical order.',
    guidesIndexEmpty: 'No guides have been published in this language yet.',
    backToGuides: 'All self-care guides',
    whenToSeekCare: 'When to seek care',
    sources: 'Sources',
    relatedGuides: 'Related guides',
    lastReviewed: 'Reviewed {date}',
    nextReview: 'Next review {date}',
    otherLanguages: 'This guide in other languages',
    disclaimer: 'The guides do not replace an assessment by a healthcare professional.',
    footer:
      'The guides do not replace an assessment by a healthcare professional. In an emergency, call 112.',
    outlineLabel: 'On this page',
    docFooterPrev: 'Previous page',
    docFooterNext: 'Next page',
    darkModeSwitchLabel: 'Appearance',
    lightModeSwitchTitle: 'Switch to light theme',
    darkModeSwitchTitle: 'Switch to dark theme',
    sidebarMenuLabel: 'Menu',
    returnToTopLabel: 'Return to top',
    langMenuLabel: 'Change language',
    skipToContentLabel: 'Skip to content',
    notFoundTitle: 'PAGE NOT FOUND',
    notFoundQuote: 'The page may have been removed, or it is not available in this language.',
    notFoundLinkLabel: 'go to the home page',
    notFoundLinkText: 'To the home page',
  },
};

/** Fills `{name}` placeholders. */
export function format(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
