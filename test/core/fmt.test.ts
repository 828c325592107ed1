import { afterEach, describe, expect, it, vi } from 'vitest';
import { fmt, formatList, slotParts } from '../../src/core/fmt';

describe('fmt and slotParts', () => {
  it('fill known slots and leave unknown ones as written', () => {
    expect(fmt('만 {age}세 이상입니까? {x}', { age: 14 })).toBe('만 14세 이상입니까? {x}');
    expect(slotParts('a {b} c', { b: 1 })).toEqual(['a ', 1, ' c']);
  });
});

describe('formatList', () => {
  afterEach(() => vi.restoreAllMocks());

  it('joins in the words of the locale', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(formatList(['이름', '이메일'], 'ko')).toBe('이름 및 이메일');
  });

  it('a malformed locale tag gives a plain comma list', () => {
    expect(formatList(['A', 'B'], '<script>')).toBe('A, B');
  });

  it('one item or none is returned as is, without creating an Intl.ListFormat (its first use is a long task)', () => {
    let made = 0;
    const Real = Intl.ListFormat;
    vi.spyOn(Intl, 'ListFormat', 'get').mockReturnValue(
      class extends Real {
        constructor(...a: ConstructorParameters<typeof Real>) {
          super(...a);
          made++;
        }
      },
    );
    expect(formatList(['분석'], 'ko')).toBe('분석');
    expect(formatList([], 'ko')).toBe('');
    expect(made).toBe(0);
    expect(formatList(['A', 'B'], 'en')).toBe('A and B');
    expect(made).toBe(1);
  });
});
