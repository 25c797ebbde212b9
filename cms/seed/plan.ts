/**
 * Adapters from the sample content files to Strapi documents: for each item, its natural key, one data
 * object per locale (every field of the content type except relations) and its relations by natural key.
 * Locale rules follow the content files: a localized item exists in a locale when its required text has
 * that locale; optional texts missing in a locale are left empty, channel texts fall back to Finnish.
 */
import {
  clickbotTree,
  contactReason,
  LOCALES,
  professionalInstruction,
  region,
  searchSynonym,
  selfCareGuide,
  serviceEntry,
  serviceQueue,
  triageProtocol,
  type AnyContentType,
  type Locale,
} from '@neuvo/content-models';
import type { SeedContent, SeedTypeName } from './types';

type Localized<T> = { fi: T; sv?: T; en?: T };
type Data = Record<string, unknown>;

/** Relation field → target list and natural keys (one key at most for to-one relations). */
export interface RelationSpec {
  readonly target: SeedTypeName;
  readonly keys: readonly string[];
}

/** One language version (locale null: the type is not localized). */
export interface SeedVersion {
  readonly locale: Locale | null;
  readonly data: Data;
}

/** One document to write. */
export interface SeedDoc {
  readonly key: string;
  readonly versions: readonly SeedVersion[];
  readonly relations: Readonly<Record<string, RelationSpec>>;
}

/** How one content list maps to one Strapi content type. */
export interface TypeSpec {
  readonly name: SeedTypeName;
  readonly contentType: AnyContentType;
  /** Fields that make up the natural key (requested when listing existing documents). */
  readonly keyFields: readonly string[];
  /** Natural key of a document as the REST API returns it. */
  keyOf(doc: Data): string;
  docs(content: SeedContent): SeedDoc[];
}

/** Locales present in `text`, Finnish first. */
function localesOf(text: Localized<unknown> | undefined | null): Locale[] {
  return LOCALES.filter((locale) => text?.[locale] !== undefined && text?.[locale] !== null);
}

/** The text in `locale`, or null. */
const exact = <T>(text: Localized<T> | undefined | null, locale: Locale): T | null => text?.[locale] ?? null;
/** The text in `locale`, else Finnish (for lists that must look the same in every locale). */
const orFinnish = <T>(text: Localized<T> | undefined | null, locale: Locale): T | null =>
  text?.[locale] ?? text?.fi ?? null;

const protocolKey = (code: unknown, version: unknown) => `${String(code)}@v${String(version)}`;

/** The key of the highest version of each protocol code (what a service's `protocolCodes` points to). */
function latestProtocolKeys(content: SeedContent): Map<string, string> {
  const latest = new Map<string, number>();
  for (const p of content.protocols) latest.set(p.code, Math.max(latest.get(p.code) ?? 0, p.version));
  return new Map([...latest].map(([code, version]) => [code, protocolKey(code, version)]));
}

export const TYPE_SPECS: readonly TypeSpec[] = [
  {
    name: 'regions',
    contentType: region,
    keyFields: ['code'],
    keyOf: (doc) => String(doc.code),
    docs: (content) =>
      content.regions.map((item) => ({
        key: item.code,
        versions: localesOf(item.name).map((locale) => ({
          locale,
          data: {
            code: item.code,
            name: exact(item.name, locale),
            municipalityCodes: item.municipalityCodes,
            ptvOrganizationIds: item.ptvOrganizationIds,
          },
        })),
        relations: {},
      })),
  },
  {
    name: 'queues',
    contentType: serviceQueue,
    keyFields: ['code'],
    keyOf: (doc) => String(doc.code),
    docs: (content) =>
      content.queues.map((item) => ({
        key: item.code,
        versions: localesOf(item.name).map((locale) => ({
          locale,
          data: {
            code: item.code,
            name: exact(item.name, locale),
            professionalGroup: item.professionalGroup,
            channels: item.channels,
            openingHours: item.openingHours,
            strongIdentificationRequired: item.strongIdentificationRequired,
          },
        })),
        relations: { region: { target: 'regions', keys: item.regionCode ? [item.regionCode] : [] } },
      })),
  },
  {
    name: 'guides',
    contentType: selfCareGuide,
    keyFields: ['slug'],
    keyOf: (doc) => String(doc.slug),
    docs: (content) =>
      content.guides.map((item) => ({
        key: item.slug,
        versions: localesOf(item.locales).map((locale) => {
          const text = item.locales[locale]!;
          return {
            locale,
            data: {
              slug: item.slug,
              topic: item.topic,
              title: text.title,
              summary: text.summary,
              body: text.body,
              whenToSeekCare: text.whenToSeekCare,
              lastReviewed: item.lastReviewed,
              nextReview: item.nextReview,
              sources: item.sources,
            },
          };
        }),
        relations: { relatedGuides: { target: 'guides', keys: item.relatedGuideSlugs } },
      })),
  },
  {
    name: 'instructions',
    contentType: professionalInstruction,
    keyFields: ['slug'],
    keyOf: (doc) => String(doc.slug),
    docs: (content) =>
      content.instructions.map((item) => ({
        key: item.slug,
        versions: localesOf(item.title)
          .filter((locale) => item.body[locale] !== undefined)
          .map((locale) => ({
            locale,
            data: {
              slug: item.slug,
              title: exact(item.title, locale),
              body: exact(item.body, locale),
              category: item.category,
              audience: item.audience,
              owner: item.owner,
              reviewBy: item.reviewBy,
            },
          })),
        relations: { regions: { target: 'regions', keys: item.regionCodes } },
      })),
  },
  {
    name: 'protocols',
    contentType: triageProtocol,
    keyFields: ['code', 'version'],
    keyOf: (doc) => protocolKey(doc.code, doc.version),
    docs: (content) =>
      content.protocols.map((item) => ({
        key: protocolKey(item.code, item.version),
        versions: [{ locale: null, data: { ...item } }],
        relations: {},
      })),
  },
  {
    name: 'services',
    contentType: serviceEntry,
    keyFields: ['slug'],
    keyOf: (doc) => String(doc.slug),
    docs: (content) => {
      const protocols = latestProtocolKeys(content);
      return content.services.map((item) => ({
        key: item.slug,
        versions: localesOf(item.name).map((locale) => ({
          locale,
          data: {
            slug: item.slug,
            ptvId: item.ptvId,
            source: item.source,
            ptvStatus: item.ptvStatus,
            name: exact(item.name, locale),
            summary: exact(item.summary, locale),
            description: exact(item.description, locale),
            userInstruction: exact(item.userInstruction, locale),
            organizationName: exact(item.organizationName, locale),
            serviceClasses: exact(item.serviceClasses, locale),
            targetGroups: exact(item.targetGroups, locale),
            keywords: exact(item.keywords, locale),
            municipalityCodes: item.municipalityCodes,
            phoneChannels: item.phoneChannels.map((c) => ({
              name: orFinnish(c.name, locale),
              number: c.number,
              prefixNumber: c.prefixNumber ?? null,
              chargeType: c.chargeType,
              chargeInfo: orFinnish(c.chargeInfo, locale),
              serviceHours: orFinnish(c.serviceHours, locale),
              structuredHours: c.structuredHours ?? null,
            })),
            webPages: item.webPages.map((w) => ({ name: orFinnish(w.name, locale), url: w.url })),
            serviceLocations: item.serviceLocations.map((s) => ({
              name: orFinnish(s.name, locale),
              street: orFinnish(s.street, locale),
              postalCode: s.postalCode,
              postOffice: orFinnish(s.postOffice, locale),
              municipalityCode: s.municipalityCode,
              latitude: s.latitude,
              longitude: s.longitude,
              openingHours: orFinnish(s.openingHours, locale),
              structuredHours: s.structuredHours ?? null,
              phone: s.phone ?? null,
            })),
            eServices: item.eServices.map((e) => ({ name: orFinnish(e.name, locale), url: e.url })),
            agentInstructions: exact(item.agentInstructions, locale),
            internalPhones: item.internalPhones.map((p) => ({
              label: orFinnish(p.label, locale),
              number: p.number,
              note: orFinnish(p.note, locale),
            })),
            extraKeywords: exact(item.extraKeywords, locale),
          },
        })),
        relations: {
          regions: { target: 'regions', keys: item.regionCodes },
          instructions: { target: 'instructions', keys: item.instructionSlugs },
          guides: { target: 'guides', keys: item.guideSlugs },
          // A code without any protocol in the content is kept as is, so validation reports it.
          protocols: {
            target: 'protocols',
            keys: item.protocolCodes.map((code) => protocols.get(code) ?? code),
          },
          queue: { target: 'queues', keys: item.queueCode ? [item.queueCode] : [] },
        },
      }));
    },
  },
  {
    name: 'trees',
    contentType: clickbotTree,
    keyFields: ['code'],
    keyOf: (doc) => String(doc.code),
    docs: (content) =>
      content.trees.map(({ regionCode, ...data }) => ({
        key: data.code,
        versions: [{ locale: null, data }],
        relations: { region: { target: 'regions', keys: regionCode ? [regionCode] : [] } },
      })),
  },
  {
    name: 'synonyms',
    contentType: searchSynonym,
    keyFields: ['name'],
    keyOf: (doc) => String(doc.name),
    docs: (content) =>
      content.synonyms.map((item) => ({
        key: item.name,
        versions: localesOf(item.terms).map((locale) => ({
          locale,
          data: { name: item.name, terms: exact(item.terms, locale) },
        })),
        relations: {},
      })),
  },
  {
    name: 'reasons',
    contentType: contactReason,
    keyFields: ['code'],
    keyOf: (doc) => String(doc.code),
    docs: (content) =>
      content.reasons.map((item) => ({
        key: item.code,
        versions: localesOf(item.label).map((locale) => ({
          locale,
          data: {
            code: item.code,
            label: exact(item.label, locale),
            description: exact(item.description, locale),
            sortOrder: item.sortOrder,
          },
        })),
        relations: {},
      })),
  },
];
