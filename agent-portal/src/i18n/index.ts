import { computed, inject, ref, type App, type ComputedRef, type InjectionKey, type Ref } from 'vue';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../content/models';
import { MESSAGES, type MessageKey } from './messages';

export { MESSAGES, type MessageKey, type Messages } from './messages';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Keys that come in `.one` / `.other` pairs, without the suffix (e.g. `results.count`). */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

function interpolate(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The message for `key` in `locale`, with `{placeholders}` filled in. Falls back to Finnish. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[locale][key] || MESSAGES[DEFAULT_LOCALE][key];
  return interpolate(template, params);
}

/** Plural-aware message: picks `<base>.one` or `<base>.other` by the locale's plural rules. `{count}` is set. */
export function translatePlural(
  locale: Locale,
  base: PluralBase,
  count: number,
  params?: MessageParams,
): string {
  const category = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return translate(locale, `${base}.${category}` as MessageKey, { count, ...params });
}

export interface I18n {
  /** UI locale; content is fetched in the same locale. */
  readonly locale: Ref<Locale>;
  readonly t: ComputedRef<(key: MessageKey, params?: MessageParams) => string>;
  readonly tn: ComputedRef<(base: PluralBase, count: number, params?: MessageParams) => string>;
  setLocale(locale: Locale): void;
}

const STORAGE_KEY = 'neuvo.portal.locale';
export const I18N_KEY: InjectionKey<I18n> = Symbol('neuvo-i18n');

function readStoredLocale(): Locale | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Creates the i18n state. The chosen locale is remembered in localStorage and mirrored to `<html lang>`. */
export function createI18n(initial?: Locale): I18n & { install(app: App): void } {
  const locale = ref<Locale>(initial ?? readStoredLocale() ?? DEFAULT_LOCALE);
  const apply = (value: Locale): void => {
    if (typeof document !== 'undefined') document.documentElement.lang = value;
  };
  apply(locale.value);
  const i18n: I18n & { install(app: App): void } = {
    locale,
    t: computed(() => {
      const current = locale.value;
      return (key: MessageKey, params?: MessageParams) => translate(current, key, params);
    }),
    tn: computed(() => {
      const current = locale.value;
      return (base: PluralBase, count: number, params?: MessageParams) =>
        translatePlural(current, base, count, params);
    }),
    setLocale(value: Locale) {
      locale.value = value;
      apply(value);
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, value);
      } catch {
        // Private mode or disabled storage: the choice just is not remembered.
      }
    },
    install(app: App) {
      app.provide(I18N_KEY, i18n);
    },
  };
  return i18n;
}

export function useI18n(): I18n {
  const i18n = inject(I18N_KEY);
  if (!i18n) throw new Error('useI18n() needs createI18n() installed on the app');
  return i18n;
}
