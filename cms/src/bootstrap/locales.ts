/**
 * Content locales: Finnish (default), Swedish, English. Strapi's i18n plugin creates `en` as the default on
 * first boot; this adds the missing ones and makes `fi` the default. Idempotent.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@neuvo/content-models/locales';
import type { Core } from '@strapi/strapi';

/** The names Strapi's admin shows for the content locales. */
const LOCALE_NAMES: Record<Locale, string> = {
  fi: 'Finnish (fi)',
  sv: 'Swedish (sv)',
  en: 'English (en)',
};

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const code of LOCALES) {
    if (!(await locales.findByCode(code))) {
      await locales.create({ code, name: LOCALE_NAMES[code] });
      strapi.log.info(`[neuvo] created locale ${code}`);
    }
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
    strapi.log.info(`[neuvo] default locale set to ${DEFAULT_LOCALE}`);
  }
}
