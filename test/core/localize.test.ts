import { describe, expect, it } from 'vitest';
import { localize, pickLocale } from '../../src/core';

describe('localize', () => {
  const text = { ko: '분석', en: 'Analytics', 'zh-Hant': '分析' };
  it('takes the exact tag, then the language, then the fallbacks, then the first there is', () => {
    expect(localize(text, 'zh-Hant')).toBe('分析');
    expect(localize(text, 'ko-KR')).toBe('분석');
    expect(localize(text, 'ja')).toBe('Analytics');
    expect(localize({ ko: '분석', fr: 'Analyse' }, 'ja')).toBe('분석');
    expect(localize({ fr: 'Analyse' }, 'ja')).toBe('Analyse');
    expect(localize(text, 'ja', ['ko'])).toBe('분석');
  });
  it('passes plain strings through and gives empty text for nothing', () => {
    expect(localize('Analytics', 'ko')).toBe('Analytics');
    expect(localize(undefined, 'ko')).toBe('');
    expect(localize({}, 'ko')).toBe('');
    expect(localize({ ko: 3 } as any, 'ko')).toBe('');
  });
});

describe('pickLocale', () => {
  it('takes the first wanted locale that is supported, by tag then by language', () => {
    expect(pickLocale(['en-US', 'ko'], ['ko', 'en'])).toBe('en');
    expect(pickLocale(['KO-kr'], ['en', 'ko'])).toBe('ko');
    expect(pickLocale(['zh-Hant'], ['zh-Hans', 'zh-Hant'])).toBe('zh-Hant');
    expect(pickLocale(['zh-TW'], ['en', 'zh-Hant'])).toBe('zh-Hant');
  });
  it("skips 'auto' and empty entries, else takes the first supported", () => {
    expect(pickLocale(['auto', null, undefined, '', 'ko'], ['en', 'ko'])).toBe('ko');
    expect(pickLocale(['auto', 'ja'], ['en', 'ko'])).toBe('en');
    expect(pickLocale([], ['ko'])).toBe('ko');
    expect(pickLocale(['ko'], [])).toBeUndefined();
  });
});
