/**
 * What the widget shows after a decision, over the page: the marketing result notice (a Preact view) and the
 * opt-out's confirmation (plain DOM, from the banner's code). One of each at a time: a newer one replaces the
 * one on screen.
 */
import { sellsOrShares } from '../core/kinds';
import type { Consent, MarketingResult } from '../core/types';
import type { Strings } from './types';
import type { FirstLayer, Unmount, WithViews } from './widget';

/**
 * The "Do not sell or share" link's refusal: every purpose that sells or shares personal information (method
 * `opt-out`, stored and receipted like any refusal).
 */
export const optOutAll = (consent: Consent, locale: string): Promise<unknown> =>
  consent.decide(Object.fromEntries(consent.config.purposes.filter(sellsOrShares).map((p) => [p.id, 'disagree' as const])), {
    method: 'opt-out',
    locale,
  });

/**
 * The notices, as a tuple (the script tag's first paint pays for property names):
 * - `result(r)`: the marketing result notice (Network Act 50⑦) in `layer`, once the views are loaded; `say`
 *   puts its title in the live region;
 * - `optedOut(m, t)`: the opt-out's confirmation before `layer`, drawn by the banner's code `m` with the
 *   strings `t`; its OK takes it away, its Choose takes it away and calls `open()` (`warm` loads the views ahead);
 * - `close()` takes the result notice away.
 */
export function notices(
  withViews: WithViews,
  layer: HTMLElement,
  say: (text: string) => void,
  open: () => void,
  warm: () => void,
): [result: (r: MarketingResult) => void, optedOut: (m: FirstLayer, t: Strings) => void, close: () => void] {
  let notice: Unmount | undefined;
  let shown: HTMLElement | undefined;
  const off = () => shown && (shown.remove(), (shown = undefined));
  return [
    (r) =>
      withViews((v, c) => {
        if (notice) notice();
        say(c.t.mrTitle);
        const close = v.result(layer, c, r, () => {
          close();
          if (notice == close) notice = undefined;
        });
        notice = close;
      }),
    (m, t) => {
      off();
      shown = m[1](layer, t, off, () => (off(), open()), warm);
    },
    () => notice && notice(),
  ];
}
