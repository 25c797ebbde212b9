/**
 * Neuvo CMS: Strapi lifecycle hooks.
 *
 * register(): document-service middlewares (they must exist before any document is touched):
 *   the outbox (outermost, so the change and its event share one transaction), the triage protocol rules
 *   and the guard that keeps PTV-owned fields of PTV entries read-only for everyone but the PTV sync.
 * bootstrap(): idempotent setup of everything that is data rather than code — the outbox table, locales,
 *   the first super admin, API tokens with configured values (and none of Strapi's default ones), editorial
 *   roles, locked end-user roles, public registration closed.
 */
import type { Core } from '@strapi/strapi';
import { ensureSuperAdmin } from './bootstrap/admin-user';
import { ensureApiTokens, removeDefaultApiTokens, tokenSpecs } from './bootstrap/api-tokens';
import { ensureLocales } from './bootstrap/locales';
import { closePublicRegistration, lockEndUserRoles } from './bootstrap/public-role';
import { ensureEditorialRoles } from './bootstrap/roles';
import { useDocumentMiddleware } from './document-middleware';
import { getConfig } from './env';
import { createOutboxMiddleware, ensureOutboxTable } from './outbox/outbox';
import { createPtvFieldsGuard } from './ptv/ptv-fields-guard';
import { ensurePtvTables } from './ptv/state';
import { createProtocolRulesMiddleware } from './triage/protocol-rules';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    useDocumentMiddleware(strapi, createOutboxMiddleware(strapi));
    useDocumentMiddleware(strapi, createProtocolRulesMiddleware(strapi));
    useDocumentMiddleware(strapi, createPtvFieldsGuard(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const config = getConfig();
    await ensureOutboxTable(strapi);
    await ensurePtvTables(strapi);
    await ensureLocales(strapi);
    await ensureSuperAdmin(strapi, config.admin);
    await ensureApiTokens(strapi, tokenSpecs(config.tokens));
    await removeDefaultApiTokens(strapi);
    await ensureEditorialRoles(strapi);
    await lockEndUserRoles(strapi);
    await closePublicRegistration(strapi);
  },
};
