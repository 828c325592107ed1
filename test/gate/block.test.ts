// @vitest-environment node
import { describe, it, expect, vi, afterEach } from 'vitest';
import { Window as HappyWindow } from 'happy-dom';
import { startCleanup, startGate, type GateController } from '../../src/gate/index';
import { memoryConsent } from './fixtures';
import type { Consent } from '../../src/core';

/**
 * A page with `body` markup. Scripts the gate creates become <x-script> elements so the test decides when
 * each one "loads" (happy-dom fails every external script at once; Chromium timing is covered in e2e).
 */
function page(body: string, opts: { lang?: string; cookies?: string } = {}) {
  const w = new HappyWindow({ url: 'https://www.shop.example.co.kr/app/page' });
  const doc = w.document as unknown as Document;
  doc.documentElement.lang = opts.lang || 'en';
  doc.body.innerHTML = body;
  const real = doc.createElement.bind(doc);
  doc.createElement = ((tag: string) => real(tag == 'script' ? 'x-script' : tag)) as typeof doc.createElement;
  const writes: string[] = [];
  Object.defineProperty(doc, 'cookie', { get: () => opts.cookies || '', set: (v: string) => writes.push(v), configurable: true });
  const warn = vi.spyOn((w as unknown as { console: Console }).console, 'warn').mockImplementation(() => {});
  type Live = HTMLElement & { src?: string; text?: string; type?: string; async?: boolean; nonce?: string; onload?: () => void };
  const live = () => Array.from(doc.querySelectorAll('x-script')) as Live[];
  const $ = <T extends Element = HTMLElement>(sel: string) => doc.querySelector(sel) as T;
  return { w, doc, writes, warn, live, $ };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

const gates: GateController[] = [];
const gate = (...a: Parameters<typeof startGate>) => {
  const g = startGate(...a);
  gates.push(g);
  return g;
};
afterEach(() => gates.splice(0).forEach((g) => g.stop()));

describe('startGate: scripts', () => {
  it('runs nothing before consent, then activates in document order, one external script at a time', async () => {
    const p = page(`
      <script type="text/plain" data-consent="stats" data-src="/a.js" id="a"></script>
      <script type="text/plain" data-consent="stats" id="b">window.b = 1</script>
      <script type="text/plain" data-consent="stats" data-src="https://cdn.example/c.js" async id="c"></script>
      <script type="text/plain" data-consent="stats" data-src="/d.js" defer id="d"></script>
      <script type="text/plain" data-consent="stats" id="e">window.e = 1</script>`);
    const consent = memoryConsent();
    gate(consent, { root: p.doc });
    await tick();
    expect(p.live()).toHaveLength(0);
    expect(p.doc.querySelectorAll('script[type="text/plain"]')).toHaveLength(5);

    await consent.decide({ stats: 'agree' });
    await tick();
    // a.js is loading: nothing after it may run yet
    expect(p.live().map((s) => s.id)).toEqual(['a']);
    expect(p.live()[0].src).toBe('/a.js');
    expect(p.live()[0].async).toBe(false);
    p.live()[0].onload!();
    await tick();
    // b (inline) runs, c is async so d does not wait for it, d (defer) waits for its own load
    expect(p.live().map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(p.live()[1].text).toBe('window.b = 1');
    expect(p.live()[2].async).toBe(true);
    p.live()[3].onload!();
    await tick();
    expect(p.live().map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // replaced in place: the originals are gone and the order on the page is kept
    expect(p.doc.querySelectorAll('script')).toHaveLength(0);
    expect(Array.from(p.doc.body.children).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it("keeps every attribute but the blocking ones, turns data-type into type, and keeps the script's own nonce only", async () => {
    // a page without a nonce of its own (the tagged scripts' nonces do not count): both are released
    const p = page(`
      <script type="text/plain" data-consent="stats" data-src="/m.js" data-type="module" nonce="own"
        integrity="sha384-abc" crossorigin="anonymous" referrerpolicy="no-referrer" defer data-widget="chat" class="w"></script>
      <script type="text/plain" data-consent="stats">window.x = 2</script>`);
    const consent = memoryConsent();
    gate(consent, { root: p.doc });
    await consent.decide({ stats: 'agree' });
    await tick();
    const [m] = p.live();
    expect(m.type).toBe('module');
    expect(m.nonce).toBe('own');
    for (const [k, v] of Object.entries({
      integrity: 'sha384-abc',
      crossorigin: 'anonymous',
      referrerpolicy: 'no-referrer',
      defer: '',
      'data-widget': 'chat',
      class: 'w',
    }))
      expect(m.getAttribute(k)).toBe(v);
    for (const k of ['type', 'data-src', 'data-type', 'data-consent', 'nonce', 'src']) expect(m.hasAttribute(k)).toBe(false);
    m.onload!();
    await tick();
    // a script without a nonce of its own never borrows the page's (that would let injected markup pass a CSP)
    expect(p.live()[1].nonce).toBeUndefined();
    expect(p.live()[1].hasAttribute('nonce')).toBe(false);
  });

  it('refuses javascript: and other non-http URLs, and leaves those tags blocked', async () => {
    const p = page(`
      <script type="text/plain" data-consent="stats" data-src=" JaVaScRiPt:alert(1)"></script>
      <iframe data-consent="stats" data-src="javascript:alert(2)" title="x"></iframe>
      <img data-consent="stats" data-src="data:image/svg+xml,<svg/>" alt="">
      <script type="text/plain" data-consent="stats">window.ok = 1</script>`);
    const consent = memoryConsent();
    gate(consent, { root: p.doc });
    await consent.decide({ stats: 'agree' });
    await tick();
    expect(p.live().map((s) => s.text)).toEqual(['window.ok = 1']);
    expect(p.$('iframe').hasAttribute('src')).toBe(false);
    expect(p.$('img').hasAttribute('src')).toBe(false);
    expect(p.warn).toHaveBeenCalledTimes(3);
    expect(String(p.warn.mock.calls[0][0])).toMatch(/not http/);
  });

  it('requires every listed purpose', async () => {
    const p = page(`<script type="text/plain" data-consent="stats ads">window.both = 1</script>`);
    const consent = memoryConsent();
    gate(consent, { root: p.doc });
    await consent.decide({ stats: 'agree' });
    await tick();
    expect(p.live()).toHaveLength(0);
    await consent.decide({ ads: 'agree' });
    await tick();
    expect(p.live()).toHaveLength(1);
  });
});

describe('startGate: images, links, visibility, later insertions', () => {
  it('sets src / srcset / href on agreement and shows !purpose content only while not granted', async () => {
    const p = page(`
      <img data-consent="ads" data-src="https://ads.example/pixel.gif" data-srcset="https://ads.example/p2.gif 2x" alt="">
      <link rel="stylesheet" data-consent="video" data-src="/player.css">
      <p id="off" data-consent="!stats">Statistics are off.</p>
      <p id="on" data-consent="stats">Thanks for helping us measure.</p>`);
    const consent = memoryConsent();
    gate(consent, { root: p.doc });
    expect(p.$('img').hasAttribute('src')).toBe(false);
    expect(p.$('link').hasAttribute('href')).toBe(false);
    expect(p.$('#off').hidden).toBe(false);
    expect(p.$('#on').hidden).toBe(true);
    await consent.decide({ ads: 'agree', video: 'agree', stats: 'agree' });
    expect(p.$('img').getAttribute('src')).toBe('https://ads.example/pixel.gif');
    expect(p.$('img').getAttribute('srcset')).toBe('https://ads.example/p2.gif 2x');
    expect(p.$('link').getAttribute('href')).toBe('/player.css');
    expect(p.$('#off').hidden).toBe(true);
    expect(p.$('#on').hidden).toBe(false);
    await consent.withdraw('stats');
    expect(p.$('#off').hidden).toBe(false);
    expect(p.$('#on').hidden).toBe(true);
  });

  it('keeps tags inserted after start blocked until consent, and runs ones inserted after it', async () => {
    const p = page('<div id="slot"></div>');
    const consent = memoryConsent();
    gate(consent, { root: p.doc });
    const late = p.doc.createElement('div');
    late.innerHTML =
      '<script type="text/plain" data-consent="stats">window.late = 1</script><img data-consent="stats" data-src="/late.gif" alt="">';
    p.$('#slot').appendChild(late);
    await tick();
    expect(p.live()).toHaveLength(0);
    expect(p.$('img').hasAttribute('src')).toBe(false);
    await consent.decide({ stats: 'agree' });
    await tick();
    expect(p.live().map((s) => s.text)).toEqual(['window.late = 1']);
    expect(p.$('img').getAttribute('src')).toBe('/late.gif');
    const later = p.doc.createElement('img');
    later.setAttribute('data-consent', 'stats');
    later.setAttribute('data-src', '/later.gif');
    p.doc.body.appendChild(later);
    await tick();
    expect(later.getAttribute('src')).toBe('/later.gif');
  });

  it('warns once about a purpose the config does not have, and never runs its tag', async () => {
    const p = page(`<script type="text/plain" data-consent="analytics">window.x = 1</script>`);
    const consent = memoryConsent();
    const g = gate(consent, { root: p.doc });
    await consent.agreeAll();
    g.refresh();
    await tick();
    expect(p.live()).toHaveLength(0);
    expect(p.warn).toHaveBeenCalledTimes(1);
    expect(String(p.warn.mock.calls[0][0])).toContain('unknown purpose "analytics"');
  });

  it('keeps "!unknown" blocked too: an id the config does not have blocks in both forms', async () => {
    const p = page(`
      <script type="text/plain" data-consent="!analytics" data-src="/x.js"></script>
      <script type="text/plain" data-consent="!analytics">window.x = 1</script>
      <script type="text/plain" data-consent="!stats !analytics">window.y = 1</script>
      <p id="plain" data-consent="!analytics">only while an unknown purpose is not granted</p>
      <iframe data-consent="!analytics" data-src="https://video.example/e" title="x"></iframe>
      <script type="text/plain" data-consent="!stats">window.z = 1</script>`);
    const consent = memoryConsent();
    gate(consent, { root: p.doc });
    await tick();
    // only the known "!stats" runs
    expect(p.live().map((s) => s.text)).toEqual(['window.z = 1']);
    expect(p.$('#plain').hidden).toBe(true);
    expect(p.$('iframe').hasAttribute('src')).toBe(false);
    expect(p.doc.querySelector('.consentry-placeholder')).toBeNull();
    expect(p.warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('unknown purpose "!analytics"'))).toHaveLength(5);
  });

  it('on a page with a nonce, releases only scripts that carry it (strict-dynamic would trust any script the gate creates)', async () => {
    const p = page(`
      <script type="text/plain" data-consent="essential" data-src="/own.js" nonce="n0nce"></script>
      <script type="text/plain" data-consent="essential" nonce="n0nce">window.own = 1</script>
      <script type="text/plain" data-consent="essential" data-src="/evil.js"></script>
      <script type="text/plain" data-consent="essential">window.evil = 1</script>
      <script type="text/plain" data-consent="essential" nonce="guessed">window.evil = 2</script>
      <img data-consent="essential" data-src="/pixel.gif" alt="">`);
    const consent = memoryConsent();
    gate(consent, { root: p.doc, nonce: 'n0nce' });
    await tick();
    p.live()[0].onload!();
    await tick();
    expect(p.live().map((s) => s.src || s.text)).toEqual(['/own.js', 'window.own = 1']);
    expect(p.live().map((s) => s.nonce)).toEqual(['n0nce', 'n0nce']);
    // the refused ones stay inert, each reported once; other elements are no scripts and load as before
    expect(p.doc.querySelectorAll('script[type="text/plain"]')).toHaveLength(3);
    expect(p.warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes("does not carry the page's nonce"))).toHaveLength(3);
    expect(p.$('img').getAttribute('src')).toBe('/pixel.gif');
    // injected later, and after the visitor agrees: still refused
    const late = p.doc.createElement('div');
    late.innerHTML = '<script type="text/plain" data-consent="stats" data-src="/late.js"></script>';
    p.doc.body.appendChild(late);
    await consent.decide({ stats: 'agree' });
    await tick();
    expect(p.live()).toHaveLength(2);
  });

  it("learns the page's nonce from the page's own scripts, never from tagged ones", async () => {
    const p = page(`
      <script type="text/plain" data-consent="essential" nonce="injected">window.evil = 1</script>
      <script nonce="site-nonce">window.site = 1</script>
      <script type="text/plain" data-consent="essential" nonce="site-nonce">window.own = 1</script>`);
    const consent = memoryConsent();
    gate(consent, { root: p.doc });
    await tick();
    expect(p.live().map((s) => s.text)).toEqual(['window.own = 1']);
  });

  it('stop() leaves later changes alone', async () => {
    const p = page(`<img data-consent="stats" data-src="/x.gif" alt="">`);
    const consent = memoryConsent();
    gate(consent, { root: p.doc }).stop();
    await consent.decide({ stats: 'agree' });
    expect(p.$('img').hasAttribute('src')).toBe(false);
  });
});

describe('startGate: iframe placeholders', () => {
  const frame = `<iframe data-consent="video" data-src="https://video.example/embed/42" title="Product tour" width="560" height="315"></iframe>`;

  it('shows an accessible placeholder with Load once and Always allow, in the page language', async () => {
    const p = page(frame, { lang: 'ko' });
    gate(memoryConsent(), { root: p.doc });
    await tick();
    const box = p.$('.consentry-placeholder');
    expect(box.getAttribute('role')).toBe('group');
    expect(box.getAttribute('aria-label')).toBe('Product tour');
    expect(box.lang).toBe('ko');
    expect(box.style.width).toBe('560px');
    expect(box.querySelector('p')!.textContent).toBe('‘동영상 보기’에 동의하면 video.example 콘텐츠를 볼 수 있습니다.');
    const buttons = Array.from(box.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['이번만 불러오기', '항상 허용']);
    expect(buttons.every((b) => b.type == 'button' && b.getAttribute('aria-describedby') == box.querySelector('p')!.id)).toBe(true);
    expect(p.$('iframe').hidden).toBe(true);
    expect(p.$('iframe').hasAttribute('src')).toBe(false);
    // its stylesheet is on the page: a constructed sheet, or a <style> where the DOM has none
    const d = p.doc as Document & { adoptedStyleSheets?: CSSStyleSheet[] };
    const css =
      [...(d.adoptedStyleSheets || [])].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('') +
      [...d.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).toContain('consentry-placeholder');
  });

  it('speaks each built-in locale, with both slots filled; several purposes are one list in that language', async () => {
    const two = `<iframe data-consent="video stats" data-src="https://video.example/embed/42" title="Tour"></iframe>`;
    const seen: { [lang: string]: string } = {};
    for (const lang of ['ko', 'en', 'ja', 'zh-CN', 'zh-TW', 'de', 'fr', 'es']) {
      const p = page(frame, { lang });
      gate(memoryConsent(), { root: p.doc });
      await tick();
      const box = p.$('.consentry-placeholder');
      const text = box.querySelector('p')!.textContent!;
      expect(box.lang).toBe(lang);
      expect(text).toContain('video.example');
      expect(text).not.toMatch(/[{}]/);
      seen[lang] = text + ' / ' + Array.from(box.querySelectorAll('button'), (b) => b.textContent).join(' / ');
    }
    // eight different sentences and button pairs: no locale fell back to another one's texts
    expect(new Set(Object.values(seen)).size).toBe(8);
    const p = page(two, { lang: 'en' });
    gate(memoryConsent(), { root: p.doc });
    await tick();
    expect(p.$('.consentry-placeholder p').textContent).toBe(
      'Content from video.example is blocked until you allow “Video player and Visit statistics”.',
    );
    const de = page(two, { lang: 'de-AT' });
    gate(memoryConsent(), { root: de.doc });
    await tick();
    expect(de.$('.consentry-placeholder').lang).toBe('de');
  });

  it('Load once loads this frame only and records nothing', async () => {
    const p = page(frame + frame.replace('42', '43'), { lang: 'en' });
    const consent = memoryConsent();
    gate(consent, { root: p.doc });
    await tick();
    const box = p.$('.consentry-placeholder');
    expect(box.querySelector('p')!.textContent).toBe('Content from video.example is blocked until you allow “Video player”.');
    (box.querySelectorAll('button')[0] as HTMLButtonElement).click();
    const [one, two] = Array.from(p.doc.querySelectorAll('iframe'));
    expect(one.getAttribute('src')).toBe('https://video.example/embed/42');
    expect(one.hidden).toBe(false);
    expect(p.doc.activeElement).toBe(one);
    expect(two.hasAttribute('src')).toBe(false);
    expect(p.doc.querySelectorAll('.consentry-placeholder')).toHaveLength(1);
    expect(consent.isGranted('video')).toBe(false);
  });

  it('Always allow agrees through the core (method placeholder) and loads every frame of that purpose', async () => {
    const p = page(frame + frame.replace('42', '43'));
    const consent = memoryConsent();
    const decisions: string[] = [];
    consent.on('decision', (d) => void decisions.push(`${d.method}:${d.changes.map((c) => `${c.id}=${c.to}`)}`));
    gate(consent, { root: p.doc });
    await tick();
    (p.$('.consentry-placeholder').querySelectorAll('button')[1] as HTMLButtonElement).click();
    await tick();
    expect(decisions).toEqual(['placeholder:video=agree']);
    expect(consent.isGranted('video')).toBe(true);
    expect(Array.from(p.doc.querySelectorAll('iframe')).map((f) => f.getAttribute('src'))).toEqual([
      'https://video.example/embed/42',
      'https://video.example/embed/43',
    ]);
    expect(p.doc.querySelectorAll('.consentry-placeholder')).toHaveLength(0);
  });

  it('blocks a frame again when its purpose is withdrawn', async () => {
    const p = page(frame);
    const consent = memoryConsent();
    gate(consent, { root: p.doc });
    await consent.decide({ video: 'agree' });
    expect(p.$('iframe').getAttribute('src')).toBe('https://video.example/embed/42');
    await consent.withdraw('video');
    await tick();
    const copy = p.$('iframe');
    expect(copy.hasAttribute('src')).toBe(false);
    expect(copy.hidden).toBe(true);
    expect(p.doc.querySelectorAll('.consentry-placeholder')).toHaveLength(1);
    await consent.decide({ video: 'agree' });
    expect(p.$('iframe').getAttribute('src')).toBe('https://video.example/embed/42');
  });

  it("can leave placeholders to the site, or take the site's own", async () => {
    const p = page(frame);
    gate(memoryConsent(), { root: p.doc, placeholder: false });
    await tick();
    expect(p.doc.querySelector('.consentry-placeholder')).toBeNull();
    const q = page(frame);
    gate(memoryConsent(), {
      root: q.doc,
      placeholder: (f, props) => {
        const b = q.doc.createElement('button');
        b.className = 'mine';
        b.textContent = `${f.title}: ${props.purpose}`;
        b.onclick = props.onOnce;
        return b;
      },
    });
    await tick();
    expect(q.$('.mine').textContent).toBe('Product tour: Video player');
    q.$('.mine').click();
    expect(q.$('iframe').getAttribute('src')).toBe('https://video.example/embed/42');
    expect(q.doc.querySelector('.mine')).toBeNull();
  });

  it('drops a placeholder that arrives after its frame was allowed (on-demand part still loading)', async () => {
    const p = page(frame);
    const consent = memoryConsent();
    let deliver!: (el: HTMLElement) => void;
    gate(consent, { root: p.doc, placeholder: () => new Promise((r) => (deliver = r)) });
    await consent.decide({ video: 'agree' });
    deliver(p.doc.createElement('div'));
    await tick();
    expect(p.doc.body.children).toHaveLength(1);
    expect(p.$('iframe').hidden).toBe(false);
    expect(p.$('iframe').getAttribute('src')).toBe('https://video.example/embed/42');
  });
});

describe('startGate: cookie cleanup', () => {
  it("deletes a withdrawn purpose's first-party cookies and cleanup rules, never the consent cookie", async () => {
    const p = page('', { cookies: '_fbp=1; ad_id=2; ad_seen=3; NID=4; consentry=x; _ga=5' });
    const consent = memoryConsent();
    gate(consent, { root: p.doc });
    await consent.decide({ ads: 'agree' });
    expect(p.writes).toEqual([]);
    await consent.withdraw('ads');
    const names = new Set(p.writes.map((w) => w.split('=')[0]));
    expect(names).toEqual(new Set(['_fbp', 'ad_id', 'ad_seen']));
    expect(p.writes).toContain('_fbp=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/promo;domain=.ads.shop.example;secure');
    expect(p.writes).toContain('ad_id=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/app/page;domain=example.co.kr;secure');
  });

  it('sweeps leftovers of purposes disagreed earlier at start, and can be turned off', async () => {
    const consent = memoryConsent();
    await consent.decide({ stats: 'disagree' });
    const p = page('', { cookies: '_ga=1; _ga_X1=2' });
    gate(consent, { root: p.doc });
    expect(new Set(p.writes.map((w) => w.split('=')[0]))).toEqual(new Set(['_ga', '_ga_X1']));
    const q = page('', { cookies: '_ga=1' });
    gate(consent, { root: q.doc, cleanup: false });
    expect(q.writes).toEqual([]);
  });

  it('sweeps at start what GPC refuses before anything is recorded (an agreement it set aside left cookies)', () => {
    // the script tag's synchronous reader before its writer arrives: no answer yet, the browser sends GPC
    const { config } = memoryConsent();
    const reader = (gpc: boolean) =>
      ({
        config,
        snapshot: () => ({ purposes: Object.fromEntries(config.purposes.map((q) => [q.id, { id: q.id, version: q.version }])), gpc }),
        on: () => () => {},
      }) as unknown as Consent;
    const p = page('', { cookies: '_fbp=1; ad_x=2; _ga=3' });
    startCleanup(reader(true), p.doc);
    const swept = new Set(p.writes.map((w) => w.split('=')[0]));
    expect(swept.has('_fbp') && swept.has('ad_x')).toBe(true);
    // analytics is not something GPC refuses: its cookie stays
    expect(swept.has('_ga')).toBe(false);
    // without the signal nothing is refused, so nothing is swept
    const q = page('', { cookies: '_fbp=1; ad_x=2' });
    startCleanup(reader(false), q.doc);
    expect(q.writes).toEqual([]);
  });
});
