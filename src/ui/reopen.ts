/**
 * The floating button that reopens the preferences, in plain DOM. The widget shows it once it is mounted;
 * before that, the script tag can show the same button alone (src/embed/parts/reopen.ts), so a returning
 * visitor sees it without downloading the banner.
 */
import { el } from '../dom/element';
import type { MountOptions, Strings } from './types';

const ICON = 'M3 6h11v2H3zm15 0h3v2h-3zM3 16h3v2H3zm7 0h11v2H10zM14 4h4v6h-4zM6 14h4v6H6z';

/** The floating button that reopens the preferences (`open()`), in the corner `option` names; `warm` loads the views ahead. */
export function reopenButton(t: Strings, option: MountOptions['reopenButton'], open: () => void, warm: () => void): HTMLElement {
  const right = typeof option == 'object' && option.position == 'bottom-right';
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.appendChild(document.createElementNS(svg.namespaceURI, 'path')).setAttribute('d', ICON);
  const b = el(
    'button',
    {
      type: 'button',
      class: right ? 'cs-reopen cs-right' : 'cs-reopen',
      'aria-label': t.reopen,
      title: t.reopen,
      'data-action': 'reopen',
      onclick: () => open(),
      onpointerenter: warm,
      onfocus: warm,
    },
    svg,
  );
  return el('aside', { 'aria-label': t.reopen }, b);
}
