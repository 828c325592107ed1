import type { BrowserId, DetectInput, DetectedBrowser, Engine, InAppId, Platform, UABrand, UAData } from './types';

// Ordering matters throughout: nearly every Chromium browser also says `Chrome/` and
// `Safari/`, and every iOS browser says `Safari/`, so specific tokens are tested before generic ones.

/** Crawlers, link previewers and HTTP libraries: never a visitor with a cookie menu. */
const BOT =
  /(?:bot|spider|crawler)\/|spider\b|\+https?:\/\/|^(?:curl|wget|python-|okhttp|go-http-client|axios|node-fetch|java\/|libwww|apache-httpclient)|\b(?:Yeti|Daum|Mediapartners-Google)\b/i;

/** UA-CH GREASE entries ("Not/A)Brand", "Not A(Brand", "Not_A Brand", …). */
const GREASE = /not[^a-z]?a[^a-z]?brand/i;

/**
 * Browsers with no guide of their own. Their UA also says Chrome/, Safari/ or Firefox/, and a few say
 * another guided browser's token too (Oculus Browser carries SamsungBrowser/), so they are tested first.
 * ArkWeb is the engine of HarmonyOS NEXT (OpenHarmony): its Chrome/ is a compatibility token, there is no
 * Chrome there, and neither Huawei Browser nor an app's ArkWeb view has a guide.
 */
const OTHER_TOKENS =
  /\b(?:YaBrowser|UCBrowser|MiuiBrowser|HuaweiBrowser|HeyTapBrowser|OppoBrowser|Vivaldi|DuckDuckGo|Ddg|Silk|Puffin|QQBrowser|MQQBrowser|Maxthon|Electron|coc_coc_browser|SeaMonkey|Waterfox|PaleMoon|OculusBrowser|ArkWeb|Ladybird)\/|\bBrave\b/;

/** Apps that name themselves in their WebView's UA, some without Android's "; wv)" marker. */
const APPS = /\b(?:DaumApps|BAND|KAKAOSTORY|Snapchat|BytedanceWebview|MicroMessenger|LinkedInApp|Barcelona|TwitterAndroid)\b/;

/** UA-CH brands, tested by membership (their order in `brands` is random by design). */
const BRANDS: [string, BrowserId][] = [
  ['Microsoft Edge', 'edge'],
  ['Opera', 'opera'],
  ['Opera GX', 'opera'],
  ['OperaMobile', 'opera'],
  ['Samsung Internet', 'samsung'],
  ['Whale', 'whale'],
  ['NAVER Whale', 'whale'],
  ['Brave', 'other'],
  ['YaBrowser', 'other'],
  ['Yandex', 'other'],
  ['DuckDuckGo', 'other'],
  ['Google Chrome', 'chrome'],
];

interface Found {
  browser: BrowserId;
  version?: string;
  /** `null`: an engine the type has no name for (Ladybird), so none is guessed. */
  engine?: Engine | null;
  inApp?: InAppId;
  bot?: true;
  /** No product token at all: on iOS that is an app's WKWebView. */
  bare?: true;
}

const token = (ua: string, re: RegExp): string | undefined => {
  const m = re.exec(ua);
  return m ? m[1] : undefined;
};

function platformOf(ua: string, touch: number): Platform {
  // Windows Phone claims both Android and iPhone; like every other non-Android, non-iOS system it counts as desktop.
  if (/Windows Phone/.test(ua)) return 'desktop';
  if (/\b(?:iPhone|iPad|iPod)\b|\b(?:CriOS|FxiOS|EdgiOS|OPiOS)\//.test(ua)) return 'ios';
  // HarmonyOS NEXT phones and tablets are not Android, but they are touch devices with phone-style browsers.
  if (/Android|(?:Phone|Tablet); OpenHarmony/.test(ua)) return 'android';
  // iPadOS 13+ asks for desktop sites with a Mac UA; Macs have no touch screen.
  if (/Macintosh/.test(ua) && touch > 1) return 'ios';
  return 'desktop';
}

function inAppOf(ua: string, platform: Platform, found: Found): InAppId | undefined {
  if (/KAKAOTALK/.test(ua)) return 'kakaotalk';
  if (/NAVER\(inapp/.test(ua)) return 'naver';
  if (/\bInstagram[ /]\d/.test(ua)) return 'instagram';
  if (/\bFB(?:AN|AV|_IAB|IOS|4A)\b/.test(ua)) return 'facebook';
  if (/\bLine\/\d/.test(ua)) return 'line';
  if (/; wv\)/.test(ua) || (platform !== 'desktop' && APPS.test(ua))) return 'webview';
  // iOS browsers all carry a product token or Safari's own "Version/… Mobile/… Safari/"; an app's WKWebView
  // has neither (or, like Snapchat and the Google app, only part of it).
  if (platform === 'ios' && found.bare) return 'webview';
}

/** The browser named by the user-agent string alone. */
function fromUserAgent(ua: string): Found {
  if (!ua || BOT.test(ua)) return { browser: 'other', bot: true };
  let v: string | undefined;
  // Presto Opera (≤ 12, also when it poses as IE or Firefox) and Opera Mini are not the Chromium Opera of the guide.
  if (/Presto\/|\bOpera(?: Mini|[ /]\d)/.test(ua)) return { browser: 'other', engine: 'presto' };
  if (/IEMobile|Windows Phone/.test(ua)) return { browser: 'other', engine: 'trident' };
  // IE 11 drops "MSIE"; some builds drop "like Gecko" or write "rv 11.0". Compatibility view keeps "MSIE 7.0".
  if (/Trident\/|MSIE /.test(ua))
    return { browser: 'ie', version: token(ua, /\brv[: ](\d+[\d.]*)/) || token(ua, /MSIE (\d+[\d.]*)/), engine: 'trident' };
  if (OTHER_TOKENS.test(ua)) return { browser: 'other', engine: /Ladybird\//.test(ua) ? null : undefined };
  if ((v = token(ua, /\bWhale\/(\d+[\d.]*)/))) return { browser: 'whale', version: v };
  if ((v = token(ua, /\bSamsungBrowser\/(\d+[\d.]*)/))) return { browser: 'samsung', version: v };
  if ((v = token(ua, /\bEdg(?:A|iOS)?\/(\d+[\d.]*)/))) return { browser: 'edge', version: v };
  if ((v = token(ua, /\bEdge\/(\d+[\d.]*)/))) return { browser: 'edge', version: v, engine: 'edgehtml' };
  if ((v = token(ua, /\b(?:OPR|OPT|OPX|OPiOS)\/(\d+[\d.]*)/))) return { browser: 'opera', version: v };
  if ((v = token(ua, /\bCriOS\/(\d+[\d.]*)/))) return { browser: 'chrome', version: v };
  if ((v = token(ua, /\bFxiOS\/(\d+[\d.]*)/))) return { browser: 'firefox', version: v };
  if ((v = token(ua, /\bFirefox\/(\d+[\d.]*)/))) return { browser: 'firefox', version: v, engine: 'gecko' };
  if ((v = token(ua, /\b(?:Chrome|Chromium|HeadlessChrome)\/(\d+[\d.]*)/))) return { browser: 'chrome', version: v };
  // Some Safari 15.6 builds wrote "Version/15.6,2". Unambiguous groups keep this linear on hostile input.
  if ((v = token(ua, /\bVersion\/(\d+(?:\.\d+)*)(?:,\d+)?(?: Mobile\/\w+)? Safari\//)))
    return { browser: 'safari', version: v, engine: 'webkit' };
  return { browser: 'other', bare: true };
}

function engineOf(found: Found, platform: Platform, ua: string): Engine | undefined {
  if (found.engine !== undefined || found.bot) return found.engine || undefined;
  // On iOS every browser is WebKit underneath (App Store rule outside the EU).
  if (platform === 'ios') return /AppleWebKit/.test(ua) ? 'webkit' : undefined;
  if (found.browser === 'firefox') return 'gecko';
  if (found.browser === 'safari') return 'webkit';
  if (found.browser !== 'other') return 'blink';
  if (/\bGecko\/\d/.test(ua) && /Firefox|rv:/.test(ua)) return 'gecko';
  // Blink froze its WebKit token at 537.36; Safari says 605.1.15.
  if (/AppleWebKit/.test(ua)) return /Chrom|AppleWebKit\/537\.36/.test(ua) ? 'blink' : 'webkit';
}

function liveNavigator(): (Navigator & { userAgentData?: UAData }) | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { userAgentData?: UAData });
}

/**
 * Which browser, platform and in-app context the visitor is in.
 *
 * Pure over its input: called with no argument it reads `navigator` (lazily, so importing is SSR-safe);
 * called with a `userAgent`, the fields not given count as absent, so a UA string is judged on its own.
 * UA Client Hints brands are matched by membership (never by position) with GREASE entries ignored;
 * the UA string decides when the brands name no known product (plain Chromium, older Whale/Samsung).
 */
export function detectBrowser(input?: DetectInput): DetectedBrowser {
  const nav = input && input.userAgent !== undefined ? undefined : liveNavigator();
  const ua = (input && input.userAgent) ?? (nav && nav.userAgent) ?? '';
  const data = input && input.userAgentData !== undefined ? input.userAgentData : (nav && nav.userAgentData) || null;
  const touch = (input && input.maxTouchPoints) ?? (nav && nav.maxTouchPoints) ?? 0;

  let platform = platformOf(ua, touch);
  const brands: UABrand[] =
    data && Array.isArray(data.brands) ? data.brands.filter((b) => b && typeof b.brand === 'string' && !GREASE.test(b.brand)) : [];
  if (data && (/^android$/i.test(data.platform || '') || (data.mobile && platform === 'desktop'))) platform = 'android';
  // Samsung Internet's "desktop site" mode sends an X11 Linux UA; there is no Linux build of it.
  if (platform === 'desktop' && /SamsungBrowser\//.test(ua) && /X11; Linux/.test(ua)) platform = 'android';

  let found = fromUserAgent(ua);
  const brand = (name: string) => brands.find((b) => b.brand === name);
  if (!found.bot) {
    // HarmonyOS NEXT has neither Chrome nor Android System WebView to send an app's visitor to.
    const inApp = /ArkWeb\//.test(ua) ? undefined : inAppOf(ua, platform, found);
    const webview = brand('Android WebView') || brand('Microsoft Edge WebView2');
    if (inApp && platform !== 'desktop') {
      // An app's WebView is the system engine whatever the app adds (the NAVER app's says Whale/): WKWebView
      // on iOS, Android System WebView (Chromium) on Android.
      found = platform === 'ios' ? { browser: 'safari', inApp } : { browser: 'chrome', version: token(ua, /\bChrome\/(\d+[\d.]*)/), inApp };
    } else if (inApp) {
      found.inApp = inApp;
    } else if (webview) {
      found = { browser: webview.brand === 'Android WebView' ? 'chrome' : 'edge', version: webview.version, inApp: 'webview' };
    } else {
      for (const [name, id] of BRANDS) {
        const b = brand(name);
        if (b) {
          // keep the UA's fuller version when it names the same browser
          found = { browser: id, version: found.browser === id && found.version ? found.version : b.version };
          break;
        }
      }
    }
  }
  const out: DetectedBrowser = { browser: found.browser, platform };
  if (found.version) out.version = found.version;
  if (found.inApp) out.inApp = found.inApp;
  const engine = engineOf(found, platform, ua);
  if (engine) out.engine = engine;
  return out;
}
