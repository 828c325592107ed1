import type { BrowserGuide, DetectedBrowser, GuideData, InAppGuide, Platform } from './types';

export interface GuidePick {
  /** The in-app browser the visitor is in, when they are in one. */
  inApp?: InAppGuide;
  /** The guide for the visitor's browser (for in-app: the browser they will open the page in). */
  guide?: BrowserGuide;
  /** Every other browser guide: same platform first, then the rest, retired browsers last. */
  others: BrowserGuide[];
}

const find = (list: BrowserGuide[], browser: string, platform: Platform) =>
  list.find((g) => g.browser === browser && g.platforms.includes(platform)) || list.find((g) => g.browser === browser);

/**
 * Which guides to show first for a detection result. From an app's WebView the visitor opens the page in
 * the system browser: Safari on iOS, Chrome on Android (the usual default; the others stay one click away).
 */
export function pickGuide(detected: DetectedBrowser, data: GuideData): GuidePick {
  const list = data.browsers;
  const { platform } = detected;
  let browser: string = detected.browser;
  let inApp: InAppGuide | undefined;
  if (detected.inApp) {
    inApp = data.inApp.find((a) => a.id === detected.inApp);
    if (platform !== 'desktop') browser = platform === 'ios' ? 'safari' : 'chrome';
  }
  const guide = browser === 'other' ? undefined : find(list, browser, platform);
  const rank = (g: BrowserGuide) => (g.legacy ? 2 : g.platforms.includes(platform) ? 0 : 1);
  // Array.prototype.sort is stable (ES2019), so the data order holds within each rank.
  const others = list.filter((g) => g !== guide).sort((a, b) => rank(a) - rank(b));
  return { inApp, guide, others };
}
