// @vitest-environment node
import { describe, it, expect, afterEach, vi } from 'vitest';
import { detectBrowser } from '../../src/browsers/detect';
import type { BrowserId, InAppId, Platform } from '../../src/browsers/types';
import { uaCorpus } from './ua-corpus';

describe('detectBrowser over the real user-agent corpus', () => {
  it('has at least 80 cases covering every browser, platform and in-app browser', () => {
    expect(uaCorpus.length).toBeGreaterThanOrEqual(80);
    const seen = new Set(uaCorpus.map((c) => `${c.expect.browser}/${c.expect.platform}`));
    const needed: [BrowserId, Platform][] = [
      ['chrome', 'desktop'],
      ['chrome', 'android'],
      ['chrome', 'ios'],
      ['edge', 'desktop'],
      ['edge', 'android'],
      ['edge', 'ios'],
      ['safari', 'desktop'],
      ['safari', 'ios'],
      ['firefox', 'desktop'],
      ['firefox', 'android'],
      ['firefox', 'ios'],
      ['samsung', 'android'],
      ['whale', 'desktop'],
      ['whale', 'android'],
      ['whale', 'ios'],
      ['opera', 'desktop'],
      ['opera', 'android'],
      ['opera', 'ios'],
      ['ie', 'desktop'],
      ['other', 'desktop'],
      ['other', 'android'],
      ['other', 'ios'],
    ];
    for (const [b, p] of needed) expect(seen, `${b}/${p}`).toContain(`${b}/${p}`);
    const apps = new Set(uaCorpus.map((c) => c.expect.inApp).filter(Boolean));
    for (const a of ['kakaotalk', 'naver', 'instagram', 'facebook', 'line', 'webview'] as InAppId[]) expect(apps).toContain(a);
    // UA-CH lists in the corpus put GREASE in every position, so position-based code would fail somewhere
    const greasePositions = new Set(
      uaCorpus.flatMap((c) =>
        (c.input.userAgentData?.brands ?? []).map((b, i, all) => (/brand/i.test(b.brand) ? `${i}/${all.length}` : '')).filter(Boolean),
      ),
    );
    expect([...greasePositions]).toEqual(expect.arrayContaining(['0/3', '1/3', '2/3']));
  });

  it.each(uaCorpus.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = detectBrowser(c.input);
    expect(got.browser).toBe(c.expect.browser);
    expect(got.platform).toBe(c.expect.platform);
    expect(got.inApp).toBe(c.expect.inApp);
    expect(got.engine).toBe(c.expect.engine);
    if (c.expect.version !== undefined) expect(got.version).toBe(c.expect.version);
    if (c.expect.browser === 'other') expect(got.inApp).toBeUndefined();
  });
});

describe('UA Client Hints', () => {
  const chromeUA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

  it('finds the product brand whatever its position among the brands', () => {
    const brands = [
      { brand: 'Microsoft Edge', version: '131' },
      { brand: 'Chromium', version: '131' },
      { brand: 'Not_A Brand', version: '24' },
    ];
    // every rotation of the list gives the same answer
    for (let i = 0; i < brands.length; i++) {
      const rotated = [...brands.slice(i), ...brands.slice(0, i)];
      expect(detectBrowser({ userAgent: chromeUA, userAgentData: { brands: rotated, mobile: false, platform: 'Windows' } }).browser).toBe(
        'edge',
      );
    }
  });

  it('ignores GREASE brands in any spelling, even one that looks like a product', () => {
    for (const grease of ['Not/A)Brand', 'Not A(Brand', 'Not;A=Brand', 'Not_A Brand', 'Not)A;Brand', '(Not(A:Brand', 'Not.A/Brand']) {
      const got = detectBrowser({
        userAgent: chromeUA,
        userAgentData: {
          brands: [
            { brand: grease, version: '99' },
            { brand: 'Chromium', version: '131' },
          ],
          mobile: false,
          platform: 'Windows',
        },
      });
      expect(got).toEqual({ browser: 'chrome', platform: 'desktop', version: '131.0.0.0', engine: 'blink' });
    }
  });

  it('survives malformed userAgentData (no brands, junk entries)', () => {
    const junk = { brands: [null, { brand: 7 }, { version: '1' }] } as unknown as { brands: { brand: string; version: string }[] };
    expect(detectBrowser({ userAgent: chromeUA, userAgentData: junk }).browser).toBe('chrome');
    expect(detectBrowser({ userAgent: chromeUA, userAgentData: {} as never }).browser).toBe('chrome');
  });

  it('a brand with no UA token still gives its major version', () => {
    const got = detectBrowser({
      userAgent: chromeUA,
      userAgentData: {
        brands: [
          { brand: 'Opera', version: '115' },
          { brand: 'Chromium', version: '131' },
        ],
      },
    });
    expect(got).toMatchObject({ browser: 'opera', version: '115' });
  });
});

describe('inputs and the live navigator', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is safe without navigator (SSR) and says other/desktop', () => {
    vi.stubGlobal('navigator', undefined);
    expect(detectBrowser()).toEqual({ browser: 'other', platform: 'desktop' });
  });

  it('reads navigator lazily when called without input', () => {
    vi.stubGlobal('navigator', {
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      platform: 'MacIntel',
      maxTouchPoints: 5,
    });
    expect(detectBrowser()).toMatchObject({ browser: 'safari', platform: 'ios' });
  });

  it('a given userAgent is judged alone: live UA-CH and touch points are not mixed in', () => {
    vi.stubGlobal('navigator', {
      userAgent: 'x',
      userAgentData: { brands: [{ brand: 'Microsoft Edge', version: '131' }], mobile: true, platform: 'Android' },
      maxTouchPoints: 5,
    });
    const got = detectBrowser({
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    });
    expect(got).toEqual({ browser: 'safari', platform: 'desktop', version: '17.4', engine: 'webkit' });
  });

  it('a Mac without touch stays desktop; with touch it is an iPad', () => {
    const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15';
    expect(detectBrowser({ userAgent: ua, maxTouchPoints: 0 }).platform).toBe('desktop');
    expect(detectBrowser({ userAgent: ua, maxTouchPoints: 1 }).platform).toBe('desktop');
    expect(detectBrowser({ userAgent: ua, maxTouchPoints: 5, platform: 'MacIntel' }).platform).toBe('ios');
  });
});
