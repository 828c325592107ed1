import type { ConfigProblem } from '../core/errors';
import { sellsOrShares } from '../core/kinds';
import type { Purpose } from '../core/types';
import { checks, isObject, type Check } from '../core/validate';
import { checkSection } from '../gate/section-check';
import { resolveSignals } from '../gate/google/signals';
import { VENDOR_LABELS, VENDOR_NAMES } from './names';
import { purposesOf } from './purposes';
import { COOKIE_NAME } from './disclosures';
import type { IntegrationConfig, VendorSet } from './types';

/** What the checks need from the rest of the config. */
export interface IntegrationsContext {
  purposes: Pick<Purpose, 'id' | 'kind' | 'necessity' | 'gpc'>[];
  /** The `google` section, when there is one (google-ads then follows its Consent Mode mapping). */
  google?: unknown;
}

const { object, text, localized, listOf, oneOf, section, is } = checks;
const add = (out: ConfigProblem[], path: string, message: string) => void out.push({ path, message });

// RFC 6265 cookie-name characters plus the `*` wildcard: a name goes into a document.cookie write
const cookieName = is(
  (v) => typeof v == 'string' && COOKIE_NAME.test(v),
  "expected a cookie name (letters, digits, !#$%&'+-.^_`|~), or a prefix of two or more of them ending in * as wildcard",
);

const disclosure = object({
  recipient: localized,
  contact: text,
  countryCode: is((v) => typeof v == 'string' && /^[A-Z]{2}$/.test(v), 'expected an ISO 3166 code like "US"'),
  country: localized,
  purpose: localized,
  items: listOf(localized),
  retention: localized,
  timing: localized,
  method: localized,
  cookies: listOf(
    object(
      { name: cookieName, party: oneOf('first', 'third'), lifetime: localized, provider: text, description: localized },
      'name party lifetime',
    ),
    true,
  ),
});

/**
 * Every problem in the config's `integrations` list, by path (`integrations[2].id: expected …`), like the
 * rest of consentry's config checks: unknown keys (with the nearest known one) and vendors, the id format
 * and options of each vendor in `vendors`, purposes that do not exist, and conflicts between entries —
 * the same vendor and id twice, a second id for a vendor that takes one, entries of one vendor needing
 * different purposes (they share one script and one consent state), and google-ads purposes that
 * disagree with the `google` section's Consent Mode mapping. Absent is fine.
 */
export function validateIntegrations(list: unknown, ctx: IntegrationsContext, vendors: VendorSet, path = 'integrations'): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  if (list === undefined) return out;
  if (!Array.isArray(list)) return [{ path, message: 'expected a list of { vendor, id, purpose, options? }' }];
  const ids = ctx.purposes.map((p) => p.id);
  const purpose: Check = (v, at, o) => {
    const all = typeof v == 'string' ? [v] : Array.isArray(v) && v.length ? v : null;
    if (!all) return add(o, at, 'expected a purpose id or a non-empty list of them');
    all.forEach((id: unknown, i: number) => {
      const where = typeof v == 'string' ? at : `${at}[${i}]`;
      if (typeof id != 'string') add(o, where, 'expected a purpose id');
      else if (ids.indexOf(id) < 0) add(o, where, `unknown purpose "${id}"` + (ids.length ? ` (purposes are "${ids.join('", "')}")` : ''));
      else if (all.indexOf(id) < i) add(o, where, `"${id}" is listed twice`);
    });
  };
  const entry = object({ vendor: oneOf(...VENDOR_NAMES), id: text, purpose, options: section, disclosure }, 'vendor purpose');
  const seen: { [vendor: string]: number[] } = {};
  list.forEach((e: IntegrationConfig, i) => {
    const at = `${path}[${i}]`;
    entry(e, at, out);
    if (!isObject(e) || !Object.keys(VENDOR_LABELS).includes(e.vendor)) return;
    const v = vendors[e.vendor];
    if (v) {
      if (!v.id) e.id !== undefined && add(out, at + '.id', `${e.vendor} takes no id`);
      else if (e.id === undefined) add(out, at + '.id', 'is required: ' + v.id[1]);
      else if (typeof e.id == 'string' && !v.id[0].test(e.id)) add(out, at + '.id', v.id[1]);
      if (isObject(e.options)) out.push(...checkSection(e.options, at + '.options', v.options));
    }
    const mine = purposesOf(e).sort().join(' ');
    for (const j of (seen[e.vendor] ||= [])) {
      const other: IntegrationConfig = list[j];
      const also = ` (also ${path}[${j}])`;
      if (other.id === e.id)
        add(
          out,
          at + (e.id === undefined ? '.vendor' : '.id'),
          `${e.vendor} ${e.id === undefined ? 'is configured twice' : `"${e.id}" is configured twice`}${also}`,
        );
      else if (v && !v.multi) add(out, at + '.id', `${e.vendor} takes one id per page${also}`);
      if (purposesOf(other).sort().join(' ') != mine)
        add(
          out,
          at + '.purpose',
          `every ${e.vendor} entry needs the same purposes${also}: they share one script and one consent state (list several purposes in one entry instead)`,
        );
    }
    seen[e.vendor].push(i);
    if (e.vendor == 'google-ads') googleAdsRules(e, at, ctx, out);
  });
  return out;
}

/** google-ads drives Consent Mode's ad keys: one purpose, the same one the `google` section maps them to. */
function googleAdsRules(e: IntegrationConfig, at: string, ctx: IntegrationsContext, out: ConfigProblem[]): void {
  const mine = purposesOf(e);
  if (mine.length > 1)
    return add(
      out,
      at + '.purpose',
      "google-ads takes one purpose: it drives Consent Mode's ad_storage, ad_user_data and ad_personalization",
    );
  const google = ctx.google;
  if (!isObject(google)) return;
  if (isObject(e.options) && e.options.dataLayerName !== undefined)
    add(out, at + '.options.dataLayerName', 'set google.dataLayerName instead: there is one data layer');
  const sources = resolveSignals(ctx.purposes, isObject(google.signals) ? (google.signals as { [k: string]: string }) : {});
  for (const k of ['ad_storage', 'ad_user_data', 'ad_personalization'] as const)
    if (mine[0] && sources[k] != mine[0])
      add(
        out,
        at + '.purpose',
        `"${mine[0]}" does not drive ${k} in the google section ("${sources[k]}" does): set google.signals.${k} to "${mine[0]}" or use that purpose here`,
      );
}

/**
 * Legal recommendations that do not stop consentry: a vendor on a `notice` purpose runs without any choice;
 * an advertising or analytics vendor on a `required` purpose makes tracking a condition of the service.
 */
/** Vendors whose tags share visitors' data with an ad platform (sharing for cross-context behavioural advertising). */
const AD_VENDORS = ['naver-ads', 'kakao-pixel', 'meta-pixel', 'microsoft-uet', 'tiktok-pixel', 'google-ads'];

export function integrationWarnings(list: unknown, ctx: IntegrationsContext, path = 'integrations'): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  if (!Array.isArray(list)) return out;
  list.forEach((e: IntegrationConfig, i) => {
    if (!isObject(e) || !Object.keys(VENDOR_LABELS).includes(e.vendor)) return;
    const label = VENDOR_LABELS[e.vendor];
    for (const id of purposesOf(e)) {
      const p = ctx.purposes.find((q) => q.id == id);
      if (p && p.necessity == 'notice')
        add(out, `${path}[${i}].purpose`, `"${id}" is a notice purpose, always granted: ${label} would run without a choice`);
      if (p && p.necessity == 'required' && e.vendor != 'channel-talk' && e.vendor != 'youtube')
        add(
          out,
          `${path}[${i}].purpose`,
          `"${id}" is required: ${label} should need an optional purpose, so refusing it never blocks the service`,
        );
      // GPC and the "Do not sell or share" link refuse only selling and sharing purposes (by kind or `gpc: true`)
      if (p && p.necessity == 'optional' && AD_VENDORS.includes(e.vendor) && !sellsOrShares(p as Parameters<typeof sellsOrShares>[0]))
        add(
          out,
          `${path}[${i}].purpose`,
          `${label} shares data for advertising, but "${id}" (kind ${p.kind}) is not refused by GPC or the opt-out link: use kind "advertising" or set "gpc": true on it`,
        );
    }
  });
  return out;
}
