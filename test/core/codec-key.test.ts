// The config key in the consent cookie's first field (`c1.<key>`): it rides along with the consent without
// changing what is read as consent, old values without it stay readable, and it is covered by the checksum.
import { describe, expect, it } from 'vitest';
import { checksum, decode, keyOf, withKey } from '../../src/core/codec';
import { encode } from '../../src/core/codec-encode';
import type { Stored } from '../../src/core/codec';

const stored: Stored = {
  subjectId: '249a048f-7875-4c80-b9d3-39c52fbfaa10',
  policyVersion: '2024-01-18',
  updatedAt: 1_700_000_000_000,
  purposes: {
    analytics: { id: 'analytics', choice: 'agree', version: '1', source: 'user', decidedAt: 1_700_000_000_000 },
    ads: { id: 'ads', choice: 'disagree', version: '2', source: 'user', decidedAt: 1_699_999_000_000 },
  },
};

describe('the config key', () => {
  it('is written by encode, read by keyOf, and changes nothing decode reads', () => {
    const plain = encode(stored);
    const keyed = encode(stored, checksum('0.1.0{"a":1}'));
    expect(keyed.startsWith(`c1.${checksum('0.1.0{"a":1}')}|`)).toBe(true);
    expect(keyOf(keyed)).toBe(checksum('0.1.0{"a":1}'));
    expect(keyOf(plain)).toBe('');
    expect(decode(keyed)).toEqual(decode(plain));
    expect(decode(plain)!.purposes.analytics.choice).toBe('agree');
  });

  it('withKey gives a value encode would have written with that key', () => {
    const plain = encode(stored);
    expect(withKey(plain, 'abc12')).toBe(encode(stored, 'abc12'));
    expect(withKey(encode(stored, 'zzz'), 'abc12')).toBe(encode(stored, 'abc12'));
    expect(decode(withKey(plain, 'abc12'))).toEqual(decode(plain));
  });

  it('a key edited in without renewing the checksum, or a key of another shape, makes the value unreadable', () => {
    const keyed = encode(stored, 'abc12');
    expect(decode(keyed.replace('c1.abc12', 'c1.abc13'))).toBeUndefined();
    expect(decode(encode(stored).replace(/^c1/, 'c1.abc12'))).toBeUndefined();
    for (const bad of ['c1.|', 'c1.ABC|', 'c1.abcdefgh|', 'c1.a-b|', 'c1.a|b|']) expect(keyOf(keyed.replace('c1.abc12|', bad))).toBe('');
    expect(keyOf('garbage')).toBe('');
    expect(keyOf(undefined)).toBe('');
  });
});
