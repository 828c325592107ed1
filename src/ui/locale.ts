import { pickPageLocale } from '../core/locales';
import type { Strings } from './strings/en';

type Table = { [locale: string]: { [key: string]: string } };

export { fmt } from '../core/fmt';

/**
 * The page's locale, one rule for the banner, the dialog, the cookie guide and table: the option, the
 * config's locale, `<html lang>`, then the browser's languages (`'auto'` and unsupported ones skipped);
 * exact tag, then language (`de-AT` → `de`), Chinese by script (`zh-HK` → `zh-TW`); Korean when nothing
 * matches. Locales a site brings its own `overrides` for count as supported.
 */
export function uiLocale(option: string | undefined, configLocale: string | undefined, overrides?: Table): string {
  const nav = typeof navigator == 'object' ? navigator.languages || [navigator.language] : [];
  const html = typeof document == 'object' ? document.documentElement.lang : '';
  return pickPageLocale([option, configLocale, html, ...nav], Object.keys(overrides || {}));
}

/**
 * The strings for `locale`: the built-in `tables` of its locale (each locale has every key; a locale a
 * site brings its own strings for is built on English), with the site's overrides for the locale (and for
 * its bare language) on top.
 */
export function resolveStrings(locale: string, tables: { [key: string]: string }[], overrides?: Table): Strings {
  const o = overrides || {};
  return Object.assign({}, ...tables, o[locale.split('-')[0]], o[locale]);
}
