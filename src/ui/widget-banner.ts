/**
 * The widget's first layer in plain DOM (no Preact, so the script tag's first paint stays small): the
 * banner and the confirmation of an opt-out (the reopen button is ./reopen). They decide nothing themselves: their
 * buttons call what the widget passes in.
 */
import { safeUrl } from '../core/is';
import type { Consent } from '../core/types';
import { el } from '../dom/element';
import { bannerRows, hasRequired } from './first-layer';
import type { MountOptions, Strings } from './types';

/** A button; `warm`, for one that opens the views, loads them when it is hovered or focused. */
const button = (action: string, label: string, onclick: () => void, warm?: () => void) =>
  el('button', { type: 'button', class: 'cs-btn', 'data-action': action, onclick, onpointerenter: warm, onfocus: warm }, label);

/**
 * The first-layer banner of `consent`; its last child is the status line. `act(fn, then)` runs the decision
 * of a button, `open(rest)` opens the preferences, `warm` loads the views ahead.
 */
export function makeBanner(
  consent: Consent,
  locale: string,
  t: Strings,
  act: (fn: () => Promise<unknown>, then?: () => void) => void,
  open: (rest?: string[]) => void,
  warm: () => void,
): HTMLElement {
  const meta = { method: 'banner' as const, locale };
  const url = safeUrl(consent.config.policy.url);
  const required = hasRequired(consent);
  // every purpose with its badge; what "Agree to all" leaves to the dialog says so; details where shown
  const items = el('ul', { class: 'cs-items', 'aria-label': t.itemsLabel });
  for (const r of bannerRows(consent, locale, t))
    items.append(
      el(
        'li',
        { 'data-item': r.id },
        el('span', { class: 'cs-t' }, r.title),
        ' ',
        el('span', { class: 'cs-badge cs-' + r.necessity }, t[r.necessity]),
        r.separate && el('span', { class: 'cs-sep' }, t.separately),
        ...r.details.map(([k, v]) => el('span', { class: 'cs-d' }, el('span', { class: 'cs-k' }, k + ': '), v)),
      ),
    );
  /** After the banner's "Agree to all": the purposes it may not grant are asked in the dialog. */
  const afterAgreeAll = () => {
    const rest = consent.pending();
    if (rest[0] && consent.snapshot().ageGroup != 'child') open(rest);
  };
  // the `notice` model informs only: one button, which records that the notice was seen
  const inform = !!consent.region && consent.region.model == 'notice' && !consent.pending()[0];
  return el(
    'section',
    { class: 'cs-banner', 'aria-labelledby': 'cs-banner-title', 'data-consentry-banner': inform ? 'notice' : '' },
    el('h2', { id: 'cs-banner-title' }, inform ? t.noticeTitle : t.bannerTitle),
    el('p', null, inform ? t.regionNoticeText : t.bannerText, ' ', url && el('a', { href: url }, t.policy)),
    items,
    inform
      ? el(
          'div',
          { class: 'cs-btns' },
          button('acknowledge', t.noticeOk, () => act(() => consent.acknowledge!(meta))),
        )
      : el(
          'div',
          { class: 'cs-btns' },
          // what the banner could not grant is asked for in the dialog right away
          button('agree-all', t.agreeAll, () => act(() => consent.agreeAll(meta), afterAgreeAll)),
          button('disagree-all', required ? t.requiredOnly : t.disagreeAll, () =>
            act(() => consent.disagreeAll({ ...meta, acceptRequired: required })),
          ),
          button('preferences', t.choose, () => open(), warm),
        ),
    el('p', { class: 'cs-status' }),
  );
}

/**
 * Shows that the opt-out is recorded, before `layer`, and focuses its OK button, which calls `close`; its
 * Choose button calls `choose` (`warm` loads the views ahead). Returns the notice.
 */
export function showOptedOut(layer: HTMLElement, t: Strings, close: () => void, choose: () => void, warm: () => void): HTMLElement {
  const ok = button('close', t.noticeOk, close);
  const notice = el(
    'section',
    { class: 'cs-banner', role: 'status', 'aria-label': t.optOutLink, 'data-consentry-opt-out-done': '' },
    el('p', null, t.optOutDone),
    el('div', { class: 'cs-btns' }, ok, button('preferences', t.choose, choose, warm)),
  );
  layer.before(notice);
  ok.focus();
  return notice;
}
