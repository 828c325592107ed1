import type { ConfigProblem } from './errors';
import { transfers } from './kinds';
import { normalize } from './normalize';
import type { ConsentConfig, NormalizedConfig } from './types';
import { add, checks, type Check } from './config-check';
import { isLocalized, isObject, isText, safeUrl } from './is';
import { checkRegions } from './regions-check';

export { isObject, isText, isLocalized, safeUrl };
export { checks, nearest, type Check } from './config-check';

/** The core config's checks, built on first use so that bundles which never validate can drop them. */
let root: Check | undefined;
const rules = (): Check => root || (root = build());
function build(): Check {
  const { is, match, text, localized, flag, positive, url, section, version, id, oneOf, listOf, object } = checks;

  const items = listOf(localized);
  /** What consent items disclose (PIPA 15②); recipients and transfers carry their own. */
  const disclosures = { purpose: localized, items, retention: localized };
  const transfer = object(
    {
      country: localized,
      recipient: localized,
      contact: text,
      timing: localized,
      method: localized,
      ...disclosures,
      refusalMethod: localized,
    },
    'country recipient contact timing method purpose items retention',
  );
  const purposeRefs = is(
    (v) => (typeof v == 'string' ? v != '' : Array.isArray(v) && v.length > 0 && v.every((x) => typeof x == 'string' && x != '')),
    'expected a purpose id or a non-empty list of them',
  );
  const days = is(
    (v) => v === false || (typeof v == 'number' && v > 0 && v < Infinity),
    'expected a positive number of days, or false (no time limit)',
  );

  return object(
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
            kind: oneOf(
              ...'service analytics marketing advertising functional personalization security third_party overseas_transfer purpose_change sensitive unique_id sale sharing'.split(
                ' ',
              ),
            ),
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
            cookies: listOf(
              object(
                { name: text, party: oneOf('first', 'third'), lifetime: localized, provider: text, description: localized },
                'name party lifetime',
              ),
            ),
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
      // vendors, ids and options are checked by consentry/integrations (consentry check, the debug build)
      integrations: listOf(
        object({ vendor: text, id: text, purpose: purposeRefs, options: section, disclosure: section }, 'vendor purpose'),
        true,
      ),
      // checked with its warnings in `relations` (checkRegions)
      regions: is(() => true, ''),
    },
    'controller policy purposes',
  );
}

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
      if (!own) for (const k of ['purpose', 'items', 'retention']) need(k, forConsent);
      if (p.necessity == 'required' && NOT_NEEDED.includes(p.kind))
        warn(
          path + 'necessity',
          `"required" for a ${p.kind} purpose, which the service does not need: make it "optional" (PIPA 22⑤); what a contract needs is a "notice" with its legal basis (PIPA 15①4; PIPC since 2024-09-15)`,
        );
    }
    if (p.necessity == 'notice') {
      need('purpose', 'notice purposes');
      if (p.legalBasis === undefined)
        warn(path + 'legalBasis', 'is recommended for notice purposes: the law or contract that allows it without consent (PIPA 22③)');
    }
    for (const k of ['channels', 'nightTime'])
      if (p[k] !== undefined && !(consent && messaging)) add(out, path + k, 'only marketing/advertising consent items have it');
    if (Array.isArray(p.channels))
      p.channels.forEach(
        (ch: unknown, j: number) => p.channels.indexOf(ch) < j && add(out, `${path}channels[${j}]`, `duplicate channel "${ch}"`),
      );
    if (p.nightTime && Array.isArray(p.channels) && p.channels.length && p.channels.every((ch: unknown) => ch == 'email'))
      warn(
        path + 'nightTime',
        'e-mail needs no night-time consent (Network Act 50③, Decree 61②): drop nightTime or add the channels it is for',
      );
    // Items and retention, of the purpose, its recipients and its transfers abroad.
    const lists: [string, any][] = [
      ['', p],
      ...((Array.isArray(p.recipients) ? p.recipients : []).map((r: any, j: number) => [`recipients[${j}].`, r]) as [string, any][]),
    ];
    if (Array.isArray(p.transfer)) p.transfer.forEach((x: any, j: number) => lists.push([`transfer[${j}].`, x]));
    else if (p.transfer) lists.push(['transfer.', p.transfer]);
    for (const [at, o] of lists) {
      if (!isObject(o)) continue;
      const fields: [string, unknown][] = (Array.isArray(o.items) ? o.items : []).map((v: unknown, j: number) => [`items[${j}]`, v]);
      fields.push(['retention', o.retention]);
      for (const [k, v] of fields) {
        const vague = texts(v).find((t) => VAGUE.test(t.trim()));
        if (vague)
          warn(
            path + at + k,
            `ends with a vague "${VAGUE.exec(vague.trim())![2]}": list every item and a definite period (PIPC guidelines)`,
          );
        if (consent && k != 'retention' && texts(v).some((t) => RRN.test(t)))
          warn(
            path + at + k,
            'a resident registration number (주민등록번호) needs a law: consent is no basis for it (PIPA 24-2). Remove it',
          );
      }
    }
  });
  if (Array.isArray(c.integrations))
    c.integrations.forEach((e: any, i: number) => {
      const refs = isObject(e) ? ([] as unknown[]).concat(e.purpose) : [];
      refs.forEach((id, j) => {
        if (typeof id == 'string' && id && !ids.includes(id))
          add(
            out,
            `integrations[${i}].purpose` + (Array.isArray(e.purpose) ? `[${j}]` : ''),
            `unknown purpose "${id}" (purposes are "${ids.join('", "')}")`,
          );
      });
    });
  const changed = (c.policy || {}).changed;
  if (Array.isArray(changed))
    changed.forEach(
      (id, i) => typeof id == 'string' && !ids.includes(id) && add(out, `policy.changed[${i}]`, `unknown purpose id "${id}"`),
    );
  const ck = c.cookie || {};
  if (ck.sameSite == 'None' && ck.secure === false) add(out, 'cookie.secure', 'SameSite=None cookies must be secure');
  const regions = checkRegions(c.regions);
  out.push(...regions.problems);
  warnings.push(...regions.warnings);
  // where a region runs opt-out, GPC is how a visitor refuses the sale or sharing of their data (CCPA)
  if (c.gpc == 'ignore' && isObject(c.regions) && Object.values(c.regions).some((e) => (isObject(e) ? e.model : e) == 'opt-out'))
    warnings.push({
      path: 'gpc',
      message: '"ignore" with an opt-out region: California and other opt-out states require honouring Global Privacy Control',
    });
}

/**
 * Checks a config and fills in its defaults. `problems` lists everything wrong, by path; `config` is
 * set only when there is none. `warnings` are legal recommendations that do not stop consentry.
 */
export function validateConfig(config: unknown): { config?: NormalizedConfig; problems: ConfigProblem[]; warnings: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];
  if (!isObject(config)) checks.section(config, '(config)', problems);
  else rules()(config, '', problems), relations(config, problems, warnings);
  return { config: problems.length ? undefined : normalize(config as ConsentConfig), problems, warnings };
}
