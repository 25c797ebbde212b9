/**
 * Creates the super admin from STRAPI_ADMIN_EMAIL / STRAPI_ADMIN_PASSWORD when no admin user exists yet,
 * so a fresh embedded install needs no registration step. Never touches existing users.
 */
import type { Core } from '@strapi/strapi';

export async function ensureSuperAdmin(
  strapi: Core.Strapi,
  admin: { readonly email: string; readonly password: string } | undefined,
): Promise<void> {
  if (!admin) return;
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  // createFirstAdmin locks the super admin role row, so two processes booting together create one admin.
  await users.createFirstAdmin({
    email: admin.email,
    password: admin.password,
    firstname: 'Neuvo',
    lastname: 'Admin',
  });
  strapi.log.info(`[neuvo] created super admin ${admin.email}`);
}
