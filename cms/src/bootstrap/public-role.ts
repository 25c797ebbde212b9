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
