/**
 * Real user-agent strings (as browsers and apps sent them, 2016–2026) with the UA Client Hints brand lists
 * Chromium browsers send alongside (GREASE entries in varied positions and spellings), and what
 * `detectBrowser()` must say about each. `version` is checked when given; `inApp` and `engine` always
 * (absent = must be absent).
 */
import type { DetectInput, DetectedBrowser, UABrand } from '../../src/browsers/types';

export interface UACase {
  name: string;
  input: DetectInput;
  expect: DetectedBrowser;
}

const b = (brand: string, version: string): UABrand => ({ brand, version });
const data = (brands: UABrand[], mobile: boolean, platform: string) => ({ brands, mobile, platform });

export const uaCorpus: UACase[] = [
  // ── Chrome desktop ────────────────────────────────────────────────────────────────────────────
  {
    name: 'Chrome 131 Windows (reduced UA) + UA-CH, GREASE first',
    input: {
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      userAgentData: data([b('Not_A Brand', '24'), b('Google Chrome', '131'), b('Chromium', '131')], false, 'Windows'),
    },
    expect: { browser: 'chrome', platform: 'desktop', version: '131.0.0.0', engine: 'blink' },
  },
  {
    name: 'Chrome 142 macOS + UA-CH, GREASE last',
    input: {
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
      userAgentData: data([b('Chromium', '142'), b('Google Chrome', '142'), b('Not_A Brand', '99')], false, 'macOS'),
    },
    expect: { browser: 'chrome', platform: 'desktop', version: '142.0.0.0', engine: 'blink' },
  },
  {
    name: 'Chrome 124 Linux, UA string only',
    input: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36' },
    expect: { browser: 'chrome', platform: 'desktop', version: '124.0.0.0', engine: 'blink' },
  },
  {
    name: 'Chrome 126 ChromeOS',
    input: {
      userAgent: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      userAgentData: data([b('Not/A)Brand', '8'), b('Chromium', '126'), b('Google Chrome', '126')], false, 'Chrome OS'),
    },
    expect: { browser: 'chrome', platform: 'desktop', version: '126.0.0.0', engine: 'blink' },
  },
  {
    name: 'Chrome 90 Windows (full version, before UA reduction)',
    input: {
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.212 Safari/537.36',
    },
    expect: { browser: 'chrome', platform: 'desktop', version: '90.0.4430.212', engine: 'blink' },
  },
  {
    name: 'Chrome 49 Windows XP',
    input: { userAgent: 'Mozilla/5.0 (Windows NT 5.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36' },
    expect: { browser: 'chrome', platform: 'desktop', version: '49.0.2623.112', engine: 'blink' },
  },
  {
    name: 'Chromium (Debian) 156 with only Chromium brand',
    input: {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      userAgentData: data([b('Chromium', '156'), b('Not)A;Brand', '24')], false, 'Linux'),
    },
    expect: { browser: 'chrome', platform: 'desktop', version: '156.0.0.0', engine: 'blink' },
  },
  {
    name: 'Headless Chrome (automation) counts as Chrome',
    input: {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.28 Safari/537.36',
    },
    expect: { browser: 'chrome', platform: 'desktop', version: '120.0.6099.28', engine: 'blink' },
  },
  // ── Chrome Android ────────────────────────────────────────────────────────────────────────────
  {
    name: 'Chrome 131 Android (reduced UA "K") + UA-CH',
    input: {
      userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      userAgentData: data([b('Google Chrome', '131'), b('Chromium', '131'), b('Not_A Brand', '24')], true, 'Android'),
    },
    expect: { browser: 'chrome', platform: 'android', version: '131.0.0.0', engine: 'blink' },
  },
  {
    name: 'Chrome 96 Android, Galaxy S21 (full UA)',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 12; SM-G991N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.104 Mobile Safari/537.36',
    },
    expect: { browser: 'chrome', platform: 'android', version: '96.0.4664.104', engine: 'blink' },
  },
  {
    name: 'Chrome Android tablet (no "Mobile")',
    input: { userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-X710N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36' },
    expect: { browser: 'chrome', platform: 'android', version: '119.0.0.0', engine: 'blink' },
  },
  {
    name: 'Chrome Android in "desktop site" mode: desktop UA, UA-CH says mobile',
    input: {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
      userAgentData: data([b('Google Chrome', '129'), b('Not=A?Brand', '8'), b('Chromium', '129')], true, 'Linux'),
    },
    expect: { browser: 'chrome', platform: 'android', version: '129.0.0.0', engine: 'blink' },
  },
  {
    name: 'Chrome Android desktop mode: UA-CH platform Android, mobile false',
    input: {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36',
      userAgentData: data([b('Not(A:Brand', '99'), b('Google Chrome', '133'), b('Chromium', '133')], false, 'Android'),
    },
    expect: { browser: 'chrome', platform: 'android', version: '133.0.0.0', engine: 'blink' },
  },
  // ── Chrome iOS ────────────────────────────────────────────────────────────────────────────────
  {
    name: 'Chrome 127 iPhone (CriOS)',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/127.0.6533.107 Mobile/15E148 Safari/604.1',
    },
    expect: { browser: 'chrome', platform: 'ios', version: '127.0.6533.107', engine: 'webkit' },
  },
  {
    name: 'Chrome iPad (CriOS)',
    input: {
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/119.0.6045.169 Mobile/15E148 Safari/604.1',
    },
    expect: { browser: 'chrome', platform: 'ios', version: '119.0.6045.169', engine: 'webkit' },
  },
  {
    name: 'Chrome iOS 13',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 13_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/80.0.3987.95 Mobile/15E148 Safari/604.1',
    },
    expect: { browser: 'chrome', platform: 'ios', version: '80.0.3987.95', engine: 'webkit' },
  },
  // ── Edge ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'Edge 131 Windows + UA-CH (Edge brand in the middle)',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      userAgentData: data([b('Microsoft Edge', '131'), b('Chromium', '131'), b('Not_A Brand', '24')], false, 'Windows'),
    },
    expect: { browser: 'edge', platform: 'desktop', version: '131.0.0.0', engine: 'blink' },
  },
  {
    name: 'Edge 127 macOS, UA only',
    input: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 Edg/127.0.2651.98',
    },
    expect: { browser: 'edge', platform: 'desktop', version: '127.0.2651.98', engine: 'blink' },
  },
  {
    name: 'Edge 92 Windows',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/92.0.4515.131 Safari/537.36 Edg/92.0.902.67',
    },
    expect: { browser: 'edge', platform: 'desktop', version: '92.0.902.67', engine: 'blink' },
  },
  {
    name: 'Edge Android (EdgA) + UA-CH',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36 EdgA/130.0.0.0',
      userAgentData: data([b('Chromium', '130'), b('Microsoft Edge', '130'), b('Not?A_Brand', '99')], true, 'Android'),
    },
    expect: { browser: 'edge', platform: 'android', version: '130.0.0.0', engine: 'blink' },
  },
  {
    name: 'Edge iOS (EdgiOS)',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/127.2651.102 Mobile/15E148 Safari/605.1.15',
    },
    expect: { browser: 'edge', platform: 'ios', version: '127.2651.102', engine: 'webkit' },
  },
  {
    name: 'Legacy Edge 18 (EdgeHTML)',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
    },
    expect: { browser: 'edge', platform: 'desktop', version: '18.19041', engine: 'edgehtml' },
  },
  {
    name: 'Edge brand in UA-CH wins over a UA without Edg/ token',
    input: {
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36',
      userAgentData: data([b('Chromium', '135'), b('Not-A.Brand', '8'), b('Microsoft Edge', '135')], false, 'Windows'),
    },
    expect: { browser: 'edge', platform: 'desktop', version: '135', engine: 'blink' },
  },
  // ── Safari ────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'Safari 17.5 macOS',
    input: {
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      userAgentData: null,
      maxTouchPoints: 0,
    },
    expect: { browser: 'safari', platform: 'desktop', version: '17.5', engine: 'webkit' },
  },
  {
    name: 'Safari 13.1 macOS Catalina',
    input: {
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1 Safari/605.1.15',
    },
    expect: { browser: 'safari', platform: 'desktop', version: '13.1', engine: 'webkit' },
  },
  {
    name: 'Safari 10 macOS Sierra',
    input: {
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_6) AppleWebKit/603.3.8 (KHTML, like Gecko) Version/10.1.2 Safari/603.3.8',
    },
    expect: { browser: 'safari', platform: 'desktop', version: '10.1.2', engine: 'webkit' },
  },
  {
    name: 'Safari 18 iPhone',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    },
    expect: { browser: 'safari', platform: 'ios', version: '18.1', engine: 'webkit' },
  },
  {
    name: 'Safari 12 iPhone',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 12_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
    },
    expect: { browser: 'safari', platform: 'ios', version: '12.1.2', engine: 'webkit' },
  },
  {
    name: 'Safari iPad (iPadOS 12, still says iPad)',
    input: {
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1',
    },
    expect: { browser: 'safari', platform: 'ios', version: '12.1', engine: 'webkit' },
  },
  {
    name: 'iPadOS 17 Safari claiming to be a Mac (maxTouchPoints 5)',
    input: {
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      userAgentData: null,
      platform: 'MacIntel',
      maxTouchPoints: 5,
    },
    expect: { browser: 'safari', platform: 'ios', version: '17.4', engine: 'webkit' },
  },
  {
    name: 'iPod touch Safari 9',
    input: {
      userAgent:
        'Mozilla/5.0 (iPod touch; CPU iPhone OS 9_3_5 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Version/9.0 Mobile/13G36 Safari/601.1',
    },
    expect: { browser: 'safari', platform: 'ios', version: '9.0', engine: 'webkit' },
  },
  // ── Firefox ───────────────────────────────────────────────────────────────────────────────────
  {
    name: 'Firefox 133 Windows',
    input: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', userAgentData: null },
    expect: { browser: 'firefox', platform: 'desktop', version: '133.0', engine: 'gecko' },
  },
  {
    name: 'Firefox 128 ESR macOS',
    input: { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Firefox/128.0' },
    expect: { browser: 'firefox', platform: 'desktop', version: '128.0', engine: 'gecko' },
  },
  {
    name: 'Firefox Ubuntu',
    input: { userAgent: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0' },
    expect: { browser: 'firefox', platform: 'desktop', version: '115.0', engine: 'gecko' },
  },
  {
    name: 'Firefox 52 Windows 7',
    input: { userAgent: 'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:52.0) Gecko/20100101 Firefox/52.0' },
    expect: { browser: 'firefox', platform: 'desktop', version: '52.0', engine: 'gecko' },
  },
  {
    name: 'Firefox for Android 132',
    input: { userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0' },
    expect: { browser: 'firefox', platform: 'android', version: '132.0', engine: 'gecko' },
  },
  {
    name: 'Firefox for Android tablet 68',
    input: { userAgent: 'Mozilla/5.0 (Android 9; Tablet; rv:68.0) Gecko/68.0 Firefox/68.0' },
    expect: { browser: 'firefox', platform: 'android', version: '68.0', engine: 'gecko' },
  },
  {
    name: 'Firefox iOS (FxiOS)',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/128.0 Mobile/15E148 Safari/605.1.15',
    },
    expect: { browser: 'firefox', platform: 'ios', version: '128.0', engine: 'webkit' },
  },
  {
    name: 'Firefox iPad asking for the desktop site (Macintosh + FxiOS)',
    input: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:109.0) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/120.2 Safari/605.1.15',
    },
    expect: { browser: 'firefox', platform: 'ios', version: '120.2', engine: 'webkit' },
  },
  // ── Samsung Internet ──────────────────────────────────────────────────────────────────────────
  {
    name: 'Samsung Internet 27 + UA-CH brand',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S928N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36',
      userAgentData: data([b('Samsung Internet', '27.0'), b('Chromium', '125'), b('Not.A/Brand', '24')], true, 'Android'),
    },
    expect: { browser: 'samsung', platform: 'android', version: '27.0', engine: 'blink' },
  },
  {
    name: 'Samsung Internet 23, UA only (reduced "K")',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
    },
    expect: { browser: 'samsung', platform: 'android', version: '23.0', engine: 'blink' },
  },
  {
    name: 'Samsung Internet 9.2 (2019)',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 9; SAMSUNG SM-G960N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/9.2 Chrome/67.0.3396.87 Mobile Safari/537.36',
    },
    expect: { browser: 'samsung', platform: 'android', version: '9.2', engine: 'blink' },
  },
  {
    name: 'Samsung Internet in desktop mode (X11 Linux UA)',
    input: {
      userAgent:
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Safari/537.36',
    },
    expect: { browser: 'samsung', platform: 'android', version: '26.0', engine: 'blink' },
  },
  {
    name: 'Samsung Internet older UA-CH list without its own brand (UA decides)',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A536N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/21.0 Chrome/110.0.5481.154 Mobile Safari/537.36',
      userAgentData: data([b('Chromium', '110'), b('Not A(Brand', '24')], true, 'Android'),
    },
    expect: { browser: 'samsung', platform: 'android', version: '21.0', engine: 'blink' },
  },
  // ── NAVER Whale ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'Whale 4.30 Windows + UA-CH brand',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Whale/4.30.291.11 Safari/537.36',
      userAgentData: data([b('Whale', '4'), b('Not?A_Brand', '8'), b('Chromium', '130')], false, 'Windows'),
    },
    expect: { browser: 'whale', platform: 'desktop', version: '4.30.291.11', engine: 'blink' },
  },
  {
    name: 'Whale 3.19 Windows, UA only',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Whale/3.19.166.16 Safari/537.36',
    },
    expect: { browser: 'whale', platform: 'desktop', version: '3.19.166.16', engine: 'blink' },
  },
  {
    name: 'Whale macOS',
    input: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Whale/4.28.278.12 Safari/537.36',
    },
    expect: { browser: 'whale', platform: 'desktop', version: '4.28.278.12', engine: 'blink' },
  },
  {
    name: 'Whale Android',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 13; SM-S911N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.123 Whale/1.0.0.0 Crosswalk/28.124.6367.17 Mobile Safari/537.36',
    },
    expect: { browser: 'whale', platform: 'android', version: '1.0.0.0', engine: 'blink' },
  },
  {
    name: 'Whale iOS',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Whale/2.10.2.2 Mobile/15E148 Safari/604.1',
    },
    expect: { browser: 'whale', platform: 'ios', version: '2.10.2.2', engine: 'webkit' },
  },
  // ── Opera ─────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'Opera 114 Windows + UA-CH',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 OPR/114.0.0.0',
      userAgentData: data([b('Chromium', '128'), b('Not;A=Brand', '24'), b('Opera', '114')], false, 'Windows'),
    },
    expect: { browser: 'opera', platform: 'desktop', version: '114.0.0.0', engine: 'blink' },
  },
  {
    name: 'Opera GX (UA-CH "Opera GX")',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 OPR/110.0.0.0 (Edition std-1)',
      userAgentData: data([b('Opera GX', '110'), b('Chromium', '124'), b('Not-A.Brand', '99')], false, 'Windows'),
    },
    expect: { browser: 'opera', platform: 'desktop', version: '110.0.0.0', engine: 'blink' },
  },
  {
    name: 'Opera 76 macOS',
    input: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.212 Safari/537.36 OPR/76.0.4017.177',
    },
    expect: { browser: 'opera', platform: 'desktop', version: '76.0.4017.177', engine: 'blink' },
  },
  {
    name: 'Opera for Android',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Mobile Safari/537.36 OPR/84.0.4449.82085',
    },
    expect: { browser: 'opera', platform: 'android', version: '84.0.4449.82085', engine: 'blink' },
  },
  {
    name: 'Opera for Android + UA-CH "OperaMobile" brand',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile Safari/537.36 OPR/85.0.0.0',
      userAgentData: data([b('OperaMobile', '85'), b('Not;A=Brand', '24'), b('Chromium', '128')], true, 'Android'),
    },
    expect: { browser: 'opera', platform: 'android', version: '85.0.0.0', engine: 'blink' },
  },
  {
    name: 'Opera Touch iOS (OPT)',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 OPT/4.3.1 Mobile/15E148 Safari/604.1',
    },
    expect: { browser: 'opera', platform: 'ios', version: '4.3.1', engine: 'webkit' },
  },
  {
    name: 'Opera Mini iOS (OPiOS)',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 12_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) OPiOS/16.0.14.122053 Mobile/16B92 Safari/9537.53',
    },
    expect: { browser: 'opera', platform: 'ios', version: '16.0.14.122053', engine: 'webkit' },
  },
  // ── Internet Explorer ─────────────────────────────────────────────────────────────────────────
  {
    name: 'IE11 Windows 10',
    input: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko', userAgentData: null },
    expect: { browser: 'ie', platform: 'desktop', version: '11.0', engine: 'trident' },
  },
  {
    name: 'IE11 Windows 7 with .NET tokens',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; SLCC2; .NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
    },
    expect: { browser: 'ie', platform: 'desktop', version: '11.0', engine: 'trident' },
  },
  {
    name: 'IE mode in Edge (Trident/7.0, compatible view MSIE 7)',
    input: { userAgent: 'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E)' },
    expect: { browser: 'ie', platform: 'desktop', version: '7.0', engine: 'trident' },
  },
  {
    name: 'IE10',
    input: { userAgent: 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)' },
    expect: { browser: 'ie', platform: 'desktop', version: '10.0', engine: 'trident' },
  },
  {
    name: 'IE9',
    input: { userAgent: 'Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0)' },
    expect: { browser: 'ie', platform: 'desktop', version: '9.0', engine: 'trident' },
  },
  // ── In-app browsers ───────────────────────────────────────────────────────────────────────────
  {
    name: 'KakaoTalk Android in-app',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; SM-S921N Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36;KAKAOTALK 2410.4.3',
      userAgentData: data([b('Android WebView', '129'), b('Chromium', '129'), b('Not=A?Brand', '8')], true, 'Android'),
    },
    expect: { browser: 'chrome', platform: 'android', version: '129.0.6668.100', inApp: 'kakaotalk', engine: 'blink' },
  },
  {
    name: 'KakaoTalk iOS in-app',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.4.3',
    },
    expect: { browser: 'safari', platform: 'ios', inApp: 'kakaotalk', engine: 'webkit' },
  },
  {
    name: 'KakaoTalk older Android in-app (KAKAOTALK 9)',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 11; SM-N981N Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/96.0.4664.92 Mobile Safari/537.36;KAKAOTALK 2409670',
    },
    expect: { browser: 'chrome', platform: 'android', version: '96.0.4664.92', inApp: 'kakaotalk', engine: 'blink' },
  },
  {
    name: 'NAVER app Android in-app',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 13; SM-S918N Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36 NAVER(inapp; search; 2000; 12.1.1)',
    },
    expect: { browser: 'chrome', platform: 'android', version: '120.0.6099.144', inApp: 'naver', engine: 'blink' },
  },
  {
    name: 'NAVER app iOS in-app',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 NAVER(inapp; search; 2000; 12.2.1; 15PRO)',
    },
    expect: { browser: 'safari', platform: 'ios', inApp: 'naver', engine: 'webkit' },
  },
  {
    name: 'Instagram Android in-app',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 13; SM-G998N Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.193 Mobile Safari/537.36 Instagram 309.0.0.40.113 Android (33/13; 600dpi; 1440x3007; samsung; SM-G998N; p3s; exynos2100; ko_KR; 536988415)',
    },
    expect: { browser: 'chrome', platform: 'android', version: '119.0.6045.193', inApp: 'instagram', engine: 'blink' },
  },
  {
    name: 'Instagram iOS in-app',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 307.0.2.17.107 (iPhone14,5; iOS 17_1_2; ko_KR; ko; scale=3.00; 1170x2532; 531732949)',
    },
    expect: { browser: 'safari', platform: 'ios', inApp: 'instagram', engine: 'webkit' },
  },
  {
    name: 'Facebook Android in-app (FB_IAB/FB4A)',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 12; SM-A525F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0.5993.111 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/439.0.0.44.117;]',
    },
    expect: { browser: 'chrome', platform: 'android', version: '118.0.5993.111', inApp: 'facebook', engine: 'blink' },
  },
  {
    name: 'Facebook iOS in-app (FBAN/FBIOS)',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone13,2;FBMD/iPhone;FBSN/iOS;FBSV/16.6;FBSS/3;FBID/phone;FBLC/ko_KR;FBOP/5]',
    },
    expect: { browser: 'safari', platform: 'ios', inApp: 'facebook', engine: 'webkit' },
  },
  {
    name: 'LINE iOS in-app',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/13.18.0',
    },
    expect: { browser: 'safari', platform: 'ios', inApp: 'line', engine: 'webkit' },
  },
  {
    name: 'LINE Android in-app',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 13; SM-F946N Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/117.0.5938.153 Mobile Safari/537.36 Line/13.17.1/IAB',
    },
    expect: { browser: 'chrome', platform: 'android', version: '117.0.5938.153', inApp: 'line', engine: 'blink' },
  },
  {
    name: 'Generic Android WebView (; wv) in some app',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 12; Pixel 6 Build/SQ3A.220705.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/103.0.5060.129 Mobile Safari/537.36',
    },
    expect: { browser: 'chrome', platform: 'android', version: '103.0.5060.129', inApp: 'webview', engine: 'blink' },
  },
  {
    name: 'Android WebView announced only by its UA-CH brand',
    input: {
      userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
      userAgentData: data([b('Chromium', '130'), b('Android WebView', '130'), b('Not?A_Brand', '99')], true, 'Android'),
    },
    expect: { browser: 'chrome', platform: 'android', version: '130', inApp: 'webview', engine: 'blink' },
  },
  {
    name: 'Generic iOS WKWebView (no Safari/, no Version/)',
    input: { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148' },
    expect: { browser: 'safari', platform: 'ios', inApp: 'webview', engine: 'webkit' },
  },
  {
    name: 'Google app on iPhone (GSA, no Version/) is an app WebView',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/313.0.624061296 Mobile/15E148 Safari/604.1',
    },
    expect: { browser: 'safari', platform: 'ios', inApp: 'webview', engine: 'webkit' },
  },
  {
    name: 'Windows desktop app in WebView2 (UA-CH brand)',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      userAgentData: data(
        [b('Microsoft Edge', '131'), b('Not_A Brand', '24'), b('Microsoft Edge WebView2', '131'), b('Chromium', '131')],
        false,
        'Windows',
      ),
    },
    expect: { browser: 'edge', platform: 'desktop', version: '131', inApp: 'webview', engine: 'blink' },
  },
  // ── Unknown: other browsers, bots, tools ──────────────────────────────────────────────────────
  {
    name: 'Brave (UA identical to Chrome, UA-CH brand "Brave")',
    input: {
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      userAgentData: data([b('Brave', '131'), b('Chromium', '131'), b('Not_A Brand', '24')], false, 'Windows'),
    },
    expect: { browser: 'other', platform: 'desktop', version: '131', engine: 'blink' },
  },
  {
    name: 'Yandex Browser',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 YaBrowser/24.4.0.0 Safari/537.36',
    },
    expect: { browser: 'other', platform: 'desktop', engine: 'blink' },
  },
  {
    name: 'UC Browser Android',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; U; Android 10; en-US; RMX2020 Build/QP1A.190711.020) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 UCBrowser/13.4.0.1306 Mobile Safari/537.36',
    },
    expect: { browser: 'other', platform: 'android', engine: 'blink' },
  },
  {
    name: 'Vivaldi (with its old UA token)',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.88 Safari/537.36 Vivaldi/3.5.2115.81',
    },
    expect: { browser: 'other', platform: 'desktop', engine: 'blink' },
  },
  {
    name: 'DuckDuckGo iOS',
    input: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 DuckDuckGo/7 Safari/605.1.15',
    },
    expect: { browser: 'other', platform: 'ios', engine: 'webkit' },
  },
  {
    name: 'Opera 12 (Presto)',
    input: { userAgent: 'Opera/9.80 (Windows NT 6.1; WOW64) Presto/2.12.388 Version/12.18' },
    expect: { browser: 'other', platform: 'desktop', engine: 'presto' },
  },
  {
    name: 'Opera Mini (Presto, Android)',
    input: { userAgent: 'Opera/9.80 (Android; Opera Mini/36.2.2254/119.132; U; id) Presto/2.12.423 Version/12.16' },
    expect: { browser: 'other', platform: 'android', engine: 'presto' },
  },
  {
    name: 'Windows Phone IE Mobile 11 (claims Android and iPhone)',
    input: {
      userAgent:
        'Mozilla/5.0 (Mobile; Windows Phone 8.1; Android 4.0; ARM; Trident/7.0; Touch; rv:11.0; IEMobile/11.0; NOKIA; Lumia 635) like iPhone OS 7_0_3 Mac OS X AppleWebKit/537 (KHTML, like Gecko) Mobile Safari/537',
    },
    expect: { browser: 'other', platform: 'desktop', engine: 'trident' },
  },
  {
    name: 'Googlebot desktop',
    input: { userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'Googlebot smartphone (contains Chrome/)',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    },
    expect: { browser: 'other', platform: 'android' },
  },
  {
    name: 'Bingbot (Edge-like UA)',
    input: {
      userAgent:
        'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36',
    },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'NAVER search crawler (Yeti)',
    input: { userAgent: 'Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)' },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'Daum crawler',
    input: { userAgent: 'Mozilla/5.0 (compatible; Daum/4.1; +http://cs.daum.net/faq/15/4118.html?faqId=11477)' },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'KakaoTalk link-preview scraper (lower-case kakaotalk is not the in-app browser)',
    input: { userAgent: 'facebookexternalhit/1.1; kakaotalk-scrap/1.0; +https://devtalk.kakao.com/scrapping-guide' },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'Facebook link preview',
    input: { userAgent: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)' },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'Applebot (Safari-like UA)',
    input: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)',
    },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'GPTBot',
    input: { userAgent: 'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)' },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'curl',
    input: { userAgent: 'curl/8.5.0' },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'Wget',
    input: { userAgent: 'Wget/1.21.3' },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'python-requests',
    input: { userAgent: 'python-requests/2.31.0' },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'empty user agent',
    input: { userAgent: '' },
    expect: { browser: 'other', platform: 'desktop' },
  },
  {
    name: 'a CUBOT phone is not a bot',
    input: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 11; CUBOT NOTE 20) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.5481.153 Mobile Safari/537.36',
    },
    expect: { browser: 'chrome', platform: 'android', version: '110.0.5481.153', engine: 'blink' },
  },
  {
    name: 'Electron desktop app',
    input: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.36.140 Chrome/120.0.6099.199 Electron/28.1.0 Safari/537.36',
    },
    expect: { browser: 'other', platform: 'desktop', engine: 'blink' },
  },
];
