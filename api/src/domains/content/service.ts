import { z } from 'zod';
import { AnswerCache, type GenerationSource } from '../../cache.js';
import type { StrapiQuery } from '@neuvo/node-kit';
import type { CmsClient } from '../../cms-client.js';
import type { Role } from '../../context.js';
import { createAgentContentReader, type AgentContentReader } from './agent-content.js';
import { assertDocumentId, list, ListSchema, locale, num, parseCms, strings, text } from './cms-parse.js';
import {
  DEFAULT_LOCALE,
  DomainError,
  ServiceHoursSchema,
  type ServiceHours,
  isPublicPtvStatus,
  pickText,
  READ_SPECS,
  SLUG_PATTERN,
  DEFAULT_GUIDE_TOPIC,
  GUIDE_TOPICS,
  type GuideTopic,
  type Locale,
} from '../../models.js';

// ---------------------------------------------------------------------------------------------
// What the api returns (the GraphQL shapes).

export interface GuideLink {
  slug: string;
  title: string;
}

export interface SelfCareGuide {
  id: string;
  slug: string;
  locale: Locale;
  title: string;
  summary: string | null;
  body: string;
  whenToSeekCare: string[];
  lastReviewed: string | null;
  nextReview: string | null;
  sources: { title: string; url: string }[];
  relatedGuides: GuideLink[];
  topic: GuideTopic;
  updatedAt: string;
}

export interface GuideSummary {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  locale: Locale;
  topic: GuideTopic;
}

/** Solution-bank fields; present only on entries read for an agent. */
export interface ServiceEntryAgentFields {
  agentInstructions: string | null;
  internalPhones: { label: string; number: string; note: string | null }[];
  extraKeywords: string[];
  instructions: { id: string; slug: string; title: string; category: string | null }[];
  protocols: { id: string; code: string; version: number; complaint: string }[];
  queue: { code: string; name: string } | null;
}

export interface ServiceEntry {
  id: string;
  slug: string;
  locale: Locale;
  source: 'ptv' | 'local' | null;
  ptvId: string | null;
  name: string;
  summary: string | null;
  description: string | null;
  userInstruction: string | null;
  organizationName: string | null;
  serviceClasses: string[];
  targetGroups: string[];
  keywords: string[];
  regions: { code: string; name: string }[];
  municipalityCodes: string[];
  channels: {
    phones: {
      name: string | null;
      number: string;
      prefixNumber: string | null;
      chargeType: 'free' | 'charged' | 'other' | null;
      chargeInfo: string | null;
      serviceHours: string | null;
      structuredHours: ServiceHours | null;
    }[];
    webPages: { name: string | null; url: string }[];
    locations: {
      name: string;
      street: string | null;
      postalCode: string | null;
      postOffice: string | null;
      municipalityCode: string | null;
      latitude: number | null;
      longitude: number | null;
      openingHours: string | null;
      structuredHours: ServiceHours | null;
      phone: string | null;
    }[];
    eServices: { name: string; url: string }[];
  };
  guides: GuideLink[];
  updatedAt: string;
  /** `null` unless read for an agent. */
  agent: ServiceEntryAgentFields | null;
}

export interface ContentService extends AgentContentReader {
  selfCareGuide(slug: string, locale: Locale): Promise<SelfCareGuide>;
  guides(locale: Locale): Promise<GuideSummary[]>;
  serviceEntry(role: Role, id: string, locale: Locale): Promise<ServiceEntry>;
}

// ---------------------------------------------------------------------------------------------
// What the CMS sends (Strapi 5 REST, flattened). Parsed leniently: optional text may be null.

/** A guide saved before topics existed (or with a topic since removed from the list) is listed under the default. */
const topic = z
  .enum(GUIDE_TOPICS)
  .nullish()
  .catch(DEFAULT_GUIDE_TOPIC)
  .transform((value) => value ?? DEFAULT_GUIDE_TOPIC);

const GuideLinkSchema = z.object({ slug: z.string().min(1), title: z.string().min(1) });
const SourceSchema = z.object({ title: z.string().min(1), url: z.string().min(1) });

const GuideSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  locale,
  title: z.string(),
  summary: text,
  body: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  whenToSeekCare: strings,
  lastReviewed: text,
  nextReview: text,
  sources: list(SourceSchema),
  relatedGuides: list(GuideLinkSchema),
  topic,
  updatedAt: z.string(),
});

const GuideSummarySchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: text,
  locale,
  topic,
});

/** Structured service hours; hours that do not match the schema are left out (the text is still shown). */
const structuredHours = z
  .unknown()
  .transform((v) => (v === null || v === undefined ? null : (ServiceHoursSchema.safeParse(v).data ?? null)));

export const PhoneSchema = z.object({
  name: text,
  number: z.string().min(1),
  prefixNumber: text,
  chargeType: z
    .enum(['free', 'charged', 'other'])
    .nullish()
    .transform((v) => v ?? null),
  chargeInfo: text,
  serviceHours: text,
  structuredHours,
});
export const WebPageSchema = z.object({ name: text, url: z.string().min(1) });
export const LocationSchema = z.object({
  name: z.string().min(1),
  street: text,
  postalCode: text,
  postOffice: text,
  municipalityCode: text,
  latitude: num,
  longitude: num,
  openingHours: text,
  structuredHours,
  phone: text,
});
export const EServiceSchema = z.object({ name: z.string().min(1), url: z.string().min(1) });
const InternalPhoneSchema = z.object({ label: z.string().min(1), number: z.string().min(1), note: text });
const InstructionLinkSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  category: text,
});
const LocalizedTextSchema = z.object({
  fi: z.string(),
  sv: z.string().optional(),
  en: z.string().optional(),
});
const ProtocolLinkSchema = z.object({
  documentId: z.string(),
  code: z.string(),
  version: z.number().int(),
  complaint: LocalizedTextSchema,
});

const ServiceEntrySchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  locale,
  source: z
    .enum(['ptv', 'local'])
    .nullish()
    .transform((v) => v ?? null),
  ptvId: text,
  name: z.string(),
  summary: text,
  description: text,
  userInstruction: text,
  organizationName: text,
  serviceClasses: strings,
  targetGroups: strings,
  keywords: strings,
  regions: list(z.object({ code: z.string().min(1), name: z.string() })),
  municipalityCodes: strings,
  ptvStatus: z.string().nullish(),
  phoneChannels: list(PhoneSchema),
  webPages: list(WebPageSchema),
  serviceLocations: list(LocationSchema),
  eServices: list(EServiceSchema),
  guides: list(GuideLinkSchema),
  updatedAt: z.string(),
});

const ServiceEntryAgentSchema = z.object({
  agentInstructions: text,
  extraKeywords: strings,
  internalPhones: list(InternalPhoneSchema),
  instructions: list(InstructionLinkSchema),
  protocols: list(ProtocolLinkSchema),
  queue: z
    .object({ code: z.string(), name: z.string() })
    .nullish()
    .transform((v) => v ?? null),
});

// ---------------------------------------------------------------------------------------------

const PAGE_SIZE = 100;
const MAX_PAGES = 50;

export interface ContentServiceOptions {
  readonly cms: CmsClient;
  readonly cacheTtlMs: number;
  /**
   * The search index generation (the api's index watch), when there is one: cached reads are also dropped when it
   * changes, i.e. once the search indexer applied a content change, instead of only after `cacheTtlMs`.
   */
  readonly generation?: GenerationSource;
}

/** Creates the content service reading published content from the CMS REST API. */
export function createContentService({ cms, cacheTtlMs, generation }: ContentServiceOptions): ContentService {
  // At most 500 reads kept, each for cacheTtlMs or until the search indexes change; not-found answers are not kept.
  const cache = new AnswerCache(500, { ttlMs: cacheTtlMs, generation });
  const cached = async <T>(key: string, load: () => Promise<T>): Promise<T> =>
    (await cache.getOrLoad(key, load)).value;

  async function findGuide(slug: string, locale: Locale): Promise<SelfCareGuide | null> {
    const spec = READ_SPECS.selfCareGuide;
    const raw = await cms.get('self-care-guides', {
      filters: { slug: { $eq: slug } },
      locale,
      status: 'published',
      fields: spec.fields,
      populate: spec.populate,
      pagination: { pageSize: 1 },
    });
    if (raw === null) return null;
    const { items } = parseCms(ListSchema(GuideSchema), raw, 'self-care-guides');
    const doc = items[0];
    if (!doc) return null;
    return {
      id: doc.documentId,
      slug: doc.slug,
      locale: doc.locale,
      title: doc.title,
      summary: doc.summary,
      body: doc.body,
      whenToSeekCare: doc.whenToSeekCare,
      lastReviewed: doc.lastReviewed,
      nextReview: doc.nextReview,
      sources: doc.sources,
      relatedGuides: doc.relatedGuides,
      topic: doc.topic,
      updatedAt: doc.updatedAt,
    };
  }

  async function listGuides(locale: Locale): Promise<GuideSummary[]> {
    const spec = READ_SPECS.guideSummary;
    const out: GuideSummary[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const query: StrapiQuery = {
        locale,
        status: 'published',
        fields: spec.fields,
        sort: ['title:asc'],
        pagination: { page, pageSize: PAGE_SIZE },
      };
      const raw = await cms.get('self-care-guides', query);
      if (raw === null) break;
      const { items, pageCount } = parseCms(ListSchema(GuideSummarySchema), raw, 'self-care-guides');
      for (const g of items)
        out.push({
          id: g.documentId,
          slug: g.slug,
          title: g.title,
          summary: g.summary,
          locale: g.locale,
          topic: g.topic,
        });
      if (page >= pageCount) break;
    }
    return out;
  }

  async function findServiceEntry(role: Role, id: string, locale: Locale): Promise<ServiceEntry | null> {
    const pub = READ_SPECS.serviceEntryPublic;
    const extra = READ_SPECS.serviceEntryAgentExtra;
    // A citizen's read names only public attributes, so solution-bank data never leaves the CMS for them.
    const query: StrapiQuery =
      role === 'agent'
        ? {
            locale,
            status: 'published',
            fields: [...pub.fields, ...extra.fields],
            populate: { ...pub.populate, ...extra.populate },
          }
        : { locale, status: 'published', fields: pub.fields, populate: pub.populate };
    const raw = await cms.get(`service-entries/${encodeURIComponent(id)}`, query);
    if (raw === null) return null;
    const data = parseCms(z.object({ data: z.unknown() }), raw, 'service-entries').data;
    if (data === null || data === undefined) return null;
    const e = parseCms(ServiceEntrySchema, data, 'service-entries');
    // The public search index leaves out entries withdrawn or archived in PTV; a citizen who has an id cannot read
    // them either (same rule). Agents still see them, as in their search.
    if (role !== 'agent' && !isPublicPtvStatus(e.ptvStatus)) return null;
    let agent: ServiceEntryAgentFields | null = null;
    if (role === 'agent') {
      const a = parseCms(ServiceEntryAgentSchema, data, 'service-entries (agent fields)');
      agent = {
        agentInstructions: a.agentInstructions,
        extraKeywords: a.extraKeywords,
        internalPhones: a.internalPhones,
        instructions: a.instructions.map((i) => ({
          id: i.documentId,
          slug: i.slug,
          title: i.title,
          category: i.category,
        })),
        protocols: a.protocols.map((p) => ({
          id: p.documentId,
          code: p.code,
          version: p.version,
          complaint: pickText(p.complaint, e.locale),
        })),
        queue: a.queue,
      };
    }
    return {
      id: e.documentId,
      slug: e.slug,
      locale: e.locale,
      source: e.source,
      ptvId: e.ptvId,
      name: e.name,
      summary: e.summary,
      description: e.description,
      userInstruction: e.userInstruction,
      organizationName: e.organizationName,
      serviceClasses: e.serviceClasses,
      targetGroups: e.targetGroups,
      keywords: e.keywords,
      regions: e.regions,
      municipalityCodes: e.municipalityCodes,
      channels: {
        phones: e.phoneChannels,
        webPages: e.webPages,
        locations: e.serviceLocations,
        eServices: e.eServices,
      },
      guides: e.guides,
      updatedAt: e.updatedAt,
      agent,
    };
  }

  return {
    ...createAgentContentReader(cms, cached),
    async selfCareGuide(slug, locale) {
      if (slug.length > 120 || !SLUG_PATTERN.test(slug)) {
        throw new DomainError(
          'VALIDATION_FAILED',
          'slug must be kebab-case: lowercase letters and digits separated by single dashes',
          {
            details: { field: 'slug' },
          },
        );
      }
      const guide = await cached(`guide:${locale}:${slug}`, async () => {
        const found = await findGuide(slug, locale);
        if (found || locale === DEFAULT_LOCALE) return found;
        return findGuide(slug, DEFAULT_LOCALE);
      });
      if (!guide) {
        throw new DomainError('NOT_FOUND', 'No published self-care guide has this slug.', {
          details: { field: 'slug', slug },
        });
      }
      return guide;
    },

    guides(locale) {
      return cached(`guides:${locale}`, async () => {
        const own = await listGuides(locale);
        if (locale === DEFAULT_LOCALE) return own;
        // Guides not yet translated are listed in Finnish, the same fallback selfCareGuide uses.
        const have = new Set(own.map((g) => g.slug));
        const finnish = (await listGuides(DEFAULT_LOCALE)).filter((g) => !have.has(g.slug));
        return [...own, ...finnish].sort((a, b) => a.title.localeCompare(b.title, locale));
      });
    },

    async serviceEntry(role, id, locale) {
      assertDocumentId(id);
      // The cache key carries the role: an agent's read (with solution-bank fields) is never served to a citizen.
      const entry = await cached(`service:${role}:${locale}:${id}`, async () => {
        const found = await findServiceEntry(role, id, locale);
        if (found || locale === DEFAULT_LOCALE) return found;
        return findServiceEntry(role, id, DEFAULT_LOCALE);
      });
      if (!entry) {
        throw new DomainError('NOT_FOUND', 'No published service entry has this id.', {
          details: { field: 'id', id },
        });
      }
      return entry;
    },
  };
}
