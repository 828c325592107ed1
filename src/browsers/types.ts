/**
 * Types of `consentry/browsers`: what `detectBrowser()` returns and the shape of the cookie-guide data.
 */

/** Browsers with their own cookie guide; `other` is anything else (bots, curl, Presto Opera, Yandex, Brave…). */
export type BrowserId = 'chrome' | 'edge' | 'safari' | 'firefox' | 'samsung' | 'whale' | 'opera' | 'ie' | 'other';

/** Apps that open links in an embedded browser (WebView) where cookies cannot be managed. */
export type InAppId = 'kakaotalk' | 'naver' | 'instagram' | 'facebook' | 'line' | 'webview';

/** iPadOS counts as `ios`, ChromeOS and Linux as `desktop`. */
export type Platform = 'desktop' | 'android' | 'ios';

export type Engine = 'blink' | 'webkit' | 'gecko' | 'trident' | 'edgehtml' | 'presto';

/** One UA Client Hints brand (`navigator.userAgentData.brands[i]`). */
export interface UABrand {
  brand: string;
  version: string;
}

/** The low-entropy part of `navigator.userAgentData`. */
export interface UAData {
  brands: UABrand[];
  mobile?: boolean;
  platform?: string;
}

/** What `detectBrowser()` reads; every field defaults to the live `navigator` value. */
export interface DetectInput {
  userAgent?: string;
  /** `null` means "the browser has no UA Client Hints" (Safari, Firefox, insecure contexts). */
  userAgentData?: UAData | null;
  /** `navigator.platform` (`MacIntel` on Macs and on iPads that ask for desktop sites). */
  platform?: string;
  /** `navigator.maxTouchPoints`: above 1 on a "Macintosh" means an iPad. */
  maxTouchPoints?: number;
}

export interface DetectedBrowser {
  /**
   * The browser. Inside an in-app WebView (`inApp` set) this is the browser whose engine the WebView is:
   * `chrome` on Android (Android System WebView is Chromium), `safari` on iOS (WKWebView), `edge` for WebView2.
   */
  browser: BrowserId;
  platform: Platform;
  /** Version of `browser` as the UA or UA-CH tells it (UA-CH brands carry the major version only). */
  version?: string;
  /** Set when the page runs inside an app's embedded browser. */
  inApp?: InAppId;
  engine?: Engine;
}

/** The four things a visitor may want to do. */
export type GuideTask = 'blockThirdParty' | 'blockAll' | 'deleteSite' | 'deleteAll';

/**
 * A text of the guide data: Korean and English always; another built-in locale (`ja`, `de`, …) where the
 * browser's own label in that language is known. The guide shows English where a locale has none.
 */
export interface Label {
  en: string;
  ko: string;
  ja?: string;
  'zh-CN'?: string;
  'zh-TW'?: string;
  de?: string;
  fr?: string;
  es?: string;
}

/**
 * What a step part is: `menu` a button, menu item or page to tap; `option` a setting to choose or switch;
 * `text` an action in our words (may contain the `{site}` slot, replaced by the site's host name).
 */
export type PartKind = 'menu' | 'option' | 'text';

export interface StepPart {
  kind: PartKind;
  label: Label;
  /** When this part applies only sometimes ("iOS 18 and later", "if shown"). */
  when?: Label;
}

/** One step: a path of menu labels and actions done in one go (Settings › Privacy › Cookies). */
export type Step = StepPart[];

/**
 * A locale's browser labels (menu names, options, notes, help links) keyed by the English label they stand
 * for. The guides carry English and Korean inline; the other locales come from `strings/steps/<locale>.ts`,
 * loaded on demand. Where browsers word the same English label differently in a locale, a key
 * `<browser or app id>|<English>` (`edge|Clear browsing data`, `kakaotalk|Open in Safari`) gives one
 * browser's wording and wins over the plain key. A label's own field for the locale, where a guide has one,
 * wins over both.
 */
export type StepLabels = { readonly [english: string]: string };

/** How sure the labels are: read on the vendor's help page, from a secondary source, or not checked yet. */
export type Confidence = 'official' | 'secondary' | 'unverified';

export interface TaskGuide {
  /** Ordered steps; empty only when `unavailable`. */
  steps: Step[];
  /** An address that opens the right settings page directly (`chrome://settings/cookies`); shown, never linked. */
  shortcut?: string;
  /** Shown after the steps (or alone when `unavailable`). */
  note?: Label;
  /** The browser has no such setting; `note` says what to do instead. */
  unavailable?: true;
}

/** Guide ids: one per browser and platform family. */
export type BrowserGuideId =
  | 'chrome-desktop'
  | 'chrome-android'
  | 'chrome-ios'
  | 'edge-desktop'
  | 'edge-mobile'
  | 'safari-macos'
  | 'safari-ios'
  | 'firefox-desktop'
  | 'firefox-android'
  | 'firefox-ios'
  | 'samsung'
  | 'whale-desktop'
  | 'whale-mobile'
  | 'opera-desktop'
  | 'opera-mobile'
  | 'ie';

/** Cookie steps for one browser on one platform family. */
export interface BrowserGuide {
  id: BrowserGuideId;
  browser: BrowserId;
  platforms: Platform[];
  name: Label;
  /** The vendor's help page, per locale (https only). */
  help: Label;
  /** The day these steps were last checked (ISO `YYYY-MM-DD`); shown as "as of". */
  asOf: string;
  /** Retired browser: shown with a badge and after the others. */
  legacy?: true;
  /** Day the vendor ended support (ISO), for legacy browsers. */
  retired?: string;
  /** Shown under the guide's name (behaviour worth knowing, e.g. "blocks third-party cookies by default"). */
  note?: Label;
  tasks: Record<GuideTask, TaskGuide>;
}

/** How to leave an app's embedded browser, per platform; the visitor then follows their browser's guide. */
export interface InAppGuide {
  id: InAppId;
  name: Label;
  asOf: string;
  open: { android: Step[]; ios: Step[] };
}

/**
 * How sure a guide's labels are, per locale, with per-task exceptions (official: read on the vendor's own page;
 * secondary: from another source; unverified: not checked). Kept beside each guide in its data file but exported separately, so it
 * documents the data for maintainers and tests without being shipped to visitors.
 */
export interface GuideCheck {
  en: Confidence;
  ko: Confidence;
  tasks?: Partial<Record<GuideTask, Partial<Record<keyof Label, Confidence>>>>;
}

/** Everything the guide shows. */
export interface GuideData {
  browsers: BrowserGuide[];
  inApp: InAppGuide[];
}
