import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { parseStaffRole, type StaffIdentity, type StaffRole } from './roles.js';

/** A login attempt lives this long: the time to type a password at the provider. */
export const LOGIN_ATTEMPT_MS = 10 * 60_000;

/** What the callback needs back from its login attempt. */
export interface LoginAttempt {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
}

/** Staff sessions and login attempts in the operational store, so sign-out and expiry take effect at once. */
export interface SessionStore {
  /**
   * Starts a session; returns its id (the cookie value), which is stored only as a hash. `idToken` is the
   * provider's ID token of the sign-in, kept as the hint for signing out at the provider.
   */
  create(identity: StaffIdentity, idToken?: string | null): Promise<string>;
  /**
   * The identity of a live session, or `null` when the id is unknown, idle longer than the idle limit or past
   * its absolute end (an ended session is deleted). Keeps the session alive (at most one write a minute).
   */
  resolve(sessionId: string): Promise<StaffIdentity | null>;
  /** Ends a session (sign-out); unknown ids are ignored. Returns the session's ID token, if it had one. */
  destroy(sessionId: string): Promise<{ idToken: string | null }>;
  /** Remembers a login attempt; returns its id (the short-lived login cookie's value). */
  saveLoginAttempt(attempt: LoginAttempt): Promise<string>;
  /** Takes a login attempt (single use: it is deleted); `null` when unknown or older than {@link LOGIN_ATTEMPT_MS}. */
  takeLoginAttempt(attemptId: string): Promise<LoginAttempt | null>;
  /** Deletes ended sessions and stale login attempts; returns how many rows went. */
  purgeExpired(): Promise<number>;
}

export interface SessionStoreOptions {
  readonly idleMs: number;
  readonly maxMs: number;
  /** Milliseconds since the epoch; tests move time with it. */
  readonly now?: () => number;
}

/** 32 random bytes, base64url: the value a browser holds. */
const newId = () => randomBytes(32).toString('base64url');
const hashOf = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex');
const iso = (ms: number) => new Date(ms).toISOString();

export function createSessionStore(db: Kysely<Database>, options: SessionStoreOptions): SessionStore {
  const now = options.now ?? Date.now;
  // Refreshing `last_seen_at` on every request would be a write per search; a minute of slack is harmless.
  const touchEveryMs = Math.min(60_000, Math.floor(options.idleMs / 10));

  return {
    async create(identity, idToken = null) {
      const id = newId();
      const at = now();
      await db
        .insertInto('api_sessions')
        .values({
          id_hash: hashOf(id),
          subject: identity.subject,
          name: identity.name,
          roles: identity.roles.join(','),
          home_region: identity.homeRegion,
          created_at: iso(at),
          last_seen_at: iso(at),
          expires_at: iso(at + options.maxMs),
          id_token: idToken,
        })
        .execute();
      return id;
    },

    async resolve(sessionId) {
      if (sessionId === '' || sessionId.length > 128) return null;
      const idHash = hashOf(sessionId);
      const row = await db
        .selectFrom('api_sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      if (!row) return null;
      const at = now();
      const lastSeen = Date.parse(row.last_seen_at);
      if (at >= Date.parse(row.expires_at) || at - lastSeen >= options.idleMs) {
        await db.deleteFrom('api_sessions').where('id_hash', '=', idHash).execute();
        return null;
      }
      if (at - lastSeen >= touchEveryMs) {
        await db
          .updateTable('api_sessions')
          .set({ last_seen_at: iso(at) })
          .where('id_hash', '=', idHash)
          .execute();
      }
      return {
        subject: row.subject,
        name: row.name,
        roles: row.roles
          .split(',')
          .map(parseStaffRole)
          .filter((r): r is StaffRole => r !== undefined),
        homeRegion: row.home_region,
      };
    },

    async destroy(sessionId) {
      const row = await db
        .deleteFrom('api_sessions')
        .where('id_hash', '=', hashOf(sessionId))
        .returning('id_token')
        .executeTakeFirst();
      return { idToken: row?.id_token ?? null };
    },

    async saveLoginAttempt(attempt) {
      const id = newId();
      await db
        .insertInto('api_login_attempts')
        .values({
          id_hash: hashOf(id),
          state: attempt.state,
          nonce: attempt.nonce,
          code_verifier: attempt.codeVerifier,
          return_to: attempt.returnTo,
          expires_at: iso(now() + LOGIN_ATTEMPT_MS),
        })
        .execute();
      return id;
    },

    async takeLoginAttempt(attemptId) {
      if (attemptId === '' || attemptId.length > 128) return null;
      const idHash = hashOf(attemptId);
      // Delete first and use what was deleted: two callbacks racing with one attempt cannot both get it.
      const row = await db
        .deleteFrom('api_login_attempts')
        .where('id_hash', '=', idHash)
        .returningAll()
        .executeTakeFirst();
      if (!row || now() >= Date.parse(row.expires_at)) return null;
      return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
    },

    async purgeExpired() {
      const at = iso(now());
      const idleBefore = iso(now() - options.idleMs);
      const sessions = await db
        .deleteFrom('api_sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', at), eb('last_seen_at', '<=', idleBefore)]))
        .executeTakeFirst();
      const attempts = await db
        .deleteFrom('api_login_attempts')
        .where('expires_at', '<=', at)
        .executeTakeFirst();
      return Number(sessions.numDeletedRows) + Number(attempts.numDeletedRows);
    },
  };
}
