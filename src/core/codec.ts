import type { ConsentSnapshot } from './types';

/**
 * The stored consent: what a cookie, the IndexedDB mirror or another tab's message holds.
 * Derived values (expiry dates) are not stored: they follow the config at read time.
 */
export type Stored = Omit<ConsentSnapshot, 'gpc'>;

/*
 * Format `c1[.<config key>]|<subject hex>|<policy version>|<updated>|<age>|<guardian>|<purposes>|<checksum>`.
 * The guardian is `<method>:<verified at>:<v|s>` (verified or self-declared): never a name or contact.
 * (Earlier versions wrote `<name>:<contact>:<method>:<at>`; such a value is read without the name and
 * contact, and the next write drops them.) A purpose is `id:<code>:<version>:<age>[:<channels>[:<night>]]`:
 * the code tells the answer and who gave it (`a`/`d` the visitor agreed/refused, `p`/`r` a guardian
 * agreed/refused, `c` the visitor agreed over GPC (`overGpc`), `g` a GPC refusal, `w` a withdrawal); age is the seconds between its decision and
 * `updated`, empty for 0, so one decision's purposes share it. Purposes are joined by `/`, channels are
 * `email+!sms` (`!` = refused), night is `a` or `d`; times are seconds in base 36; free text is
 * URI-encoded, so the separators never occur inside a field. The checksum (FNV-1a) catches truncation and
 * edits; the whole value must match FORMAT: anything unexpected makes it invalid, never read as consent.
 * The config key (see `keyOf`) is not part of the consent: it tells the script tag that the config text it
 * was written under passed the structural check, so a returning visitor's page need not download the check.
 */
const T = '[0-9a-z]{1,9}';
const F = '[^:/|]+';
const C = '!?[a-z0-9_-]+';
const ITEM = `[a-z0-9_-]+:[acdgwpr]:${F}(:(${T})?(:(${C}(\\+${C})*)?(:[ad])?)?)?`;
const FORMAT = RegExp(
  `^c1(\\.[0-9a-z]{1,7})?\\|([0-9a-f]{32})?\\|[^|]*\\|${T}\\|[ac]?\\|(${F}:${T}:[vs]|${F}:${F}:${F}:${T})?\\|(${ITEM}(/${ITEM})*)?\\|[0-9a-z]+$`,
);

const dec = decodeURIComponent;
const ms = (t: string) => parseInt(t || '0', 36) * 1000;

/** FNV-1a 32-bit in base 36. Not a secret: it detects damage, not a forger with the source code. */
export function checksum(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The consent in `value`, or `undefined` when it is not a whole, untouched value of this format.
 * (A value with a valid checksum was written by consentry, or forged with its source at hand: a purpose
 * or channel listed twice in it is read as its last entry.)
 */
export function decode(value: unknown): Stored | undefined {
  if (!FORMAT.test(value as string)) return;
  const v = value as string;
  const [, sid, policy, updated, age, guardian, list, sum] = v.split('|');
  if (checksum(v.slice(0, v.lastIndexOf('|'))) == sum)
    try {
      const g = guardian.split(':');
      // an earlier version wrote `<name>:<contact>:<method>:<at>`: the name and contact are not read
      const [method, at, v] = g.length > 3 ? g.slice(2) : g;
      const purposes: Stored['purposes'] = {};
      const t = ms(updated);
      for (const item of list ? list.split('/') : []) {
        const [id, code, version, decided, channels, night] = item.split(':');
        purposes[id] = {
          id,
          choice: code == 'a' || code == 'c' || code == 'p' ? 'agree' : 'disagree',
          version: dec(version),
          source: code == 'g' ? 'gpc' : code == 'w' ? 'withdraw' : code == 'p' || code == 'r' ? 'guardian' : 'user',
          decidedAt: t - ms(decided),
          channels: channels
            ? Object.fromEntries(channels.split('+').map((c) => [c.replace('!', ''), c[0] == '!' ? 'disagree' : 'agree']))
            : undefined,
          nightTime: night ? (night == 'a' ? 'agree' : 'disagree') : undefined,
        };
        if (code == 'c') purposes[id].overGpc = true;
      }
      return {
        subjectId: sid ? sid.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-') : undefined,
        policyVersion: policy ? dec(policy) : undefined,
        updatedAt: t,
        ageGroup: age ? (age == 'a' ? 'adult' : 'child') : undefined,
        // earlier versions kept no verified flag: a method other than self-declared came from the site's hook
        guardian: guardian
          ? { method: dec(method), verifiedAt: ms(at), verified: v ? v == 'v' : dec(method) != 'self-declared' }
          : undefined,
        purposes,
      };
    } catch {
      // text that is not valid URI encoding
    }
}

/**
 * The config key `value` was written under (`checksum` of the consentry version and the config text that
 * passed the structural check on that page); `''` when it has none or is not a whole value of this format.
 * Not a secret: whoever can write the cookie can write any answer, so it spares work and authorizes nothing.
 */
export const keyOf = (value: unknown): string => (FORMAT.test(value as string) && (value as string).split('|')[0].slice(3)) || '';

/** `value` (a whole value of this format) with the config key `key`, checksum renewed. */
export function withKey(value: string, key: string): string {
  const body = 'c1.' + key + value.slice(value.indexOf('|'), value.lastIndexOf('|'));
  return body + '|' + checksum(body);
}

/** Whether `value` is one written by an earlier version with a guardian's name and contact in it. */
export const hasGuardianDetails = (value: string): boolean => FORMAT.test(value) && value.split('|')[5].split(':').length > 3;

/**
 * `value` without the guardian's name and contact an earlier version wrote into it (as this version writes
 * the rest: `<method>:<verified at>:<v|s>`, checksum renewed); any other value as it is.
 */
export function withoutGuardianDetails(value: string): string {
  if (!hasGuardianDetails(value)) return value;
  const parts = value.split('|');
  const [, , method, at] = parts[5].split(':');
  parts[5] = [method, at, dec(method) == 'self-declared' ? 's' : 'v'].join(':');
  const body = parts.slice(0, -1).join('|');
  return body + '|' + checksum(body);
}
