// Each vendor through the layer, on a fake page that records script requests and what each vendor's
// script receives: nothing requested before consent, the consent calls in order, one load after agreeing,
// revoke + cookie deletion on withdrawal, a returning visitor's tag loaded once.
import { describe, it, expect, afterEach } from 'vitest';
import { startIntegrations, type IntegrationsController } from '../../src/integrations/layer';
import type { IntegrationConfig } from '../../src/integrations/types';
import { memoryConsent } from '../gate/fixtures';
import { page, deleted, type Entry } from './harness';

const started: IntegrationsController[] = [];
afterEach(() => started.splice(0).forEach((c) => c.stop()));

interface Case {
  entry: IntegrationConfig;
  /** Cookies the page has before withdrawal. */
  cookies: string;
  /** The log after agreeing and the script's arrival: its request first, then the calls it received. */
  agree: Entry[];
  /** What the vendor receives on withdrawal. */
  withdraw: Entry[];
  /** What it receives when agreeing again in the same page (no second request). */
  regrant: Entry[];
  /** Cookie names deleted on withdrawal. */
  deletes: string[];
  /** No consent API: only a reload stops it. */
  stale?: boolean;
}

const META = '1234567890123456';
const TT = 'C4ABC1234DEF5678GHIJ';
const UET = '187000123';
const HJ = '1702278';
const NAVER = '75bf1248432b84';
const NAVER_AD = 's_4711a698fadd';
const KAKAO = '6453357753087996056';
const CH = '8f14e45f-ceea-4e67-a9a2-2b43e5c1a0f1';

const cases: { [name: string]: Case } = {
  'meta-pixel': {
    entry: { vendor: 'meta-pixel', id: META, purpose: 'ads' },
    cookies: '_fbp=fb.1.1.1; _fbc=fb.1.1.x; keep=1',
    agree: [
      ['request', 'https://connect.facebook.net/en_US/fbevents.js', 'n0nce'],
      ['fbq', 'consent', 'revoke'],
      ['fbq', 'consent', 'grant'],
      ['fbq', 'init', META],
      ['fbq', 'track', 'PageView'],
    ],
    withdraw: [['fbq', 'consent', 'revoke']],
    regrant: [['fbq', 'consent', 'grant']],
    deletes: ['_fbp', '_fbc'],
  },
  'tiktok-pixel': {
    entry: { vendor: 'tiktok-pixel', id: TT, purpose: 'ads' },
    cookies: '_ttp=abc; ttcsid=1; ttcsid_C4ABC=2; _tt_enable_cookie=1',
    agree: [
      ['request', `https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=${TT}&lib=ttq`, 'n0nce'],
      ['ttq.holdConsent'],
      ['ttq.grantConsent'],
      ['ttq.page'],
    ],
    withdraw: [['ttq.revokeConsent']],
    regrant: [['ttq.grantConsent']],
    deletes: ['_ttp', 'ttcsid', 'ttcsid_C4ABC', '_tt_enable_cookie', 'ttclid'],
  },
  'microsoft-uet': {
    entry: { vendor: 'microsoft-uet', id: UET, purpose: 'ads' },
    cookies: '_uetsid=1; _uetvid=2',
    agree: [
      ['request', 'https://bat.bing.com/bat.js', 'n0nce'],
      ['new UET', UET],
      ['uetq', 'consent', 'default', { ad_storage: 'denied' }],
      ['uetq', 'consent', 'update', { ad_storage: 'granted' }],
      ['uetq', 'pageLoad'],
    ],
    withdraw: [['uetq', 'consent', 'update', { ad_storage: 'denied' }]],
    regrant: [['uetq', 'consent', 'update', { ad_storage: 'granted' }]],
    deletes: ['_uetsid', '_uetvid', '_uetmsclkid'],
  },
  hotjar: {
    entry: { vendor: 'hotjar', id: HJ, purpose: 'stats' },
    cookies: `_hjSessionUser_${HJ}=x; _hjSession_${HJ}=y; _ga=keep`,
    agree: [['request', `https://static.hotjar.com/c/hotjar-${HJ}.js?sv=6`, 'n0nce']],
    withdraw: [],
    regrant: [],
    // the visible ones, and the exact names of the cookie table forced on withdrawal
    deletes: [`_hjSessionUser_${HJ}`, `_hjSession_${HJ}`, '_hjHasCachedUserAttributes', '_hjUserAttributesHash'],
    stale: true,
  },
  'naver-analytics': {
    entry: { vendor: 'naver-analytics', id: NAVER, purpose: 'stats' },
    cookies: 'wcs_bt=s_1:2',
    agree: [
      ['request', 'https://wcs.naver.net/wcslog.js', 'n0nce'],
      ['wcs_do', NAVER],
    ],
    withdraw: [],
    regrant: [],
    deletes: ['wcs_bt'],
    stale: true,
  },
  'naver-ads': {
    entry: { vendor: 'naver-ads', id: NAVER_AD, purpose: 'ads', options: { inflowDomain: 'example.co.kr' } },
    cookies: 'NA_SA=Y2k9MA; NA_DA=1; NNB=keep',
    agree: [
      ['request', 'https://wcs.naver.net/wcslog.js', 'n0nce'],
      ['wcs.inflow', NAVER_AD, 'example.co.kr'],
      ['wcs_do', NAVER_AD],
    ],
    withdraw: [],
    regrant: [],
    deletes: ['NA_SA', 'NA_DA'],
    stale: true,
  },
  'kakao-pixel': {
    entry: {
      vendor: 'kakao-pixel',
      id: KAKAO,
      purpose: 'ads',
      disclosure: { cookies: [{ name: '_kp_seen', party: 'first', lifetime: '1 year' }] },
    },
    cookies: '_kp_seen=1',
    agree: [
      ['request', 'https://t1.daumcdn.net/kas/static/kp.js', 'n0nce'],
      ['kakaoPixel', KAKAO, 'pageView'],
    ],
    withdraw: [],
    regrant: [],
    // Kakao documents no first-party cookie: only the one the site added to its disclosure goes
    deletes: ['_kp_seen'],
    stale: true,
  },
  'channel-talk': {
    entry: { vendor: 'channel-talk', id: CH, purpose: 'video', options: { language: 'ko' } },
    cookies: 'ch-veil-id=1; ch-session-123=2',
    agree: [
      ['request', 'https://cdn.channel.io/plugin/ch-plugin-web.js', 'n0nce'],
      ['ChannelIO', 'boot', { pluginKey: CH, language: 'ko' }],
    ],
    withdraw: [['ChannelIO', 'shutdown']],
    regrant: [['ChannelIO', 'boot', { pluginKey: CH, language: 'ko' }]],
    deletes: ['ch-veil-id', 'ch-session-123'],
  },
};

const purposeOf = (c: Case) => c.entry.purpose as string;

describe.each(Object.keys(cases))('%s', (name) => {
  const c = cases[name];

  it('requests nothing before consent, and sets up its queue without sending anything', async () => {
    const p = page();
    const consent = memoryConsent();
    started.push(startIntegrations(consent, [c.entry], p.env()));
    p.arrive();
    expect(p.log).toEqual([]);
    expect(p.w.document.querySelectorAll('script')).toHaveLength(0);
    expect(p.writes).toEqual([]);
    // refusing requests nothing either
    await consent.decide({ [purposeOf(c)]: 'disagree' });
    p.arrive();
    expect(p.log).toEqual([]);
  });

  it('makes the consent calls in order and loads the tag once on agreement', async () => {
    const p = page();
    const consent = memoryConsent();
    const ctl = startIntegrations(consent, [c.entry], p.env());
    started.push(ctl);
    await consent.decide({ [purposeOf(c)]: 'agree' });
    // the request goes out at once, with the page's nonce; the vendor code runs when it arrives
    expect(p.requests()).toHaveLength(1);
    p.arrive();
    expect(p.log).toEqual(c.agree);
    // agreeing again, or another purpose changing, requests nothing more
    await consent.decide({ [purposeOf(c)]: 'agree', news: 'agree' });
    p.arrive();
    expect(p.requests()).toHaveLength(1);
    await expect(ctl.ready(c.entry.vendor)).resolves.toBeUndefined();
    expect(ctl.status()).toEqual([expect.objectContaining({ vendor: c.entry.vendor, granted: true, loaded: true, stale: false })]);
  });

  it('revokes and deletes its cookies on withdrawal; agreeing again does not load it twice', async () => {
    const p = page(c.cookies);
    const consent = memoryConsent();
    const ctl = startIntegrations(consent, [c.entry], p.env());
    started.push(ctl);
    await consent.decide({ [purposeOf(c)]: 'agree' });
    p.arrive();
    const before = p.log.length;
    await consent.withdraw(purposeOf(c));
    expect(p.log.slice(before)).toEqual(c.withdraw);
    expect(deleted(p.writes).sort()).toEqual(c.deletes.slice().sort());
    // on every Domain variant, up to the registrable domain (never co.kr)
    const first = c.deletes[0];
    expect(p.writes).toContain(`${first}=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/;domain=.example.co.kr;secure`);
    expect(p.writes).toContain(`${first}=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/app/;secure`);
    expect(p.writes.some((x) => /domain=\.?co\.kr/.test(x))).toBe(false);
    expect(ctl.status()[0]).toMatchObject({ granted: false, loaded: true, stale: !!c.stale });

    const mid = p.log.length;
    await consent.decide({ [purposeOf(c)]: 'agree' });
    p.arrive();
    expect(p.log.slice(mid)).toEqual(c.regrant);
    expect(p.requests()).toHaveLength(1);
    expect(ctl.status()[0].stale).toBe(false);
  });

  it('gives a returning visitor who agreed the tag once, at start', async () => {
    const p = page();
    const consent = memoryConsent();
    await consent.decide({ [purposeOf(c)]: 'agree' });
    started.push(startIntegrations(consent, [c.entry], p.env()));
    expect(p.requests()).toHaveLength(1);
    p.arrive();
    expect(p.log).toEqual(c.agree);
  });

  it('deletes leftovers of a visitor who refused, at start, without requesting anything', async () => {
    const p = page(c.cookies);
    const consent = memoryConsent();
    await consent.decide({ [purposeOf(c)]: 'disagree' });
    started.push(startIntegrations(consent, [c.entry], p.env()));
    p.arrive();
    expect(p.requests()).toEqual([]);
    // only the names the page can see: at start nothing is forced
    const visible = c.cookies.split('; ').map((k) => k.split('=')[0]);
    expect(deleted(p.writes).sort()).toEqual(c.deletes.filter((n) => visible.indexOf(n) >= 0).sort());
  });
});

describe('the script loader', () => {
  it('inserts an async script with the page nonce by default, and only once per URL', async () => {
    const p = page();
    const s = p.w.document.createElement('script');
    s.setAttribute('nonce', 'pageNonce');
    p.w.document.head.appendChild(s);
    const consent = memoryConsent();
    const env = p.env();
    delete env.loadScript;
    delete env.nonce;
    started.push(
      startIntegrations(
        consent,
        [
          { vendor: 'naver-analytics', id: NAVER, purpose: 'stats' },
          { vendor: 'naver-ads', id: NAVER_AD, purpose: 'ads' },
        ],
        env,
      ),
    );
    await consent.decide({ stats: 'agree', ads: 'agree' });
    const scripts = Array.from(p.w.document.querySelectorAll('script[src]')) as unknown as HTMLScriptElement[];
    // NAVER Analytics and NAVER Ads share wcslog.js: one request
    expect(scripts.map((x) => x.src)).toEqual(['https://wcs.naver.net/wcslog.js']);
    expect(scripts[0].async).toBe(true);
    expect(scripts[0].nonce || scripts[0].getAttribute('nonce')).toBe('pageNonce');
  });

  it('runs both NAVER page views on the one wcslog.js, each with its own account', async () => {
    const p = page();
    const consent = memoryConsent();
    started.push(
      startIntegrations(
        consent,
        [
          { vendor: 'naver-analytics', id: NAVER, purpose: 'stats' },
          { vendor: 'naver-ads', id: NAVER_AD, purpose: 'ads' },
        ],
        p.env(),
      ),
    );
    await consent.decide({ stats: 'agree' });
    p.arrive();
    await consent.decide({ ads: 'agree' });
    p.arrive();
    expect(p.log).toEqual([
      ['request', 'https://wcs.naver.net/wcslog.js', 'n0nce'],
      ['wcs_do', NAVER],
      ['wcs.inflow', NAVER_AD, undefined],
      ['wcs_do', NAVER_AD],
    ]);
  });

  it('keeps a vendor failure from stopping the others', async () => {
    const p = page();
    const errors: unknown[] = [];
    p.w.console.error = (...a: unknown[]) => void errors.push(a);
    p.w.fbq = 'not a function';
    const consent = memoryConsent();
    started.push(startIntegrations(consent, [cases['meta-pixel'].entry, cases['microsoft-uet'].entry], p.env()));
    await consent.decide({ ads: 'agree' });
    p.arrive();
    expect(errors.length).toBeGreaterThan(0);
    expect(p.requests()).toEqual(['https://bat.bing.com/bat.js']);
  });
});
