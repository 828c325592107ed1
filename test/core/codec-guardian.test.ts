// @vitest-environment node
// An earlier version wrote the guardian's name and contact into the consent cookie; the reader rewrites such
// a value without them at once (withoutGuardianDetails), keeping everything else it says.
import { describe, expect, it } from 'vitest';
import { checksum, decode, hasGuardianDetails, withoutGuardianDetails } from '../../src/core/codec';

const old = (guardian: string) => {
  const body = `c1|0123456789abcdef0123456789abcdef|2024-01-18|sl2c2o|c|${guardian}|analytics:p:1/ads:r:1`;
  return `${body}|${checksum(body)}`;
};
const NAME = `${encodeURIComponent('김 보호')}:${encodeURIComponent('010-1111-2222')}`;

describe('withoutGuardianDetails', () => {
  it('drops the name and contact, keeps the method, time and answers, and the checksum holds', () => {
    const before = old(`${NAME}:sms:sl2c2n`);
    expect(hasGuardianDetails(before)).toBe(true);
    const after = withoutGuardianDetails(before);
    expect(after).not.toContain('1111');
    expect(after).not.toContain(encodeURIComponent('김'));
    expect(hasGuardianDetails(after)).toBe(false);
    const [a, b] = [decode(before)!, decode(after)!];
    expect(b).toEqual(a);
    expect(b.guardian).toEqual({ method: 'sms', verifiedAt: parseInt('sl2c2n', 36) * 1000, verified: true });
  });

  it('keeps a self-declared guardian self-declared', () => {
    const after = withoutGuardianDetails(old(`${NAME}:self-declared:sl2c2n`));
    expect(decode(after)!.guardian!.verified).toBe(false);
  });

  it('leaves every other value as it is (this version, damaged, not ours)', () => {
    for (const v of [old('sms:sl2c2n:v'), old(''), 'c1|garbage', '', 'x'.repeat(20)]) expect(withoutGuardianDetails(v)).toBe(v);
  });
});
