/**
 * How the api tells the agent portal why the sign-in screen is shown: the `signin` parameter of the portal URL it
 * sends the browser back to. The same URL, with `signed-out`, is the one registered at the identity provider as
 * where a sign-out returns.
 */

/** The portal URL parameter that carries a {@link SignInOutcome}. */
export const SIGN_IN_OUTCOME_PARAM = 'signin';

/**
 * `failed`: the provider refused or the answer did not verify; `no-role`: signed in at the provider but holds no
 * Neuvo role; `signed-out`: back from signing out at the provider.
 */
export const SIGN_IN_OUTCOMES = ['failed', 'no-role', 'signed-out'] as const;
export type SignInOutcome = (typeof SIGN_IN_OUTCOMES)[number];

/** Where the provider sends the browser after a sign-out: the portal's front page, saying so. */
export function postLogoutRedirectUrl(portalOrigin: string): string {
  return `${portalOrigin}/?${SIGN_IN_OUTCOME_PARAM}=signed-out`;
}

/** The outcome a {@link SIGN_IN_OUTCOME_PARAM} value names; `null` for none, `failed` for an unknown value. */
export function parseSignInOutcome(value: string | null): SignInOutcome | null {
  if (value === null) return null;
  return (SIGN_IN_OUTCOMES as readonly string[]).includes(value) ? (value as SignInOutcome) : 'failed';
}
