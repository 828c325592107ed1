import { h, render, type ComponentChild } from 'preact';
import { pickLocale } from '../core/localize';
import { CookieGuide, type CookieGuideProps } from './CookieGuide';
import { CookieTable, type CookieTableProps } from './CookieTable';
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
 * The locale to show in `el`: the one asked for, else the nearest `lang` attribute, the page's language,
 * then the browser's languages; Korean when none is Korean or English.
 */
export function resolveLocale(locale: string | undefined, el?: Element): string {
  const nav = typeof navigator !== 'undefined' ? navigator.languages || [] : [];
  const near = el && el.closest('[lang]');
  return pickLocale([locale, near && near.getAttribute('lang'), ...nav], ['ko', 'en']);
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
  if (!el || typeof el.appendChild !== 'function' || typeof el.closest !== 'function') throw new TypeError('consentry: mount target must be a DOM element');
}

function mount(el: Element, shadow: boolean | undefined, vnode: ComponentChild): Mounted {
  const root = target(el, shadow);
  render(vnode, root);
  return { destroy: () => render(null, root) };
}

/**
 * Renders the cookie guide into `el` (replacing what the guide rendered there before). Without
 * `options.tasks`, the tasks listed in the element's `data-consentry-guide` attribute are shown, else all;
 * without `options.headingLevel`, its `data-heading-level` attribute sets the title's level.
 */
export function mountCookieGuide(el: Element, options: MountGuideOptions = {}): Mounted {
  check(el);
  const { shadow, ...props } = options;
  const tasks = props.tasks || tasksFromAttribute(el.getAttribute('data-consentry-guide'));
  // data-heading-level="3" fits the guide under the page's own h2
  const headingLevel = props.headingLevel || Number(el.getAttribute('data-heading-level')) || undefined;
  return mount(el, shadow, h(CookieGuide, { ...props, tasks, headingLevel, locale: resolveLocale(props.locale, el) }));
}

/** Renders the site's cookie table from `config` into `el`. */
export function mountCookieTable(el: Element, options: MountTableOptions): Mounted {
  check(el);
  const { shadow, ...props } = options;
  return mount(el, shadow, h(CookieTable, { ...props, locale: resolveLocale(props.locale, el) }));
}
