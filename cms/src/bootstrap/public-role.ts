/**
 * End-user roles of the users-permissions plugin (public, authenticated) get no access to our content
 * API: content is read by the api with an API token, never directly by browsers. Removes any `api::`
 * permission someone granted in the admin panel. Idempotent.
 */
import type { Core } from '@strapi/strapi';

export async function lockEndUserRoles(strapi: Core.Strapi): Promise<void> {
  const roles = await strapi.db
    .query('plugin::users-permissions.role')
    .findMany({ where: { type: { $in: ['public', 'authenticated'] } }, select: ['id', 'type'] });
  for (const role of roles) {
    const { count } = await strapi.db
      .query('plugin::users-permissions.permission')
      .deleteMany({ where: { role: { id: role.id }, action: { $startsWith: 'api::' } } });
    if (count > 0)
      strapi.log.warn(`[neuvo] removed ${count} content API permission(s) from the ${role.type} role`);
  }
}

/**
 * Nobody signs up to the CMS: editors are admin users, and content is read with API tokens. Strapi's users-permissions
 * plugin lets anyone `POST /api/auth/local/register` a confirmed end user by default, so registration is turned
 * off in the plugin's advanced settings and the public role loses the register permission (the route then answers
 * 403 even if someone turns the setting back on in the admin). Idempotent.
 */
export async function closePublicRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced['allow_register'] !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
    strapi.log.info('[neuvo] turned off public registration of end users');
  }
  const { count } = await strapi.db.query('plugin::users-permissions.permission').deleteMany({
    where: { action: 'plugin::users-permissions.auth.register', role: { type: 'public' } },
  });
  if (count > 0) strapi.log.info('[neuvo] removed the register permission from the public role');
}
