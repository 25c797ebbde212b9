/**
 * Local help: the services a self-care guide links to, narrowed to one county and the whole country. Reads only the
 * public attributes of service entries (READ_SPECS.serviceEntryPublic), so solution-bank data never leaves the CMS.
 */
import { z } from 'zod';
import { AnswerCache, type GenerationSource } from '../../cache.js';
import type { CmsClient } from '../../cms-client.js';
import {
  DEFAULT_LOCALE,
  DomainError,
  isPublicPtvStatus,
  READ_SPECS,
  SLUG_PATTERN,
  type Locale,
} from '../../models.js';
import { list, ListSchema, locale, parseCms, text } from '../content/cms-parse.js';
import {
  EServiceSchema,
  LocationSchema,
  PhoneSchema,
  WebPageSchema,
  type ServiceEntry,
} from '../content/service.js';
import type { Region, RegionService } from '../regions/service.js';

/** A service under a guide, as the public site shows it. */
export interface LocalService {
  id: string;
  slug: string;
  locale: Locale;
  name: string;
  summary: string | null;
  organizationName: string | null;
  national: boolean;
  phones: ServiceEntry['channels']['phones'];
  locations: ServiceEntry['channels']['locations'];
  eServices: ServiceEntry['channels']['eServices'];
  webPages: ServiceEntry['channels']['webPages'];
}

export interface GuideLocalServices {
  slug: string;
  region: Region;
  services: LocalService[];
}

export interface LocalHelpService {
  guideLocalServices(slug: string, locale: Locale, region: string): Promise<GuideLocalServices>;
}

export interface LocalHelpServiceOptions {
  readonly cms: CmsClient;
  readonly regions: RegionService;
  readonly cacheTtlMs: number;
  /** The search index generation, when there is one: cached reads are also dropped when it changes (as content's). */
  readonly generation?: GenerationSource;
}

/** A region code as the api accepts it from a client (the CMS's CODE_PATTERN, bounded). */
const REGION_CODE = /^[a-z0-9-]{1,64}$/;
/** A guide links to a handful of services; more than this many are not read. */
const MAX_RELATED = 100;

const GuideRelationsSchema = z.object({
  documentId: z.string(),
  relatedServices: list(z.object({ documentId: z.string().min(1) })),
});

const LocalServiceSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  locale,
  name: z.string(),
  summary: text,
  organizationName: text,
  ptvStatus: z.string().nullish(),
  regions: list(z.object({ code: z.string().min(1) })),
  phoneChannels: list(PhoneSchema),
  webPages: list(WebPageSchema),
  serviceLocations: list(LocationSchema),
  eServices: list(EServiceSchema),
});
type LocalServiceDoc = z.output<typeof LocalServiceSchema>;

export function createLocalHelpService({
  cms,
  regions,
  cacheTtlMs,
  generation,
}: LocalHelpServiceOptions): LocalHelpService {
  const cache = new AnswerCache(500, { ttlMs: cacheTtlMs, generation });
  const cached = async <T>(key: string, load: () => Promise<T>): Promise<T> =>
    (await cache.getOrLoad(key, load)).value;

  /** The documentIds of the services linked to the guide's version in `locale`; null when there is none. */
  async function relatedIds(slug: string, inLocale: Locale): Promise<string[] | null> {
    const spec = READ_SPECS.guideRelatedServices;
    const raw = await cms.get('self-care-guides', {
      filters: { slug: { $eq: slug } },
      locale: inLocale,
      status: 'published',
      fields: spec.fields,
      populate: spec.populate,
      pagination: { pageSize: 1 },
    });
    if (raw === null) return null;
    const guide = parseCms(ListSchema(GuideRelationsSchema), raw, 'self-care-guides (related services)')
      .items[0];
    return guide ? guide.relatedServices.map((s) => s.documentId) : null;
  }

  async function readServices(ids: readonly string[], inLocale: Locale): Promise<LocalServiceDoc[]> {
    if (ids.length === 0) return [];
    const spec = READ_SPECS.serviceEntryPublic;
    const raw = await cms.get('service-entries', {
      filters: { documentId: { $in: ids } },
      locale: inLocale,
      status: 'published',
      fields: spec.fields,
      populate: spec.populate,
      pagination: { pageSize: MAX_RELATED },
    });
    if (raw === null) return [];
    return parseCms(ListSchema(LocalServiceSchema), raw, 'service-entries (local help)').items;
  }

  /** The guide's published services in `inLocale`, Finnish for those not translated; null when no such guide. */
  async function servicesOfGuide(slug: string, inLocale: Locale): Promise<LocalServiceDoc[] | null> {
    // Relations are kept per locale version: a translation may link fewer services than the Finnish guide.
    const [own, finnish] = await Promise.all([
      relatedIds(slug, inLocale),
      inLocale === DEFAULT_LOCALE ? Promise.resolve(null) : relatedIds(slug, DEFAULT_LOCALE),
    ]);
    if (own === null && finnish === null) return null;
    const ids = [...new Set([...(own ?? []), ...(finnish ?? [])])].slice(0, MAX_RELATED);
    const translated = await readServices(ids, inLocale);
    // The Finnish version is the whole document's: its regions hold for a translation that lacks them, and it
    // stands in for the services not translated.
    const finnishVersions =
      inLocale === DEFAULT_LOCALE ? translated : await readServices(ids, DEFAULT_LOCALE);
    const finnishById = new Map(finnishVersions.map((s) => [s.documentId, s]));
    const have = new Set(translated.map((s) => s.documentId));
    const withRegions = translated.map((s) => {
      const codes = new Set(
        [...s.regions, ...(finnishById.get(s.documentId)?.regions ?? [])].map((r) => r.code),
      );
      return { ...s, regions: [...codes].map((code) => ({ code })) };
    });
    const fallback = finnishVersions.filter((s) => !have.has(s.documentId));
    return [...withRegions, ...fallback].filter((s) => isPublicPtvStatus(s.ptvStatus));
  }

  return {
    async guideLocalServices(slug, inLocale, regionCode) {
      if (slug.length > 120 || !SLUG_PATTERN.test(slug)) {
        throw new DomainError(
          'VALIDATION_FAILED',
          'slug must be kebab-case: lowercase letters and digits separated by single dashes',
          { details: { field: 'slug' } },
        );
      }
      const known = REGION_CODE.test(regionCode)
        ? (await regions.regions(inLocale)).find((r) => r.code === regionCode)
        : undefined;
      if (!known) {
        throw new DomainError(
          'VALIDATION_FAILED',
          'region must be the code of a published region (see regions)',
          {
            details: { field: 'region' },
          },
        );
      }
      const services = await cached(`local-help:${inLocale}:${slug}`, () => servicesOfGuide(slug, inLocale));
      if (!services) {
        throw new DomainError('NOT_FOUND', 'No published self-care guide has this slug.', {
          details: { field: 'slug', slug },
        });
      }
      const collator = new Intl.Collator(inLocale);
      const inCounty = services
        .filter((s) => s.regions.length === 0 || s.regions.some((r) => r.code === regionCode))
        .map((s): LocalService => ({
          id: s.documentId,
          slug: s.slug,
          locale: s.locale,
          name: s.name,
          summary: s.summary,
          organizationName: s.organizationName,
          national: s.regions.length === 0,
          phones: s.phoneChannels,
          locations: s.serviceLocations,
          eServices: s.eServices,
          webPages: s.webPages,
        }))
        .sort((a, b) => Number(a.national) - Number(b.national) || collator.compare(a.name, b.name));
      return { slug, region: known, services: inCounty };
    },
  };
}
