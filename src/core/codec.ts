import type { Choice, ConsentSnapshot, DecisionSource, PurposeState } from './types';

/**
 * The stored consent: what a cookie, the IndexedDB mirror or another tab's message holds.
 * Derived values (expiry dates) are not stored: they follow the config at read time.
 */
export type Stored = Omit<ConsentSnapshot, 'gpc'>;

/*
 * Format `c1|<subject hex>|<policy version>|<updated>|<age>|<guardian>|<purposes>|<checksum>`, where
 * a purpose is `id:<a|d|g|w>:<version>:<age>[:<channels>[:<a|d night>]]` (age: seconds between its
 * decision and `updated`, empty for 0, so one decision's purposes share it), purposes joined by `/`,
 * channels `email+!sms` (`!` = disagreed); times are seconds in base 36; free text is URI-encoded, so
 * the separators never occur inside a field. The checksum (FNV-1a) catches truncation and edits;
 * anything unexpected makes the whole value invalid: it is never read as consent.
 */
const TAG = 'c1';
const CHOICE: Record<string, [Choice, DecisionSource]> = { a: ['agree', 'user'], d: ['disagree', 'user'], g: ['disagree', 'gpc'], w: ['disagree', 'withdraw'] };

const enc = encodeURIComponent;
const time = (ms: number) => Math.floor(ms / 1000).toString(36);

/** FNV-1a 32-bit in base 36. Not a secret: it detects damage, not a forger with the source code. */
function checksum(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The stored form of `s`; `''` when there is nothing worth keeping. */
export function encode(s: Stored): string {
  const purposes = Object.values(s.purposes)
    .filter((p) => p.choice)
    .map((p) => {
      const code = p.choice == 'agree' ? 'a' : p.source == 'gpc' ? 'g' : p.source == 'withdraw' ? 'w' : 'd';
      const channels = Object.entries(p.channels || {})
        .map(([c, v]) => (v == 'agree' ? c : '!' + c))
        .join('+');
      const night = p.nightTime ? p.nightTime[0] : '';
      const age = Math.max(0, (s.updatedAt || 0) - (p.decidedAt || 0));
      return [p.id, code, enc(p.version), age ? time(age) : '', channels, night].join(':').replace(/:+$/, '');
    });
  if (!s.subjectId && !purposes.length && !s.ageGroup && !s.guardian) return '';
  const g = s.guardian;
  const body = [
    TAG,
    (s.subjectId || '').replace(/-/g, ''),
    enc(s.policyVersion || ''),
    time(s.updatedAt || 0),
    s.ageGroup ? s.ageGroup[0] : '',
    g ? [enc(g.name), enc(g.contact), enc(g.method), time(g.verifiedAt)].join(':') : '',
    purposes.join('/'),
  ].join('|');
  return body + '|' + checksum(body);
}

const HEAD = /^c1\|([0-9a-f]{32})?\|([^|]*)\|([0-9a-z]{1,9})\|([ac]?)\|([^|]*)\|([^|]*)\|([0-9a-z]+)$/;
const GUARDIAN = /^([^:]+):([^:]+):([^:]+):([0-9a-z]{1,9})$/;
const NAME = '!?[a-z0-9_-]+';
const ITEM = RegExp(`^([a-z0-9_-]+):([adgw]):([^:]+)(?::([0-9a-z]{0,9})(?::(${NAME}(?:\\+${NAME})*)?(?::([ad]))?)?)?$`);

const sec = (t: string) => parseInt(t, 36) * 1000;
const text = (t: string) => decodeURIComponent(t);

/** The consent in `value`, or `undefined` when it is not a whole, untouched value of this format. */
export function decode(value: unknown): Stored | undefined {
  const m = typeof value == 'string' && HEAD.exec(value);
  if (!m || checksum(value.slice(0, value.lastIndexOf('|'))) != m[7]) return;
  const [, sid, policy, updated, age, guardian, list] = m;
  try {
    const out: Stored = { purposes: {}, updatedAt: sec(updated) };
    if (sid) out.subjectId = sid.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
    if (policy) out.policyVersion = text(policy);
    if (age) out.ageGroup = age == 'a' ? 'adult' : 'child';
    if (guardian) {
      const g = GUARDIAN.exec(guardian)!;
      out.guardian = { name: text(g[1]), contact: text(g[2]), method: text(g[3]), verifiedAt: sec(g[4]) };
    }
    for (const item of list ? list.split('/') : []) {
      const [, id, code, version, decided, channels, night] = ITEM.exec(item)!;
      if (out.purposes[id]) throw 0;
      const [choice, source] = CHOICE[code];
      const p: PurposeState = { id, choice, version: text(version), source, decidedAt: out.updatedAt! - sec(decided || '0') };
      if (channels) {
        p.channels = {};
        for (const c of channels.split('+')) {
          const name = c.replace('!', '');
          if (p.channels[name]) throw 0;
          p.channels[name] = c[0] == '!' ? 'disagree' : 'agree';
        }
      }
      if (night) p.nightTime = night == 'a' ? 'agree' : 'disagree';
      out.purposes[id] = p;
    }
    return out;
  } catch {
    // a field that does not match its pattern (exec gave null) or text that is not valid URI encoding
    return;
  }
}
