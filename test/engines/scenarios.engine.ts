// The scenarios that matter, in every engine: Chromium, Firefox ESR, WebKitGTK (CONSENTRY_ENGINES picks).
// The BUILT script tag (dist/) on a page from a local server; real pointer clicks on the widget's data-action
// hooks inside its open shadow root; real key presses. Every request for another host goes to a local sink
// (each browser's proxy) and is refused there; no request of a page's may reach it, and the site must see only
// the requests the page should make.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maySkipMissing, missingMessage, missingPrograms, selectedEngines } from '../tools/engines.mjs';
import { startReceiptServer, type ReceiptServer } from '../support/receipt-server';
import { until, type Engine, type Profile } from './support/browser';
import type { Helpers } from './support/in-page';
import { launchEngine } from './support/launch';
import { assertBuilt, startSink, startSite, type Site, type Sink } from './support/servers';
import { CONTROL_TAG, GATED_TAG, PAGE, PAGE_WITHOUT_BROADCAST, PING, SCRIPTS, fixturePage } from './support/fixture';

const BANNER = '[data-consentry-banner]';
const DIALOG = '[role="dialog"]';
const banner = (action: string) => `${BANNER} [data-action="${action}"]`;
const inDialog = (action: string) => `${DIALOG} [data-action="${action}"]`;

/** What the site may be asked for: the page, the built script tag and its parts, the page's tags. */
const EXPECTED = [PAGE, PAGE_WITHOUT_BROADCAST, /^\/dist\/consentry(-[a-z-]+)?\.js$/, /^\/tags\/[a-z]+\.js$/, '/favicon.ico'];
const expected = (path: string) => EXPECTED.some((e) => (typeof e === 'string' ? e === path : e.test(path)));
/** Addresses a page may load: the test's own servers. */
const local = (url: string) => /^(about:|data:|blob:)/.test(url) || ['127.0.0.1', 'localhost'].includes(new URL(url).hostname);

/** The decision as the page sees it (runs in the page). */
const state = () => {
  const c = (window as any).consentry;
  return {
    analytics: c.get('analytics')?.choice ?? null,
    news: c.get('news')?.choice ?? null,
    needsDecision: c.needsDecision() as boolean,
  };
};
const ready = () => (window as any).consentry.ready.then(() => true);

/** The focused element, as `focused()` describes it. */
type Focused = NonNullable<ReturnType<Helpers['focused']>>;

/** The dialog is open and has focus (runs in the page; `dialog` is its selector). */
const focusInDialog = (h: Helpers, dialog: string) => h.shown(dialog) && (h.focused()?.inDialog || h.focused()?.role === 'dialog');

/** The consent cookie and its IndexedDB mirror, once both hold the same value. */
const stored = async (h: Helpers) => {
  const raw = h.cookie('consentry');
  const mirror = await h.idbGet('consentry', 'consent', 'consentry');
  return raw && typeof mirror === 'string' && decodeURIComponent(raw) === mirror ? mirror : null;
};

for (const name of selectedEngines()) {
  const missing = missingPrograms(name);
  const skip = missing.length > 0 && maySkipMissing();
  if (skip) console.warn(`\n${'!'.repeat(78)}\n${missingMessage(name, missing)}\n  SKIPPING the ${name} engine tests.\n${'!'.repeat(78)}`);

  describe.skipIf(skip)(name, () => {
    let engine: Engine | undefined;
    let site: Site;
    let sink: Sink;
    let rs: ReceiptServer;
    let profile: Profile;
    let testStart = 0;
    let started = 0;

    beforeAll(async () => {
      started = Date.now();
      if (missing.length) throw new Error(missingMessage(name, missing));
      assertBuilt();
      [sink, site, rs] = await Promise.all([startSink(), startSite(), startReceiptServer()]);
      site.serve(PAGE, fixturePage(rs.endpoint));
      site.serve(PAGE_WITHOUT_BROADCAST, fixturePage(rs.endpoint, true));
      for (const [path, js] of Object.entries(SCRIPTS)) site.serve(path, js);
      engine = await launchEngine(name, sink.address);
      // the proxy is in force in this engine: a request for another host reaches the sink, not the network
      const p = await engine.profile();
      const t = await p.open(`${site.url}${PING}`);
      await t.run(() =>
        fetch('http://proxy-check.invalid/', { mode: 'no-cors' }).then(
          () => 'answered',
          () => 'refused',
        ),
      );
      await p.close();
      expect(sink.hits, `${name} does not use the test proxy`).toContain('GET http://proxy-check.invalid/');
      sink.hits.splice(sink.hits.indexOf('GET http://proxy-check.invalid/'), 1);
      console.log(`${name}: ${engine.version}, started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

    afterAll(async () => {
      await engine?.close();
      const own = sink?.hits.filter((h) => engine?.ownTraffic.test(h)) ?? [];
      const kinds = [...new Set(own.map((h) => h.replace(/\?.*$/, '')))];
      if (own.length) console.log(`${name}: the browser's own requests, refused by the test proxy: ${own.length} (${kinds.join(', ')})`);
      await Promise.all([sink?.close(), site?.close(), rs?.close()]);
      console.log(`${name}: all scenarios in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

    /** How often the site was asked for `path` during this test. */
    const requested = (path: string) => site.log.slice(testStart).filter((h) => h.path === path).length;

    beforeEach(async () => {
      profile = await engine!.profile();
      testStart = site.log.length;
    });

    afterEach(async () => {
      await profile?.close();
      // nothing of the page's tried to leave the machine, and the site was asked only for what the page should load
      expect(
        sink.hits.filter((h) => !engine!.ownTraffic.test(h)),
        'requests for other hosts',
      ).toEqual([]);
      expect(profile?.requests?.filter((u) => !local(u)) ?? [], 'page requests to other hosts').toEqual([]);
      expect(
        site.log
          .slice(testStart)
          .map((h) => h.path)
          .filter((p) => !expected(p)),
        'unexpected requests to the site',
      ).toEqual([]);
    });

    it('banner → Agree all: the cookie and its IndexedDB mirror hold it; a reload keeps it, with no banner', async () => {
      const tab = await profile.open(site.url + PAGE);
      await until(tab, 'the banner', (h, b) => h.shown(b), BANNER);
      expect(await tab.run((h) => h.cookie('consentry'))).toBe(null);
      await tab.click(banner('agree-all'));
      const value = await until(tab, 'the cookie and its mirror', stored);
      expect(value).toMatch(/^c1\.[0-9a-z]+\|/); // the production tag stamps its config key
      expect(await tab.run(state)).toEqual({ analytics: 'agree', news: 'agree', needsDecision: false });
      // the banner closes once the decision is complete (its buttons are disabled meanwhile)
      await until(tab, 'the banner to close', (h, b) => !h.shown(b), BANNER);

      await tab.reload();
      await tab.run(ready);
      // the reopen button comes with its own small part, loaded when the page is idle, so it is awaited, not read at once
      await until(tab, 'the reopen button', (h) => h.shown('[data-action="reopen"]'));
      expect(await tab.run((h, b) => ({ banner: h.shown(b), cookie: h.cookie('consentry') }), BANNER)).toEqual({
        banner: false,
        cookie: expect.any(String),
      });
      expect(await tab.run(state)).toEqual({ analytics: 'agree', news: 'agree', needsDecision: false });
      expect(await tab.run(stored)).toBe(value);
    });

    it('banner → Reject all: stored in both; a reload keeps it; with the cookie gone the mirror restores the refusals', async () => {
      const tab = await profile.open(site.url + PAGE);
      await until(tab, 'the banner', (h, b) => h.shown(b), BANNER);
      await tab.click(banner('disagree-all'));
      const value = await until(tab, 'the cookie and its mirror', stored);
      expect(await tab.run(state)).toEqual({ analytics: 'disagree', news: 'disagree', needsDecision: false });
      await until(tab, 'the banner to close', (h, b) => !h.shown(b), BANNER);

      await tab.reload();
      await tab.run(ready);
      expect(await tab.run((h, b) => h.shown(b), BANNER)).toBe(false);
      expect(await tab.run(state)).toEqual({ analytics: 'disagree', news: 'disagree', needsDecision: false });

      // the cookie is gone (cleared, or capped by the browser), the mirror is not: the refusals survive, the
      // subject id does not (a visitor who cleared cookies to be forgotten is not re-linked)
      expect(await tab.run((h) => ((document.cookie = 'consentry=; max-age=0; path=/'), h.cookie('consentry')))).toBe(null);
      await tab.reload();
      await tab.run(ready);
      const restored = await until(tab, 'the cookie written again from the mirror', stored);
      expect(restored!.split('|')[1]).toBe('');
      expect(value!.split('|')[1]).toMatch(/^[0-9a-f]{32}$/);
      expect(await tab.run(state)).toEqual({ analytics: 'disagree', news: 'disagree', needsDecision: false });
      expect(await tab.run((h, b) => h.shown(b), BANNER)).toBe(false);
    });

    it('a gated tag is requested only after consent: not before deciding, not after Reject all, once after agreeing', async () => {
      const tab = await profile.open(site.url + PAGE);
      await tab.run(ready);
      // the plain tag after the gated one ran: the parser went past it, and the gate had its chance
      await until(tab, 'the control tag', () => (window as any).__controlRan === true);
      expect(requested(CONTROL_TAG)).toBe(1);
      expect(requested(GATED_TAG)).toBe(0);
      expect(
        await tab.run(() => [document.querySelector('script[data-consent]')?.getAttribute('type'), (window as any).__analyticsRuns ?? 0]),
      ).toEqual(['text/plain', 0]);

      await tab.click(banner('disagree-all'));
      await until(tab, 'the refusal stored', stored);
      // a request the page makes after the refusal: anything the refusal set off would have started by then
      await tab.run((_h, ping) => fetch(ping).then((r) => r.status), PING);
      expect(requested(GATED_TAG)).toBe(0);

      // the same wait sees the tag once consent is given (the positive control of the checks above)
      const before = site.log.length;
      await tab.click('[data-action="reopen"]');
      await until(tab, 'the preferences dialog', (h, d) => h.shown(d), DIALOG);
      await tab.click(inDialog('agree-all'));
      expect(await until(tab, 'the gated tag to run', () => (window as any).__analyticsRuns)).toBe(1);
      expect(site.log.slice(before).filter((h) => h.path === GATED_TAG)).toHaveLength(1);
      await tab.run((_h, ping) => fetch(ping).then((r) => r.status), PING);
      expect(requested(GATED_TAG)).toBe(1);
      expect(await tab.run(() => (window as any).__analyticsRuns)).toBe(1);
    });

    it('receipts: the collector answers 500 three times; the receipt arrives exactly once, on the fourth try', async () => {
      const tab = await profile.open(site.url + PAGE);
      await until(tab, 'the banner', (h, b) => h.shown(b), BANNER);
      await until(tab, 'the receipts part', () =>
        performance.getEntriesByType('resource').some((e) => e.name.endsWith('/consentry-receipts.js')),
      );
      rs.failNext(3, 500);
      await tab.click(banner('agree-all'));
      const subject = await until(tab, 'a subject id', () => (window as any).consentry.snapshot().subjectId as string);
      const mine = () => [...rs.stored.values()].filter((r) => r.subjectId === subject);
      await rs.waitFor(() => mine().length === 1, 15_000);
      const [r] = mine();
      expect(r.purposes.map((p) => [p.id, p.state])).toEqual([
        ['analytics', 'given'],
        ['news', 'given'],
      ]);
      expect(rs.posts.filter((p) => p.ids.includes(r.id)).map((p) => p.status)).toEqual([500, 500, 500, 200]);
      expect(rs.seen.get(r.id)).toBe(1);
      // the journal knows it was delivered, so it is never sent again
      const delivered = await until(
        tab,
        'the journal entry delivered',
        async (h, id) => {
          const entries = (await h.idbGet('consentry-receipts', 'receipts')) as { receipt?: { id: string }; status: string }[] | undefined;
          const list = (entries || []).filter((e) => e.receipt).map((e) => [e.receipt!.id, e.status]);
          return list.length === 1 && list[0][0] === id && list[0][1] === 'delivered' ? list : null;
        },
        r.id,
      );
      expect(delivered).toEqual([[r.id, 'delivered']]);
      expect(rs.seen.get(r.id)).toBe(1);
    });

    for (const [page, how] of [
      [PAGE, 'BroadcastChannel'],
      [PAGE_WITHOUT_BROADCAST, 'storage events, where there is no BroadcastChannel'],
    ] as const)
      it(`cross-tab (${how}): a decision in one tab reaches a second tab of the same site, and back`, async () => {
        const a = await profile.open(site.url + page);
        const b = await profile.open(site.url + page);
        expect(await b.run(() => typeof BroadcastChannel)).toBe(page === PAGE ? 'function' : 'undefined');
        await until(a, 'the banner in tab A', (h, sel) => h.shown(sel), BANNER);
        await until(b, 'the banner in tab B', (h, sel) => h.shown(sel), BANNER);
        await a.click(banner('agree-all'));
        // the click's decision is written by the writer part, which may still be arriving: wait for A's subject
        const subject = await until(a, 'tab A to store the decision', () => (window as any).consentry.snapshot().subjectId);
        await until(b, 'tab B to hear the decision', (h, sel) => (window as any).consentry.isGranted('analytics') && !h.shown(sel), BANNER);
        expect(await b.run(state)).toEqual({ analytics: 'agree', news: 'agree', needsDecision: false });
        expect(await b.run(() => (window as any).consentry.snapshot().subjectId)).toBe(subject);
        // and back: a withdrawal in B reaches A, without a reload
        await b.run(() => (window as any).consentry.withdraw('analytics').then(() => true));
        await until(a, 'tab A to hear the withdrawal', () => (window as any).consentry.isGranted('analytics') === false);
        expect(await a.run(state)).toEqual({ analytics: 'disagree', news: 'agree', needsDecision: false });
        // the message key is set and removed at once: nothing stays behind in localStorage
        expect(await a.run(() => Object.keys(localStorage).filter((k) => k.startsWith('consentry:')))).toEqual([]);
      });

    it('keyboard only (Tab, Space, Enter): banner → preferences; focus moves into the dialog and back out', async () => {
      const tab = await profile.open(site.url + PAGE);
      await until(tab, 'the banner', (h, b) => h.shown(b), BANNER);
      const focusedNow = () => tab.run((h) => h.focused());
      /** Presses Tab until `test` holds for the focused element; every stop must pass `stay` (the trap). */
      const tabTo = async (what: string, test: (f: Focused) => boolean, stay?: (f: Focused) => boolean) => {
        const path: string[] = [];
        for (let i = 0; i < 30; i++) {
          await tab.press('Tab');
          const f = await focusedNow();
          path.push(f ? f.action || `${f.tag}${f.name ? `[${f.name}=${f.value}]` : ''}` : 'body');
          if (f && stay) expect(stay(f), `focus left the dialog: ${path.join(' → ')}`).toBe(true);
          if (f && test(f)) return f;
        }
        throw new Error(`Tab never reached ${what}: ${path.join(' → ')}`);
      };
      const inside = (f: Focused) => f.inDialog || f.role === 'dialog';

      await tabTo('the banner’s preferences button', (f) => f.inBanner && f.action === 'preferences');
      await tab.press('Enter');
      await until(tab, 'the dialog with focus inside', focusInDialog, DIALOG);

      await tabTo('Agree for analytics', (f) => f.name === 'cs-analytics' && f.value === 'agree', inside);
      await tab.press('Space');
      await until(
        tab,
        'Agree for analytics checked',
        (h) => (h.deep('input[name="cs-analytics"][value="agree"]') as HTMLInputElement | null)?.checked,
      );
      await tabTo('Save', (f) => f.action === 'save', inside);
      await tab.press('Enter');
      await until(tab, 'the dialog to close', (h, d) => !h.shown(d), DIALOG);
      // the newsletter is still unanswered, yet a saved choice answers the banner for this page
      expect(await tab.run(state)).toEqual({ analytics: 'agree', news: null, needsDecision: true });
      // the banner button that opened the dialog is gone with the banner: focus goes to the reopen button
      expect(await tab.run((h, b) => h.shown(b), BANNER)).toBe(false);
      expect((await focusedNow())?.action).toBe('reopen');

      // in again from there, out with the dialog's Close: focus returns to the button that opened it
      await tab.press('Enter');
      await until(tab, 'the dialog again, focus inside', focusInDialog, DIALOG);
      expect(await tab.run((h) => (h.deep('input[name="cs-analytics"][value="agree"]') as HTMLInputElement).checked)).toBe(true);
      await tabTo('Close', (f) => f.action === 'close', inside);
      await tab.press('Enter');
      await until(tab, 'the dialog to close', (h, d) => !h.shown(d), DIALOG);
      expect((await focusedNow())?.action).toBe('reopen');
    });
  });
}
