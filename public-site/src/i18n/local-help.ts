/**
 * The citizen-facing strings of local help on guide pages (the county choice and the county's services), in
 * Finnish, Swedish and English. `{name}` placeholders are filled with `format` of `site-i18n.ts`.
 */
import type { SiteLocale } from '../site-i18n.js';

export interface LocalHelpStrings {
  title: string;
  countyLabel: string;
  countyPrompt: string;
  countyPlaceholder: string;
  countyShow: string;
  countyCurrent: string;
  countyChange: string;
  countyMissing: string;
  countiesFailed: string;
  loading: string;
  loadFailed: string;
  retry: string;
  noServices: string;
  national: string;
  phones: string;
  address: string;
  eServices: string;
  webPages: string;
  openNow: string;
  closed: string;
  closedOpensAt: string;
  emergencyLabel: string;
  emergencyCall: string;
  urgentCall: string;
}

export const LOCAL_HELP_STRINGS: Readonly<Record<SiteLocale, LocalHelpStrings>> = {
  fi: {
    title: 'Apua omalla alueellasi',
    countyLabel: 'Hyvinvointialue',
    countyPrompt: 'Valitse hyvinvointialueesi, niin näet alueesi palvelut ja niiden aukioloajat.',
    countyPlaceholder: 'Valitse alue',
    countyShow: 'Näytä palvelut',
    countyCurrent: 'Alueesi: {county}',
    countyChange: 'Vaihda aluetta',
    countyMissing: 'Valitse alue listasta.',
    countiesFailed: 'Alueiden luetteloa ei juuri nyt saatu haettua.',
    loading: 'Haetaan palveluita…',
    loadFailed: 'Palveluita ei juuri nyt saatu haettua.',
    retry: 'Yritä uudelleen',
    noServices: 'Tähän ohjeeseen ei ole liitetty palveluita alueellasi.',
    national: 'Valtakunnallinen palvelu',
    phones: 'Puhelin',
    address: 'Käyntiosoite',
    eServices: 'Asioi verkossa',
    webPages: 'Lisätietoa',
    openNow: 'Avoinna nyt',
    closed: 'Suljettu',
    closedOpensAt: 'Suljettu, avautuu {time}',
    emergencyLabel: 'Kiireellinen apu',
    emergencyCall: 'Hätänumero 112',
    urgentCall: 'Päivystysapu 116117',
  },
  sv: {
    title: 'Hjälp i ditt område',
    countyLabel: 'Välfärdsområde',
    countyPrompt: 'Välj ditt välfärdsområde så ser du tjänsterna i ditt område och deras öppettider.',
    countyPlaceholder: 'Välj område',
    countyShow: 'Visa tjänster',
    countyCurrent: 'Ditt område: {county}',
    countyChange: 'Byt område',
    countyMissing: 'Välj ett område i listan.',
    countiesFailed: 'Listan över områden kunde inte hämtas just nu.',
    loading: 'Tjänsterna hämtas…',
    loadFailed: 'Tjänsterna kunde inte hämtas just nu.',
    retry: 'Försök igen',
    noServices: 'Inga tjänster i ditt område är kopplade till den här anvisningen.',
    national: 'Riksomfattande tjänst',
    phones: 'Telefon',
    address: 'Besöksadress',
    eServices: 'Uträtta ärenden på nätet',
    webPages: 'Mer information',
    openNow: 'Öppet nu',
    closed: 'Stängt',
    closedOpensAt: 'Stängt, öppnar {time}',
    emergencyLabel: 'Brådskande hjälp',
    emergencyCall: 'Nödnumret 112',
    urgentCall: 'Jourhjälpen 116117',
  },
  en: {
    title: 'Help in your area',
    countyLabel: 'Wellbeing services county',
    countyPrompt:
      'Choose your wellbeing services county to see the services in your area and their opening hours.',
    countyPlaceholder: 'Choose a county',
    countyShow: 'Show services',
    countyCurrent: 'Your county: {county}',
    countyChange: 'Change county',
    countyMissing: 'Choose a county from the list.',
    countiesFailed: 'The list of counties could not be fetched right now.',
    loading: 'Fetching services…',
    loadFailed: 'The services could not be fetched right now.',
    retry: 'Try again',
    noServices: 'No services in your county are linked to this guide.',
    national: 'National service',
    phones: 'Phone',
    address: 'Visiting address',
    eServices: 'Online services',
    webPages: 'More information',
    openNow: 'Open now',
    closed: 'Closed',
    closedOpensAt: 'Closed, opens {time}',
    emergencyLabel: 'Urgent help',
    emergencyCall: 'Emergency number 112',
    urgentCall: 'Medical helpline 116117',
  },
};
