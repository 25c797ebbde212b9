/**
 * The shape of the sample content the seed runner writes (`seedContent` from `./content/index.ts`).
 *
 * Each list holds items in the shape its content file defines; relations are given by natural key
 * (`regionCodes`, `queueCode`, `guideSlugs`, `instructionSlugs`, `protocolCodes`, `relatedGuideSlugs`,
 * `regionCode`). A localized type's text is `LocalizedText`-like per field (or per-locale objects for
 * guides); the adapters in `plan.ts` turn each item into one Strapi document per locale.
 */
import type { SelfCareGuideSeed } from './content/guides';
import type { InstructionSeed } from './content/instructions';
import type { TriageProtocolSeed } from './content/protocols';
import type { QueueSeed } from './content/queues';
import type { ContactReasonSeed } from './content/reasons';
import type { RegionSeed } from './content/regions';
import type { ServiceSeed } from './content/services';
import type { SearchSynonymSeed } from './content/synonyms';
import type { ClickbotTreeSeed } from './content/trees';

export type {
  ClickbotTreeSeed,
  ContactReasonSeed,
  InstructionSeed,
  QueueSeed,
  RegionSeed,
  SearchSynonymSeed,
  SelfCareGuideSeed,
  ServiceSeed,
  TriageProtocolSeed,
};

/** Everything the seed runner writes. */
export interface SeedContent {
  regions: RegionSeed[];
  queues: QueueSeed[];
  services: ServiceSeed[];
  instructions: InstructionSeed[];
  guides: SelfCareGuideSeed[];
  protocols: TriageProtocolSeed[];
  trees: ClickbotTreeSeed[];
  synonyms: SearchSynonymSeed[];
  reasons: ContactReasonSeed[];
}

/** Names of the content lists, in the order the runner writes them (targets of relations first). */
export const SEED_TYPES = [
  'regions',
  'queues',
  'guides',
  'instructions',
  'protocols',
  'services',
  'trees',
  'synonyms',
  'reasons',
] as const;

/** One of {@link SEED_TYPES}. */
export type SeedTypeName = (typeof SEED_TYPES)[number];
