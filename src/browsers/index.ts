/**
 * `consentry/browsers`: which browser the visitor uses, and how to block or delete cookies in it
 * (texts in the eight built-in locales, structured steps, official help links, "as of" dates).
 */
import { pickPageLocale, type Locale } from '../core/locales';
import { guideMounters } from './mount';
import { addGuideStrings, guideReady, type GuideTexts } from './strings';

export { detectBrowser } from './detect';
export { guides, browserGuides } from './guides/index';
export { inAppGuides } from './guides/inapp';
export { pickGuide, type GuidePick } from './pick';
export { CookieGuide, type CookieGuideProps } from './CookieGuide';
export { allTasks } from './tasks';
export { CookieTable, cookieRows, type CookieTableProps, type CookieRow } from './CookieTable';
export { resolveLocale, tasksFromAttribute, type MountGuideOptions, type MountTableOptions, type Mounted } from './mount';
export type { GuideConfig } from './config';
export { guideStrings, tableStrings, stepLabels, addGuideStrings, type GuideStrings, type TableStrings, type GuideTexts } from './strings';

// Korean and English are bundled; the other six (texts and the browsers' labels) are split off by the
// app's bundler and loaded when shown (the build writes this import out for each file in strings/).
const lazy = (l: Locale): Promise<GuideTexts> => import(`./strings/${l}.ts`);

/**
 * Loads a built-in locale's guide and table strings and its browser labels (a separate chunk for all but
 * Korean and English), for apps that render `CookieGuide` / `CookieTable` themselves: render once it resolves.
 */
export async function loadGuideStrings(locale: string): Promise<void> {
  const l = pickPageLocale([locale]) as Locale;
  if (!guideReady(l, true)) addGuideStrings(l, await lazy(l));
}

/** Renders the cookie guide into an element (see `guideMounters`); a locale other than Korean or English renders once its strings are loaded. */
export const { mountCookieGuide, mountCookieTable } = guideMounters(lazy);
export { guideCss } from './styles';
export type * from './types';
