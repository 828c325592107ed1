import type { Localized } from './types';

/**
 * The text of `value` in `locale`: exact tag, then its language (`ko-KR` → `ko`), then `fallbacks`,
 * then the first one there is. Plain strings are the same in every locale.
 */
export function localize(value: Localized | undefined, locale: string, fallbacks: string[] = ['en', 'ko']): string {
  if (typeof value != 'object' || !value) return value || '';
  for (const k of [locale, locale.split('-')[0], ...fallbacks, ...Object.keys(value)]) if (typeof value[k] == 'string') return value[k];
  return '';
}

/**
 * Picks the first supported locale among `wanted` (config locale, `<html lang>`, `navigator.languages`, in
 * that order; `'auto'` and empty entries skipped): its exact tag, then what `builtin` maps it to (the
 * built-in locales, see `pickPageLocale`), then a supported locale of its language; else `supported[0]`.
 */
export function pickLocale(
  wanted: (string | null | undefined)[],
  supported: string[],
  builtin?: (tag: string) => string | undefined,
): string {
  for (const w of wanted) {
    const tag = w && w != 'auto' && w.replace(/_/g, '-').toLowerCase();
    const hit =
      tag &&
      (supported.find((s) => s.toLowerCase() == tag) ||
        (builtin && builtin(tag)) ||
        supported.find((s) => s.split('-')[0].toLowerCase() == tag.split('-')[0]));
    if (hit) return hit;
  }
  return supported[0];
}
