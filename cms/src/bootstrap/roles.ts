/**
 * Editorial admin roles over our content types (`api::*`):
 *
 * | role      | create | read | update | delete | publish / unpublish |
 * | --------- | ------ | ---- | ------ | ------ | ------------------- |
 * | Author    | own    | own  | own    | –      | –                   |
 * | Editor    | any    | any  | any    | any    | –                   |
 * | Publisher | any    | any  | any    | any    | any                 |
 *
 * Author and Editor reuse Strapi's default roles (codes `strapi-author`, `strapi-editor`, created on first
 * boot) so no second role of the same name appears; Publisher is ours. Every boot sets their permissions to
 * exactly this (the admin role service diffs, so an unchanged set writes nothing). All roles also get the
 * media library permissions of Strapi's defaults.
 */
import { LOCALES } from '@neuvo/content-models/locales';
import type { Core } from '@strapi/strapi';

const CM = 'plugin::content-manager.explorer';
type Verb = 'create' | 'read' | 'update' | 'delete' | 'publish';

interface RoleSpec {
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly verbs: readonly Verb[];
  /** Only entries the user created (Strapi's `admin::is-creator` condition). */
  readonly ownOnly: boolean;
}

export const EDITORIAL_ROLES: readonly RoleSpec[] = [
  {
    code: 'strapi-author',
    name: 'Author',
    description: 'Authors create and edit their own entries; they cannot publish or delete.',
    verbs: ['create', 'read', 'update'],
    ownOnly: true,
  },
  {
    code: 'strapi-editor',
    name: 'Editor',
    description: 'Editors create, edit and delete any entry; they cannot publish.',
    verbs: ['create', 'read', 'update', 'delete'],
    ownOnly: false,
  },
  {
    code: 'neuvo-publisher',
    name: 'Publisher',
    description: 'Publishers manage every entry and publish or unpublish it.',
    verbs: ['create', 'read', 'update', 'delete', 'publish'],
    ownOnly: false,
  },
];

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

function mediaPermissions(ownOnly: boolean): PermissionInput[] {
  const own = ownOnly ? ['admin::is-creator'] : [];
  return [
    { action: 'plugin::upload.read', conditions: own },
    { action: 'plugin::upload.configure-view', conditions: [] },
    { action: 'plugin::upload.assets.create', conditions: [] },
    { action: 'plugin::upload.assets.update', conditions: own },
    { action: 'plugin::upload.assets.download', conditions: [] },
    { action: 'plugin::upload.assets.copy-link', conditions: [] },
  ];
}

function contentPermissions(strapi: Core.Strapi, role: RoleSpec): PermissionInput[] {
  const { actionProvider } = strapi.service('admin::permission');
  const wanted = new Set(role.verbs.map((verb) => `${CM}.${verb}`));
  const actions = actionProvider
    .values()
    .filter((action: { actionId: string }) => wanted.has(action.actionId));
  // Strapi's own helper lists every (nested) field, as the admin UI expects for content-type permissions.
  const all: PermissionInput[] = strapi
    .service('admin::content-type')
    .getPermissionsWithNestedFields(actions);
  const locales = [...LOCALES];
  return all
    .filter((permission) => typeof permission.subject === 'string' && permission.subject.startsWith('api::'))
    .map((permission) => {
      const localized = Boolean(
        (
          strapi.contentTypes[permission.subject as keyof typeof strapi.contentTypes] as {
            pluginOptions?: { i18n?: { localized?: boolean } };
          }
        )?.pluginOptions?.i18n?.localized,
      );
      return {
        action: permission.action,
        subject: permission.subject,
        properties: { ...permission.properties, ...(localized ? { locales } : {}) },
        conditions: role.ownOnly ? ['admin::is-creator'] : [],
      };
    });
}

export async function ensureEditorialRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  for (const spec of EDITORIAL_ROLES) {
    let role = await roles.findOne({ code: spec.code });
    if (!role) {
      role = await roles.create({ name: spec.name, code: spec.code, description: spec.description });
      strapi.log.info(`[neuvo] created admin role ${spec.name}`);
    } else if (role.name !== spec.name || role.description !== spec.description) {
      await roles.update({ id: role.id }, { name: spec.name, description: spec.description });
    }
    await roles.assignPermissions(role.id, [
      ...contentPermissions(strapi, spec),
      ...mediaPermissions(spec.ownOnly),
    ]);
  }
}
