/**
 * consentry/ui — the consent widget: first-layer banner, preferences dialog, inline
 * consent form for sign-up pages, age and guardian steps, reopen button. It decides nothing itself:
 * every choice goes through the consent instance's API.
 *
 * ```ts
 * import { createConsent } from 'consentry';
 * import { mountConsentUI } from 'consentry/ui';
 * const consent = createConsent(config);
 * const ui = mountConsentUI(consent, { reopenButton: true });
 * ```
 */
import type { ConfigProblem } from '../core/errors';
import { builtinLocale, type Locale } from '../core/locales';
import type { Consent } from '../core/types';
import { baseCss } from './css/base';
import { viewsCss } from './css/views';
import { banner as enBanner, more as enMore } from './strings/en';
import { banner as koBanner, more as koMore } from './strings/ko';
import { resolveStrings, uiLocale } from './locale';
import type { ConsentUI, MountOptions, Strings } from './types';
import { checkUiSection } from './validate';
import { views } from './views/index';
import { createWidget, type LoadStrings } from './widget';

type Texts = { banner: { [key: string]: string }; more: { [key: string]: string } };
// Korean and English render at once; the other six are split off by the app's bundler and loaded when shown.
const lazy: { [L in Exclude<Locale, 'ko' | 'en'>]: () => Promise<Texts> } = {
  ja: () => import('./strings/ja'),
  'zh-CN': () => import('./strings/zh-CN'),
  'zh-TW': () => import('./strings/zh-TW'),
  de: () => import('./strings/de'),
  fr: () => import('./strings/fr'),
  es: () => import('./strings/es'),
};
const builtin: { [L in Locale]?: Texts } = { ko: { banner: koBanner, more: koMore }, en: { banner: enBanner, more: enMore } };
const texts = (l: Locale): Texts | Promise<Texts> => builtin[l] || lazy[l as keyof typeof lazy]().then((m) => (builtin[l] = m));
const loadStrings: LoadStrings = (l, part) => {
  const x = texts(l);
  return 'then' in x ? x.then((m) => m[part]) : x[part];
};

/**
 * Mounts the widget for `consent`. Banner layout (default): the host goes first in `<body>` (or in
 * `target`), the banner shows while `consent.needsDecision()`, `open()` / `data-consentry-open` open the
 * preferences. Form layout: renders the inline form into `target`; `valid` and `submit()` drive the page's form.
 */
export function mountConsentUI(consent: Consent, options: MountOptions = {}): ConsentUI {
  return createWidget(consent, options, () => views, loadStrings);
}

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

/** `uiStrings` for all eight built-in locales: loads the locale's texts first (a separate chunk for all but Korean and English). */
export async function loadUiStrings(
  consent: Consent,
  options: Pick<MountOptions, 'locale' | 'strings'> = {},
): Promise<{ locale: string; t: Strings }> {
  const locale = uiLocale(options.locale, consent.config.locale, options.strings);
  const m = await texts(builtinLocale(locale) || 'en');
  return { locale, t: resolveStrings(locale, [m.banner, m.more], options.strings) };
}

export { fmt } from './locale';
export { Banner } from './views/Banner';
export {
  Preferences,
  PurposeRow,
  saveAnswers,
  currentAnswers,
  type PreferencesProps,
  type Answer,
  type Answers,
} from './views/Preferences';
export { ConsentForm, type ConsentFormProps, type FormApi } from './views/ConsentForm';
export { GuardianForm, GuardianDialog } from './views/Guardian';
export { AgeGate } from './views/AgeGate';
export { Disclosure, Toggle, ProcessorsNotice } from './views/Disclosure';
export { MarketingResultBox } from './views/Result';
export { bannerRows, channelName, type BannerRow } from './first-layer';
export { Dialog } from './views/Dialog';
export { MyRecordBox, formatDate } from './views/MyRecordBox';
export { GuideBox } from './views/GuideBox';
export type {
  ConsentUI,
  MountOptions,
  MyRecord,
  MyRecordSummary,
  GuideOption,
  GuardianInput,
  Theme,
  Scheme,
  Strings,
  ViewContext,
} from './types';
