/**
 * Regional rules as data: which consent model applies where, and which region a page is in.
 *
 * Pure: no DOM, no network, nothing read at import time. The runtime passes in what it knows (the
 * script tag's `data-region`, the browser's time zone) and records what it decided in the receipt.
 *
 * Models:
 * - `opt-in`: ask first; optional purposes stay off until the visitor agrees (Korea, the EU, the UK).
 * - `opt-out`: optional purposes run until the visitor refuses, with a "Do not sell or share my personal
 *   information" link, and a Global Privacy Control signal counts as a refusal (California).
 * - `notice`: inform only; nothing is asked.
 */
export type RegionModel = 'opt-in' | 'opt-out' | 'notice';

/** A region's model, as a string or as `{ model }`. */
export type RegionEntry = RegionModel | { model: RegionModel };

/**
 * Config section `regions`: region code → model. Codes: `KR`, `GB`, `EU` (any EU member state code
 * such as `DE` resolves to it, and so do the other EEA states IS, LI, NO), an ISO 3166-1 country code,
 * a subdivision `US-CA` (resolves to `US` when only that is listed), and `default` for everywhere else.
 */
export type RegionsConfig = { [code: string]: RegionEntry };

/** Where the region came from: the page (`data-region`), a time-zone guess, or neither. */
export type RegionSource = 'page' | 'time-zone' | 'default';

/** What the runtime decided for this page view; goes into the receipt as it is. */
export interface RegionDecision {
  /** The region code (`KR`, `DE`, `US-CA`, `EU`, … or `default`). */
  region: string;
  model: RegionModel;
  from: RegionSource;
}

export const REGION_MODELS: readonly RegionModel[] = ['opt-in', 'opt-out', 'notice'];

/** Used when the config has no `regions` section or no entry and no `default` matches: ask first. */
export const FALLBACK_MODEL: RegionModel = 'opt-in';

/**
 * EU member states (ISO 3166-1; Greece also as `EL`, the EU's own code), the EEA states that apply the GDPR,
 * and the parts of the EU that geo-IP databases give their own country code (the French outermost regions,
 * Saint-Martin, Åland).
 */
export const EU_CODES =
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO RE GP MQ GF YT MF AX'.split(' ');

const COUNTRY = /^[A-Z]{2}$/;
const SUBDIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const ALIASES: { [code: string]: string } = { UK: 'GB', EL: 'GR' };

/** The canonical form of a region code (`kr` → `KR`, `uk` → `GB`, `us-ca` → `US-CA`), or `undefined` when it is not one. */
export function normalizeRegion(code: unknown): string | undefined {
  if (typeof code != 'string') return;
  const c = code.trim().toUpperCase().replace('_', '-');
  if (c == 'DEFAULT') return 'default';
  if (c == 'EU') return c;
  const a = ALIASES[c] || c;
  return COUNTRY.test(a) || SUBDIVISION.test(a) ? a : undefined;
}

/**
 * The codes to look a region up under, most specific first: `DE` → `DE`, `EU`; `US-CA` → `US-CA`, `US`;
 * always ending in `default`.
 */
export function regionChain(region: string): string[] {
  const c = normalizeRegion(region);
  if (!c || c == 'default') return ['default'];
  const chain = [c];
  const country = c.split('-')[0];
  if (country != c) chain.push(country);
  if (EU_CODES.indexOf(country) >= 0) chain.push('EU');
  chain.push('default');
  return chain;
}

/**
 * A hint from the browser's IANA time zone. A time zone is not a location: travellers, VPNs and
 * neighbouring countries share zones (America/Los_Angeles also covers Washington, Oregon and Nevada;
 * every European zone, Moscow and Zurich included, gives the stricter EU model). Sites that must know
 * set `data-region` from their server's geo-IP.
 */
export function regionFromTimeZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return;
  if (timeZone == 'Asia/Seoul') return 'KR';
  if (timeZone == 'Europe/London' || timeZone == 'Europe/Belfast') return 'GB';
  if (
    /^Europe\//.test(timeZone) ||
    /^(Atlantic\/(Canary|Madeira|Azores|Reykjavik)|Asia\/(Nicosia|Famagusta)|Arctic\/Longyearbyen|Africa\/Ceuta)$/.test(timeZone)
  )
    return 'EU';
  if (timeZone == 'America/Los_Angeles') return 'US-CA';
}

/**
 * The page's region code: an explicit, well-formed `dataRegion` (set by the site's server) wins;
 * otherwise the time zone's hint; otherwise `default`. A malformed `dataRegion` is ignored.
 */
export function pickRegion(input: { dataRegion?: string | null; timeZone?: TimeZoneInput }): string {
  return decideSource(input)[0];
}

/** A time zone, or what reads it: reading it (Intl) can cost tens of milliseconds on a slow phone, so only when needed. */
type TimeZoneInput = string | null | undefined | (() => string | null | undefined);

function decideSource(input: { dataRegion?: string | null; timeZone?: TimeZoneInput }): [string, RegionSource] {
  const page = normalizeRegion(input.dataRegion);
  if (page && page != 'default') return [page, 'page'];
  const tz = input.timeZone;
  const guess = regionFromTimeZone(typeof tz == 'function' ? tz() : tz);
  return guess ? [guess, 'time-zone'] : ['default', 'default'];
}

/** The model an entry names (`"opt-out"` or `{ model: "opt-out" }`), or `undefined` when it names none. */
export const modelOf = (entry: unknown): RegionModel | undefined => {
  const m = entry && typeof entry == 'object' ? (entry as { model?: unknown }).model : entry;
  return REGION_MODELS.indexOf(m as RegionModel) >= 0 ? (m as RegionModel) : undefined;
};

/**
 * The model for `region` under `config.regions`: the region's own entry, then its country, then `EU`
 * for member states, then `default`, then `opt-in`. Tolerates an unchecked config (entries that are not
 * a model are skipped); keys are matched in their canonical form (`kr` finds `KR`).
 */
export function modelFor(config: { regions?: unknown } | null | undefined, region: string): RegionModel {
  const regions = config && config.regions;
  if (!regions || typeof regions != 'object' || Array.isArray(regions)) return FALLBACK_MODEL;
  const table: { [code: string]: RegionModel } = {};
  for (const k of Object.keys(regions)) {
    const code = normalizeRegion(k);
    const m = modelOf((regions as { [k: string]: unknown })[k]);
    if (code && m && !(code in table)) table[code] = m;
  }
  for (const code of regionChain(region)) if (table[code]) return table[code];
  return FALLBACK_MODEL;
}

/**
 * Region, model and where the region came from, in one step (what the receipt records). Without a `regions`
 * section no time zone is read: it could only pick a model, and there is none to pick, so no location is
 * guessed (and the Intl call, tens of milliseconds on a slow phone, is not made).
 */
export function decideRegion(
  config: { regions?: unknown } | null | undefined,
  input: { dataRegion?: string | null; timeZone?: TimeZoneInput },
): RegionDecision {
  // the site's server said where the visitor is, in a form we cannot read: no guess loosens the model
  if (typeof input.dataRegion == 'string' && input.dataRegion.trim() && !normalizeRegion(input.dataRegion))
    return { region: 'default', model: FALLBACK_MODEL, from: 'page' };
  const [region, from] = decideSource(config && config.regions ? input : { dataRegion: input.dataRegion });
  return { region, model: modelFor(config, region), from };
}

/** The browser's IANA time zone, read when called (`undefined` where Intl has none). */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    // no Intl time zone support: no hint
  }
}
