import type { ConfigProblem } from './errors';
import { isLocalized, isObject, isText, safeUrl } from './is';

/**
 * A rule of the structural schema below: a one-letter kind (see `KINDS`), `a|b|c` for one of these
 * strings, a predicate, `[item]` for a non-empty list (`[item, 1]`: may be empty), or an object shape
 * (a `!` before a key: required; any key not in it: unknown).
 */
type Rule = string | ((v: any, path: string) => unknown) | [Rule, 1?] | { [key: string]: Rule };

const string = (pattern: RegExp) => (v: unknown) => typeof v == 'string' && pattern.test(v);
const positive = (v: unknown) => typeof v == 'number' && v > 0 && v < Infinity;
const days = (v: unknown) => v === false || positive(v);

const KINDS: Record<string, (v: any) => unknown> = {
  t: isText,
  l: isLocalized,
  u: safeUrl,
  o: isObject,
  n: positive,
  b: (v) => typeof v == 'boolean',
  v: (v) => isText(v) || (typeof v == 'number' && Number.isFinite(v)),
  i: string(/^[a-z0-9_-]+$/),
};

const disclosures: Record<string, Rule> = { purpose: 'l', items: ['l'], retention: 'l' };
const required: Record<string, Rule> = { '!purpose': 'l', '!items': ['l'], '!retention': 'l' };
const transfer: Rule = {
  '!country': 'l',
  '!recipient': 'l',
  '!contact': 't',
  '!timing': 'l',
  '!method': 'l',
  ...required,
  refusalMethod: 'l',
};

const schema: Rule = {
  '!controller': { '!name': 'l', '!contact': 't', email: 't', phone: 't', url: 'u', address: 'l', jurisdiction: 't' },
  '!policy': { '!version': 'v', '!url': 'u', reconsent: 'all|changed', changed: ['t', 1] },
  locale: 't',
  '!purposes': [
    {
      '!id': 'i',
      '!necessity': 'required|optional|notice',
      '!kind':
        'service|analytics|marketing|advertising|functional|personalization|security|third_party|overseas_transfer|purpose_change|sensitive|unique_id|sale|sharing',
      version: 'v',
      '!title': 'l',
      description: 'l',
      ...disclosures,
      refusal: 'l',
      legalBasis: 'l',
      recipients: [{ '!name': 'l', ...required, contact: 't' }],
      transfer: (v, path) => check(Array.isArray(v) ? [transfer] : transfer, v, path),
      channels: ['i'],
      nightTime: 'b',
      emphasis: 'b',
      cookies: [{ '!name': 't', '!party': 'first|third', '!lifetime': 'l', provider: 't', description: 'l' }],
      cleanup: { '!cookies': ['t'], domains: ['t'], paths: ['t'] },
      gpc: 'b',
      expiryDays: (v, path) => (isObject(v) ? check({ consent: days, refusal: days }, v, path) : days(v)),
      bannerDetails: 'b',
    },
  ],
  processors: [{ '!name': 'l', '!task': 'l', country: 'l', contact: 't' }, 1],
  expiry: { consentDays: 'n', refusalDays: 'n', marketingReconfirmDays: 'n' },
  gpc: 'respect|ignore',
  children: { minimumAge: (v) => Number.isInteger(v) && v > 0 && v < 30, mode: 'guardian|refuse', requiredBeforeGuardian: 'b' },
  cookie: {
    name: string(/^(?!__)[\w-]+$/),
    domain: string(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i),
    path: string(/^\/[^;\s]*$/),
    sameSite: 'Lax|Strict|None',
    secure: 'b',
    expiresDays: 'n',
  },
  mirror: 'b',
  google: 'o',
  receipts: 'o',
  ui: 'o',
  blocking: 'o',
  guide: 'o',
  integrations: [
    {
      '!vendor': 't',
      id: 't',
      '!purpose': (v) => isText(v) || (Array.isArray(v) && v[0] !== undefined && v.every(isText)),
      options: 'o',
      disclosure: 'o',
    },
    1,
  ],
  // values only: a key that is no region code matches no region (validateConfig names it)
  regions: (v) => isObject(v) && Object.values(v).every((e) => ['opt-in', 'opt-out', 'notice'].includes(isObject(e) ? e.model : e)),
};

let out: ConfigProblem[];
const add = (path: string, message = 'invalid') => void out.push({ path, message });

/** Checks `v` against `rule`; returns true so rules written as predicates can call it. */
function check(rule: Rule, v: any, path: string): true {
  if (typeof rule == 'function') rule(v, path) || add(path);
  else if (typeof rule == 'string') (rule[1] ? rule.split('|').includes(v) : KINDS[rule](v)) || add(path);
  else if (Array.isArray(rule))
    Array.isArray(v) && (rule[1] || v[0] !== undefined) ? v.forEach((x, i) => check(rule[0], x, `${path}[${i}]`)) : add(path);
  else if (!isObject(v)) add(path);
  else {
    const at = (k: string) => (path ? path + '.' + k : k);
    const keys = Object.keys(rule);
    for (const key of keys) {
      const k = key.replace('!', '');
      v[k] === undefined ? key != k && add(at(k), 'is required') : check(rule[key], v[k], at(k));
    }
    for (const k of Object.keys(v)) keys.includes(k) || keys.includes('!' + k) || add(at(k), 'unknown key');
  }
  return true;
}

/**
 * A cheap structural check of a config, small enough for production bundles: everything that would make
 * the runtime misbehave or grant what it should not (shapes, kinds, safe ids and URLs, unique ids, the
 * disclosures each purpose needs). Messages are terse (`invalid`, `is required`, `unknown key`,
 * `duplicate`); `validateConfig` explains each problem and adds legal warnings. Returns [] for every config
 * `validateConfig` accepts.
 */
export function structureProblems(config: unknown): ConfigProblem[] {
  out = [];
  const problems = out;
  if (!isObject(config)) return (add('(config)'), problems);
  check(schema, config, '');
  const purposes: any[] = Array.isArray(config.purposes) ? config.purposes : [];
  const ids = purposes.map((p) => isObject(p) && p.id);
  purposes.forEach((p, i) => {
    if (!isObject(p)) return;
    const at = `purposes[${i}].`;
    const need = (k: string) => p[k] === undefined && add(at + k, 'is required');
    const consent = p.necessity == 'required' || p.necessity == 'optional';
    const own = p.kind == 'third_party' ? 'recipients' : p.kind == 'overseas_transfer' ? 'transfer' : '';
    const xs = p.transfer ? [].concat(p.transfer) : [];
    if (ids.indexOf(p.id) < i) add(at + 'id', 'duplicate');
    if (own) need(own);
    if (consent) {
      // An overseas transfer may give its own refusal method (each receiving party) instead.
      if (!xs[0] || xs.some((x: any) => !isObject(x) || x.refusalMethod === undefined)) need('refusal');
      if (!own) for (const k in disclosures) need(k);
    }
    if (p.necessity == 'notice') need('purpose');
    for (const k of ['channels', 'nightTime'])
      if (p[k] !== undefined && !(consent && (p.kind == 'marketing' || p.kind == 'advertising'))) add(at + k);
    if (Array.isArray(p.channels)) p.channels.forEach((ch, j, all) => all.indexOf(ch) < j && add(`${at}channels[${j}]`, 'duplicate'));
  });
  const changed = isObject(config.policy) && config.policy.changed;
  if (Array.isArray(changed)) changed.forEach((id, i) => ids.includes(id) || add(`policy.changed[${i}]`));
  // a vendor on a purpose that does not exist would never be asked for: refuse it
  if (Array.isArray(config.integrations))
    config.integrations.forEach(
      (e, i) =>
        isObject(e) && [].concat(e.purpose).forEach((id) => typeof id != 'string' || ids.includes(id) || add(`integrations[${i}].purpose`)),
    );
  const cookie = config.cookie;
  if (isObject(cookie) && cookie.sameSite == 'None' && cookie.secure === false) add('cookie.secure');
  return problems;
}
