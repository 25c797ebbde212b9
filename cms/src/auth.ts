/** Who is calling the content API, as far as our policies care. */

interface AuthState {
  auth?: { strategy?: { name?: string }; credentials?: { type?: string } | null };
}

/** True for a request authenticated with a full-access API token (e.g. CMS_WRITE_TOKEN). */
export function isFullAccessToken(state: unknown): boolean {
  const auth = (state as AuthState | undefined)?.auth;
  return (
    (auth?.strategy?.name === 'content-api-token' || auth?.strategy?.name === 'api-token') &&
    auth.credentials?.type === 'full-access'
  );
}
