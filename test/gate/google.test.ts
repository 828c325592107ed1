// @vitest-environment node
import { describe, it, expect, afterEach } from 'vitest';
import { Window as HappyWindow } from 'happy-dom';
import { startGoogle, type GoogleController } from '../../src/gate/google/index';
import { ConfigError } from '../../src/core/errors';
import { memoryConsent } from './fixtures';

const isArgs = (x: unknown) => Object.prototype.toString.call(x) == '[object Arguments]';
type Entry = unknown[] | { [k: string]: unknown };

/** A fresh page whose cookie writes are recorded (happy-dom ignores max-age=0). */
function page(cookies = '') {
  const w = new HappyWindow({ url: 'https://www.shop.example.co.kr/app/' });
  const writes: string[] = [];
  Object.defineProperty(w.document, 'cookie', { get: () => cookies, set: (v: string) => writes.push(v), configurable: true });
  const nonce = w.document.createElement('script');
  nonce.setAttribute('nonce', 'n0nce');
  w.document.head.appendChild(nonce);
  const win = w as unknown as Window & { [k: string]: unknown };
  /** The data layer, gtag commands as plain arrays, other pushes as they are. */
  const layer = (name = 'dataLayer'): Entry[] =>
    ((win[name] as unknown[]) || []).map((e) => (isArgs(e) ? Array.from(e as IArguments) : (e as Entry)));
  const scripts = () => Array.from(w.document.querySelectorAll('script[src]')) as unknown as HTMLScriptElement[];
  return { w, win, writes, layer, scripts, env: { window: win } };
}
/** `consent default`, `config G-…`, `js`, or the event name of a plain push. */
const cmd = (e: Entry) => (Array.isArray(e) ? (e[0] == 'js' ? 'js' : e.slice(0, 2).join(' ')) : String((e as { event?: string }).event));

const controllers: GoogleController[] = [];
const start = (...a: Parameters<typeof startGoogle>) => {
  const c = startGoogle(...a);
  controllers.push(c);
  return c;
};
afterEach(() => controllers.splice(0).forEach((c) => c.stop()));

describe('startGoogle, basic mode', () => {
  it('pushes the consent default first, as an arguments object, and requests nothing before consent', () => {
    const p = page();
    const consent = memoryConsent();
    start(consent, { measurementId: 'G-ABC123' }, p.env);
    const dl = p.win.dataLayer as unknown[];
    expect(dl).toHaveLength(1);
    expect(isArgs(dl[0])).toBe(true);
    expect(Array.isArray(dl[0])).toBe(false);
    expect(p.layer()[0]).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ]);
    expect(p.scripts()).toHaveLength(0);
    expect(p.win['ga-disable-G-ABC123']).toBe(true);
    expect(typeof p.win.gtag).toBe('function');
  });

  it('loads gtag.js once on agreement, after default → update → event, then js and config', async () => {
    const p = page();
    const consent = memoryConsent();
    start(consent, { measurementId: ['G-ABC123', 'G-SECOND'] }, p.env);
    await consent.decide({ stats: 'agree' });
    const entries = p.layer();
    expect(entries.map(cmd)).toEqual(['consent default', 'consent update', 'consentry_update', 'js', 'config G-ABC123', 'config G-SECOND']);
    expect((entries[1] as unknown[])[2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', security_storage: 'granted' });
    expect(entries[2]).toEqual({
      event: 'consentry_update',
      consentry: { essential: 'granted', stats: 'granted', news: 'denied', ads: 'denied', video: 'denied' },
      consentry_changed: ['stats'],
    });
    expect((entries[3] as unknown[])[1]).toBeInstanceOf(Date);
    expect((p.win.dataLayer as unknown[]).filter((e) => !isArgs(e)).every((e) => !Array.isArray(e))).toBe(true);
    const [s] = p.scripts();
    expect(p.scripts()).toHaveLength(1);
    expect(s.src).toBe('https://www.googletagmanager.com/gtag/js?id=G-ABC123');
    expect(s.async).toBe(true);
    // happy-dom has no nonce IDL attribute; browsers keep the value in the property
    expect(s.nonce || s.getAttribute('nonce')).toBe('n0nce');
    expect(p.win['ga-disable-G-ABC123']).toBe(false);
    expect(p.win['ga-disable-G-SECOND']).toBe(false);
  });

  it('the stored answers counting once the config passed its check: Google hears the stored choice as at load, not as a decision', async () => {
    const p = page();
    const consent = memoryConsent();
    await consent.decide({ stats: 'agree' });
    // the consent as a production build's reader holds it: nothing counts until the check passed
    let counting = false;
    const changes: ((e: unknown) => void)[] = [];
    const held = Object.create(consent, {
      isGranted: { value: (id: string, ch?: string) => counting && consent.isGranted(id, ch) },
      on: { value: (event: string, fn: (e: unknown) => void) => (event == 'change' && changes.push(fn), () => {}) },
    });
    start(held, { measurementId: 'G-ABC123' }, p.env);
    expect(p.scripts()).toHaveLength(0);
    const before = p.layer().length;
    counting = true;
    for (const fn of changes) fn({ origin: 'checked', changed: ['stats'], snapshot: consent.snapshot() });
    const after = p.layer().slice(before);
    expect(after.map(cmd)).toEqual(['consent update', 'consentry_update', 'js', 'config G-ABC123']);
    expect((after[0] as unknown[])[2]).toMatchObject({ analytics_storage: 'granted' });
    // the stored choice restated (as at load: nothing changed), not a decision naming what changed
    expect(after[1]).toMatchObject({ consentry_changed: [] });
    expect(p.scripts()).toHaveLength(1);
    expect(p.win['ga-disable-G-ABC123']).toBe(false);
  });

  it('on withdrawal: update denied, opt-out flag, GA cookies deleted; re-agreeing measures again without a second load', async () => {
    const p = page('_ga=GA1.1.1.1; _ga_ABC123=GS1.1; _gid=x; _gat_gtag_G_ABC123=1; keep=1');
    const consent = memoryConsent();
    start(consent, { measurementId: 'G-ABC123' }, p.env);
    await consent.decide({ stats: 'agree' });
    p.writes.length = 0;
    const before = p.layer().length;
    await consent.withdraw('stats');
    const after = p.layer().slice(before);
    expect(after.map(cmd)).toEqual(['consent update', 'consentry_update']);
    expect((after[0] as unknown[])[2]).toMatchObject({ analytics_storage: 'denied' });
    expect(p.win['ga-disable-G-ABC123']).toBe(true);
    const deleted = new Set(p.writes.map((w) => w.split('=')[0]));
    // visible matches, plus the exact names forced on withdrawal
    expect([...deleted].sort()).toEqual(['AMP_TOKEN', '_ga', '_ga_ABC123', '_gat_gtag_G_ABC123', '_gid']);
    expect(p.writes).toContain('_ga=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/;domain=.example.co.kr;secure');

    await consent.decide({ stats: 'agree' });
    expect(p.win['ga-disable-G-ABC123']).toBe(false);
    expect(p.layer().slice(-3).map(cmd)).toEqual(['consent update', 'consentry_update', 'config G-ABC123']);
    expect(p.scripts()).toHaveLength(1);
  });

  it('gives a returning visitor the stored choice right after the default, and loads at once', async () => {
    const p = page();
    const consent = memoryConsent();
    await consent.decide({ stats: 'agree', ads: 'disagree' });
    start(
      consent,
      { measurementId: 'G-ABC123', adsDataRedaction: true, urlPassthrough: true, region: ['KR'], waitForUpdate: 800 },
      {
        ...p.env,
      },
    );
    const entries = p.layer();
    expect(entries.map(cmd)).toEqual([
      'consent default',
      'set ads_data_redaction',
      'set url_passthrough',
      'consent update',
      'consentry_update',
      'js',
      'config G-ABC123',
    ]);
    expect((entries[0] as unknown[])[2]).toMatchObject({ wait_for_update: 800, region: ['KR'] });
    expect(entries[1]).toEqual(['set', 'ads_data_redaction', true]);
    expect((entries[4] as { consentry_changed: string[] }).consentry_changed).toEqual([]);
    expect(p.scripts()).toHaveLength(1);
  });

  it('sweeps leftover GA cookies at start after a stored disagreement, and _gcl_* when ads are withdrawn', async () => {
    const p = page('_ga=1; _gcl_au=2; _gcl_aw=3');
    const consent = memoryConsent();
    await consent.decide({ stats: 'disagree', ads: 'agree' });
    start(consent, { measurementId: 'G-ABC123' }, p.env);
    expect(new Set(p.writes.map((w) => w.split('=')[0]))).toEqual(new Set(['_ga']));
    p.writes.length = 0;
    await consent.withdraw('ads');
    expect(new Set(p.writes.map((w) => w.split('=')[0]))).toEqual(new Set(['_gcl_au', '_gcl_aw']));
  });

  it('deletes prefixed cookies and tries the configured cookie_domain too', async () => {
    const p = page('shop_ga=1; _ga=2');
    const consent = memoryConsent();
    start(consent, { measurementId: 'G-ABC123', configParams: { cookie_prefix: 'shop', cookie_domain: 'me.kr' } }, p.env);
    await consent.decide({ stats: 'agree' });
    await consent.withdraw('stats');
    expect(new Set(p.writes.map((w) => w.split('=')[0]))).toEqual(
      new Set(['_ga', 'shop_ga', 'AMP_TOKEN', 'shop_gid', 'shopAMP_TOKEN', '_gid']),
    );
    expect(p.writes).toContain('shop_ga=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/app/;domain=.me.kr;secure');
  });

  it('pageView sends a page_view only while analytics is granted', async () => {
    const p = page();
    const consent = memoryConsent();
    const google = start(consent, { measurementId: 'G-ABC123', sendPageView: false }, p.env);
    expect(google.pageView('/cart')).toBe(false);
    expect(p.layer().some((e) => cmd(e) == 'event page_view')).toBe(false);
    await consent.decide({ stats: 'agree' });
    expect(p.layer().find((e) => cmd(e) == 'config G-ABC123')).toEqual(['config', 'G-ABC123', { send_page_view: false }]);
    expect(google.pageView('/cart?x=1', { page_title: 'Cart' })).toBe(true);
    expect(p.layer().pop()).toEqual([
      'event',
      'page_view',
      { page_location: 'https://www.shop.example.co.kr/cart?x=1', page_title: 'Cart' },
    ]);
    await consent.withdraw('stats');
    expect(google.pageView()).toBe(false);
  });

  it('stop() ends the link to consent changes; update() re-sends the state', async () => {
    const p = page();
    const consent = memoryConsent();
    const google = start(consent, { measurementId: 'G-ABC123' }, p.env);
    google.stop();
    await consent.decide({ stats: 'agree' });
    expect(p.layer()).toHaveLength(1);
    expect(p.scripts()).toHaveLength(0);
    google.update();
    expect(p.layer().map(cmd)).toEqual(['consent default', 'consent update', 'consentry_update', 'js', 'config G-ABC123']);
  });
});

describe('startGoogle, advanced mode and GTM', () => {
  it('loads gtag.js at start, with the default before js and config', () => {
    const p = page();
    start(memoryConsent(), { measurementId: 'G-ABC123', mode: 'advanced' }, p.env);
    expect(p.layer().map(cmd)).toEqual(['consent default', 'js', 'config G-ABC123']);
    expect(p.scripts()).toHaveLength(1);
    expect(p.win['ga-disable-G-ABC123']).toBeUndefined();
  });

  it('uses a custom data layer, loads the GTM container once analytics or ads are granted', async () => {
    const p = page();
    const consent = memoryConsent();
    start(consent, { gtmId: 'GTM-AB12CD', dataLayerName: 'shopLayer' }, p.env);
    expect(p.win.dataLayer).toBeUndefined();
    expect(p.layer('shopLayer').map(cmd)).toEqual(['consent default']);
    expect(p.scripts()).toHaveLength(0);
    await consent.decide({ ads: 'agree' });
    expect(p.scripts().map((s) => s.src)).toEqual(['https://www.googletagmanager.com/gtm.js?id=GTM-AB12CD&l=shopLayer']);
    expect(p.layer('shopLayer').map(cmd)).toEqual(['consent default', 'consent update', 'consentry_update', 'gtm.js']);
    await consent.decide({ stats: 'agree' });
    expect(p.scripts()).toHaveLength(1);
  });

  it('keeps a gtag the page already has, and still pushes arguments objects', () => {
    const p = page();
    const own = () => {};
    p.win.gtag = own;
    const google = start(memoryConsent(), {}, p.env);
    expect(p.win.gtag).toBe(own);
    google.gtag('event', 'x');
    expect(isArgs((p.win.dataLayer as unknown[])[1])).toBe(true);
  });
});

describe('startGoogle, bad input', () => {
  it('throws one ConfigError naming every bad key', () => {
    const p = page();
    try {
      start(memoryConsent(), { measurementId: 'UA-1', signals: { analytics_storage: 'missing' } }, p.env);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems.map((x) => x.path)).toEqual(['google.measurementId', 'google.signals.analytics_storage']);
    }
    expect(p.win.dataLayer).toBeUndefined();
  });

  it('refuses a data layer name that is not an array on the page', () => {
    const p = page();
    expect(() => start(memoryConsent(), { dataLayerName: 'location' }, p.env)).toThrow(/not an array/);
    expect(() => start(memoryConsent(), { dataLayerName: 'name' }, p.env)).toThrow(/not an array/);
  });
});
