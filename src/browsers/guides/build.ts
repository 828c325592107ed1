// Constructors of guides and tasks: the shape every guide shares is written once here, so a guide file holds
// only what is its own (ids, labels, paths).
import type { BrowserGuide, BrowserGuideId, BrowserId, GuideTask, Label, Platform, Step, StepPart, TaskGuide } from '../types';
import { action, allCookiesWarning, label, menu } from './labels';

/** A guide's body: the day its steps were checked, a note under its name, legacy marks, and its four tasks. */
export type GuideBody = Pick<BrowserGuide, 'asOf' | 'legacy' | 'retired' | 'note'> & Record<GuideTask, TaskGuide>;

/**
 * One browser's guide. The browser is the id up to its first hyphen (`chrome-android` is Chrome's), so the
 * two cannot disagree.
 */
export const guide = (
  id: BrowserGuideId,
  platforms: Platform[],
  name: Label,
  help: Label,
  { blockThirdParty, blockAll, deleteSite, deleteAll, ...about }: GuideBody,
): BrowserGuide => ({
  id,
  browser: id.split('-')[0] as BrowserId,
  platforms,
  name,
  help,
  ...about,
  tasks: { blockThirdParty, blockAll, deleteSite, deleteAll },
});

/** A task's steps, with the address that opens its settings page directly where the browser has one. */
export const task = (steps: Step[], shortcut?: string): TaskGuide => (shortcut ? { steps, shortcut } : { steps });

/** Blocking all cookies: the steps, then the warning that many sites stop working. */
export const blockAllTask = (steps: Step[], shortcut?: string): TaskGuide => ({ ...task(steps, shortcut), note: allCookiesWarning });

/**
 * Both blocking tasks where one settings page holds both switches: the page, then the option each task
 * chooses, and the address that opens that page where the browser has one.
 */
export const blockingOn = (
  page: Step,
  thirdParty: StepPart,
  all: StepPart,
  shortcut?: string,
): Pick<GuideBody, 'blockThirdParty' | 'blockAll'> => ({
  blockThirdParty: task([page, [thirdParty]], shortcut),
  blockAll: blockAllTask([page, [all]], shortcut),
});

/** A task the browser has no setting for; the note says what to do instead. */
export const unavailable = (en: string, ko: string): TaskGuide => ({ steps: [], unavailable: true, note: label(en, ko) });

/** Deleting one site's cookies on a mobile browser whose menus differ too much between versions; `en`/`ko` name it. */
export const noSiteDeletion = (en: string, ko: string): TaskGuide =>
  unavailable(
    `${en} on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.`,
    `휴대폰·태블릿용 ${ko}에서는 사이트별 쿠키 삭제를 확실히 안내할 수 없습니다. 모든 쿠키를 삭제해 주세요.`,
  );

/** The Chromium site-data list's last steps: find the site, then its trash icon (and what confirms it, if anything). */
export const searchAndTrash = (...confirm: StepPart[]): Step[] => [
  [action('Search for {site}', '{site} 검색')],
  [menu('Delete (trash icon)', '삭제(휴지통 아이콘)'), ...confirm],
];
