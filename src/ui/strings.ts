import { pickLocale } from '../core/localize';
import type { Strings } from './strings/en';

type Table = { [locale: string]: { [key: string]: string } };

export { fmt } from '../core/fmt';

/** Built-in locales first, then any locale a site brings its own strings for. */
export const supportedLocales = (overrides?: Table): string[] => ['ko', 'en', ...Object.keys(overrides || {})];

/**
 * The locale to show: the option, the config's locale, `<html lang>`, then the browser's languages
 * (`'auto'` and unsupported ones skipped), matched by language; Korean when nothing matches.
 */
export function uiLocale(option: string | undefined, configLocale: string | undefined, overrides?: Table): string {
  const nav = typeof navigator == 'object' ? navigator.languages || [navigator.language] : [];
  const html = typeof document == 'object' ? document.documentElement.lang : '';
  return pickLocale([option, configLocale, html, ...nav], supportedLocales(overrides));
}

/**
 * The strings for `locale` from the built-in `tables` (English fills what a locale lacks), with the
 * site's overrides for the locale (and for its bare language) on top.
 */
export function resolveStrings(locale: string, tables: Table[], overrides?: Table): Strings {
  const lang = locale.split('-')[0];
  const out: { [key: string]: string } = {};
  for (const t of tables) Object.assign(out, t.en, t[lang], t[locale]);
  if (overrides) Object.assign(out, overrides[lang], overrides[locale]);
  return out as Strings;
}
