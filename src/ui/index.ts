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
import { banner as enBanner } from './strings/first-layer/en';
import { banner as koBanner } from './strings/first-layer/ko';
import { resolveStrings, uiLocale } from './locale';
import type { ConsentUI, MountOptions, Strings } from './types';
import { createWidget, type LoadStrings, type Views } from './widget';

type Texts = { banner: { [key: string]: string }; more: { [key: string]: string } };
// Korean and English first layers render at once; every other text comes with the preferences views or
// the first layer of another locale, split off by the app's bundler and loaded when shown (the build
// writes this import out for each file in strings/).
const lazy = (l: Locale): Promise<Texts> => import(`./strings/${l}.ts`);
const loaded: { [L in Locale]?: Texts } = {};
const texts = (l: Locale): Promise<Texts> => lazy(l).then((m) => (loaded[l] = m));
const firstLayers: { [L in Locale]?: { [key: string]: string } } = { ko: koBanner, en: enBanner };
const loadStrings: LoadStrings = (l, part) =>
  part == 'banner' && firstLayers[l] ? firstLayers[l]! : loaded[l] ? loaded[l]![part] : texts(l).then((m) => m[part]);
// the dialog, form, age and guardian steps are Preact views: an app that never opens them never loads them
const loadViews = (): Promise<Views> => import('./views/index').then((m) => m.views);

/**
 * Mounts the widget for `consent`. Banner layout (default): the host goes first in `<body>` (or in
 * `target`), the banner shows while `consent.needsDecision()`, `open()` / `data-consentry-open` open the
 * preferences. Form layout: renders the inline form into `target`; `valid` and `submit()` drive the page's form.
 */
export function mountConsentUI(consent: Consent, options: MountOptions = {}): ConsentUI {
  return createWidget(consent, options, loadViews, loadStrings);
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
export { strings, styles, uiStrings, validateUiConfig } from './catalog';
export { bannerRows, channelName, type BannerRow } from './first-layer';
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
