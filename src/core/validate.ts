import type { ConfigProblem } from './errors';
import type { ConsentConfig, Localized, NormalizedConfig } from './types';

/**
 * A table-driven check: reports what is wrong with `value` into `problems`, each named by `path`
 * (`purposes[2].retention`). Other modules build their own config sections' checks from these.
 */
export type Check = (value: any, path: string, problems: ConfigProblem[]) => void;

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const ID = /^[a-z0-9_-]+$/;

/** A string with something in it besides spaces. */
export const isText = (v: unknown): v is string => typeof v == 'string' && v.trim() != '';

/** A plain object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, any> => typeof v == 'object' && v !== null && !Array.isArray(v);

/** A non-empty string, or `{ ko: '…', en: '…' }` with at least one language and only non-empty strings. */
export const isLocalized = (v: unknown): v is Localized =>
  typeof v == 'string'
    ? v.trim() != ''
    : isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => LOCALE.test(k) && typeof v[k] == 'string' && v[k].trim() != '');

/**
 * `value` trimmed when it is a URL safe to put in an `href`: `http:`, `https:` or relative
 * (`/privacy`, `privacy.html`, `//host/x`); `undefined` for anything else, `javascript:`, `data:`,
 * `vbscript:`, `mailto:` included, however disguised (case, spaces, control characters, HTML entities).
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value != 'string') return;
  const url = value.trim();
  // Browsers drop tabs/newlines inside URLs and HTML decodes entities: check what they would see.
  const bare = url.replace(/[\0-\x20\x7f-\x9f]+/g, '');
  if (!bare || /&(#|[a-z\d]+;)/i.test(bare) || /\\/.test(bare)) return;
  const scheme = /^([^/?#]*?):/.exec(bare);
  return !scheme || /^https?$/i.test(scheme[1]) ? url : undefined;
}

/** Edit distance, for "did you mean" on unknown keys. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The known key a misspelt `key` most likely meant, if any is close. */
export function nearest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let min = 3;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < min && d * 2 < k.length) (min = d), (best = k);
  }
  return best;
}

const at = (path: string, key: string | number) => (typeof key == 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
const fail = (out: ConfigProblem[], path: string, message: string) => void out.push({ path, message });

/** A check from a predicate and the message for values that fail it. */
const is = (test: (v: any) => boolean, message: string): Check => (v, path, out) => {
  if (!test(v)) fail(out, path, message);
};
const text = is((v) => typeof v == 'string' && v.trim() != '', 'expected text');
const localized = is(isLocalized, 'expected a localized string');
const flag = is((v) => typeof v == 'boolean', 'expected true or false');
const positive = is((v) => typeof v == 'number' && v > 0 && v < Infinity, 'expected a positive number');
const url = is((v) => !!safeUrl(v), 'expected a safe http(s) or relative URL');
const section = is(isObject, 'expected an object');
const version = is(
  (v) => (typeof v == 'number' && isFinite(v)) || (typeof v == 'string' && v.trim() != ''),
  'expected a number or text',
);
const oneOf = (...values: string[]): Check => is((v) => values.includes(v), `expected one of ${values.map((v) => `"${v}"`).join(', ')}`);

/** A list whose every item passes `item`; empty lists fail unless `allowEmpty`. */
const listOf = (item: Check, allowEmpty?: boolean): Check => (v, path, out) => {
  if (!Array.isArray(v) || (!allowEmpty && !v.length)) return fail(out, path, allowEmpty ? 'expected a list' : 'expected a non-empty list');
  v.forEach((x, i) => item(x, at(path, i), out));
};

/**
 * An object with the keys of `shape` (each checked when present) and the space-separated `required`
 * ones. Every other key is reported as unknown, with the nearest known key as a suggestion.
 */
const object = (shape: Record<string, Check>, required = ''): Check => (v, path, out) => {
  if (!isObject(v)) return fail(out, path, 'expected an object');
  const known = Object.keys(shape);
  for (const k of required.split(' ')) if (k && v[k] === undefined) fail(out, at(path, k), 'is required');
  for (const k of Object.keys(v)) {
    if (!known.includes(k)) {
      const n = nearest(k, known);
      fail(out, at(path, k), `unknown key${n ? ` (did you mean "${n}"?)` : ''}`);
    } else if (v[k] !== undefined) shape[k](v[k], at(path, k), out);
  }
};

/** The building blocks of the config checks, for modules that validate their own config section. */
export const checks = { is, text, localized, flag, positive, url, section, version, oneOf, listOf, object };

const KINDS = 'service analytics marketing advertising functional personalization security third_party overseas_transfer purpose_change sensitive unique_id sale sharing'.split(' ');
/** Kinds whose purposes may ask per marketing channel and for night-time sending. */
const MESSAGING = ['marketing', 'advertising'];
const items = listOf(localized);

const purpose = object(
  {
    id: is((v) => typeof v == 'string' && ID.test(v), 'expected [a-z0-9_-]+'),
    necessity: oneOf('required', 'optional', 'notice'),
    kind: oneOf(...KINDS),
    version,
    title: localized,
    description: localized,
    purpose: localized,
    items,
    retention: localized,
    refusal: localized,
    legalBasis: localized,
    recipients: listOf(
      object({ name: localized, purpose: localized, items, retention: localized, contact: text }, 'name purpose items retention'),
    ),
    transfer: object(
      {
        country: localized,
        recipient: localized,
        contact: text,
        timing: localized,
        method: localized,
        purpose: localized,
        items,
        retention: localized,
        refusalMethod: localized,
      },
      'country recipient contact timing method purpose items retention',
    ),
    channels: listOf(is((v) => typeof v == 'string' && ID.test(v), 'expected [a-z0-9_-]+')),
    nightTime: flag,
    emphasis: flag,
    cookies: listOf(
      object({ name: text, party: oneOf('first', 'third'), lifetime: localized, provider: text, description: localized }, 'name party lifetime'),
    ),
    cleanup: object({ cookies: listOf(text), domains: listOf(text), paths: listOf(text) }, 'cookies'),
    gpc: flag,
  },
  'id necessity kind title',
);

const root = object(
  {
    controller: object(
      {
        name: localized,
        contact: text,
        email: text,
        phone: text,
        url,
        address: localized,
        jurisdiction: is((v) => typeof v == 'string' && /^[A-Z]{2}$/.test(v), 'expected a country code like "KR"'),
      },
      'name contact',
    ),
    policy: object({ version, url, reconsent: oneOf('all', 'changed'), changed: listOf(text, true) }, 'version url'),
    locale: is((v) => v === 'auto' || (typeof v == 'string' && LOCALE.test(v)), 'expected "auto" or a language tag'),
    purposes: listOf(purpose),
    expiry: object({ consentDays: positive, refusalDays: positive, marketingReconfirmDays: positive }),
    gpc: oneOf('respect', 'ignore'),
    children: object({ minimumAge: is((v) => Number.isInteger(v) && v > 0 && v < 30, 'expected a whole number of years') }),
    cookie: object({
      name: is((v) => typeof v == 'string' && /^[A-Za-z0-9_-]+$/.test(v), 'expected [A-Za-z0-9_-]+'),
      domain: is((v) => typeof v == 'string' && /^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(v), 'expected a domain'),
      path: is((v) => typeof v == 'string' && v[0] == '/' && !/[;\s]/.test(v), 'expected a path starting with "/"'),
      sameSite: oneOf('Lax', 'Strict', 'None'),
      secure: flag,
      expiresDays: positive,
    }),
    mirror: flag,
    google: section,
    receipts: section,
    ui: section,
    blocking: section,
    guide: section,
  },
  'controller policy purposes',
);

/** Rules across keys: disclosures each kind must show (standards.md §5.10), unique ids, secure SameSite=None. */
function relations(c: Record<string, any>, out: ConfigProblem[], warnings: ConfigProblem[]) {
  const seen = new Map<string, number>();
  const purposes: any[] = Array.isArray(c.purposes) ? c.purposes : [];
  purposes.forEach((p, i) => {
    if (!isObject(p)) return;
    const path = `purposes[${i}]`;
    const need = (key: string, why: string) => p[key] === undefined && fail(out, `${path}.${key}`, `is required ${why}`);
    if (typeof p.id == 'string') {
      if (seen.has(p.id)) fail(out, `${path}.id`, `duplicate id "${p.id}" (also purposes[${seen.get(p.id)}].id)`);
      else seen.set(p.id, i);
    }
    const consent = p.necessity == 'required' || p.necessity == 'optional';
    if (p.kind == 'third_party') need('recipients', 'for third_party purposes (PIPA 17②)');
    if (p.kind == 'overseas_transfer') need('transfer', 'for overseas_transfer purposes (PIPA 28-8②)');
    if (consent) {
      if (!(p.kind == 'overseas_transfer' && isObject(p.transfer) && p.transfer.refusalMethod !== undefined))
        need('refusal', 'for consent items (PIPA 15②)');
      // Recipients and transfer carry their own purpose, items and retention.
      if (p.kind != 'third_party' && p.kind != 'overseas_transfer')
        for (const k of ['purpose', 'items', 'retention']) need(k, 'for consent items (PIPA 15②)');
      if (p.necessity == 'required' && MESSAGING.includes(p.kind))
        fail(warnings, `${path}.necessity`, 'marketing consent should be optional (PIPA 22⑤)');
    } else if (p.necessity == 'notice') {
      need('purpose', 'for notice purposes');
      if (p.legalBasis === undefined) fail(warnings, `${path}.legalBasis`, 'is recommended for notice purposes');
    }
    for (const k of ['channels', 'nightTime'])
      if (p[k] !== undefined && (!MESSAGING.includes(p.kind) || !consent))
        fail(out, `${path}.${k}`, 'only marketing/advertising consent items have it');
    if (Array.isArray(p.channels))
      p.channels.forEach((ch: unknown, j: number) => {
        if (p.channels.indexOf(ch) < j) fail(out, `${path}.channels[${j}]`, `duplicate channel "${ch}"`);
      });
  });
  const pol = c.policy;
  if (isObject(pol) && Array.isArray(pol.changed))
    pol.changed.forEach((id: unknown, i: number) => {
      if (typeof id == 'string' && !seen.has(id)) fail(out, `policy.changed[${i}]`, `unknown purpose id "${id}"`);
    });
  const ck = c.cookie;
  if (isObject(ck) && ck.sameSite == 'None' && ck.secure === false) fail(out, 'cookie.secure', 'SameSite=None cookies must be secure');
}

/** The config with every default filled in (only called on a valid config). */
function normalize(c: ConsentConfig): NormalizedConfig {
  const ck = c.cookie || {};
  const https = typeof location != 'undefined' && location.protocol == 'https:';
  return {
    ...c,
    locale: c.locale ?? 'auto',
    policy: { ...c.policy, version: String(c.policy.version), reconsent: c.policy.reconsent ?? 'all' },
    purposes: c.purposes.map((p) => ({ ...p, version: String(p.version ?? 1) })),
    expiry: { consentDays: 365, refusalDays: 182, marketingReconfirmDays: 730, ...c.expiry },
    gpc: c.gpc ?? 'respect',
    children: c.children && { minimumAge: 14, ...c.children },
    cookie: {
      name: 'consentry',
      path: '/',
      sameSite: 'Lax',
      expiresDays: 365,
      ...ck,
      secure: ck.secure ?? (ck.sameSite == 'None' || https),
    },
    mirror: c.mirror ?? true,
  };
}

/**
 * Checks a config and fills in its defaults. `problems` lists everything wrong, by path; `config` is
 * set only when there is none. `warnings` are legal recommendations that do not stop consentry.
 */
export function validateConfig(config: unknown): { config?: NormalizedConfig; problems: ConfigProblem[]; warnings: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];
  if (!isObject(config)) fail(problems, '(config)', 'expected an object');
  else {
    root(config, '', problems);
    relations(config, problems, warnings);
  }
  return { config: problems.length ? undefined : normalize(config as unknown as ConsentConfig), problems, warnings };
}
