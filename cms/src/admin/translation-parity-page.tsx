/**
 * Admin page "Translations": every self-care guide with the state of its Swedish and English texts (missing, older
 * than the Finnish text, current), the ones needing work first; a row opens the guide in that language. The states
 * come from `translationParity()` in content-models; the versions from the content manager's own list endpoint, so
 * an editor sees exactly the guides their role may read.
 */
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Badge, Box, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { LOCALES, type Locale } from '@neuvo/content-models/locales';
import {
  TRANSLATED_LOCALES,
  translationParity,
  type DocumentParity,
  type LocaleVersion,
  type TranslationState,
} from '@neuvo/content-models/translation-parity';

const GUIDE_UID = 'api::self-care-guide.self-care-guide';
/** The content manager's largest page; a county has tens of guides, the loop below reads every page. */
const PAGE_SIZE = 100;

const TEXT: Record<
  Locale,
  {
    title: string;
    intro: string;
    guide: string;
    finnishSaved: string;
    states: Record<TranslationState, string>;
    languages: Record<Locale, string>;
    summary: (needsWork: number, total: number) => string;
    failed: string;
  }
> = {
  fi: {
    title: 'Käännösten tila',
    intro:
      'Itsehoito-ohjeet, joiden ruotsin- tai englanninkielinen teksti puuttuu tai on tallennettu ennen suomenkielisen tekstin viimeisintä muutosta. Tarkista käännös suomenkielistä tekstiä vasten ja tallenna se.',
    guide: 'Ohje (suomeksi)',
    finnishSaved: 'Suomenkielinen tallennettu',
    states: { missing: 'puuttuu', outdated: 'vanhentunut', current: 'ajan tasalla' },
    languages: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
    summary: (needsWork, total) => `${needsWork} / ${total} ohjetta tarvitsee käännöstyötä`,
    failed: 'Ohjeiden luetteloa ei saatu haettua.',
  },
  sv: {
    title: 'Översättningarnas status',
    intro:
      'Egenvårdsanvisningar vars svenska eller engelska text saknas eller sparades före den senaste ändringen av den finska texten. Kontrollera översättningen mot den finska texten och spara den.',
    guide: 'Anvisning (på finska)',
    finnishSaved: 'Finska texten sparad',
    states: { missing: 'saknas', outdated: 'föråldrad', current: 'aktuell' },
    languages: { fi: 'finska', sv: 'svenska', en: 'engelska' },
    summary: (needsWork, total) => `${needsWork} / ${total} anvisningar behöver översättas`,
    failed: 'Listan över anvisningar kunde inte hämtas.',
  },
  en: {
    title: 'Translation status',
    intro:
      'Self-care guides whose Swedish or English text is missing or was saved before the latest change to the Finnish text. Check the translation against the Finnish text and save it.',
    guide: 'Guide (in Finnish)',
    finnishSaved: 'Finnish text saved',
    states: { missing: 'missing', outdated: 'outdated', current: 'up to date' },
    languages: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
    summary: (needsWork, total) => `${needsWork} of ${total} guides need translation work`,
    failed: 'The list of guides could not be loaded.',
  },
};

const BADGE_COLOURS: Record<TranslationState, { background: string; text: string }> = {
  missing: { background: 'danger100', text: 'danger700' },
  outdated: { background: 'warning100', text: 'warning700' },
  current: { background: 'success100', text: 'success700' },
};

/** The admin's interface language as one of ours (English for any other). */
export function adminLanguage(locale: string): Locale {
  const base = locale.slice(0, 2);
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

interface ListAnswer {
  results: Array<{ documentId: string; locale: string; title?: string | null; updatedAt: string }>;
  pagination: { page: number; pageCount: number };
}

type FetchClient = ReturnType<typeof useFetchClient>;

async function readAllVersions(get: FetchClient['get']): Promise<LocaleVersion[]> {
  const versions: LocaleVersion[] = [];
  for (const locale of LOCALES) {
    for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
      const { data } = await get<ListAnswer>(`/content-manager/collection-types/${GUIDE_UID}`, {
        params: { page, pageSize: PAGE_SIZE, locale, sort: 'title:ASC' },
      });
      pageCount = data.pagination.pageCount;
      for (const row of data.results) {
        versions.push({
          documentId: row.documentId,
          locale: row.locale,
          title: row.title ?? '',
          updatedAt: row.updatedAt,
        });
      }
    }
  }
  return versions;
}

const TranslationParityPage = () => {
  const { locale } = useIntl();
  const t = TEXT[adminLanguage(locale)];
  const { get } = useFetchClient();
  const [rows, setRows] = useState<DocumentParity[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let active = true;
    readAllVersions(get)
      .then((versions) => active && setRows(translationParity(versions)))
      .catch(() => active && setFailed(true));
    return () => {
      active = false;
    };
  }, [get]);

  if (failed) return <Page.Error>{t.failed}</Page.Error>;
  if (rows === null) return <Page.Loading />;
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  });
  const needsWork = rows.filter((row) =>
    Object.values(row.translations).some((state) => state !== 'current'),
  );
  return (
    <Page.Main>
      <Page.Title>{t.title}</Page.Title>
      <Layouts.Header title={t.title} subtitle={t.summary(needsWork.length, rows.length)} />
      <Layouts.Content>
        <Box paddingBottom={4}>
          <Typography variant="omega">{t.intro}</Typography>
        </Box>
        <Table colCount={2 + TRANSLATED_LOCALES.length} rowCount={rows.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t.guide}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t.finnishSaved}</Typography>
              </Th>
              {TRANSLATED_LOCALES.map((target) => (
                <Th key={target}>
                  <Typography variant="sigma">{t.languages[target]}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((row) => (
              <Tr key={row.documentId}>
                <Td>
                  <Link href={editPath(row.documentId, 'fi')}>{row.title}</Link>
                </Td>
                <Td>
                  <Typography variant="omega">{when.format(new Date(row.finnishUpdatedAt))}</Typography>
                </Td>
                {TRANSLATED_LOCALES.map((target) => {
                  const state = row.translations[target];
                  return (
                    <Td key={target}>
                      <Link
                        href={editPath(row.documentId, target)}
                        aria-label={`${row.title}: ${t.languages[target]}, ${t.states[state]}`}
                      >
                        <Badge
                          backgroundColor={BADGE_COLOURS[state].background}
                          textColor={BADGE_COLOURS[state].text}
                        >
                          {t.states[state]}
                        </Badge>
                      </Link>
                    </Td>
                  );
                })}
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Layouts.Content>
    </Page.Main>
  );
};

/** The content manager's edit view of a guide in one language (a missing language opens as a new translation). */
function editPath(documentId: string, locale: Locale): string {
  return `/admin/content-manager/collection-types/${GUIDE_UID}/${documentId}?plugins[i18n][locale]=${locale}`;
}

export default TranslationParityPage;
