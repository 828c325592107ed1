// A local stand-in for Google's hosts, for browser tests that must never let a request leave the machine.
//
// guardNetwork(context) routes every request of a browser context: 127.0.0.1 / localhost / *.consentry.test
// go through (the test's own servers; map the test host names with hostResolverArgs), every request to a
// Google host is COUNTED and answered locally (gtag.js and gtm.js with the stub below, everything else
// with an empty 204), and anything else is aborted and recorded.
import type { BrowserContext, Request } from '@playwright/test';
import { chromiumArgsWith } from '../../support/chromium';

/** Google's tag, measurement and ad hosts (any subdomain). */
export const GOOGLE_HOST =
  /(^|\.)(google-analytics\.com|googletagmanager\.com|googleadservices\.com|googlesyndication\.com|doubleclick\.net|gstatic\.com|googleapis\.com|google\.com|google\.co\.kr|analytics\.google\.com|youtube\.com|ytimg\.com)$/;

const LOCAL_HOST = /^(127\.0\.0\.1|localhost|(.+\.)?consentry\.test)$/;

/**
 * Chromium flags that resolve consentry.test and its subdomains to 127.0.0.1 and every other name to
 * nothing (a second safety net behind the routes: even an unrouted request cannot reach the internet).
 */
export const hostResolverArgs = chromiumArgsWith('MAP consentry.test 127.0.0.1, MAP *.consentry.test 127.0.0.1');

/**
 * Mimics gtag.js closely enough for consent tests: processes the data layer in order (existing entries,
 * then every push), obeys only `arguments` objects (like the real one, it ignores arrays), keeps the
 * consent state from `default` / `update`, and for each `config` (unless `send_page_view: false`) and
 * `event` sends a hit to region1.google-analytics.com/g/collect with `gcs=G1<ad><analytics>`, unless
 * `window['ga-disable-<id>']` is true. With analytics_storage granted it sets `_ga` and `_ga_<id>` on the
 * highest non-public-suffix domain, as `cookie_domain: 'auto'` does. State is in `window.__gtagStub`.
 */
export const GTAG_STUB = `(function () {
  var me = document.currentScript, url = new URL(me ? me.src : location.href);
  var name = url.searchParams.get('l') || 'dataLayer';
  var dl = window[name] = window[name] || [];
  var stub = window.__gtagStub = window.__gtagStub || { loads: 0, consent: {}, ids: [], hits: [], ignored: 0, commands: [] };
  stub.loads++;
  if (stub.loads > 1) return;
  function domain() {
    var h = location.hostname;
    if (/^[\\d.]+$/.test(h) || h.indexOf('.') < 0) return '';
    return h.split('.').slice(-2).join('.');
  }
  function cookies(id) {
    var d = domain(), attrs = ';path=/;max-age=63072000' + (d ? ';domain=' + d : '');
    var now = Math.floor(Date.now() / 1000);
    if (!/(^|; )_ga=/.test(document.cookie)) document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + now + attrs;
    document.cookie = '_ga_' + id.slice(2) + '=GS1.1.' + now + '.1.1.' + now + '.0.0.0' + attrs;
  }
  function hit(id, en) {
    if (window['ga-disable-' + id] === true) { stub.hits.push({ id: id, en: en, blocked: 'ga-disable' }); return; }
    var a = stub.consent.analytics_storage === 'granted', ad = stub.consent.ad_storage === 'granted';
    if (a) cookies(id);
    var q = 'v=2&tid=' + id + '&en=' + encodeURIComponent(en) + '&gcs=G1' + (ad ? 1 : 0) + (a ? 1 : 0) + '&dl=' + encodeURIComponent(location.href);
    stub.hits.push({ id: id, en: en, gcs: 'G1' + (ad ? 1 : 0) + (a ? 1 : 0) });
    fetch('https://region1.google-analytics.com/g/collect?' + q, { method: 'POST', mode: 'no-cors', keepalive: true }).catch(function () {});
  }
  function handle(e) {
    if (Object.prototype.toString.call(e) !== '[object Arguments]') { if (Array.isArray(e)) stub.ignored++; return; }
    var c = e[0];
    stub.commands.push(c === 'js' ? 'js' : c + ' ' + (typeof e[1] === 'string' ? e[1] : ''));
    if (c === 'consent' && (e[1] === 'default' || e[1] === 'update')) {
      for (var k in e[2]) if (/_storage$|^ad_/.test(k)) stub.consent[k] = e[2][k];
    } else if (c === 'config') {
      if (stub.ids.indexOf(e[1]) < 0) stub.ids.push(e[1]);
      if (!e[2] || e[2].send_page_view !== false) hit(e[1], 'page_view');
    } else if (c === 'event') {
      for (var i = 0; i < stub.ids.length; i++) hit(stub.ids[i], e[1]);
    }
  }
  for (var i = 0; i < dl.length; i++) handle(dl[i]);
  var push = dl.push;
  dl.push = function () {
    var r = push.apply(dl, arguments);
    for (var j = 0; j < arguments.length; j++) handle(arguments[j]);
    return r;
  };
})();`;

/** A GTM container stand-in: records that it loaded and which data-layer events it saw. */
export const GTM_STUB = `(function () {
  var url = new URL(document.currentScript.src), dl = window[url.searchParams.get('l') || 'dataLayer'] || [];
  var stub = window.__gtmStub = { loads: (window.__gtmStub ? window.__gtmStub.loads : 0) + 1, events: [] };
  function seen(e) { if (e && typeof e === 'object' && typeof e.event === 'string') stub.events.push(e.event); }
  dl.forEach(seen);
  var push = dl.push;
  dl.push = function () { var r = push.apply(dl, arguments); for (var i = 0; i < arguments.length; i++) seen(arguments[i]); return r; };
})();`;

export interface NetworkLog {
  /** Every request to a Google host, in order. */
  google: string[];
  /** Requests for gtag.js. */
  gtagLoads(): string[];
  /** Measurement hits (…/g/collect). */
  collects(): string[];
  /** Requests that were neither local nor Google: aborted. */
  blocked: string[];
}

/** Routes every request of `context` (see the file comment) and returns the live log. */
export async function guardNetwork(context: BrowserContext): Promise<NetworkLog> {
  const log: NetworkLog = {
    google: [],
    blocked: [],
    gtagLoads: () => log.google.filter((u) => u.includes('googletagmanager.com/gtag/js')),
    collects: () => log.google.filter((u) => u.includes('/g/collect')),
  };
  await context.route('**/*', (route) => {
    const req: Request = route.request();
    const url = new URL(req.url());
    if (url.protocol == 'data:' || url.protocol == 'blob:') return route.continue();
    if (LOCAL_HOST.test(url.hostname)) return route.continue();
    if (GOOGLE_HOST.test(url.hostname)) {
      log.google.push(req.url());
      const js = url.pathname == '/gtag/js' ? GTAG_STUB : url.pathname == '/gtm.js' ? GTM_STUB : null;
      return js
        ? route.fulfill({ status: 200, contentType: 'text/javascript', body: js, headers: { 'access-control-allow-origin': '*' } })
        : route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*' } });
    }
    log.blocked.push(req.url());
    return route.abort('blockedbyclient');
  });
  return log;
}
