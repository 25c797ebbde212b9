/**
 * Content locales: Finnish (default), Swedish, English. Strapi's i18n plugin creates `en` as the default on
 * first boot; this adds the missing ones and makes `fi` the default. Idempotent.
 */
import type { Core } from '@strapi/strapi';

/** Content locales, default first. Same list as `LOCALES` in @neuvo/content-models. */
export const CONTENT_LOCALES = [
  { code: 'fi', name: 'Finnish (fi)' },
  { code: 'sv', name: 'Swedish (sv)' },
  { code: 'en', name: 'English (en)' },
] as const;

export const DEFAULT_LOCALE = 'fi';

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of CONTENT_LOCALES) {
    if (!(await locales.findByCode(locale.code))) {
      await locales.create({ code: locale.code, name: locale.name });
      strapi.log.info(`[neuvo] created locale ${locale.code}`);
    }
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
    strapi.log.info(`[neuvo] default locale set to ${DEFAULT_LOCALE}`);
  }
}
