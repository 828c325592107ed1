// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { detectBrowser } from '../../src/browsers/detect';
import type { DetectedBrowser } from '../../src/browsers/types';
import { realCorpus, type RealRow } from './ua-real';

interface Want {
  browser: string;
  platform: string;
  engine?: string;
  inApp?: string;
  version?: string;
}

/** `browser platform engine [+inApp] [@version]`, `-` for no engine. */
function parse(spec: string): Want {
  const [browser, platform, engine, ...rest] = spec.split(' ');
  const want: Want = { browser, platform };
  if (engine !== '-') want.engine = engine;
  for (const part of rest) {
    if (part.startsWith('+')) want.inApp = part.slice(1);
    else if (part.startsWith('@')) want.version = part.slice(1);
    else throw new Error(`bad expectation "${spec}"`);
  }
  return want;
}

const rows: [string, RealRow][] = Object.entries(realCorpus).flatMap(([batch, list]) =>
  list.map((row) => [batch, row] as [string, RealRow]),
);
const judged = rows.map(([batch, [ua, spec, note]]) => ({ batch, ua, note, want: parse(spec), got: detectBrowser({ userAgent: ua }) }));
const has = (pred: (w: Want, ua: string) => boolean) => judged.filter((j) => pred(j.want, j.ua)).length;

describe('the real user-agent corpus', () => {
  it('holds at least 300 distinct strings, every batch non-empty, every expectation well-formed', () => {
    const uas = rows.map(([, [ua]]) => ua);
    expect(new Set(uas).size).toBe(uas.length);
    expect(uas.length).toBeGreaterThanOrEqual(300);
    for (const list of Object.values(realCorpus)) expect(list.length).toBeGreaterThan(0);
    for (const j of judged) {
      expect(['chrome', 'edge', 'safari', 'firefox', 'samsung', 'whale', 'opera', 'ie', 'other']).toContain(j.want.browser);
      expect(['desktop', 'android', 'ios']).toContain(j.want.platform);
    }
  });

  it('covers current browsers on every platform, Korean phones and apps, IE 11 and HarmonyOS', () => {
    const combos: [string, string][] = [
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
      ['opera', 'desktop'],
      ['opera', 'android'],
      ['opera', 'ios'],
      ['ie', 'desktop'],
      ['other', 'desktop'],
      ['other', 'android'],
      ['other', 'ios'],
    ];
    for (const [b, p] of combos)
      expect(
        has((w) => w.browser === b && w.platform === p),
        `${b}/${p}`,
      ).toBeGreaterThan(0);
    for (const app of ['kakaotalk', 'naver', 'instagram', 'facebook', 'line', 'webview']) {
      expect(
        has((w) => w.inApp === app && w.platform === 'android') + has((w) => w.inApp === app && w.platform === 'ios'),
        app,
      ).toBeGreaterThan(0);
    }
    for (const app of ['kakaotalk', 'naver']) {
      expect(
        has((w, ua) => w.inApp === app && /iPhone/.test(ua)),
        `${app} iOS`,
      ).toBeGreaterThan(0);
      expect(
        has((w, ua) => w.inApp === app && /Android/.test(ua)),
        `${app} Android`,
      ).toBeGreaterThan(0);
    }
    // Korean models end in N/S/K/L (Galaxy) or are LG's; Korean apps beyond the named ones
    expect(has((_w, ua) => /\bSM-[A-Z]\d{3}[NSKL]\b/.test(ua))).toBeGreaterThanOrEqual(10);
    expect(has((_w, ua) => /\b(?:LG-|LM-)/.test(ua))).toBeGreaterThanOrEqual(2);
    for (const token of ['BAND/', 'DaumApps/', 'KAKAOSTORY/', 'Whale/', 'SamsungBrowser/', 'OpenHarmony', 'Trident/7.0']) {
      expect(
        has((_w, ua) => ua.includes(token)),
        token,
      ).toBeGreaterThan(0);
    }
  });

  it.each(judged.map((j) => [`${j.batch}: ${j.ua}`, j] as const))('%s', (_name, j) => {
    const got: DetectedBrowser = j.got;
    expect({ browser: got.browser, platform: got.platform, engine: got.engine, inApp: got.inApp }, j.note).toEqual({
      browser: j.want.browser,
      platform: j.want.platform,
      engine: j.want.engine,
      inApp: j.want.inApp,
    });
    if (j.want.version !== undefined) expect(got.version).toBe(j.want.version);
    // an app's WebView is reported as the system browser it runs on, never as "other"
    if (got.browser === 'other') expect(got.inApp).toBeUndefined();
  });
});

describe('strings the detector used to miss', () => {
  const ie = (ua: string) => detectBrowser({ userAgent: ua });

  it('IE 11 without "like Gecko", and with the malformed "rv 11.0"', () => {
    expect(ie('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; Touch; LCTE; rv:11.0)')).toEqual({
      browser: 'ie',
      platform: 'desktop',
      version: '11.0',
      engine: 'trident',
    });
    expect(ie('Mozilla/5.0 (Windows NT 6.3; Trident/7.0; rv 11.0) like Gecko')).toEqual({
      browser: 'ie',
      platform: 'desktop',
      version: '11.0',
      engine: 'trident',
    });
  });

  it('Safari with a "Version/15.6,2" token, on macOS and iOS', () => {
    expect(
      detectBrowser({
        userAgent:
          'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6,2 Safari/605.1.15',
      }),
    ).toEqual({
      browser: 'safari',
      platform: 'desktop',
      version: '15.6',
      engine: 'webkit',
    });
    expect(
      detectBrowser({
        userAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 15_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6,2 Mobile/15E148 Safari/604.1',
      }),
    ).toEqual({
      browser: 'safari',
      platform: 'ios',
      version: '15.6',
      engine: 'webkit',
    });
  });

  it('ArkWeb on HarmonyOS NEXT is not Chrome: other, a touch device, Blink-based, never an in-app verdict', () => {
    const base =
      'Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile';
    for (const ua of [base, `${base} HuaweiBrowser/5.1.5.352`, `${base} MicroMessenger/8.0.10.36`]) {
      expect(detectBrowser({ userAgent: ua })).toEqual({ browser: 'other', platform: 'android', engine: 'blink' });
    }
  });

  it('the NAVER app on Android says Whale/ but is an app WebView running on Android System WebView', () => {
    const ua =
      'Mozilla/5.0 (Linux; Android 16; SM-S931N Build/BP4A.251205.006; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/128.0.0.0 Whale/1.0.0.0 Crosswalk/29.128.0.31 Mobile Safari/537.36 NAVER(inapp; search; 2100; 12.23.1)';
    expect(detectBrowser({ userAgent: ua })).toEqual({
      browser: 'chrome',
      platform: 'android',
      version: '128.0.0.0',
      inApp: 'naver',
      engine: 'blink',
    });
    // the Whale browser itself (same engine string, no NAVER token) stays Whale
    expect(detectBrowser({ userAgent: ua.replace(/; wv\)/, ')').replace(/ NAVER\(.*$/, '') }).browser).toBe('whale');
  });

  it('Brave on iOS, Oculus Browser (which also says SamsungBrowser/) and Snapchat are no longer taken for Safari or Samsung', () => {
    expect(
      detectBrowser({
        userAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/27.0 Mobile/15E148 Safari/604.1 Brave',
      }).browser,
    ).toBe('other');
    expect(
      detectBrowser({
        userAgent:
          'Mozilla/5.0 (Linux; Android 10; Quest 2) AppleWebKit/537.36 (KHTML, like Gecko) OculusBrowser/15.0.0.0.22.280317669 SamsungBrowser/4.0 Chrome/89.0.4389.90 VR Safari/537.36',
      }).browser,
    ).toBe('other');
    expect(
      detectBrowser({
        userAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.6.1 Mobile/15E148 Snapchat/14.25.0.48 (like Safari/8624.5.1.10.3, panda)',
      }),
    ).toEqual({ browser: 'safari', platform: 'ios', inApp: 'webview', engine: 'webkit' });
  });

  it('UA Client Hints still win over a desktop-mode string (the ambiguous case of the corpus)', () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/153.0.0.0 Safari/537.36';
    expect(detectBrowser({ userAgent: ua }).platform).toBe('desktop');
    expect(
      detectBrowser({
        userAgent: ua,
        userAgentData: { brands: [{ brand: 'Google Chrome', version: '153' }], mobile: true, platform: 'Android' },
      }).platform,
    ).toBe('android');
  });
});

describe('hostile user-agent strings', () => {
  // detectBrowser() is documented as pure over any input, so servers may feed it request headers: every
  // pattern must stay linear. Each shape below made a backtracking pattern take seconds or hours.
  const shapes: [string, string][] = [
    ['a long digit run after Version/', `Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/${'1'.repeat(3000)}x`],
    ['dotted groups after Version/', `Mozilla/5.0 (Macintosh) Version/${'1.'.repeat(50_000)}x`],
    ['comma groups after Version/', `Mozilla/5.0 (Macintosh) Version/1${',1'.repeat(50_000)} Safari`],
    ['a long rv: number', `Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:${'1'.repeat(100_000)}`],
    ['repeated product tokens', `Mozilla/5.0 ${'Chrome/'.repeat(15_000)}`],
    ['repeated Mobile/ tokens on an iPhone', `Mozilla/5.0 (iPhone${' Mobile/1'.repeat(10_000)}`],
    ['repeated Version/ Mobile/ pairs', `Mozilla/5.0 ${'Version/1 Mobile/a '.repeat(5_000)}`],
  ];
  it.each(shapes)('%s is judged in well under a second', (_name, ua) => {
    const start = performance.now();
    const got = detectBrowser({ userAgent: ua });
    expect(performance.now() - start).toBeLessThan(250);
    expect(['desktop', 'android', 'ios']).toContain(got.platform);
  });
});
