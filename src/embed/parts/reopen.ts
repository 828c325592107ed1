/**
 * dist/consentry-reopen.js — the reopen button alone, for a returning visitor on a page that configures
 * `ui.reopenButton`: the same button as the widget's (src/ui/reopen.ts) in its own small host, so the
 * visitor who needs no banner does not download the banner part to see it. Its one text, the button's label,
 * is carried here in all eight locales (a few hundred bytes, where the page locale's first-layer part would be
 * a second request of about 1 KB). A click opens the preferences through `window.consentry.open()`, which
 * loads the banner part; the boot then removes this host, and the widget's own button takes its place.
 */
import { builtinLocale, type Locale } from '../../core/locales';
import { el } from '../../dom/element';
import { reopenCss, themeCss } from '../../ui/css/base';
import { resolveStrings } from '../../ui/locale';
import { reopenButton } from '../../ui/reopen';
import type { MountOptions } from '../../ui/types';
import { createHost } from '../../ui/widget-host';
import { reopen as de } from '../../ui/strings/first-layer/de';
import { reopen as en } from '../../ui/strings/first-layer/en';
import { reopen as es } from '../../ui/strings/first-layer/es';
import { reopen as fr } from '../../ui/strings/first-layer/fr';
import { reopen as ja } from '../../ui/strings/first-layer/ja';
import { reopen as ko } from '../../ui/strings/first-layer/ko';
import { reopen as zhCN } from '../../ui/strings/first-layer/zh-CN';
import { reopen as zhTW } from '../../ui/strings/first-layer/zh-TW';
import { registerPart } from '../register';
import type { ScriptConsent } from '../window';

type Load = <T>(name: string) => Promise<T>;

const LABELS: { [L in Locale]: string } = { de, en, es, fr, ja, ko, 'zh-CN': zhCN, 'zh-TW': zhTW };

/** What `loadPart('reopen')` resolves with. */
export interface ReopenPart {
  /** Shows the button (hidden while a decision is needed) in the page's `locale` (`uiLocale`); returns the function that removes it. */
  mount(consent: ScriptConsent, ui: MountOptions, load: Load, locale: string): () => void;
}

registerPart('reopen', {
  mount(consent, ui, load, locale) {
    const root = el('div', { class: 'cs-root' });
    const host = createHost(locale, ui, root, themeCss + reopenCss);
    host.setAttribute('data-consentry-reopen', '');
    // hovering or focusing the button fetches the banner part ahead of the click
    const warm = () => void load('banner').catch(() => {});
    const t = resolveStrings(locale, [{ reopen: LABELS[builtinLocale(locale) || 'en'] }], ui.strings);
    const aside = reopenButton(t, ui.reopenButton, () => consent.open(), warm);
    const hide = () => void (aside.hidden = consent.needsDecision());
    const off = consent.on('change', hide);
    hide();
    root.append(aside);
    // where the widget's host goes: first in the target or the body, early in the tab order
    const target = typeof ui.target == 'string' ? document.querySelector<HTMLElement>(ui.target) : ui.target;
    (target || document.body).prepend(host);
    return () => {
      off();
      host.remove();
    };
  },
} satisfies ReopenPart);
