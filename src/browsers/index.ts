/**
 * `consentry/browsers`: which browser the visitor uses, and how to block or delete cookies in it
 * (Korean and English, structured steps, official help links, "as of" dates).
 */
export { detectBrowser } from './detect';
export { guides, browserGuides } from './guides/index';
export { inAppGuides } from './guides/inapp';
export { pickGuide, type GuidePick } from './pick';
export { CookieGuide, type CookieGuideProps } from './CookieGuide';
export { allTasks } from './tasks';
export { CookieTable, cookieRows, type CookieTableProps, type CookieRow } from './CookieTable';
export { mountCookieGuide, mountCookieTable, resolveLocale, tasksFromAttribute, type MountGuideOptions, type MountTableOptions, type Mounted } from './mount';
export type { GuideConfig } from './config';
export { guideStrings, tableStrings, type GuideStrings, type TableStrings } from './strings';
export { guideCss } from './styles';
export type * from './types';
