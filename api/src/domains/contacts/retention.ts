import type { Logger } from '@neuvo/node-kit';
import type { IdentityCrypto } from './identity-crypto.js';
import { IDENTITY_TABLES, type ContactStore, type IdentityTable } from './store.js';

const DAY_MS = 86_400_000;

/** What one run of the contact log's upkeep did. */
export interface ContactUpkeepResult {
  /** Contacts deleted for their age (their audit events stay). */
  readonly deleted: number;
  /** Contacts started before this instant were deleted. */
  readonly before: string;
  /** Identity codes re-encrypted with the current key (key rotation). */
  readonly reencrypted: number;
}

export interface ContactUpkeep {
  /** One run now (a run already going is joined). Never throws: failures are logged and the next run tries again. */
  run(): Promise<ContactUpkeepResult>;
  /** Stops the timer and waits for a running run, which stops after its current batch. */
  stop(): Promise<void>;
}

export interface ContactUpkeepOptions {
  readonly store: ContactStore;
  readonly crypto: IdentityCrypto;
  readonly logger: Logger;
  /** Contacts that started longer ago than this are deleted. */
  readonly retentionDays: number;
  /** Between runs (default one day). The first run starts at once. */
  readonly intervalMs?: number;
  /** Rows per statement (default 1000 deletes, a tenth of that re-encrypted). */
  readonly batchSize?: number;
  readonly now?: () => number;
}

/**
 * Keeps the contact log within its retention and its identity codes under the current key: deletes contacts older
 * than `retentionDays` (the audit trail of reads is kept), then re-encrypts codes still under an older key, so that
 * key can be removed from the configuration afterwards. At start, then every `intervalMs` on a timer that does not
 * keep the process alive; bounded batches with a turn of the event loop between them.
 */
export function startContactUpkeep(options: ContactUpkeepOptions): ContactUpkeep {
  const { store, crypto, logger, retentionDays } = options;
  const intervalMs = options.intervalMs ?? DAY_MS;
  const batchSize = options.batchSize ?? 1000;
  const now = options.now ?? Date.now;
  let running: Promise<ContactUpkeepResult> | undefined;
  let stopped = false;
  const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));

  const logFailure = (event: string, error: unknown) => {
    const e = error as { name?: unknown; code?: unknown } | null;
    // Driver messages may quote values; only the class and the SQL state code are logged.
    logger.error(event, {
      errorName: typeof e?.name === 'string' ? e.name : typeof error,
      ...(typeof e?.code === 'string' ? { dbCode: e.code } : {}),
    });
  };

  async function purge(before: string): Promise<number> {
    let deleted = 0;
    try {
      while (!stopped) {
        const n = await store.deleteContactsBefore(before, batchSize);
        deleted += n;
        if (n < batchSize) break;
        await yieldTurn();
      }
    } catch (error) {
      logFailure('contacts_purge_failed', error);
    }
    return deleted;
  }

  async function reencrypt(table: IdentityTable): Promise<number> {
    let done = 0;
    const size = Math.max(1, Math.floor(batchSize / 10));
    try {
      while (!stopped) {
        const rows = await store.identitiesWithOtherKey(table, crypto.currentKeyId, size);
        let changed = 0;
        for (const row of rows) {
          if (row.identity_cipher === null || row.identity_key_id === null) continue;
          let code: string;
          try {
            code = crypto.open({ keyId: row.identity_key_id, cipher: row.identity_cipher }, row.id);
          } catch {
            // A key no longer configured: this row cannot be re-encrypted (logged by id only) and is skipped.
            logger.error('contact_identity_unreadable', { table, id: row.id, keyId: row.identity_key_id });
            continue;
          }
          const sealed = crypto.seal(code, row.id);
          if (
            await store.replaceIdentityCipher(table, row.id, row.identity_cipher, sealed.keyId, sealed.cipher)
          )
            changed++;
        }
        done += changed;
        // Stop when nothing more could be done (what is left is unreadable), not only when nothing is left.
        if (rows.length < size || changed === 0) break;
        await yieldTurn();
      }
    } catch (error) {
      logFailure('contacts_reencrypt_failed', error);
    }
    return done;
  }

  async function once(): Promise<ContactUpkeepResult> {
    const before = new Date(now() - retentionDays * DAY_MS).toISOString();
    const deleted = await purge(before);
    let reencrypted = 0;
    // The service-need assessments initiated from contacts hold identity codes under the same keys.
    for (const table of IDENTITY_TABLES) reencrypted += await reencrypt(table);
    if (deleted > 0 || reencrypted > 0)
      logger.info('contacts_upkeep', { deleted, reencrypted, retentionDays, keyId: crypto.currentKeyId });
    return { deleted, before, reencrypted };
  }

  function run(): Promise<ContactUpkeepResult> {
    running ??= once().finally(() => {
      running = undefined;
    });
    return running;
  }

  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  void run();

  return {
    run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
