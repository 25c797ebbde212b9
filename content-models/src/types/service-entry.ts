import { z } from 'zod';
import { eService, internalPhone, phoneChannel, serviceLocation, webPage } from '../components/channels.js';
import {
  datetime,
  defineContentType,
  enumeration,
  json,
  manyToMany,
  manyToOne,
  repeatableComponent,
  richtext,
  string,
  text,
} from '../dsl/index.js';
import { MunicipalityCodeSchema, SLUG_PATTERN, StringListSchema } from '../shared-schemas.js';
import { TEXT_LIMITS } from '../limits.js';

/** Where a service entry comes from. */
export const SERVICE_SOURCES = ['ptv', 'local'] as const;
/** PTV publishing status. */
export const PTV_STATUSES = ['published', 'archived', 'withdrawn'] as const;

/**
 * Whether citizens may see a service entry with this PTV status: only services published in PTV (a local entry has
 * no status and counts as published). Withdrawn and archived ones stay visible to agents. The one rule for the
 * public search index and the api's reads of single entries.
 */
export function isPublicPtvStatus(ptvStatus: unknown): boolean {
  return ptvStatus === undefined || ptvStatus === null || ptvStatus === 'published';
}

/**
 * A service (Patalogi): PTV service catalogue data plus the local, agent-only solution bank
 * (`agentInstructions`, `internalPhones`, `extraKeywords`, `instructions`, `guides`, `protocols`,
 * `queue`) that the PTV sync never touches.
 */
export const serviceEntry = defineContentType({
  singularName: 'service-entry',
  pluralName: 'service-entries',
  displayName: 'Service entry',
  description: 'A service from the PTV catalogue or the local solution bank, with agent-only instructions',
  localized: true,
  fields: {
    // identity
    slug: string({ pattern: SLUG_PATTERN }).required().unique(),
    ptvId: string({
      pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    }),
    source: enumeration(SERVICE_SOURCES).required().default('local'),
    ptvStatus: enumeration(PTV_STATUSES).default('published'),
    ptvSyncedAt: datetime(),
    // PTV-owned text
    name: string({ maxLength: 200 }).required().localized(),
    summary: text({ maxLength: TEXT_LIMITS.summary }).localized(),
    description: text({ maxLength: TEXT_LIMITS.longText }).localized(),
    userInstruction: text({ maxLength: TEXT_LIMITS.longText }).localized(),
    organizationName: string().localized(),
    serviceClasses: json(StringListSchema).localized(),
    targetGroups: json(StringListSchema).localized(),
    keywords: json(StringListSchema).localized(),
    // area
    regions: manyToMany('api::region.region'),
    municipalityCodes: json(z.array(MunicipalityCodeSchema)),
    // channels (PTV)
    phoneChannels: repeatableComponent(phoneChannel).localized(),
    webPages: repeatableComponent(webPage).localized(),
    serviceLocations: repeatableComponent(serviceLocation).localized(),
    eServices: repeatableComponent(eService).localized(),
    // local solution bank, agent-only
    agentInstructions: richtext({ maxLength: TEXT_LIMITS.markdown }).localized(),
    internalPhones: repeatableComponent(internalPhone).localized(),
    extraKeywords: json(StringListSchema).localized(),
    instructions: manyToMany('api::professional-instruction.professional-instruction', {
      inversedBy: 'relatedServices',
    }),
    guides: manyToMany('api::self-care-guide.self-care-guide', { inversedBy: 'relatedServices' }),
    protocols: manyToMany('api::triage-protocol.triage-protocol'),
    queue: manyToOne('api::service-queue.service-queue'),
  },
});

/** Fields only agents may see; never in public search docs or citizen GraphQL responses. */
export const SERVICE_ENTRY_AGENT_ONLY_FIELDS = [
  'agentInstructions',
  'internalPhones',
  'extraKeywords',
  'instructions',
  'protocols',
  'queue',
] as const;

/** A service entry document (REST shape). */
export type ServiceEntry = z.infer<typeof serviceEntry.schema>;
/** Writable service entry data. */
export type ServiceEntryData = z.input<typeof serviceEntry.dataSchema>;
