import type { ConfigProblem } from './errors';
import { transfers } from './kinds';
import type { ConsentConfig, Localized, NormalizedConfig } from './types';

/**
 * A table-driven check: reports what is wrong with `value` into `problems`, each named by `path`
 * (`purposes[2].retention`). Other modules build their own config sections' checks from these.
 */
export type Check = (value: any, path: string, problems: ConfigProblem[]) => void;

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** A plain object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v == 'object' && !Array.isArray(v);

/** A string with something in it besides spaces. */
export const isText = (v: unknown): v is string => typeof v == 'string' && v.trim() != '';

/** A non-empty string, or `{ ko: '…', en: '…' }` with at least one language and only non-empty strings. */
export const isLocalized = (v: unknown): v is Localized =>
  isText(v) || (isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => LOCALE.test(k) && isText(v[k])));

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
  const scheme = /^([^/?#]*?):/.exec(bare);
  if (bare && !/&(#|[a-z\d]+;)|\\/i.test(bare) && (!scheme || /^https?$/i.test(scheme[1]))) return url;
}

/**
 * The known key a misspelt `key` most likely meant: the same but for case, one letter added, dropped or
 * changed, or two neighbours swapped (keys of three letters or more).
 */
export function nearest(key: string, known: string[]): string | undefined {
  const a = key.toLowerCase();
  return known.find((k) => {
    const b = k.toLowerCase();
    let i = 0;
    while (a[i] && a[i] == b[i]) i++;
    const rest = (s: string, n: number) => s.slice(i + n);
    return b[2] && (rest(a, 1) == rest(b, 1) || rest(a, 1) == rest(b, 0) || rest(a, 0) == rest(b, 1) || (a[i] == b[i + 1] && a[i + 1] == b[i] && rest(a, 2) == rest(b, 2)));
  });
}

const add = (out: ConfigProblem[], path: string, message: string) => void out.push({ path, message });

/** A check from a predicate and the message for values that fail it. */
const is =
  (test: (v: any) => unknown, message: string): Check =>
  (v, path, out) =>
    test(v) || add(out, path, message);
/** A string matching `pattern`. */
const match = (pattern: RegExp, message: string) => is((v) => typeof v == 'string' && pattern.test(v), message);
const text = is(isText, 'expected text');
const localized = is(isLocalized, 'expected a localized string');
const flag = is((v) => typeof v == 'boolean', 'expected true or false');
const positive = is((v) => typeof v == 'number' && v > 0 && v < Infinity, 'expected a positive number');
const url = is(safeUrl, 'expected a safe http(s) or relative URL');
const section = is(isObject, 'expected an object');
const version = is((v) => isText(v) || (typeof v == 'number' && Number.isFinite(v)), 'expected a number or text');
const oneOf = (...values: string[]): Check => is((v) => values.includes(v), 'expected one of "' + values.join('", "') + '"');
const id = match(/^[a-z0-9_-]+$/, 'expected [a-z0-9_-]+');

/** A list whose every item passes `item`; empty lists fail unless `allowEmpty`. */
const listOf =
  (item: Check, allowEmpty?: boolean): Check =>
  (v, path, out) =>
    Array.isArray(v) && (allowEmpty || v[0] !== undefined)
      ? v.forEach((x, i) => item(x, `${path}[${i}]`, out))
      : add(out, path, `expected a ${allowEmpty ? '' : 'non-empty '}list`);

/**
 * An object with the keys of `shape` (each checked when present) and the space-separated `required`
 * ones. Every other key is reported as unknown, with the nearest known key as a suggestion.
 */
const object =
  (shape: Record<string, Check>, required = ''): Check =>
  (v, path, out) => {
    if (!isObject(v)) return section(v, path, out);
    const known = Object.keys(shape);
    const where = (k: string) => (path ? path + '.' + k : k);
    let n;
    for (const k of required.split(' ')) if (k && v[k] === undefined) add(out, where(k), 'is required');
    for (const k in v)
      if (!known.includes(k)) add(out, where(k), 'unknown key' + ((n = nearest(k, known)) ? ` (did you mean "${n}"?)` : ''));
      else if (v[k] !== undefined) shape[k](v[k], where(k), out);
  };

/** The building blocks of the config checks, for modules that validate their own config section. */
export const checks = { is, text, localized, flag, positive, url, section, version, oneOf, listOf, object };

const items = listOf(localized);
/** What consent items disclose (PIPA 15②); recipients and transfers carry their own. */
const disclosures = { purpose: localized, items, retention: localized };
const transfer = object(
  { country: localized, recipient: localized, contact: text, timing: localized, method: localized, ...disclosures, refusalMethod: localized },
  'country recipient contact timing method purpose items retention',
);
const days = is((v) => v === false || (typeof v == 'number' && v > 0 && v < Infinity), 'expected a positive number of days, or false (no time limit)');

const root = object(
  {
    controller: object(
      { name: localized, contact: text, email: text, phone: text, url, address: localized, jurisdiction: text },
      'name contact',
    ),
    policy: object({ version, url, reconsent: oneOf('all', 'changed'), changed: listOf(text, true) }, 'version url'),
    locale: text,
    purposes: listOf(
      object(
        {
          id,
          necessity: oneOf('required', 'optional', 'notice'),
          kind: oneOf(...'service analytics marketing advertising functional personalization security third_party overseas_transfer purpose_change sensitive unique_id sale sharing'.split(' ')),
          version,
          title: localized,
          description: localized,
          ...disclosures,
          refusal: localized,
          legalBasis: localized,
          recipients: listOf(object({ name: localized, ...disclosures, contact: text }, 'name purpose items retention')),
          // one receiving party, or a list of them
          transfer: (v, path, out) => (Array.isArray(v) ? listOf(transfer)(v, path, out) : transfer(v, path, out)),
          channels: listOf(id),
          nightTime: flag,
          emphasis: flag,
          cookies: listOf(object({ name: text, party: oneOf('first', 'third'), lifetime: localized, provider: text, description: localized }, 'name party lifetime')),
          cleanup: object({ cookies: listOf(text), domains: listOf(text), paths: listOf(text) }, 'cookies'),
          gpc: flag,
          expiryDays: (v, path, out) => (isObject(v) ? object({ consent: days, refusal: days })(v, path, out) : days(v, path, out)),
          bannerDetails: flag,
        },
        'id necessity kind title',
      ),
    ),
    processors: listOf(object({ name: localized, task: localized, country: localized, contact: text }, 'name task'), true),
    expiry: object({ consentDays: positive, refusalDays: positive, marketingReconfirmDays: positive }),
    gpc: oneOf('respect', 'ignore'),
    children: object({
      minimumAge: is((v) => Number.isInteger(v) && v > 0 && v < 30, 'expected a whole number of years'),
      mode: oneOf('guardian', 'refuse'),
      requiredBeforeGuardian: flag,
    }),
    cookie: object({
      // no `__Host-`/`__Secure-`: consentry adds the prefix itself where it applies (see hostOnly)
      name: match(/^(?!__)[\w-]+$/, 'expected [A-Za-z0-9_-]+, not starting with "__"'),
      domain: match(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i, 'expected a domain'),
      path: match(/^\/[^;\s]*$/, 'expected a path starting with "/"'),
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

/** Kinds that are never needed to provide the service: consent to them must stay optional. */
const NOT_NEEDED = ['analytics', 'advertising', 'marketing', 'personalization', 'third_party', 'overseas_transfer'];
/** A vague last word ("등", "기타", "etc."): PIPC asks for the items and periods themselves. */
const VAGUE = /(^|[\s,·(])(등|기타|etc\.?|and so on|and others|and more)[\s.)\]]*$/i;
const RRN = /주민\s*등록\s*번호|resident registration number|\bRRN\b/i;
const texts = (v: unknown): string[] => (typeof v == 'string' ? [v] : isObject(v) ? Object.values(v) : []);

/** Rules across keys: disclosures each kind must show, unique ids, secure SameSite=None; and the legal warnings. */
function relations(c: Record<string, any>, out: ConfigProblem[], warnings: ConfigProblem[]) {
  const purposes: any[] = Array.isArray(c.purposes) ? c.purposes : [];
  const ids = purposes.map((p) => isObject(p) && p.id);
  const forConsent = 'consent items (PIPA 15②)';
  const warn = (path: string, message: string) => add(warnings, path, message);
  purposes.forEach((p, i) => {
    if (!isObject(p)) return;
    const path = `purposes[${i}].`;
    const need = (key: string, why: string) => p[key] === undefined && add(out, path + key, 'is required for ' + why);
    const first = ids.indexOf(p.id);
    const consent = p.necessity == 'required' || p.necessity == 'optional';
    const messaging = p.kind == 'marketing' || p.kind == 'advertising';
    const own = p.kind == 'third_party' ? 'recipients' : p.kind == 'overseas_transfer' ? 'transfer' : '';
    const xs = transfers(p).filter(isObject);
    if (typeof p.id == 'string' && first < i) add(out, path + 'id', `duplicate id "${p.id}" (also purposes[${first}].id)`);
    if (own) need(own, `${p.kind} purposes (PIPA ${own < 's' ? '17②' : '28-8②'})`);
    if (consent) {
      // An overseas transfer may give its own refusal method (each receiving party) instead.
      if (!xs[0] || xs.some((x) => x.refusalMethod === undefined)) need('refusal', forConsent);
      if (!own) for (const k in disclosures) need(k, forConsent);
      if (p.necessity == 'required' && NOT_NEEDED.includes(p.kind))
        warn(path + 'necessity', `"required" for a ${p.kind} purpose, which the service does not need: make it "optional" (PIPA 22⑤); what a contract needs is a "notice" with its legal basis (PIPA 15①4; PIPC since 2024-09-15)`);
    }
    if (p.necessity == 'notice') {
      need('purpose', 'notice purposes');
      if (p.legalBasis === undefined) warn(path + 'legalBasis', 'is recommended for notice purposes: the law or contract that allows it without consent (PIPA 22③)');
    }
    for (const k of ['channels', 'nightTime'])
      if (p[k] !== undefined && !(consent && messaging)) add(out, path + k, 'only marketing/advertising consent items have it');
    if (Array.isArray(p.channels))
      p.channels.forEach((ch: unknown, j: number) => p.channels.indexOf(ch) < j && add(out, `${path}channels[${j}]`, `duplicate channel "${ch}"`));
    if (p.nightTime && Array.isArray(p.channels) && p.channels.length && p.channels.every((ch: unknown) => ch == 'email'))
      warn(path + 'nightTime', 'e-mail needs no night-time consent (Network Act 50③, Decree 61②): drop nightTime or add the channels it is for');
    // Items and retention, of the purpose, its recipients and its transfers abroad.
    const lists: [string, any][] = [['', p], ...((Array.isArray(p.recipients) ? p.recipients : []).map((r: any, j: number) => [`recipients[${j}].`, r]) as [string, any][])];
    if (Array.isArray(p.transfer)) p.transfer.forEach((x: any, j: number) => lists.push([`transfer[${j}].`, x]));
    else if (p.transfer) lists.push(['transfer.', p.transfer]);
    for (const [at, o] of lists) {
      if (!isObject(o)) continue;
      const fields: [string, unknown][] = (Array.isArray(o.items) ? o.items : []).map((v: unknown, j: number) => [`items[${j}]`, v]);
      fields.push(['retention', o.retention]);
      for (const [k, v] of fields) {
        const vague = texts(v).find((t) => VAGUE.test(t.trim()));
        if (vague) warn(path + at + k, `ends with a vague "${VAGUE.exec(vague.trim())![2]}": list every item and a definite period (PIPC guidelines)`);
        if (consent && k != 'retention' && texts(v).some((t) => RRN.test(t)))
          warn(path + at + k, 'a resident registration number (주민등록번호) needs a law: consent is no basis for it (PIPA 24-2). Remove it');
      }
    }
  });
  const changed = (c.policy || {}).changed;
  if (Array.isArray(changed))
    changed.forEach((id, i) => typeof id == 'string' && !ids.includes(id) && add(out, `policy.changed[${i}]`, `unknown purpose id "${id}"`));
  const ck = c.cookie || {};
  if (ck.sameSite == 'None' && ck.secure === false) add(out, 'cookie.secure', 'SameSite=None cookies must be secure');
}

const https = () => typeof location != 'undefined' && location.protocol == 'https:';

/**
 * On https, a cookie kept to this host (no `domain`, path `/`, secure) is named `__Host-<name>`: browsers
 * then refuse any copy another host would set for it, so a sibling subdomain cannot toss a consent cookie
 * in. With `domain` (shared on purpose), another path, `secure: false` or on http the name stays as set.
 */
const hostOnly = (ck: NormalizedConfig['cookie']): NormalizedConfig['cookie'] =>
  https() && !ck.domain && ck.path == '/' && ck.secure ? { ...ck, name: '__Host-' + ck.name } : ck;

/** The config with every default filled in (only called on a valid config). */
const normalize = (c: ConsentConfig): NormalizedConfig => ({
  ...c,
  locale: c.locale || 'auto',
  policy: { reconsent: 'all', ...c.policy, version: '' + c.policy.version },
  purposes: c.purposes.map((p) => ({ ...p, version: '' + (p.version == null ? 1 : p.version) })),
  expiry: { consentDays: 395, refusalDays: 182, marketingReconfirmDays: 730, ...c.expiry },
  gpc: c.gpc || 'respect',
  children: c.children && { minimumAge: 14, mode: 'guardian', requiredBeforeGuardian: false, ...c.children },
  cookie: hostOnly({
    name: 'consentry',
    path: '/',
    sameSite: 'Lax',
    expiresDays: 365,
    // Browsers keep SameSite=None cookies only when secure.
    secure: (c.cookie || {}).sameSite == 'None' || https(),
    ...c.cookie,
  }),
  mirror: c.mirror != false,
});

/**
 * Checks a config and fills in its defaults. `problems` lists everything wrong, by path; `config` is
 * set only when there is none. `warnings` are legal recommendations that do not stop consentry.
 */
export function validateConfig(config: unknown): { config?: NormalizedConfig; problems: ConfigProblem[]; warnings: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];
  if (!isObject(config)) section(config, '(config)', problems);
  else root(config, '', problems), relations(config, problems, warnings);
  return { config: problems.length ? undefined : normalize(config as ConsentConfig), problems, warnings };
}
