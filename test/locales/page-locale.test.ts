// @vitest-environment happy-dom
// One rule picks the page's locale for the banner, the dialog, the cookie guide and the table.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveLocale } from '../../src/browsers/mount';
import { pickPageLocale } from '../../src/core/locales';
import { uiLocale } from '../../src/ui/locale';

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.lang = '';
});

describe('pickPageLocale', () => {
  it('matches exact tags, then the language, Chinese by script; Korean when nothing matches', () => {
    expect(pickPageLocale(['de-AT'])).toBe('de');
    expect(pickPageLocale(['zh-HK'])).toBe('zh-TW');
    expect(pickPageLocale(['zh-Hant-CN'])).toBe('zh-TW');
    expect(pickPageLocale(['zh-Hans-HK'])).toBe('zh-CN');
    expect(pickPageLocale(['zh_SG'])).toBe('zh-CN');
    expect(pickPageLocale(['es-419'])).toBe('es');
    expect(pickPageLocale(['it-IT', 'pt'])).toBe('ko');
    expect(pickPageLocale([])).toBe('ko');
    expect(pickPageLocale(['auto', '', null, 'fr-CA'])).toBe('fr');
  });
  it("a site's own locale counts: exact tag, then after the built-in ones by language", () => {
    expect(pickPageLocale(['it-IT'], ['it'])).toBe('it');
    expect(pickPageLocale(['de-CH'], ['de-CH'])).toBe('de-CH');
    expect(pickPageLocale(['de-AT'], ['de-CH'])).toBe('de');
  });
});

describe('uiLocale and the guide follow the same rule', () => {
  it('the option, then the config, then <html lang>, then the browser', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP', 'en']);
    expect(uiLocale(undefined, undefined)).toBe('ja');
    document.documentElement.lang = 'de-AT';
    expect(uiLocale(undefined, undefined)).toBe('de');
    expect(uiLocale(undefined, 'auto')).toBe('de');
    expect(uiLocale(undefined, 'fr')).toBe('fr');
    expect(uiLocale('zh-HK', 'fr')).toBe('zh-TW');
    expect(uiLocale('auto', 'auto')).toBe('de');
    const el = document.createElement('div');
    document.body.append(el);
    expect(resolveLocale(undefined, el)).toBe('de');
    expect(resolveLocale('es-MX', el)).toBe('es');
    expect(resolveLocale('auto', el)).toBe('de');
    el.remove();
  });
  it('unsupported languages everywhere give Korean', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['it-IT', 'pt-BR']);
    document.documentElement.lang = 'nl';
    expect(uiLocale(undefined, undefined)).toBe('ko');
    expect(resolveLocale(undefined, document.body)).toBe('ko');
  });
});
