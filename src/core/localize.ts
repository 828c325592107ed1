import type { Localized } from './types';

/**
 * The text of `value` in `locale`: exact tag, then its language (`ko-KR` → `ko`), then `fallbacks`,
 * then the first one there is. Plain strings are the same in every locale.
 */
export function localize(value: Localized | undefined, locale: string, fallbacks: string[] = ['en', 'ko']): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  const lang = locale.split('-')[0];
  for (const k of [locale, lang, ...fallbacks]) if (typeof value[k] === 'string') return value[k];
  for (const k in value) return value[k];
  return '';
}

/**
 * Picks the first supported locale among `wanted` (config locale, `<html lang>`, `navigator.languages`, in
 * that order; `'auto'` and empty entries skipped), matching by language; else `supported[0]`.
 */
export function pickLocale(wanted: (string | null | undefined)[], supported: string[]): string {
  for (const w of wanted) {
    if (!w || w === 'auto') continue;
    const lang = w.toLowerCase().split('-')[0];
    const hit = supported.find((s) => s.toLowerCase() === w.toLowerCase()) ?? supported.find((s) => s.split('-')[0] === lang);
    if (hit) return hit;
  }
  return supported[0];
}
