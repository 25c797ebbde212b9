import { clickbotTree } from './clickbot-tree.js';
import { contactReason } from './contact-reason.js';
import { professionalInstruction } from './professional-instruction.js';
import { region } from './region.js';
import { searchSynonym } from './search-synonym.js';
import { selfCareGuide } from './self-care-guide.js';
import { serviceEntry } from './service-entry.js';
import { serviceQueue } from './service-queue.js';
import { triageProtocol } from './triage-protocol.js';

export * from './clickbot-tree.js';
export * from './contact-reason.js';
export * from './professional-instruction.js';
export * from './region.js';
export * from './search-synonym.js';
export * from './self-care-guide.js';
export * from './service-entry.js';
export * from './service-queue.js';
export * from './triage-protocol.js';

/** Every content type, in a stable order (generation, seeding). */
export const CONTENT_TYPES = [
  region,
  serviceQueue,
  serviceEntry,
  professionalInstruction,
  triageProtocol,
  selfCareGuide,
  clickbotTree,
  searchSynonym,
  contactReason,
] as const;

/** Content types by uid. */
export const CONTENT_TYPES_BY_UID = Object.fromEntries(CONTENT_TYPES.map((t) => [t.uid, t])) as {
  [T in (typeof CONTENT_TYPES)[number] as T['uid']]: T;
};

/** Uid of one of our content types. */
export type ContentTypeUid = (typeof CONTENT_TYPES)[number]['uid'];
