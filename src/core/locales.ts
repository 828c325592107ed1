/**
 * The locales consentry ships visitor-facing text for, and how a page's language tag maps onto them.
 * Pure data and functions: no DOM, no Intl state at import time.
 */

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
  const parts = tag.replace(/_/g, '-').toLowerCase().split('-');
  const lang = parts[0];
  if (lang == 'zh') {
    if (parts.indexOf('hant') > 0) return 'zh-TW';
    if (parts.indexOf('hans') > 0) return 'zh-CN';
    return parts.some((p) => p == 'tw' || p == 'hk' || p == 'mo') ? 'zh-TW' : 'zh-CN';
  }
  for (const l of LOCALES) if (l == lang) return l;
}
