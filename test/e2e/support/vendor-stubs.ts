// Local stand-ins for every vendor the integrations talk to, for browser tests that must never let a
// request leave the machine.
//
// routeVendors(context) routes every request of a browser context: 127.0.0.1 / localhost / *.consentry.test
// go through (the test's own servers; map the names with hostResolverArgs from ./google); every request to
// a host listed by a vendor module (src/integrations/vendors/*: `hosts`) is COUNTED and answered locally —
// the vendor's script with a stub that implements the global it defines (fbq, ttq, UET/uetq, hj, wcs /
// wcs_do, kakaoPixel, ChannelIO, gtag's data layer), the YouTube embed with a tiny page, anything else
// (beacons) with an empty 204 — and anything else is aborted and recorded.
//
// Each stub records every call it receives, in order, in `window.__vendorCalls` and by POSTing it to
// `<its own host>/__consentry_record`, which the route keeps (so a test can read the calls across page
// loads) and does not count as a request. Like the real scripts, the stubs replay the calls queued before
// they arrived, follow the vendor's consent API where it has one (no hit and no cookie while revoked or
// held), set the vendor's first-party cookies on the parent domain, and send a hit (counted) per event.
import type { BrowserContext, Request } from '@playwright/test';
import { VENDORS } from '../../../src/integrations/vendors/index';
import { VENDOR_NAMES } from '../../../src/integrations/names';
import type { VendorName } from '../../../src/integrations/types';
import { GTAG_STUB, GTM_STUB } from './google';

export const RECORD_PATH = '/__consentry_record';
const LOCAL_HOST = /^(127\.0\.0\.1|localhost|(.+\.)?consentry\.test)$/;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `*.example.com` matches example.com and every subdomain; other names match exactly. */
const hostTest = (h: string) => new RegExp('^' + (h.startsWith('*.') ? '(.+\\.)?' + esc(h.slice(2)) : esc(h)) + '$');
const HOSTS: [VendorName, RegExp][] = VENDOR_NAMES.flatMap((v) => VENDORS[v].hosts.map((h): [VendorName, RegExp] => [v, hostTest(h)]));

/** Every host pattern, per vendor, as the vendor modules list them. */
export const VENDOR_HOSTS: { [K in VendorName]: string[] } = Object.fromEntries(VENDOR_NAMES.map((v) => [v, VENDORS[v].hosts])) as {
  [K in VendorName]: string[];
};

/** The vendors a host belongs to (NAVER's hosts serve both NAVER products; www.google.com both Google Ads and YouTube). */
export function vendorsOfHost(host: string): VendorName[] {
  return [...new Set(HOSTS.filter(([, re]) => re.test(host)).map(([v]) => v))];
}

/** Which stub records for a vendor (the two NAVER products share wcslog.js). */
const STUB_OF: { [K in VendorName]: string } = {
  'naver-analytics': 'wcs',
  'naver-ads': 'wcs',
  'kakao-pixel': 'kakao-pixel',
  'meta-pixel': 'meta-pixel',
  'microsoft-uet': 'microsoft-uet',
  'tiktok-pixel': 'tiktok-pixel',
  'google-ads': 'google-ads',
  hotjar: 'hotjar',
  'channel-talk': 'channel-talk',
  youtube: 'youtube',
};

// Shared by every stub: rec(...) records a call; cookie(name, value) sets a first-party cookie on the
// parent domain (as the vendors do, so deletion must reach that variant); hit(url) sends a beacon.
const PRELUDE = (key: string) => `var KEY=${JSON.stringify(key)};
var ORIGIN=(function(){try{return new URL(document.currentScript.src).origin}catch(e){return ''}})();
function rec(){var a=[].slice.call(arguments);(window.__vendorCalls=window.__vendorCalls||[]).push([KEY].concat(a));
try{fetch(ORIGIN+${JSON.stringify(RECORD_PATH)},{method:'POST',mode:'no-cors',keepalive:true,body:JSON.stringify({stub:KEY,call:a})}).catch(function(){})}catch(e){}}
function cookie(n,v){var h=location.hostname,d=/^[\\d.]+$/.test(h)||h.indexOf('.')<0?'':';domain='+h.split('.').slice(-2).join('.');
document.cookie=n+'='+v+';path=/;max-age=7776000'+d}
function hit(u){try{fetch(u,{mode:'no-cors',keepalive:true}).catch(function(){})}catch(e){}}
var args=function(a){return [].slice.call(a)};`;

/** fbevents.js: replays fbq.queue, then takes live calls; no hit and no cookie while consent is revoked. */
const META = `(function(){${PRELUDE('meta-pixel')}
var f=window.fbq;if(!f||f.__stub)return;f.__stub=1;var granted=true,ids=[];
function handle(a){rec.apply(null,a);var c=a[0];
if(c==='consent')granted=a[1]==='grant';else if(c==='init')ids.push(a[1]);
else if((c==='track'||c==='trackCustom')&&granted){cookie('_fbp','fb.1.'+Date.now()+'.1');
ids.forEach(function(id){hit('https://www.facebook.com/tr?id='+id+'&ev='+encodeURIComponent(a[1]))})}}
var q=f.queue.splice(0);f.callMethod=function(){handle(args(arguments))};q.forEach(function(a){handle(args(a))});})();`;

/** events.js: replays the ttq array; holdConsent keeps events, grantConsent sends them, revokeConsent drops them. */
const TIKTOK = `(function(){${PRELUDE('tiktok-pixel')}
var t=window.ttq;if(!t||t.__stub)return;t.__stub=1;var state='granted',held=[];
function send(ev){cookie('_ttp','stub'+Date.now());Object.keys(t._i||{}).forEach(function(id){hit('https://analytics.tiktok.com/api/v2/pixel?sdkid='+id+'&event='+ev)})}
function handle(a){rec.apply(null,a);var m=a[0];
if(m==='holdConsent')state='hold';else if(m==='revokeConsent'){state='revoked';held=[]}
else if(m==='grantConsent'){state='granted';held.splice(0).forEach(send)}
else if(m==='page'||m==='track'){var ev=m==='page'?'Pageview':a[1];state==='granted'?send(ev):state==='hold'&&held.push(ev)}}
var q=t.splice(0);(t.methods||[]).forEach(function(m){t[m]=function(){handle([m].concat(args(arguments)))}});
q.forEach(function(a){handle(a)});})();`;

/** bat.js: window.UET reads the flat uetq queue ('consent', 'default', {…}); ad_storage decides cookies and asc=. */
const UET = `(function(){${PRELUDE('microsoft-uet')}
window.UET=function(o){var self=this,ads='granted',i=0,q=o.q||[];rec('new UET',o.ti);
function handle(a){rec.apply(null,a);if(a[0]==='consent')ads=(a[2]||{}).ad_storage||ads;
else if(a[0]==='pageLoad'||a[0]==='event'){if(ads==='granted'){cookie('_uetsid','s'+Date.now());cookie('_uetvid','v'+Date.now())}
hit('https://bat.bing.com/action/0?ti='+o.ti+'&evt='+(a[0]==='pageLoad'?'pageLoad':'custom')+'&asc='+(ads==='granted'?'G':'D'))}}
while(i<q.length){if(q[i]==='consent'){handle(q.slice(i,i+3));i+=3}else handle([q[i++]])}
self.push=function(){handle(args(arguments))}};})();`;

/** hotjar-<id>.js: replays hj.q; no consent API, so it sets its cookies and counts the visit at once. */
const HOTJAR = `(function(){${PRELUDE('hotjar')}
var id=(window._hjSettings||{}).hjid;rec('loaded',id);cookie('_hjSessionUser_'+id,'stub');cookie('_hjSession_'+id,'stub');
hit('https://in.hotjar.com/api/v2/client/sites/'+id+'/visit-data');
var q=(window.hj&&window.hj.q)||[];window.hj=function(){rec.apply(null,args(arguments))};q.forEach(function(a){rec.apply(null,args(a))});})();`;

/** wcslog.js: wcs.inflow / wcs.trans / wcs_do record the account in wcs_add.wa; NA_SA only with a NaPm ad parameter, as NAVER documents. */
const WCS = `(function(){${PRELUDE('wcs')}
var wa=function(){return (window.wcs_add||{}).wa};
window.wcs={inflow:function(d){rec('inflow',wa(),d);if(/[?&]NaPm=/.test(location.search))cookie('NA_SA','stub')},
trans:function(c){rec('trans',wa(),c);hit('https://wcs.naver.com/b?wa='+wa()+'&t=trans')}};
window.wcs_do=function(){rec('wcs_do',wa());cookie('wcs_bt',wa()+':'+Math.floor(Date.now()/1000));hit('https://wcs.naver.com/b?wa='+wa())};})();`;

/** kp.js: kakaoPixel(id).<event>(…) records and sends a hit, whatever the event. */
const KAKAO = `(function(){${PRELUDE('kakao-pixel')}
window.kakaoPixel=function(id){return new Proxy({},{get:function(_,m){return function(){rec.apply(null,[id,m].concat(args(arguments)));
hit('https://bc.ad.daum.net/bc?track_id='+id+'&event='+String(m))}}})};})();`;

/** ch-plugin-web.js: replays ChannelIO.q; boot shows a launcher and sets ch-veil-id, shutdown removes it. */
const CHANNEL = `(function(){${PRELUDE('channel-talk')}
var ch=window.ChannelIO,q=(ch&&ch.q)||[];
function handle(a){rec.apply(null,a);if(a[0]==='boot'){cookie('ch-veil-id','stub');var b=document.getElementById('ch-stub-launcher')||document.createElement('div');
b.id='ch-stub-launcher';b.textContent='chat';document.body.appendChild(b);hit('https://api.channel.io/front/v8/elastic/plugins/'+(a[1]||{}).pluginKey+'/boot')}
else if(a[0]==='shutdown'){var l=document.getElementById('ch-stub-launcher');l&&l.remove()}}
window.ChannelIO=function(){handle(args(arguments))};q.forEach(function(a){handle(args(a))});})();`;

/** gtag.js for an AW- id: reads the data layer (arguments only), follows Consent Mode, a conversion-linker cookie and a hit per config while ad_storage is granted. */
const GOOGLE_ADS = `(function(){${PRELUDE('google-ads')}
var url=new URL(document.currentScript.src),dl=window[url.searchParams.get('l')||'dataLayer']=window[url.searchParams.get('l')||'dataLayer']||[];
if(dl.__adsStub)return;dl.__adsStub=1;var ads='denied';
function handle(e){if(Object.prototype.toString.call(e)!=='[object Arguments]')return;var a=args(e);rec.apply(null,a.map(function(x){return x instanceof Date?'(date)':x}));
if(a[0]==='consent')ads=(a[2]||{}).ad_storage||ads;
else if(a[0]==='config'&&/^AW-/.test(a[1])){if(ads==='granted')cookie('_gcl_au','1.1.'+Date.now());hit('https://www.googleadservices.com/pagead/conversion/'+a[1].slice(3)+'/?gcs='+(ads==='granted'?'G11':'G10'))}}
dl.forEach(handle);var push=dl.push;dl.push=function(){var r=push.apply(dl,arguments);for(var i=0;i<arguments.length;i++)handle(arguments[i]);return r};})();`;

const YOUTUBE_PAGE =
  '<!doctype html><html lang="en"><title>video stub</title><body style="margin:0;background:#000;color:#fff;font:14px sans-serif">video stub</body></html>';

/** The stub answering a vendor request, or null for a plain 204. */
function stubFor(url: URL): { body: string; type: string } | null {
  const js = (body: string) => ({ body, type: 'text/javascript' });
  const { hostname: h, pathname: p } = url;
  if (h == 'connect.facebook.net' && p.endsWith('/fbevents.js')) return js(META);
  if (h == 'analytics.tiktok.com' && p.endsWith('/events.js')) return js(TIKTOK);
  if (h == 'bat.bing.com' && p == '/bat.js') return js(UET);
  if (h == 'static.hotjar.com' && /^\/c\/hotjar-\d+\.js$/.test(p)) return js(HOTJAR);
  if (/^wcs\.(naver\.net|pstatic\.net)$/.test(h) && p == '/wcslog.js') return js(WCS);
  if (h == 't1.daumcdn.net' && p == '/kas/static/kp.js') return js(KAKAO);
  if (h == 'cdn.channel.io' && p == '/plugin/ch-plugin-web.js') return js(CHANNEL);
  if (h == 'www.googletagmanager.com' && p == '/gtag/js') return js(/^AW-/.test(url.searchParams.get('id') || '') ? GOOGLE_ADS : GTAG_STUB);
  if (h == 'www.googletagmanager.com' && p == '/gtm.js') return js(GTM_STUB);
  if (h == 'www.youtube-nocookie.com' && p.startsWith('/embed/')) return { body: YOUTUBE_PAGE, type: 'text/html' };
  return null;
}

export interface VendorLog {
  /** Every request to a vendor host, in order (the stubs' record posts excepted). */
  requests: { url: string; vendors: VendorName[] }[];
  /** How many requests went to this vendor's hosts. */
  count(vendor: VendorName): number;
  /** Requests for this vendor's script (its tag load). */
  scripts(vendor: VendorName): string[];
  /** The calls the vendor's stub received, in order, across page loads (each call's arguments, JSON). */
  calls(vendor: VendorName): unknown[][];
  /** Requests to neither a local nor a vendor host: aborted. */
  blocked: string[];
}

/** Routes every request of `context` (see the file comment) and returns the live log. */
export async function routeVendors(context: BrowserContext): Promise<VendorLog> {
  const recorded: { stub: string; call: unknown[] }[] = [];
  const log: VendorLog = {
    requests: [],
    blocked: [],
    count: (v) => log.requests.filter((r) => r.vendors.includes(v)).length,
    scripts: (v) =>
      log.requests
        .filter((r) => {
          if (!r.vendors.includes(v)) return false;
          const s = stubFor(new URL(r.url));
          return !!s && s.type == 'text/javascript' && (v != 'google-ads' || /[?&]id=AW-/.test(r.url));
        })
        .map((r) => r.url),
    calls: (v) => recorded.filter((r) => r.stub == STUB_OF[v]).map((r) => r.call),
  };
  await context.route('**/*', (route) => {
    const req: Request = route.request();
    const url = new URL(req.url());
    if (url.protocol == 'data:' || url.protocol == 'blob:' || LOCAL_HOST.test(url.hostname)) return route.continue();
    const vendors = vendorsOfHost(url.hostname);
    if (!vendors.length) {
      log.blocked.push(req.url());
      return route.abort('blockedbyclient');
    }
    const cors = { 'access-control-allow-origin': '*' };
    if (url.pathname == RECORD_PATH) {
      try {
        recorded.push(JSON.parse(req.postData() || ''));
      } catch {
        // a malformed record is a stub bug: keep it visible
        recorded.push({ stub: '(malformed)', call: [req.postData()] });
      }
      return route.fulfill({ status: 204, headers: cors });
    }
    log.requests.push({ url: req.url(), vendors });
    const stub = stubFor(url);
    return stub
      ? route.fulfill({ status: 200, contentType: stub.type, body: stub.body, headers: cors })
      : route.fulfill({ status: 204, headers: cors });
  });
  return log;
}
