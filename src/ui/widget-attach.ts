/** When the widget's host can go on the page. */
import type { MountOptions } from './types';

/**
 * Calls `attach()` once the texts are `ready` and the page is parsed as far as the host needs: the body, or
 * all of it for a `target` selector. Texts that did not load are logged: nothing is shown.
 */
export function whenParsed(options: MountOptions, ready: Promise<void> | undefined, attach: () => void): void {
  const start = () => {
    if (document.readyState == 'loading' && (!document.body || typeof options.target == 'string'))
      document.addEventListener('DOMContentLoaded', attach, { once: true });
    else attach();
  };
  if (ready) ready.then(start, (e) => console.error('consentry: the texts did not load:', e));
  else start();
}

/**
 * Puts `host` on the page: the banner layout first in the body (or in `target`): first in the tab order, while
 * the banner is drawn over the page; the form layout into `target`. False when the form's target is missing.
 */
export function placeHost(host: HTMLElement, options: MountOptions, form: boolean): boolean {
  const target = typeof options.target == 'string' ? document.querySelector<HTMLElement>(options.target) : options.target;
  if (!form) (target || document.body).prepend(host);
  else if (target) target.append(host);
  else console.error(`consentry: the form's target ${String(options.target)} is not on the page`);
  return !form || !!target;
}
