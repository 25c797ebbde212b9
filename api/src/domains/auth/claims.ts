import { parseStaffRole, STAFF_ROLES, type StaffIdentity, type StaffRole } from './roles.js';

/** How the provider's claims become a {@link StaffIdentity} (`OIDC_*_CLAIM`, `OIDC_ROLE_MAP`). */
export interface ClaimMapping {
  readonly roleClaim: string;
  /** The provider's role or group value → the Neuvo role it grants. */
  readonly roleMap: ReadonlyMap<string, StaffRole>;
  readonly regionClaim: string;
  readonly nameClaim: string;
}

/**
 * Parses `OIDC_ROLE_MAP`: `role=value[|value…],…`, e.g. `agent=neuvo-agent,supervisor=neuvo-supervisor`
 * (Entra ID app roles or group names). Returns the problems found instead of throwing, for the config's message.
 */
export function parseRoleMap(raw: string): { map: Map<string, StaffRole>; problems: string[] } {
  const map = new Map<string, StaffRole>();
  const problems: string[] = [];
  for (const part of raw
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const at = part.indexOf('=');
    const role = parseStaffRole(part.slice(0, at).trim());
    const values = part
      .slice(at + 1)
      .split('|')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (at < 1 || role === undefined || values.length === 0) {
      problems.push(
        `OIDC_ROLE_MAP must look like agent=neuvo-agent,supervisor=neuvo-supervisor (roles: ${STAFF_ROLES.join(', ')})`,
      );
      continue;
    }
    for (const value of values) map.set(value, role);
  }
  if (map.size === 0 && problems.length === 0) problems.push('OIDC_ROLE_MAP maps no role');
  return { map, problems };
}

const asStrings = (value: unknown): string[] =>
  typeof value === 'string'
    ? value.split(/[\s,]+/).filter((v) => v !== '')
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];

/**
 * The identity in a verified ID token's claims, or `null` when the person holds no Neuvo role (they may not
 * sign in). Only the subject, name, roles and home region are kept: nothing else of the token is stored.
 */
export function identityFromClaims(
  claims: Record<string, unknown>,
  mapping: ClaimMapping,
): StaffIdentity | null {
  const subject = claims['sub'];
  if (typeof subject !== 'string' || subject === '') return null;
  const roles = new Set<StaffRole>();
  for (const value of asStrings(claims[mapping.roleClaim])) {
    const role = mapping.roleMap.get(value);
    if (role) roles.add(role);
  }
  if (roles.size === 0) return null;
  const name = claims[mapping.nameClaim];
  const region = claims[mapping.regionClaim];
  return {
    subject,
    name: typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 200) : subject,
    // In the order of STAFF_ROLES, so the same person always gets the same list.
    roles: STAFF_ROLES.filter((r) => roles.has(r)),
    homeRegion: typeof region === 'string' && region.trim() !== '' ? region.trim().slice(0, 64) : null,
  };
}
