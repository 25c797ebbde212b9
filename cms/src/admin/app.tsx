/**
 * Admin panel extension: on a service entry that comes from PTV, a side panel in the edit view shows the
 * PTV id, PTV status and the time of the last sync, and names the fields PTV owns. Those fields are
 * read-only for editors: the server refuses changes to them (src/ptv/ptv-fields-guard.ts); the panel
 * tells editors why before they try. Strings in Finnish, Swedish and English (the admin's language).
 */
import { LOCALES, type Locale } from '@neuvo/content-models/locales';
import { PTV_GUARDED_FIELDS } from '@neuvo/content-models/ptv';
import type { StrapiApp } from '@strapi/strapi/admin';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Earth } from '@strapi/icons';

const SERVICE_UID = 'api::service-entry.service-entry';

const TEXT: Record<
  Locale,
  {
    title: string;
    id: string;
    status: string;
    syncedAt: string;
    never: string;
    owned: string;
    explain: string;
    statuses: Record<string, string>;
    fields: Record<string, string>;
  }
> = {
  fi: {
    title: 'PTV (Suomi.fi-palvelutietovaranto)',
    id: 'PTV-tunniste',
    status: 'Tila PTV:ssä',
    syncedAt: 'Synkronoitu viimeksi',
    never: 'ei vielä',
    owned: 'PTV:n omistamat kentät (vain luku)',
    explain:
      'Nämä kentät päivittyvät PTV:stä eikä niitä voi muuttaa täällä. Muuta tieto PTV:ssä; seuraava synkronointi tuo muutoksen. Ratkaisupankin kentät (ohjeet päivystäjälle, sisäiset puhelinnumerot, lisäavainsanat, linkitykset) ovat muokattavissa.',
    statuses: { published: 'julkaistu', archived: 'arkistoitu', withdrawn: 'poistettu käytöstä' },
    fields: {
      name: 'nimi',
      summary: 'tiivistelmä',
      description: 'kuvaus',
      userInstruction: 'toimintaohje',
      organizationName: 'organisaatio',
      serviceClasses: 'palveluluokat',
      targetGroups: 'kohderyhmät',
      keywords: 'asiasanat',
      municipalityCodes: 'kunnat',
      phoneChannels: 'puhelinkanavat',
      webPages: 'verkkosivut',
      serviceLocations: 'palvelupaikat',
      eServices: 'verkkoasiointi',
      ptvStatus: 'PTV-tila',
      ptvId: 'PTV-tunniste',
      ptvSyncedAt: 'synkronointiaika',
      source: 'lähde',
    },
  },
  sv: {
    title: 'PTV (Suomi.fi-tjänstedatalagret)',
    id: 'PTV-id',
    status: 'Status i PTV',
    syncedAt: 'Senast synkroniserad',
    never: 'inte ännu',
    owned: 'Fält som ägs av PTV (skrivskyddade)',
    explain:
      'De här fälten uppdateras från PTV och kan inte ändras här. Ändra uppgiften i PTV; nästa synkronisering för hit ändringen. Lösningsbankens fält (instruktioner för kundtjänsten, interna telefonnummer, extra sökord, länkar) kan redigeras.',
    statuses: { published: 'publicerad', archived: 'arkiverad', withdrawn: 'återkallad' },
    fields: {
      name: 'namn',
      summary: 'sammanfattning',
      description: 'beskrivning',
      userInstruction: 'anvisning',
      organizationName: 'organisation',
      serviceClasses: 'tjänsteklasser',
      targetGroups: 'målgrupper',
      keywords: 'nyckelord',
      municipalityCodes: 'kommuner',
      phoneChannels: 'telefonkanaler',
      webPages: 'webbsidor',
      serviceLocations: 'serviceställen',
      eServices: 'e-tjänster',
      ptvStatus: 'PTV-status',
      ptvId: 'PTV-id',
      ptvSyncedAt: 'synkroniseringstid',
      source: 'källa',
    },
  },
  en: {
    title: 'PTV (Finnish Service Catalogue)',
    id: 'PTV id',
    status: 'Status in PTV',
    syncedAt: 'Last synced',
    never: 'not yet',
    owned: 'Fields owned by PTV (read-only)',
    explain:
      'These fields are updated from PTV and cannot be changed here. Change the information in PTV; the next sync brings the change here. The solution-bank fields (agent instructions, internal phones, extra keywords, links) are editable.',
    statuses: { published: 'published', archived: 'archived', withdrawn: 'withdrawn' },
    fields: {
      name: 'name',
      summary: 'summary',
      description: 'description',
      userInstruction: 'user instruction',
      organizationName: 'organisation',
      serviceClasses: 'service classes',
      targetGroups: 'target groups',
      keywords: 'keywords',
      municipalityCodes: 'municipalities',
      phoneChannels: 'phone channels',
      webPages: 'web pages',
      serviceLocations: 'service locations',
      eServices: 'e-services',
      ptvStatus: 'PTV status',
      ptvId: 'PTV id',
      ptvSyncedAt: 'sync time',
      source: 'source',
    },
  },
};

/** The fields the server guards (one list, from content-models), minus the three shown above the list. */
const SHOWN_ABOVE: readonly string[] = ['ptvId', 'ptvStatus', 'ptvSyncedAt'];
const OWNED_FIELDS = PTV_GUARDED_FIELDS.filter((field) => !SHOWN_ABOVE.includes(field));

const langOf = (locale: string): Locale => {
  const base = locale.slice(0, 2);
  return base === 'fi' || base === 'sv' ? base : 'en';
};

interface PanelProps {
  model: string;
  document?: Record<string, unknown> | null;
}

const Row = ({ label, value }: { label: string; value: string }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="omega">{value}</Typography>
  </Flex>
);

/** The side panel (a description component: called with the edit view's props, may use hooks). */
const PtvPanel = ({ model, document }: PanelProps) => {
  const { locale } = useIntl();
  if (model !== SERVICE_UID || document?.source !== 'ptv') return null;
  const lang = langOf(locale);
  const t = TEXT[lang];
  const syncedAt = typeof document.ptvSyncedAt === 'string' ? new Date(document.ptvSyncedAt) : null;
  const when = syncedAt
    ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Helsinki',
      }).format(syncedAt)
    : t.never;
  const status = String(document.ptvStatus ?? 'published');
  return {
    title: t.title,
    content: (
      <Flex direction="column" alignItems="stretch" gap={3} width="100%">
        <Row label={t.id} value={String(document.ptvId ?? '–')} />
        <Row label={t.status} value={t.statuses[status] ?? status} />
        <Row label={t.syncedAt} value={when} />
        <Box>
          <Typography variant="sigma" textColor="neutral600">
            {t.owned}
          </Typography>
          <Box paddingTop={1}>
            <Typography variant="omega">{OWNED_FIELDS.map((f) => t.fields[f] ?? f).join(', ')}</Typography>
          </Box>
        </Box>
        <Typography variant="pi" textColor="neutral600">
          {t.explain}
        </Typography>
      </Flex>
    ),
  };
};

type MenuComponent = Parameters<StrapiApp['addMenuLink']>[0]['Component'];

const TRANSLATIONS_MENU_LABEL = 'neuvo.translation-parity.menu';
const GUIDE_UID = 'api::self-care-guide.self-care-guide';

export default {
  config: {
    // The admin's own languages besides English, which Strapi always has.
    locales: LOCALES.filter((locale) => locale !== 'en'),
    translations: {
      fi: { [TRANSLATIONS_MENU_LABEL]: 'Käännösten tila' },
      sv: { [TRANSLATIONS_MENU_LABEL]: 'Översättningarnas status' },
      en: { [TRANSLATIONS_MENU_LABEL]: 'Translation status' },
    },
  },
  register(app: StrapiApp) {
    // Shown to whoever may read self-care guides: the guides whose Swedish or English text is missing or outdated.
    app.addMenuLink({
      to: 'neuvo/translations',
      icon: Earth,
      intlLabel: { id: TRANSLATIONS_MENU_LABEL, defaultMessage: 'Translation status' },
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: GUIDE_UID }],
      // Strapi 5 wants the loader itself (its type still says a lazy component).
      Component: (() => import('./translation-parity-page')) as unknown as MenuComponent,
    });
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: { addEditViewSidePanel(panels: unknown[]): void };
    };
    contentManager.apis.addEditViewSidePanel([PtvPanel]);
  },
};
