// Every visitor-facing string of the cookie guide and cookie table. Each locale is its own module
// (./strings/<locale>.ts exporting `guide` and `table`) so a build can load one on demand; Korean and
// English are bundled here, the others are added when loaded (`addGuideStrings`). Templates use named slots (`{date}`), never concatenated parts.
import type { GuideTask, StepLabels } from '../types';
import * as en from './en';
import * as ko from './ko';

export interface GuideStrings {
  title: string;
  intro: string;
  /** Shown when the browser could not be told (bots, unknown browsers). */
  unknown: string;
  /** Badge on the visitor's own browser. */
  yourBrowser: string;
  others: string;
  tasks: Record<GuideTask, string>;
  /** Help link text; `{browser}` is the guide's name. */
  help: string;
  /** Hidden hint after links that open a new tab. */
  newTab: string;
  /** `{date}` is the day the steps were checked. */
  asOf: string;
  legacy: string;
  /** `{date}` is the day support ended. */
  retired: string;
  /** `{url}` is an address to type into the address bar. */
  shortcut: string;
  /** `{app}` is the app's name. */
  inAppNotice: string;
  /** `{browser}` is the guide's name. */
  inAppThen: string;
  inAppFallback: string;
  inAppOthers: string;
  android: string;
  ios: string;
  /** Replaces `{site}` when the page has no host name. */
  thisSite: string;
}

export interface TableStrings {
  caption: string;
  name: string;
  purpose: string;
  lifetime: string;
  party: string;
  provider: string;
  first: string;
  third: string;
  empty: string;
  /** Purpose of consentry's own cookie, listed first. */
  own: string;
}

/** The locales that have guide and table strings (`./strings/<locale>.ts`). */
export const guideLocales = ['ko', 'en', 'ja', 'zh-CN', 'zh-TW', 'de', 'fr', 'es'] as const;
export type GuideLocale = (typeof guideLocales)[number];

/** A locale's guide and table strings (what `./strings/<locale>.ts` exports). */
export interface GuideTexts {
  guide: GuideStrings;
  table: TableStrings;
  /** The browsers' own labels in this locale (all but Korean and English, whose labels are in the guides). */
  labels?: StepLabels;
}

/** The locales at hand: Korean and English always, the others once loaded (see `guideLocales`). */
export const guideStrings: { [locale: string]: GuideStrings } = { ko: ko.guide, en: en.guide };
export const tableStrings: { [locale: string]: TableStrings } = { ko: ko.table, en: en.table };

/** Loaded browser labels per locale (see `StepLabels`). */
export const stepLabels: { [locale: string]: StepLabels } = {};

/** Makes a loaded locale's strings available to `CookieGuide` and `CookieTable`. */
export function addGuideStrings(locale: string, texts: GuideTexts): void {
  guideStrings[locale] = texts.guide;
  tableStrings[locale] = texts.table;
  if (texts.labels) stepLabels[locale] = texts.labels;
}

/** Whether the guide (`steps`) or the table can render in `locale` without another download. */
export const guideReady = (locale: string, steps: boolean): boolean =>
  !!guideStrings[locale] && (!steps || locale == 'en' || locale == 'ko' || !!stepLabels[locale]);
