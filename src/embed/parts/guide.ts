/**
 * dist/consentry-guide.js — the cookie guide and cookie table, loaded on demand by the script tag
 * (`loadPart('guide')`) only where they are shown: the page's `[data-consentry-guide]` /
 * `[data-consentry-cookie-table]` elements (the boot loads this part for them, without the banner), or the
 * dialog's guide disclosure (src/embed/guide.ts). So the guide data never weighs on the banner's first paint.
 */
import { guideMounters } from '../../browsers/mount';
import type { GuideTask } from '../../browsers/types';
import type { NormalizedConfig } from '../../core/types';
import { localePart, type LocaleMore, type LocaleSteps } from '../locale';
import { registerPart } from '../register';

type Load = <T>(name: string) => Promise<T>;

/**
 * What `loadPart('guide')` resolves with. A locale's strings come with its `locale-<tag>-more` part (`load` is
 * the script tag's `loadPart`).
 */
export interface GuidePart {
  /** The guide in the preferences dialog's disclosure `el`, for the config's `guide.tasks`. */
  mountDialog(el: HTMLElement, config: NormalizedConfig, load: Load, locale: string, nonce?: string): void;
  /** Fills the page's `[data-consentry-guide]` / `[data-consentry-cookie-table]` elements. */
  mountPage(config: NormalizedConfig, load: Load, nonce?: string, locale?: string): void;
}

/** The config's `guide.tasks` when it is a list (the section is checked by the debug build and `consentry check`). */
const guideTasks = (config: NormalizedConfig): GuideTask[] | undefined => {
  const tasks = ((config as { guide?: { tasks?: unknown } }).guide || {}).tasks;
  return Array.isArray(tasks) ? tasks : undefined;
};

// the browsers' labels (`locale-<tag>-steps`) only for the guide, and only where the guides have none inline
const mounters = (load: Load) =>
  guideMounters((l, steps) =>
    Promise.all([
      load<LocaleMore>(localePart(l, true)),
      steps && l != 'en' && l != 'ko' && load<LocaleSteps>(`${localePart(l)}-steps`),
    ]).then(([more, s]) => ({ ...more, labels: s ? s.labels : undefined })),
  );

registerPart('guide', {
  mountDialog(el, config, load, locale, nonce) {
    // under the dialog's title (h2), in a disclosure its button names: headings one level down, no title of its own
    mounters(load).mountCookieGuide(el, { locale, tasks: guideTasks(config), headingLevel: 3, title: false, nonce });
  },
  mountPage(config, load, nonce, locale = config.locale) {
    const m = mounters(load);
    const tasks = guideTasks(config);
    // an element's own task list (data-consentry-guide="deleteSite deleteAll") beats the config's
    document
      .querySelectorAll('[data-consentry-guide]')
      .forEach((el) => m.mountCookieGuide(el, { locale, tasks: el.getAttribute('data-consentry-guide') ? undefined : tasks, nonce }));
    document.querySelectorAll('[data-consentry-cookie-table]').forEach((el) => m.mountCookieTable(el, { config, locale, nonce }));
  },
} satisfies GuidePart);
