import type { Logger } from '@neuvo/node-kit';
import type { SearchAnalytics } from './domains/analytics/service.js';
import type { ContentService } from './domains/content/service.js';
import type { RegionService } from './domains/regions/service.js';
import type { LocalHelpService } from './domains/local-help/service.js';
import type { SearchService } from './domains/search/service.js';
import type { WorkspaceStore } from './domains/workspace/store.js';

import type { CaseworkService } from './domains/casework/service.js';
import type { ContactService } from './domains/contacts/service.js';
import type { ReasonCategoryService } from './domains/contacts/reason-categories.js';
import type { TriageService } from './domains/triage/service.js';
import type { FeedbackService } from './domains/feedback/service.js';
import type { GuideViewService } from './domains/guide-views/service.js';
import { can, type Viewer } from './domains/auth/roles.js';

/**
 * Which content a request may see: `agent` (agent-only instructions, protocols, solution-bank fields and the
 * agent search indexes) for a signed-in person whose roles grant `readAgentContent`, otherwise `citizen`. The
 * search and content services take only this, so they need not know the roles.
 */
export type Role = 'citizen' | 'agent';

/** The content audience of a viewer (see {@link Role}). */
export const contentRoleOf = (viewer: Viewer): Role =>
  can(viewer, 'readAgentContent') ? 'agent' : 'citizen';

/** Per-request GraphQL context. */
export interface ApiContext {
  /** Derived from {@link ApiContext.viewer} with {@link contentRoleOf}. */
  readonly role: Role;
  /** Who is counted by the rate limits: an IP address, or a signed-in person's subject digest and IP address. */
  readonly client: string;
  /** Who is asking: anonymous, or a signed-in staff member with roles. Resolvers ask `can(viewer, …)`. */
  readonly viewer: Viewer;
  readonly requestId: string;
  readonly services: Services;
}

/** Domain services shared by all requests. */
export interface Services {
  readonly search: SearchService;
  readonly content: ContentService;
  readonly regions: RegionService;
  /** Local help on the public site: a guide's services in one county. */
  readonly localHelp: LocalHelpService;
  readonly analytics: SearchAnalytics;
  readonly contacts: ContactService;
  /** The contact log's reason categories (a code list in the CMS). */
  readonly reasonCategories: ReasonCategoryService;
  /** Each signed-in staff member's favourites and last-opened documents. */
  readonly workspace: WorkspaceStore;
  readonly casework: CaseworkService;
  /** Care-need assessments saved on contacts. */
  readonly triage: TriageService;
  /** Citizens' feedback on guide pages. */
  readonly feedback: FeedbackService;
  /** Guide page view counters and the most read guides. */
  readonly guideViews: GuideViewService;
  readonly logger: Logger;
}
