import { DomainError } from '../../models.js';
import { can, type Permission, type StaffIdentity, type Viewer } from './roles.js';

/**
 * The check of a staff-only operation: UNAUTHENTICATED for a caller who is not signed in (the portal then offers
 * sign-in), FORBIDDEN for a signed-in person whose roles lack `permission`. Returns the caller's identity.
 */
export function requireStaff(viewer: Viewer, permission: Permission): StaffIdentity {
  if (viewer.kind !== 'staff') throw new DomainError('UNAUTHENTICATED', 'Sign in to use this.');
  if (!can(viewer, permission)) throw new DomainError('FORBIDDEN', 'Your roles do not allow this.');
  return viewer.identity;
}
