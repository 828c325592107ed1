/**
 * The locales consentry ships visitor-facing text for, and how a page's language tag maps onto them.
 * Pure data and functions: no DOM, no Intl state at import time.
 */
import { pickLocale } from './localize';

/** Built-in locales, Korean first (the default when nothing matches). */
export const LOCALES = ['ko', 'en', 'ja', 'zh-CN', 'zh-TW', 'de', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** One text in every built-in locale (a `Localized` value with no locale missing). */
export type Texts = { [L in Locale]: string };

/**
 * The built-in locale for a BCP 47 tag, or `undefined`. Chinese goes by script, then region: `zh-Hant`,
 * `zh-TW`, `zh-HK` and `zh-MO` read Traditional characters (zh-TW); `zh`, `zh-Hans`, `zh-CN`, `zh-SG`
 * Simplified (zh-CN). Other languages match by their language subtag (`de-AT` → `de`, `es-419` → `es`).
 */
export function builtinLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return;
  const t = tag.replace(/_/g, '-').toLowerCase() + '-';
  const lang = t.split('-')[0];
  // the script subtag decides; without one, the region
  if (lang == 'zh') return /-hant-/.test(t) || (!/-hans-/.test(t) && /-(tw|hk|mo)-/.test(t)) ? 'zh-TW' : 'zh-CN';
  return LOCALES.find((l) => l == lang);
}

/**
 * The locale to show: the first entry of `wanted` (in order: the `locale` option, the config's `locale`,
 * `<html lang>`, `navigator.languages`; empty and `'auto'` entries skipped) that names a built-in locale or
 * one of `extra` (locales a site brings its own strings for). An entry matches its exact tag first, then a
 * built-in locale by `builtinLocale()` (`de-AT` → `de`, `zh-HK` → `zh-TW`), then an `extra` locale of the
 * same language. Korean when nothing matches.
 */
export function pickPageLocale(wanted: (string | null | undefined)[], extra: string[] = []): string {
  return pickLocale(wanted, extra, builtinLocale) || 'ko';
}
