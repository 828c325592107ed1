/**
 * What apps that render the widget's components themselves take from `consentry/ui`: every built-in
 * Korean and English string, the CSS, the synchronous string picker and the `ui` section check. Its own
 * module, so an app that only mounts the widget does not bundle them.
 */
import type { ConfigProblem } from '../core/errors';
import type { Consent } from '../core/types';
import { baseCss } from './css/base';
import { viewsCss } from './css/views';
import { resolveStrings, uiLocale } from './locale';
import { banner as enBanner, more as enMore } from './strings/en';
import { banner as koBanner, more as koMore } from './strings/ko';
import type { MountOptions, Strings } from './types';
import { checkUiSection } from './validate';

/**
 * Checks a config's `ui` section (layout, target, reopenButton, theme, strings, nonce, submitButton):
 * every problem by path, unknown keys (string names included) reported with a "did you mean".
 */
export function validateUiConfig(section: unknown, path = 'ui'): ConfigProblem[] {
  return checkUiSection(section, path, Object.keys(strings.en));
}

/** Every built-in string, per locale. */
export const strings: { ko: Strings; en: Strings } = { ko: { ...koBanner, ...koMore }, en: { ...enBanner, ...enMore } };

/** The widget's CSS, for apps that render the components outside the widget's shadow root. */
export const styles: string = baseCss + viewsCss;

/**
 * The strings for a locale with overrides on top, and the locale picked the widget's way (option,
 * config, `<html lang>`, browser): for apps that render the components themselves. Synchronous, so it
 * has the built-in texts of Korean and English only (English stands in for the others): use
 * `loadUiStrings` for every locale.
 */
export function uiStrings(consent: Consent, options: Pick<MountOptions, 'locale' | 'strings'> = {}): { locale: string; t: Strings } {
  const locale = uiLocale(options.locale, consent.config.locale, options.strings);
  return { locale, t: resolveStrings(locale, [strings[locale.split('-')[0] as 'ko'] || strings.en], options.strings) };
}
