// The page every engine gets: the built script tag with a JSON config (English, a notice purpose and two
// optional ones), receipts sent cross-origin to a test collector, a tag blocked until "analytics" is agreed,
// and a plain tag after it. Every address in it is on 127.0.0.1.
import { tradingConfig } from '../../support/trading-config';

export const PAGE = '/consent.html';
/** The same page in a browser without BroadcastChannel (Safari before 15.4): tabs talk through storage events. */
export const PAGE_WITHOUT_BROADCAST = '/consent-without-broadcast.html';
/** Blocked until consent: counts its own runs. */
export const GATED_TAG = '/tags/analytics.js';
/** Not blocked, placed after the gated one: once it ran, the parser went past the gated tag. */
export const CONTROL_TAG = '/tags/control.js';
/** An empty script for round trips to the site (a request the page makes on purpose). */
export const PING = '/tags/ping.js';

export const SCRIPTS: Record<string, string> = {
  [GATED_TAG]: 'window.__analyticsRuns = (window.__analyticsRuns || 0) + 1;',
  [CONTROL_TAG]: 'window.__controlRan = true;',
  [PING]: '',
};

/**
 * The fixture page; receipts go to `endpoint` (another origin, so CORS preflights happen as on a real site).
 * `withoutBroadcast` removes BroadcastChannel before the script tag runs.
 */
export function fixturePage(endpoint: string, withoutBroadcast = false): string {
  const config = tradingConfig(endpoint, { layout: 'banner', reopenButton: true });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>consentry in every engine</title>
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
${withoutBroadcast ? '<script>window.BroadcastChannel = undefined;</script>\n' : ''}<script src="/dist/consentry.js"></script>
<script type="text/plain" data-consent="analytics" data-src="${GATED_TAG}"></script>
<script src="${CONTROL_TAG}"></script>
</head>
<body>
<main><h1>Shop</h1><p>A page for the cross-engine tests.</p></main>
<footer><a href="#cookie-settings" data-consentry-open>Cookie settings</a></footer>
</body>
</html>`;
}
