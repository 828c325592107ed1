// Durations by Intl.PluralRules and a fixed word table: the right form in each locale, the same text in
// every browser, and a fallback where Intl is missing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALES, builtinLocale } from '../../src/core/locales';
import { durations, formatDuration } from '../../src/core/plural';

describe('formatDuration', () => {
  it.each([
    ['en', 1, 'day', '1 day'],
    ['en', 90, 'day', '90 days'],
    ['en', 1, 'month', '1 month'],
    ['en', 13, 'month', '13 months'],
    ['de', 1, 'year', '1 Jahr'],
    ['de', 90, 'day', '90 Tage'],
    ['de', 30, 'minute', '30 Minuten'],
    // French: 0 and 1 take the singular; round millions take "de"
    ['fr', 0, 'day', '0 jour'],
    ['fr', 1, 'year', '1 an'],
    ['fr', 2, 'year', '2 ans'],
    ['fr', 13, 'month', '13 mois'],
    ['es', 1, 'month', '1 mes'],
    ['es', 13, 'month', '13 meses'],
    ['ko', 90, 'day', '90일'],
    ['ko', 13, 'month', '13개월'],
    ['ja', 90, 'day', '90日間'],
    ['ja', 6, 'month', '6か月'],
    ['zh-CN', 13, 'month', '13个月'],
    ['zh-TW', 13, 'month', '13個月'],
    ['zh-TW', 2, 'minute', '2分鐘'],
  ] as const)('%s: %i %s → %s', (locale, n, unit, text) => {
    expect(formatDuration(n, unit, locale)).toBe(text);
  });

  it('writes the number as the locale does', () => {
    expect(formatDuration(1000, 'day', 'en')).toBe('1,000 days');
    expect(formatDuration(1000, 'day', 'de')).toBe('1.000 Tage');
    expect(formatDuration(1000000, 'day', 'fr')).toMatch(/^1\s000\s000 de jours$/);
    expect(formatDuration(1000000, 'day', 'es')).toMatch(/^1\.000\.000 de días$/);
  });

  it('uses the language of a regional tag, Chinese by default Simplified, English for the rest', () => {
    expect(formatDuration(2, 'day', 'de-AT')).toBe('2 Tage');
    expect(formatDuration(2, 'day', 'es-419')).toBe('2 días');
    expect(formatDuration(2, 'month', 'zh')).toBe('2个月');
    expect(formatDuration(2, 'day', 'sv')).toBe('2 days');
  });
});

describe('without Intl', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('falls back to the English plural rule and plain digits instead of throwing', async () => {
    vi.stubGlobal('Intl', undefined);
    vi.resetModules();
    const fresh = await import('../../src/core/plural');
    expect(fresh.formatDuration(1, 'day', 'de')).toBe('1 Tag');
    expect(fresh.formatDuration(1000, 'day', 'de')).toBe('1000 Tage');
    expect(fresh.formatDuration(3, 'month', 'ko')).toBe('3개월');
  });
});

describe('durations', () => {
  it('has every built-in locale, each with the number in it', () => {
    const d = durations(13, 'month');
    expect(Object.keys(d).sort()).toEqual([...LOCALES].sort());
    for (const l of LOCALES) expect(d[l]).toContain('13');
    expect(d).toMatchObject({ ko: '13개월', en: '13 months', de: '13 Monate', fr: '13 mois', es: '13 meses' });
  });
});

describe('builtinLocale', () => {
  it.each([
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh_TW', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hans-SG', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['ja-JP', 'ja'],
    ['de-CH', 'de'],
    ['fr-CA', 'fr'],
    ['es-MX', 'es'],
    ['ko', 'ko'],
    ['EN-gb', 'en'],
  ])('%s → %s', (tag, locale) => expect(builtinLocale(tag)).toBe(locale));
  it.each([[''], [null], [undefined], ['sv'], ['pt-BR'], ['x']])('%s → none', (tag) => expect(builtinLocale(tag)).toBeUndefined());
});
