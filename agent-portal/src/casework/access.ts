/**
 * Who sees which casework screen. The api decides what each role may read and write; these rules only keep the
 * portal from offering screens and buttons that would be refused.
 */
import type { StaffRole } from '@neuvo/graphql-contract';

/** The casework screens with their own address (`#/casework/<screen>`). */
export const CASEWORK_SCREENS = ['pending', 'call-backs', 'overdue', 'audit'] as const;
/** One of {@link CASEWORK_SCREENS}. */
export type CaseworkScreen = (typeof CASEWORK_SCREENS)[number];

const SCREEN_ROLES: Readonly<Record<CaseworkScreen, readonly StaffRole[]>> = {
  pending: ['social_counsellor', 'supervisor'],
  'call-backs': ['agent', 'nurse', 'social_counsellor', 'supervisor'],
  overdue: ['supervisor'],
  audit: ['supervisor'],
};

/** True when someone with these roles may open the screen. */
export function canSeeScreen(roles: readonly StaffRole[], screen: CaseworkScreen): boolean {
  return SCREEN_ROLES[screen].some((role) => roles.includes(role));
}

/** The screens someone with these roles may open, in the order the navigation shows them. */
export function visibleScreens(roles: readonly StaffRole[]): CaseworkScreen[] {
  return CASEWORK_SCREENS.filter((screen) => canSeeScreen(roles, screen));
}

/** Social counsellors initiate and start service-need assessments. */
export function canAssessServiceNeed(roles: readonly StaffRole[]): boolean {
  return roles.includes('social_counsellor');
}
