/** The widget's host element: its open shadow root with its styles, and the page's theme. */
import { el } from '../dom/element';
import { addStyles } from '../dom/styles';
import type { MountOptions } from './types';

/** The host element for `locale` (not yet on the page): `root` in its open shadow root, with the stylesheet `css` and the theme. */
export function createHost(locale: string, options: MountOptions, root: HTMLElement, css: string): HTMLElement {
  const host = el('div', { 'data-consentry-host': '', lang: locale });
  const shadow = host.attachShadow({ mode: 'open' });
  addStyles(shadow, css, options.nonce);
  const theme = options.theme;
  const vars: { [k: string]: string } = typeof theme == 'string' ? { scheme: theme } : theme || {};
  // CSSOM, not a style attribute: nothing for a CSP to block
  for (const k in vars) k == 'scheme' ? vars[k] != 'auto' && host.setAttribute('data-scheme', vars[k]) : host.style.setProperty(k, vars[k]);
  shadow.append(root);
  return host;
}
