/**
 * The strings of the site's search (the box in the navigation bar and the search page), of "Was this helpful?" at the
 * end of a guide and of the most read guides, in Finnish, Swedish and English.
 */
import type { Locale } from '@neuvo/content-models/locales';
import type { FeedbackTextProblem } from '@neuvo/content-models/feedback';

export interface SearchFeedbackStrings {
  /** Label of the search field (also its placeholder). */
  searchLabel: string;
  searchButton: string;
  /** Title of the search page. */
  searchPageTitle: string;
  /** Live result count; `{count}` is the number of guides. */
  searchResultsOne: string;
  searchResultsMany: string;
  searchNoResults: string;
  searchSearching: string;
  searchFailed: string;
  /** Link from the box's result list to the search page. */
  searchShowAll: string;
  /** Shown on a hit in the other national language. */
  searchInFinnish: string;
  searchInSwedish: string;
  feedbackQuestion: string;
  feedbackYes: string;
  feedbackNo: string;
  feedbackTextLabel: string;
  feedbackTextHint: string;
  feedbackSend: string;
  feedbackThanks: string;
  feedbackFailed: string;
  feedbackRateLimited: string;
  feedbackTooLong: string;
  feedbackIdentityCode: string;
  feedbackEmail: string;
  feedbackPhone: string;
  /** `{count}` characters left. */
  feedbackCharactersLeft: string;
  popularTitle: string;
}

export const SEARCH_FEEDBACK_STRINGS: Readonly<Record<Locale, SearchFeedbackStrings>> = {
  fi: {
    searchLabel: 'Hae ohjeista',
    searchButton: 'Hae',
    searchPageTitle: 'Haku',
    searchResultsOne: '1 ohje löytyi',
    searchResultsMany: '{count} ohjetta löytyi',
    searchNoResults: 'Ohjeita ei löytynyt. Kokeile toista sanaa.',
    searchSearching: 'Haetaan…',
    searchFailed: 'Haku ei juuri nyt onnistu. Yritä hetken kuluttua uudelleen.',
    searchShowAll: 'Näytä kaikki tulokset',
    searchInFinnish: 'suomeksi',
    searchInSwedish: 'ruotsiksi',
    feedbackQuestion: 'Oliko ohjeesta apua?',
    feedbackYes: 'Kyllä',
    feedbackNo: 'Ei',
    feedbackTextLabel: 'Kerro halutessasi lisää (vapaaehtoinen)',
    feedbackTextHint:
      'Älä kirjoita henkilötunnusta, sähköpostiosoitetta, puhelinnumeroa tai muita henkilötietoja. Palautteeseen ei vastata.',
    feedbackSend: 'Lähetä palaute',
    feedbackThanks: 'Kiitos palautteesta!',
    feedbackFailed: 'Palautteen lähettäminen ei onnistunut. Yritä hetken kuluttua uudelleen.',
    feedbackRateLimited: 'Olet lähettänyt paljon palautetta. Yritä myöhemmin uudelleen.',
    feedbackTooLong: 'Palaute on liian pitkä: enintään 1 000 merkkiä.',
    feedbackIdentityCode: 'Poista henkilötunnus palautteesta. Emme tallenna henkilötietoja.',
    feedbackEmail: 'Poista sähköpostiosoite palautteesta. Emme tallenna henkilötietoja.',
    feedbackPhone: 'Poista puhelinnumero palautteesta. Emme tallenna henkilötietoja.',
    feedbackCharactersLeft: '{count} merkkiä jäljellä',
    popularTitle: 'Luetuimmat ohjeet',
  },
  sv: {
    searchLabel: 'Sök bland anvisningarna',
    searchButton: 'Sök',
    searchPageTitle: 'Sök',
    searchResultsOne: '1 anvisning hittades',
    searchResultsMany: '{count} anvisningar hittades',
    searchNoResults: 'Inga anvisningar hittades. Prova ett annat ord.',
    searchSearching: 'Söker…',
    searchFailed: 'Sökningen fungerar inte just nu. Försök igen om en stund.',
    searchShowAll: 'Visa alla resultat',
    searchInFinnish: 'på finska',
    searchInSwedish: 'på svenska',
    feedbackQuestion: 'Var anvisningen till hjälp?',
    feedbackYes: 'Ja',
    feedbackNo: 'Nej',
    feedbackTextLabel: 'Berätta gärna mer (frivilligt)',
    feedbackTextHint:
      'Skriv inte personbeteckning, e-postadress, telefonnummer eller andra personuppgifter. Responsen besvaras inte.',
    feedbackSend: 'Skicka respons',
    feedbackThanks: 'Tack för responsen!',
    feedbackFailed: 'Responsen kunde inte skickas. Försök igen om en stund.',
    feedbackRateLimited: 'Du har skickat mycket respons. Försök igen senare.',
    feedbackTooLong: 'Responsen är för lång: högst 1 000 tecken.',
    feedbackIdentityCode: 'Ta bort personbeteckningen ur responsen. Vi sparar inga personuppgifter.',
    feedbackEmail: 'Ta bort e-postadressen ur responsen. Vi sparar inga personuppgifter.',
    feedbackPhone: 'Ta bort telefonnumret ur responsen. Vi sparar inga personuppgifter.',
    feedbackCharactersLeft: '{count} tecken kvar',
    popularTitle: 'Mest lästa anvisningar',
  },
  en: {
    searchLabel: 'Search the guides',
    searchButton: 'Search',
    searchPageTitle: 'Search',
    searchResultsOne: '1 guide found',
    searchResultsMany: '{count} guides found',
    searchNoResults: 'No guides found. Try another word.',
    searchSearching: 'Searching…',
    searchFailed: 'Search is not available right now. Please try again in a moment.',
    searchShowAll: 'Show all results',
    searchInFinnish: 'in Finnish',
    searchInSwedish: 'in Swedish',
    feedbackQuestion: 'Was this guide helpful?',
    feedbackYes: 'Yes',
    feedbackNo: 'No',
    feedbackTextLabel: 'Tell us more if you like (optional)',
    feedbackTextHint:
      'Do not write your personal identity code, e-mail address, phone number or other personal data. Feedback is not answered.',
    feedbackSend: 'Send feedback',
    feedbackThanks: 'Thank you for your feedback!',
    feedbackFailed: 'Your feedback could not be sent. Please try again in a moment.',
    feedbackRateLimited: 'You have sent a lot of feedback. Please try again later.',
    feedbackTooLong: 'The feedback is too long: 1,000 characters at most.',
    feedbackIdentityCode: 'Please remove the personal identity code. We do not store personal data.',
    feedbackEmail: 'Please remove the e-mail address. We do not store personal data.',
    feedbackPhone: 'Please remove the phone number. We do not store personal data.',
    feedbackCharactersLeft: '{count} characters left',
    popularTitle: 'Most read guides',
  },
};

/** The message asking the reader to change a refused feedback text. */
export function feedbackProblemMessage(strings: SearchFeedbackStrings, problem: FeedbackTextProblem): string {
  switch (problem) {
    case 'too-long':
      return strings.feedbackTooLong;
    case 'identity-code':
      return strings.feedbackIdentityCode;
    case 'email':
      return strings.feedbackEmail;
    case 'phone':
      return strings.feedbackPhone;
  }
}

/** Path of the search page of each locale (the query goes in `?q=`). */
export const SEARCH_PAGE_PATH: Readonly<Record<Locale, string>> = {
  fi: '/haku.html',
  sv: '/sv/sok.html',
  en: '/en/search.html',
};
