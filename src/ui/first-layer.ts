import { bannerGrants, transfers } from '../core/kinds';
import { formatList } from '../core/fmt';
import { localize } from '../core/localize';
import type { Consent, Necessity } from '../core/types';
import type { Strings } from './strings/en';

/** One purpose as the first layer lists it. */
export interface BannerRow {
  id: string;
  title: string;
  necessity: Necessity;
  /** Label and value pairs the banner shows under the title (recipients or country, items, channels). */
  details: [label: string, value: string][];
  /** Not granted by the banner's "Agree to all": the dialog asks for it. */
  separate: boolean;
}

/** Whether the config has required purposes: the banner's refusal button then says "required only". */
export const hasRequired = (consent: Consent): boolean => consent.config.purposes.some((p) => p.necessity == 'required');

/** A channel's label: a built-in name (`ch_email`), else the id as written. */
export const channelName = (t: Strings, ch: string): string => (t as { [k: string]: string })['ch_' + ch] || ch;

/**
 * What the first layer lists, for both banners (the plain-DOM one of the script tag and the Preact one):
 * every purpose with its badge; those "Agree to all" does not grant marked as asked separately; and for a
 * purpose with `bannerDetails`, its recipients or receiving parties and country, its items and its channels.
 */
export function bannerRows(consent: Consent, locale: string, t: Strings): BannerRow[] {
  const L = (v: Parameters<typeof localize>[0]) => localize(v, locale);
  const list = (v?: Parameters<typeof localize>[0][]) => formatList((v || []).map(L), locale);
  return consent.config.purposes.map((p) => {
    const details: [string, string][] = [];
    if (p.bannerDetails) {
      for (const r of p.recipients || []) details.push([t.recipient, L(r.name)], [t.recipientItems, list(r.items)]);
      for (const x of transfers(p))
        details.push([t.transferRecipient, L(x.recipient)], [t.country, L(x.country)], [t.transferItems, list(x.items)]);
      if (!details[0] && p.items) details.push([t.items, list(p.items)]);
      const ch = (p.channels || []).map((c) => channelName(t, c)).concat(p.nightTime ? [t.nightShort] : []);
      if (ch[0]) details.push([t.channels, formatList(ch, locale)]);
    }
    return { id: p.id, title: L(p.title), necessity: p.necessity, details, separate: p.necessity != 'notice' && !bannerGrants(p) };
  });
}
