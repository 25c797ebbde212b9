/**
 * API tokens whose values are given by the environment (CMS_WRITE_TOKEN, CMS_READ_TOKEN), so the values in
 * `.env` authenticate without anyone copying tokens out of the admin panel.
 *
 * Strapi stores only HMAC(salt, value) of a token (the api-token service's `hash`), plus the value
 * encrypted with ENCRYPTION_KEY for the admin's "view token". We create the token through the service (so
 * it is a normal token in the admin UI) and then set those two columns for our value. Idempotent: a
 * restart with the same value writes nothing; a changed value replaces the stored hash.
 */
import type { Core } from '@strapi/strapi';

export interface TokenSpec {
  readonly name: string;
  readonly description: string;
  readonly type: 'full-access' | 'read-only';
  /** Environment variable holding the value (for messages). */
  readonly variable: string;
  readonly value: string | undefined;
}

export function tokenSpecs(tokens: {
  readonly write: string | undefined;
  readonly read: string | undefined;
}): TokenSpec[] {
  return [
    {
      name: 'neuvo-write',
      description: 'Full access for the seed runner and the search indexer (value: CMS_WRITE_TOKEN)',
      type: 'full-access',
      variable: 'CMS_WRITE_TOKEN',
      value: tokens.write,
    },
    {
      name: 'neuvo-read',
      description: 'Read-only access for the api (value: CMS_READ_TOKEN)',
      type: 'read-only',
      variable: 'CMS_READ_TOKEN',
      value: tokens.read,
    },
  ];
}

export async function ensureApiTokens(strapi: Core.Strapi, specs: readonly TokenSpec[]): Promise<void> {
  const service = strapi.service('admin::api-token-content-api');
  const encryption = strapi.service('admin::encryption');
  for (const spec of specs) {
    if (!spec.value) {
      strapi.log.warn(`[neuvo] ${spec.variable} is not set: API token ${spec.name} is not managed`);
      continue;
    }
    let token = await service.getByName(spec.name);
    if (!token) {
      token = await service.create({
        name: spec.name,
        description: spec.description,
        type: spec.type,
        lifespan: null,
      });
      strapi.log.info(`[neuvo] created API token ${spec.name}`);
    } else if (token.type !== spec.type) {
      await service.update(token.id, { type: spec.type });
    }
    const accessKey = service.hash(spec.value);
    const stored = await strapi.db
      .query('admin::api-token')
      .findOne({ where: { id: token.id }, select: ['id', 'accessKey'] });
    if (stored?.accessKey !== accessKey) {
      await strapi.db.query('admin::api-token').update({
        where: { id: token.id },
        data: { accessKey, encryptedKey: encryption.encrypt(spec.value) },
      });
      strapi.log.info(`[neuvo] API token ${spec.name} now matches its configured value`);
    }
  }
}

/**
 * The API tokens Strapi creates on a first start ("Read Only" and "Full Access", never expiring, readable in the
 * admin panel). Nothing of ours uses them: the platform's tokens are the ones in {@link tokenSpecs}.
 */
export const STRAPI_DEFAULT_TOKEN_NAMES = ['Read Only', 'Full Access'] as const;

/** Deletes Strapi's default API tokens (see {@link STRAPI_DEFAULT_TOKEN_NAMES}); idempotent. */
export async function removeDefaultApiTokens(strapi: Core.Strapi): Promise<void> {
  const service = strapi.service('admin::api-token-content-api');
  for (const name of STRAPI_DEFAULT_TOKEN_NAMES) {
    const token = await service.getByName(name);
    if (!token) continue;
    // revoke() also deletes the token's permissions.
    await service.revoke(token.id);
    strapi.log.info(`[neuvo] deleted Strapi's default API token "${name}"`);
  }
}
