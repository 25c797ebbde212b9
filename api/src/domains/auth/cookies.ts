import type { IncomingMessage } from 'node:http';

/** Cookie values of a request by name (the first of duplicates wins). */
export function readCookies(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(at + 1).trim());
  }
  return cookies;
}

export interface CookieOptions {
  readonly secure: boolean;
  /** Seconds; 0 deletes the cookie. Without it the cookie ends with the browser. */
  readonly maxAgeSeconds?: number;
}

/**
 * A `Set-Cookie` value: always HttpOnly, Path=/ and SameSite=Lax. Lax, not Strict: the provider's redirect back
 * to the callback is a cross-site navigation, and the login cookie must come along with it. Lax still keeps the
 * cookie off cross-site POSTs, so no other site can make a browser send a mutation with it.
 */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (options.secure) parts.push('Secure');
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  return parts.join('; ');
}

/**
 * Cookie names. With Secure cookies the `__Host-` prefix makes browsers refuse one set by a sibling subdomain or
 * without Secure and Path=/; plain http (the embedded default on 127.0.0.1) cannot use the prefix.
 */
export function cookieNames(secure: boolean): { session: string; login: string } {
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}neuvo_session`, login: `${prefix}neuvo_login` };
}
