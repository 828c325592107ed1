import type { CookieInfo, Purpose, Recipient, Transfer } from '../core/types';
import type { DisclosureOverride, IntegrationConfig, VendorDisclosure, VendorSet } from './types';
import { purposesOf } from './purposes';
import { isObject as plain } from '../core/is';

/**
 * A cookie name as RFC 6265 allows it, or a prefix of at least two such characters ending in `*` (`_hjSession_*`):
 * names go into document.cookie writes, and a bare `*` or `_*` would delete the site's own cookies (sessions,
 * carts) on every refusal.
 */
export const COOKIE_NAME = /^[!#$%&'+\-.^_`|~0-9A-Za-z]{2,}\*?$|^[!#$%&'+\-.^_`|~0-9A-Za-z]$/;

/**
 * A vendor's disclosure with a site's override applied field by field. A localized field is merged per
 * language (`{ en: '…' }` replaces only the English text); lists (items, cookies) and strings replace.
 */
export function vendorDisclosure(defaults: VendorDisclosure, override?: DisclosureOverride): VendorDisclosure {
  const out: { [k: string]: unknown } = { ...defaults };
  for (const k in override || {}) {
    const v = (override as { [k: string]: unknown })[k];
    if (v !== undefined) out[k] = plain(v) && plain(out[k]) ? { ...(out[k] as object), ...v } : v;
  }
  return out as unknown as VendorDisclosure;
}

/** What a purpose discloses once its integrations are added. */
export interface PurposeDisclosures {
  /** The purpose's own recipients, then one per vendor (PIPA 17② items). */
  recipients: Recipient[];
  /** The purpose's own transfers, then one per vendor whose country is not the controller's (PIPA 28-8②). */
  transfers: Transfer[];
  /** The purpose's cookie table, then each vendor's rows (names already listed by the purpose are kept once). */
  cookies: CookieInfo[];
}

/**
 * Merges the vendors configured for `purpose` into its disclosures, for the UI: recipients, overseas
 * transfers and cookie rows, each vendor once however many ids it has (the first entry's `disclosure`
 * override applies). Pure. `jurisdiction` is the controller's country (default `KR`): vendors elsewhere
 * are also listed as transfers.
 */
export function purposeDisclosures(
  purpose: Pick<Purpose, 'id' | 'recipients' | 'transfer' | 'cookies'>,
  integrations: readonly IntegrationConfig[],
  vendors: VendorSet,
  opts: { jurisdiction?: string } = {},
): PurposeDisclosures {
  const home = (opts.jurisdiction || 'KR').toUpperCase();
  const out: PurposeDisclosures = {
    recipients: (purpose.recipients || []).slice(),
    transfers: ([] as Transfer[]).concat((purpose.transfer as Transfer | Transfer[] | undefined) || []),
    cookies: (purpose.cookies || []).slice(),
  };
  const seen: string[] = [];
  for (const e of integrations) {
    const v = e && vendors[e.vendor];
    if (!v || seen.indexOf(e.vendor) >= 0 || purposesOf(e).indexOf(purpose.id) < 0) continue;
    seen.push(e.vendor);
    const d = vendorDisclosure(v.disclosure, e.disclosure);
    const uses = { purpose: d.purpose, items: d.items, retention: d.retention };
    out.recipients.push({ name: d.recipient, contact: d.contact, ...uses });
    if (d.countryCode.toUpperCase() != home)
      out.transfers.push({ country: d.country, recipient: d.recipient, contact: d.contact, timing: d.timing, method: d.method, ...uses });
    for (const row of d.cookies) if (!out.cookies.some((c) => c.name == row.name)) out.cookies.push(row);
  }
  return out;
}

/**
 * Adds the configured vendors' disclosures to each purpose of a config, in place: its `recipients`,
 * `transfer` (as a list once a vendor adds one) and `cookies` become those of `purposeDisclosures`, so the
 * widget, the cookie table and the receipts' notice hashes show exactly what the visitor is told. Purposes
 * without integrations are left as they are. Returns the config. Call it once, before anything is shown
 * (the script tag's integrations part does; on npm, call it on the config you pass to the UI).
 */
export function addVendorDisclosures<
  C extends { purposes: Purpose[]; controller?: { jurisdiction?: string }; integrations?: readonly unknown[] },
>(config: C, vendors: VendorSet): C {
  const list = (Array.isArray(config.integrations) ? config.integrations : []) as IntegrationConfig[];
  for (const p of config.purposes) {
    if (!list.some((e) => e && vendors[e.vendor] && purposesOf(e).indexOf(p.id) >= 0)) continue;
    const d = purposeDisclosures(p, list, vendors, { jurisdiction: config.controller && config.controller.jurisdiction });
    p.recipients = d.recipients;
    if (d.transfers.length) p.transfer = d.transfers.length > 1 ? d.transfers : d.transfers[0];
    p.cookies = d.cookies;
  }
  return config;
}
