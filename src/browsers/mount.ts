import { h, render, type ComponentChild } from 'preact';
import { pickPageLocale, type Locale } from '../core/locales';
import { CookieGuide, type CookieGuideProps } from './CookieGuide';
import { CookieTable, type CookieTableProps } from './CookieTable';
import { addGuideStrings, guideReady, type GuideTexts } from './strings';
import { allTasks } from './tasks';
import type { GuideTask } from './types';

export interface MountGuideOptions extends CookieGuideProps {
  /** Render into an open shadow root on `el` (styles stay inside it) instead of the page's DOM. */
  shadow?: boolean;
}

export interface MountTableOptions extends CookieTableProps {
  shadow?: boolean;
}

export interface Mounted {
  /** Remove what was rendered. */
  destroy(): void;
}

/**
 * The locale to show in `el`, the widget's rule: the one asked for (`'auto'` skipped), else the nearest
 * `lang` attribute (the page's `<html lang>` at the latest), then the browser's languages; exact tag, then
 * language (`de-AT` → `de`), Chinese by script (`zh-HK` → `zh-TW`); Korean when none is built in.
 */
export function resolveLocale(locale: string | undefined, el?: Element): Locale {
  const nav = typeof navigator !== 'undefined' ? navigator.languages || [] : [];
  const near = el && el.closest('[lang]');
  return pickPageLocale([locale, near && near.getAttribute('lang'), ...nav]) as Locale;
}

/** `"deleteSite deleteAll"` or `"deleteSite,deleteAll"` → those tasks; unknown names are dropped; none → all. */
export function tasksFromAttribute(value: string | null | undefined): GuideTask[] | undefined {
  const tasks = (value || '').split(/[\s,]+/).filter((t): t is GuideTask => (allTasks as string[]).includes(t));
  return tasks.length ? tasks : undefined;
}

function target(el: Element, shadow?: boolean): Element | ShadowRoot {
  return shadow ? el.shadowRoot || el.attachShadow({ mode: 'open' }) : el;
}

function check(el: Element): void {
  if (!el || typeof el.appendChild !== 'function' || typeof el.closest !== 'function')
    throw new TypeError('consentry: mount target must be a DOM element');
}

/**
 * Where a locale's guide and table strings come from when they are not at hand (Korean and English always
 * are); with `steps`, the browsers' labels in that locale too (`GuideTexts.labels`), which the table does not need.
 */
export type LoadGuideTexts = (locale: Locale, steps: boolean) => Promise<GuideTexts>;

/** Renders once the locale's strings are at hand (nothing shows in another language meanwhile). */
function mount(
  el: Element,
  shadow: boolean | undefined,
  locale: Locale,
  steps: boolean,
  load: LoadGuideTexts,
  vnode: () => ComponentChild,
): Mounted {
  const root = target(el, shadow);
  let gone = false;
  const go = () => gone || render(vnode(), root);
  if (guideReady(locale, steps)) go();
  else
    load(locale, steps).then(
      (t) => (addGuideStrings(locale, t), go()),
      (e) => console.error('consentry: cookie guide strings unavailable:', e),
    );
  return { destroy: () => ((gone = true), render(null, root)) };
}

/**
 * `mountCookieGuide` and `mountCookieTable` with the strings of locales other than Korean and English
 * coming from `load` (the npm entry imports them as separate chunks; the script tag loads its locale part).
 */
export function guideMounters(load: LoadGuideTexts): {
  mountCookieGuide(el: Element, options?: MountGuideOptions): Mounted;
  mountCookieTable(el: Element, options: MountTableOptions): Mounted;
} {
  return {
    /**
     * Renders the cookie guide into `el` (replacing what the guide rendered there before). Without
     * `options.tasks`, the tasks listed in the element's `data-consentry-guide` attribute are shown, else
     * all; without `options.headingLevel`, its `data-heading-level` attribute sets the title's level.
     */
    mountCookieGuide(el, options = {}) {
      check(el);
      const { shadow, ...props } = options;
      const tasks = props.tasks || tasksFromAttribute(el.getAttribute('data-consentry-guide'));
      // data-heading-level="3" fits the guide under the page's own h2
      const headingLevel = props.headingLevel || Number(el.getAttribute('data-heading-level')) || undefined;
      const locale = resolveLocale(props.locale, el);
      return mount(el, shadow, locale, true, load, () => h(CookieGuide, { ...props, tasks, headingLevel, locale }));
    },
    /**
     * Renders the site's cookie table from `config` into `el`, in `options.locale`, else the config's
     * `locale` (as the banner speaks it), else the locale `resolveLocale` finds for `el`.
     */
    mountCookieTable(el, options) {
      check(el);
      const { shadow, ...props } = options;
      const locale = resolveLocale(props.locale || (props.config && props.config.locale), el);
      return mount(el, shadow, locale, false, load, () => h(CookieTable, { ...props, locale }));
    },
  };
}
