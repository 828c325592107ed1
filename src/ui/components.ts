/**
 * consentry/ui/components — the widget's Preact components, for Preact apps that render the widget
 * themselves (`mountConsentUI` loads them on demand; importing them here puts them in the app's bundle).
 * They take `consent`, `locale` and `t`: get the strings with `uiStrings` / `loadUiStrings` from
 * `consentry/ui`, and include its `styles` in your CSS.
 *
 * ```tsx
 * import { loadUiStrings, styles } from 'consentry/ui';
 * import { Preferences } from 'consentry/ui/components';
 * const { locale, t } = await loadUiStrings(consent);
 * render(<Preferences consent={consent} locale={locale} t={t} onClose={close} />, box);
 * ```
 */
export { Banner } from './views/Banner';
// the banner's rows and channel names, for apps that draw their own banner (in `consentry/ui` they made esbuild keep
// the banner's helpers in an app's initial bundle, since the widget's lazy chunks share them)
export { bannerRows, channelName, type BannerRow } from './first-layer';
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
export { Dialog } from './views/Dialog';
export { MyRecordBox, formatDate } from './views/MyRecordBox';
export { GuideBox } from './views/GuideBox';
