import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { gateProblems } from '../../src/check/whole';
import { startEmbedGate, type Gated, type GatePart } from '../../src/embed/gate';
import { gatePart } from '../../src/embed/gate-part';
import { validateBlockingConfig } from '../../src/gate/config';
import type { ConfigProblem } from '../../src/core/errors';
import type { Consent } from '../../src/core/types';
import { memoryConsent, shopPurposes } from './fixtures';

const w = window as unknown as { [k: string]: unknown };
const isArgs = (x: unknown) => Object.prototype.toString.call(x) == '[object Arguments]';
/** The data layer: `consent default`, `config G-…`, `js`, or a plain push's event name. */
const layer = () =>
  ((w.dataLayer as unknown[]) || []).map((e) => {
    if (!isArgs(e)) return String((e as { event: string }).event);
    const a = Array.from(e as IArguments);
    return a[0] == 'js' ? 'js' : a.slice(0, 2).join(' ');
  });
/** Inline scripts the gate has re-created as live ones (happy-dom does not run them; their text shows it). */
const live = () => Array.from(document.querySelectorAll('script:not([src]):not([type="text/plain"])')).map((s) => s.textContent);
const gtagScripts = () => document.querySelectorAll('script[src^="https://www.googletagmanager.com/gtag/js"]').length;

/**
 * A loadPart whose parts arrive only when the test says so: `arrive()` hands out the real gate part
 * (src/embed/gate-part.ts), `fail()` rejects like a script that did not load. Records every name asked for.
 */
function parts() {
  const asked: string[] = [];
  let settle: { ok(p: GatePart): void; no(e: Error): void } | undefined;
  const load = <T>(name: string): Promise<T> => {
    asked.push(name);
    return new Promise<T>((ok, no) => (settle = { ok: ok as (p: GatePart) => void, no }));
  };
  return {
    asked,
    load,
    arrive: () => (settle!.ok(gatePart), flush()),
    fail: () => (settle!.no(new Error('consentry: part "gate" failed to load')), flush()),
  };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

/** document.cookie shows `visible`; every write is recorded (happy-dom ignores max-age=0). */
function cookieJar(visible: string) {
  const writes: string[] = [];
  Object.defineProperty(document, 'cookie', { get: () => visible, set: (v: string) => void writes.push(v), configurable: true });
  return writes;
}
const deleted = (writes: string[]) =>
  [...new Set(writes.filter((c) => /max-age=0|expires=Thu, 01 Jan 1970/i.test(c)).map((c) => c.split('=')[0]))].sort();

/** As the boot calls it: what the gate publishes goes onto the consent (so afterEach can stop the controllers). */
const startGate = (
  config: Parameters<typeof startEmbedGate>[0],
  consent: Consent | undefined,
  problems: ConfigProblem[],
  nonce: string,
  load: <T>(name: string) => Promise<T>,
  check?: Parameters<typeof startEmbedGate>[5],
  afterBanner?: Promise<unknown>,
) => startEmbedGate(config, consent, problems, nonce, load, check, afterBanner, false, (m) => consent && Object.assign(consent, m));

let consents: Consent[] = [];
const fresh = (...a: Parameters<typeof memoryConsent>) => {
  const c = memoryConsent(...a);
  consents.push(c);
  return c;
};

beforeEach(() => {
  delete w.dataLayer;
  delete w.gtag;
  delete w['ga-disable-G-ABC123'];
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});
afterEach(() => {
  for (const c of consents)
    ((c as unknown as Gated).gate || { stop() {} }).stop(), ((c as unknown as Gated).google || { stop() {} }).stop();
  consents = [];
  delete (document as unknown as { cookie?: string }).cookie;
  vi.restoreAllMocks();
});

describe('validateBlockingConfig', () => {
  it('accepts nothing or booleans, and names anything else', () => {
    expect(validateBlockingConfig(undefined)).toEqual([]);
    expect(validateBlockingConfig({ placeholder: false, cleanup: true })).toEqual([]);
    expect(validateBlockingConfig([])).toEqual([{ path: 'blocking', message: 'expected an object' }]);
    expect(validateBlockingConfig({ placeholder: 'no', iframes: true })).toEqual([
      { path: 'blocking.placeholder', message: 'expected true or false' },
      { path: 'blocking.iframes', message: 'unknown key' },
    ]);
  });
});

describe('startEmbedGate (the script tag block)', () => {
  it('for a visitor who must still decide, asks for the gate part only once the banner is up (and at once for one who decided)', async () => {
    let up!: () => void;
    const banner = new Promise<void>((r) => (up = r));
    const p = parts();
    startGate({ google: { measurementId: 'G-ABC123' } }, fresh(), [], '', p.load, undefined, banner);
    // the default is pushed at once; the part waits
    expect(layer()).toEqual(['consent default']);
    await flush();
    expect(p.asked).toEqual([]);
    up();
    await flush();
    expect(p.asked).toEqual(['gate']);

    const decided = fresh();
    await decided.agreeAll();
    expect(decided.needsDecision()).toBe(false);
    const q = parts();
    startGate({ google: { measurementId: 'G-ABC123' } }, decided, [], '', q.load, undefined, new Promise(() => {}));
    expect(q.asked).toEqual(['gate']);
  });

  it('a decision made while the banner is not up yet (or never comes up) asks for the part at once', async () => {
    const consent = fresh();
    const p = parts();
    startGate({ google: { measurementId: 'G-ABC123' } }, consent, [], '', p.load, undefined, new Promise(() => {}));
    await flush();
    expect(p.asked).toEqual([]);
    await consent.agreeAll();
    await flush();
    expect(p.asked).toEqual(['gate']);
    await p.arrive();
    expect(layer()).toContain('consent update');
    // a page that needs no part does not load it on a decision
    const bare = fresh({ purposes: shopPurposes.map(({ cookies: _c, cleanup: _r, ...rest }) => rest) });
    const q = parts();
    startGate({}, bare, [], '', q.load, undefined, new Promise(() => {}));
    await bare.agreeAll();
    await flush();
    expect(q.asked).toEqual([]);
  });

  it('pushes the consent default at once and asks for the gate part at once; blocking and gtag.js wait for it', async () => {
    document.body.innerHTML = '<img data-consent="stats" data-src="/x.gif" alt="">';
    const consent = fresh();
    const problems: ConfigProblem[] = [];
    const p = parts();
    const published: object[] = [];
    const publish = (m: object) => {
      published.push(m);
      Object.assign(consent, m);
    };
    const embed = startEmbedGate(
      { google: { measurementId: 'G-ABC123' } },
      consent,
      problems,
      'nn',
      p.load,
      undefined,
      undefined,
      false,
      publish,
    );
    expect(problems).toEqual([]);
    expect(p.asked).toEqual(['gate']);
    // window.consentry gets whenGate at once, the controllers once the part started
    expect(published).toEqual([embed]);
    expect(layer()).toEqual(['consent default']);
    expect(isArgs((w.dataLayer as unknown[])[0])).toBe(true);
    expect(w['ga-disable-G-ABC123']).toBe(true);
    expect(typeof w.gtag).toBe('function');

    const ready = embed!.whenGate();
    await p.arrive();
    const gated = await ready;
    expect(gated.google!.gtag).toBeTypeOf('function');
    expect(published).toEqual([embed, gated]);
    expect(gated.gate).toBeDefined();
    expect(layer()).toEqual(['consent default']);
    expect(document.querySelector('img')!.getAttribute('src')).toBeNull();
    await consent.decide({ stats: 'agree' });
    expect(document.querySelector('img')!.getAttribute('src')).toBe('/x.gif');
    expect(gtagScripts()).toBe(1);
    expect(layer()).toEqual(['consent default', 'consent update', 'consentry_update', 'js', 'config G-ABC123']);
    expect(p.asked).toEqual(['gate']);
  });

  it('a returning visitor who agreed: default and update with the stored choice at once, gtag.js once when the part arrives', async () => {
    const consent = fresh();
    await consent.decide({ stats: 'agree' });
    const p = parts();
    startGate({ google: { measurementId: 'G-ABC123' } }, consent, [], '', p.load);
    expect(layer()).toEqual(['consent default', 'consent update', 'consentry_update']);
    expect(Array.from((w.dataLayer as IArguments[])[1])[2]).toMatchObject({ analytics_storage: 'granted' });
    expect(w['ga-disable-G-ABC123']).toBeUndefined();
    expect(gtagScripts()).toBe(0);
    await p.arrive();
    expect(gtagScripts()).toBe(1);
    // no second update: nothing changed since the first paint told Google
    expect(layer()).toEqual(['consent default', 'consent update', 'consentry_update', 'js', 'config G-ABC123']);
  });

  it('applies a decision made before the part arrives: update, GTM event, gtag.js and the tagged elements', async () => {
    document.body.innerHTML =
      '<script type="text/plain" data-consent="stats">window.earlyTag = (window.earlyTag || 0) + 1</script><img data-consent="ads" data-src="/ad.gif" alt="">';
    const consent = fresh();
    const p = parts();
    startGate({ google: { measurementId: 'G-ABC123' } }, consent, [], '', p.load);
    await consent.decide({ stats: 'agree' });
    await consent.decide({ news: 'agree' });
    // nothing runs before the part decides
    expect(live()).toEqual([]);
    expect(gtagScripts()).toBe(0);
    expect(layer()).toEqual(['consent default']);
    await p.arrive();
    expect(live()).toEqual(['window.earlyTag = (window.earlyTag || 0) + 1']);
    expect(document.querySelector('img')!.getAttribute('src')).toBeNull();
    expect(gtagScripts()).toBe(1);
    expect(layer()).toEqual(['consent default', 'consent update', 'consentry_update', 'js', 'config G-ABC123']);
    const event = (w.dataLayer as { consentry_changed?: string[] }[])[2];
    expect(event.consentry_changed).toEqual(['stats', 'news']);
    expect(w['ga-disable-G-ABC123']).toBe(false);
  });

  it('a withdrawal made before the part arrives still switches GA off and deletes the cookies on every variant', async () => {
    const consent = fresh();
    await consent.decide({ stats: 'agree', ads: 'agree' });
    const p = parts();
    startGate({ google: { measurementId: 'G-ABC123' } }, consent, [], '', p.load);
    const writes = cookieJar('_ga=GA1.1.1.2; _ga_ABC123=GS1; _gcl_au=1; keep=me');
    await consent.withdraw(['stats', 'ads']);
    expect(writes).toEqual([]);
    await p.arrive();
    expect(w['ga-disable-G-ABC123']).toBe(true);
    expect(gtagScripts()).toBe(0);
    // GA's and the ad cookies, the stats purpose's cookies and the ads purpose's cleanup rule (`_fbp`, `ad_*`),
    // forced as on any withdrawal: exact names are written off even when this page cannot see them
    expect(deleted(writes)).toEqual(['AMP_TOKEN', '_fbp', '_ga', '_ga_ABC123', '_gcl_au', '_gid']);
    expect(writes.some((c) => c.startsWith('_fbp=') && c.includes('path=/promo'))).toBe(true);
    expect(writes.some((c) => c.startsWith('keep='))).toBe(false);
    expect(layer().slice(-2)).toEqual(['consent update', 'consentry_update']);
    expect(Array.from((w.dataLayer as IArguments[]).at(-2)!)[2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
  });

  it('when the part cannot load: an error is reported, nothing is granted to Google or loaded, and the next decision tries again', async () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="stats">window.failTag = 1</script>';
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const consent = fresh();
    const p = parts();
    const embed = startGate({ google: { measurementId: 'G-ABC123' } }, consent, [], '', p.load);
    const ready = embed!.whenGate();
    await p.fail();
    await expect(ready).rejects.toThrow('failed to load');
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][0])).toContain('gate did not start');
    await consent.decide({ stats: 'agree' });
    expect(live()).toEqual([]);
    expect(gtagScripts()).toBe(0);
    expect(layer()).toEqual(['consent default']);
    expect(w['ga-disable-G-ABC123']).toBe(true);
    // that decision asked for the part again; this time it arrives and applies it
    expect(p.asked).toEqual(['gate', 'gate']);
    await p.arrive();
    expect(live()).toEqual(['window.failTag = 1']);
    expect(gtagScripts()).toBe(1);
  });

  it('without google, blocking or cookies to clean up, the part loads only once a [data-consent] element appears', async () => {
    const consent = fresh({ purposes: shopPurposes.map(({ cookies: _c, cleanup: _r, ...rest }) => rest) });
    const p = parts();
    const embed = startGate({}, consent, [], '', p.load);
    expect(w.dataLayer).toBeUndefined();
    expect(p.asked).toEqual([]);
    document.body.appendChild(document.createElement('p'));
    await flush();
    expect(p.asked).toEqual([]);
    const frame = document.createElement('div');
    frame.innerHTML = '<img data-consent="video" data-src="/v.gif" alt="">';
    document.body.appendChild(frame);
    await flush();
    expect(p.asked).toEqual(['gate']);
    await p.arrive();
    await consent.decide({ video: 'agree' });
    expect(document.querySelector('img')!.getAttribute('src')).toBe('/v.gif');
    expect((await embed!.whenGate()).google).toBeUndefined();
    expect(p.asked).toEqual(['gate']);
  });

  it('loads the part at once for a [data-consent] element already on the page, and for purpose cookies alone', () => {
    const bare = shopPurposes.map(({ cookies: _c, cleanup: _r, ...rest }) => rest);
    document.body.innerHTML = '<p data-consent="!video">Videos appear once you allow them.</p>';
    const a = parts();
    startGate({}, fresh({ purposes: bare }), [], '', a.load);
    expect(a.asked).toEqual(['gate']);
    document.body.innerHTML = '';
    const b = parts();
    startGate({}, fresh(), [], '', b.load);
    expect(b.asked).toEqual(['gate']);
  });

  it("reports google and blocking problems, starts nothing, and still denies everything to the page's own Google tags", () => {
    const problems: ConfigProblem[] = [];
    const p = parts();
    const started = startGate(
      { google: { measurementId: 'UA-1', mode: 'max' }, blocking: { cleanup: 1 } },
      fresh(),
      problems,
      '',
      p.load,
      gateProblems,
    );
    expect(started).toBeUndefined();
    expect(p.asked).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(['google.measurementId', 'google.mode', 'blocking.cleanup']);
    const dl = w.dataLayer as IArguments[];
    expect(dl).toHaveLength(1);
    expect(isArgs(dl[0])).toBe(true);
    expect(Array.from(dl[0])).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'denied',
      },
    ]);
    expect(document.querySelector('script[src]')).toBeNull();
  });

  it('reports a page data layer that is not an array, and a null google section, without throwing', () => {
    w.shopLayer = { push: 1 };
    const problems: ConfigProblem[] = [];
    expect(startGate({ google: { dataLayerName: 'shopLayer' } }, fresh(), problems, '', parts().load)).toBeUndefined();
    expect(problems).toEqual([{ path: 'google.dataLayerName', message: 'window.shopLayer is not an array' }]);
    delete w.shopLayer;
    const more: ConfigProblem[] = [];
    expect(startGate({ google: null }, fresh(), more, '', parts().load)).toBeUndefined();
    expect(more).toEqual([{ path: 'google', message: 'expected an object' }]);
    expect(w.dataLayer).toBeUndefined();
  });

  it('does nothing Google-related without a google section, and nothing at all without a consent', () => {
    const problems: ConfigProblem[] = [{ path: 'purposes', message: 'broken elsewhere' }];
    const p = parts();
    expect(startGate({}, undefined, problems, '', p.load)).toBeUndefined();
    expect(w.dataLayer).toBeUndefined();
    expect(p.asked).toEqual([]);
  });
});
