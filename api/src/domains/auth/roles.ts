/**
 * Who may do what. Staff sign in with OpenID Connect and hold one or more {@link StaffRole}s (from their
 * provider's claims, `claims.ts`); everyone else is anonymous (a citizen). Resolvers never compare role names:
 * they ask {@link can} for a {@link Permission}, so a new role is one entry in {@link STAFF_ROLES} and one line per
 * permission it gets in {@link PERMISSIONS}.
 *
 * Roles add up: a nurse at the centre is also an agent (their provider sends both). `nurse` is a licensed health
 * care professional: only they may record a care-need assessment (the health care act reserves it to them).
 * `social_counsellor` is a social care professional who initiates service-need assessments and whose unit receives
 * them.
 */

/** Roles a signed-in person can hold. The GraphQL enum `StaffRole` lists the same names. */
export const STAFF_ROLES = ['agent', 'nurse', 'social_counsellor', 'supervisor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What a request may do, each granted to a set of roles. */
export type Permission =
  | 'readAgentContent'
  | 'readSearchReport'
  | 'useWorkspace'
  | 'readContacts'
  | 'writeContacts'
  | 'readContactAudit'
  | 'readOverdue'
  | 'recordTriage'
  | 'initiateServiceNeedAssessment'
  | 'readServiceNeedAssessments'
  | 'readGuideFeedback';

export const PERMISSIONS: Readonly<Record<Permission, readonly StaffRole[]>> = Object.freeze({
  // Instructions, protocols and the solution bank's fields: every front-line role.
  readAgentContent: ['agent', 'nurse', 'social_counsellor', 'supervisor'],
  readSearchReport: ['supervisor'],
  // Citizens' feedback on the self-care guides: the team leads who follow up the content, like the search report.
  readGuideFeedback: ['supervisor'],
  // The contact log: every front-line role logs contacts and reads them (each read of a person is audited).
  readContacts: ['agent', 'nurse', 'social_counsellor', 'supervisor'],
  writeContacts: ['agent', 'nurse', 'social_counsellor', 'supervisor'],
  // A care-need assessment saved on a contact: licensed health care professionals only.
  recordTriage: ['nurse'],
  // Initiating a social-care service-need assessment, and the receiving unit starting it: social care professionals.
  initiateServiceNeedAssessment: ['social_counsellor'],
  // The receiving units' pending lists: social care professionals and team leads.
  readServiceNeedAssessments: ['social_counsellor', 'supervisor'],
  // Who read whose data: team leads only.
  readContactAudit: ['supervisor'],
  // Favourites and "changed since you last opened it": every signed-in role.
  useWorkspace: ['agent', 'nurse', 'social_counsellor', 'supervisor'],
  // What is overdue in a region (contacts, call-backs, service-need assessments past their legal deadline).
  readOverdue: ['supervisor'],
});

/** A signed-in person as the api knows them from their session. No personal identity code, ever. */
export interface StaffIdentity {
  /** The provider's stable subject identifier (`sub`). */
  readonly subject: string;
  readonly name: string;
  readonly roles: readonly StaffRole[];
  /** Home region code (the region claim), if the provider sends one. */
  readonly homeRegion: string | null;
}

/** The caller of one request. */
export type Viewer =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'staff'; readonly identity: StaffIdentity; readonly sessionId: string };

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });

/** True when the viewer holds a role that has the permission. Anonymous viewers have none. */
export function can(viewer: Viewer, permission: Permission): boolean {
  if (viewer.kind !== 'staff') return false;
  const allowed = PERMISSIONS[permission];
  return viewer.identity.roles.some((role) => allowed.includes(role));
}

/** Parses a role name from configuration; `undefined` for anything that is not a {@link StaffRole}. */
export function parseStaffRole(value: string): StaffRole | undefined {
  return (STAFF_ROLES as readonly string[]).includes(value) ? (value as StaffRole) : undefined;
}
