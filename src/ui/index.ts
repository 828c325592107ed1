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
import { resolveStrings, uiLocale } from './locale';
import type { ConsentUI, MountOptions, Strings } from './types';
import { createWidget, type FirstLayer, type LoadStrings, type Views } from './widget';

type Texts = { banner: { [key: string]: string }; more: { [key: string]: string } };
// No text is in the app's initial bundle: the first layer of the page's locale is loaded before the banner
// shows, the rest with the preferences views. The app's bundler splits each file off (the build writes
// these imports out for each file in the folder).
const lazy = (l: Locale): Promise<Texts> => import(`./strings/${l}.ts`);
const lazyFirst = (l: Locale): Promise<{ banner: Texts['banner'] }> => import(`./strings/first-layer/${l}.ts`);
const loaded: { [L in Locale]?: Texts } = {};
const texts = (l: Locale): Promise<Texts> => lazy(l).then((m) => (loaded[l] = m));
const loadStrings: LoadStrings = (l, part) =>
  loaded[l] ? loaded[l]![part] : part == 'banner' ? lazyFirst(l).then((m) => m.banner) : texts(l).then((m) => m.more);
// the dialog, form, age and guardian steps are Preact views: an app that never opens them never loads them
const loadViews = (): Promise<Views> => import('./views/index').then((m) => m.views);
// the banner's code: a visitor who has decided does not download it
const firstLayer = (): Promise<FirstLayer> => import('./widget-banner').then((m) => [m.makeBanner, m.showOptedOut]);
// the reopen button's: an app that does not show it does not download it
const loadReopen = () => import('./reopen').then((m) => m.reopenButton);

/**
 * Mounts the widget for `consent`. Banner layout (default): the host goes first in `<body>` (or in
 * `target`), the banner shows while `consent.needsDecision()`, `open()` / `data-consentry-open` open the
 * preferences. Form layout: renders the inline form into `target`; `valid` and `submit()` drive the page's form.
 */
export function mountConsentUI(consent: Consent, options: MountOptions = {}): ConsentUI {
  // a visitor who must decide gets the banner's code now, beside its texts and the core's writing code
  if (options.layout != 'form' && consent.needsDecision()) firstLayer().catch(() => {});
  // the reopen button's code beside the texts, not after them
  if (options.layout != 'form' && options.reopenButton) loadReopen().catch(() => {});
  const ui = createWidget(
    consent,
    options,
    loadViews,
    loadStrings,
    firstLayer,
    loadReopen,
    uiLocale(options.locale, consent.config.locale, options.strings),
  );
  // A production build checks the config after createConsent returned (the banner waits for that check). Under a
  // config it refused (createConsent logged why) the widget goes: no answer given there could be recorded.
  consent.ready.catch((e?: Error) => e && e.name == 'ConfigError' && ui.destroy());
  return ui;
}

/** `uiStrings` for all eight built-in locales: loads the locale's texts first (each locale is a chunk of its own). */
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
