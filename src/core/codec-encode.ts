/**
 * Writes the stored consent in the format `decode` (./codec) reads. Apart from the reader because only
 * writers need it: the script tag's boot reads the cookie at every page view but never writes a new value.
 */
import { checksum, type Stored } from './codec';

const enc = encodeURIComponent;
const b36 = (ms: number) => Math.floor(ms / 1000).toString(36);

/** The stored form of `s` (with the config key `key`, see `keyOf`); `''` when there is nothing worth keeping. */
export function encode(s: Stored, key?: string): string {
  const g = s.guardian;
  const t = s.updatedAt || 0;
  const purposes = Object.values(s.purposes)
    .filter((p) => p.choice)
    .map((p) =>
      [
        p.id,
        p.source == 'guardian'
          ? p.choice == 'agree'
            ? 'p'
            : 'r'
          : p.choice == 'agree'
            ? p.overGpc
              ? 'c'
              : 'a'
            : p.source == 'user'
              ? 'd'
              : p.source![0],
        enc(p.version),
        t > p.decidedAt! ? b36(t - p.decidedAt!) : '',
        Object.keys(p.channels || {})
          .map((c) => (p.channels![c] == 'agree' ? c : '!' + c))
          .join('+'),
        (p.nightTime || '')[0],
      ]
        .join(':')
        .replace(/:+$/, ''),
    );
  if (!s.subjectId && !purposes[0] && !s.ageGroup && !g) return '';
  const body = [
    key ? 'c1.' + key : 'c1',
    (s.subjectId || '').replace(/-/g, ''),
    enc(s.policyVersion || ''),
    b36(t),
    (s.ageGroup || '')[0],
    g ? [enc(g.method), b36(g.verifiedAt), g.verified ? 'v' : 's'].join(':') : '',
    purposes.join('/'),
  ].join('|');
  return body + '|' + checksum(body);
}
