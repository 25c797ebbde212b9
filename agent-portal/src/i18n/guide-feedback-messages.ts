/**
 * The strings of citizens' guide feedback in the report view and of the search report's channel choice, in Finnish,
 * Swedish and English; merged into MESSAGES (messages.ts), where the key test covers them.
 */
const fi = {
  'report.channel': 'Kanava',
  'report.allChannels': 'Kaikki kanavat',
  'report.channel.site': 'Itsehoitosivusto (kansalaiset)',
  'report.channel.portal': 'Neuvo (henkilöstö)',
  'feedback.title': 'Palaute itsehoito-ohjeista',
  'feedback.intro':
    'Oliko ohjeesta apua? Kansalaisten vastaukset ohjeittain, eniten palautetta saaneet ensin.',
  'feedback.loading': 'Ladataan palautetta…',
  'feedback.error': 'Palautetta ei voitu hakea',
  'feedback.none': 'Ei palautetta tällä aikavälillä.',
  'feedback.guide': 'Ohje',
  'feedback.helpful': 'Kyllä',
  'feedback.notHelpful': 'Ei',
  'feedback.helpfulRate': 'Apua saaneita',
  'feedback.latest': 'Uusimmat kommentit',
  'feedback.answerHelpful': 'Oli avuksi',
  'feedback.answerNotHelpful': 'Ei ollut avuksi',
  'feedback.privacy':
    'Palautteesta ei tallenneta lähettäjän tietoja. Henkilötunnuksen, sähköpostiosoitteen tai puhelinnumeron sisältävät kommentit hylätään jo lähetettäessä.',
} as const;

export type GuideFeedbackMessageKey = keyof typeof fi;

const sv: Readonly<Record<GuideFeedbackMessageKey, string>> = {
  'report.channel': 'Kanal',
  'report.allChannels': 'Alla kanaler',
  'report.channel.site': 'Egenvårdswebbplatsen (medborgare)',
  'report.channel.portal': 'Neuvo (personal)',
  'feedback.title': 'Respons på egenvårdsanvisningarna',
  'feedback.intro': 'Var anvisningen till hjälp? Medborgarnas svar per anvisning, de med mest respons först.',
  'feedback.loading': 'Responsen laddas…',
  'feedback.error': 'Responsen kunde inte hämtas',
  'feedback.none': 'Ingen respons under perioden.',
  'feedback.guide': 'Anvisning',
  'feedback.helpful': 'Ja',
  'feedback.notHelpful': 'Nej',
  'feedback.helpfulRate': 'Fick hjälp',
  'feedback.latest': 'Senaste kommentarer',
  'feedback.answerHelpful': 'Var till hjälp',
  'feedback.answerNotHelpful': 'Var inte till hjälp',
  'feedback.privacy':
    'Inga uppgifter om avsändaren sparas. Kommentarer med personbeteckning, e-postadress eller telefonnummer avvisas redan när de skickas.',
};

const en: Readonly<Record<GuideFeedbackMessageKey, string>> = {
  'report.channel': 'Channel',
  'report.allChannels': 'All channels',
  'report.channel.site': 'Self-care site (citizens)',
  'report.channel.portal': 'Neuvo (staff)',
  'feedback.title': 'Feedback on the self-care guides',
  'feedback.intro':
    'Was the guide helpful? Citizens’ answers per guide, the guides with the most answers first.',
  'feedback.loading': 'Loading feedback…',
  'feedback.error': 'The feedback could not be loaded',
  'feedback.none': 'No feedback in this period.',
  'feedback.guide': 'Guide',
  'feedback.helpful': 'Yes',
  'feedback.notHelpful': 'No',
  'feedback.helpfulRate': 'Helped',
  'feedback.latest': 'Latest comments',
  'feedback.answerHelpful': 'Helpful',
  'feedback.answerNotHelpful': 'Not helpful',
  'feedback.privacy':
    'Nothing about the sender is stored. Comments holding a personal identity code, an e-mail address or a phone number are refused when sent.',
};

export const GUIDE_FEEDBACK_MESSAGES = { fi, sv, en } as const;
