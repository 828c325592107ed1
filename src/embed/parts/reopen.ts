/**
 * dist/consentry-reopen.js — the reopen button alone, for a returning visitor on a page that configures
 * `ui.reopenButton`: the same button as the widget's (src/ui/reopen.ts) in its own small host, so the
 * visitor who needs no banner does not download the banner part to see it. Its texts come from the page's
 * locale part. A click opens the preferences through `window.consentry.open()`, which loads the banner
 * part; the boot then removes this host, and the widget's own button takes its place.
 */
import { builtinLocale } from '../../core/locales';
import { el } from '../../dom/element';
import { reopenCss, themeCss } from '../../ui/css/base';
import { resolveStrings, uiLocale } from '../../ui/locale';
import { reopenButton } from '../../ui/reopen';
import type { MountOptions } from '../../ui/types';
import { createHost } from '../../ui/widget-host';
import { partStrings } from '../locale';
import { registerPart } from '../register';
import type { ScriptConsent } from '../window';

type Load = <T>(name: string) => Promise<T>;

/** What `loadPart('reopen')` resolves with. */
export interface ReopenPart {
  /** Shows the button (hidden while a decision is needed); returns the function that removes it. */
  mount(consent: ScriptConsent, ui: MountOptions, load: Load): () => void;
}

registerPart('reopen', {
  mount(consent, ui, load) {
    const locale = uiLocale(ui.locale, consent.config.locale, ui.strings);
    const root = el('div', { class: 'cs-root' });
    const host = createHost(locale, ui, root, themeCss + reopenCss);
    host.setAttribute('data-consentry-reopen', '');
    let aside: HTMLElement | undefined;
    const hide = () => void (aside && (aside.hidden = consent.needsDecision()));
    const off = consent.on('change', hide);
    // hovering or focusing the button fetches the banner part ahead of the click
    const warm = () => void load('banner').catch(() => {});
    Promise.resolve(partStrings(load)(builtinLocale(locale) || 'en', 'banner')).then(
      (texts) => {
        aside = reopenButton(resolveStrings(locale, [texts], ui.strings), ui.reopenButton, () => consent.open(), warm);
        hide();
        root.append(aside);
        // where the widget's host goes: first in the target or the body, early in the tab order
        const target = typeof ui.target == 'string' ? document.querySelector<HTMLElement>(ui.target) : ui.target;
        (target || document.body).prepend(host);
      },
      (e) => console.error('consentry: the texts did not load:', e),
    );
    return () => {
      off();
      host.remove();
    };
  },
} satisfies ReopenPart);
