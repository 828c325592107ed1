/**
 * The host page's links into the widget: `data-consentry-open` opens the preferences,
 * `data-consentry-opt-out` is the "Do not sell or share" link of the `opt-out` model.
 */
import type { Consent } from '../core/types';
import { el } from '../dom/element';
import type { MountOptions, Strings } from './types';

/** Whether the event `e` passed through an element with the attribute `attr` (open shadow roots included). */
const passedThrough = (e: Event, attr: string): boolean =>
  e.composedPath().some((n) => (n as Element).hasAttribute && (n as Element).hasAttribute(attr));

/**
 * The document's click listener for the page's links: `open()` for `data-consentry-open`, `optOut()` for
 * `data-consentry-opt-out`.
 */
export const linkClicks =
  (open: () => void, optOut: () => Promise<void>) =>
  (e: Event): void => {
    if (passedThrough(e, 'data-consentry-open')) {
      e.preventDefault();
      open();
    } else if (passedThrough(e, 'data-consentry-opt-out')) {
      e.preventDefault();
      void optOut();
    }
  };

/** Words the page's empty opt-out links; with `options.optOutLink` in the `opt-out` model, adds the widget's own to `root`. */
export function optOutLinks(consent: Consent, options: MountOptions, t: Strings, root: HTMLElement): void {
  // the page's "Do not sell or share" links the site left empty get the regulations' wording
  for (const a of document.querySelectorAll('[data-consentry-opt-out]')) if (!a.textContent!.trim()) a.textContent = t.optOutLink;
  if (options.optOutLink && consent.region && consent.region.model == 'opt-out') {
    const link = el('a', { href: '#', class: 'cs-opt-out', 'data-consentry-opt-out': '' }, t.optOutLink);
    root.append(el('footer', { class: 'cs-opt-out-bar' }, link));
  }
}
