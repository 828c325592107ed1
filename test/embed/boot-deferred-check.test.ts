// The production script tag's deferred config check: the boot carries no checking code; it reads the
// config fail-closed, loads the structural check (from the banner part or the part `check`) unless the
// consent cookie says this very config text passed it, and grants nothing until it passed. Every
// malformed config of the core's tests is refused this way, with a cookie that agreed to everything.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checksum, keyOf, withKey } from '../../src/core/codec';
import { createConsent } from '../../src/core/consent';
import { isObject } from '../../src/core/is';
import { structureProblems } from '../../src/core/structure';
import { VERSION } from '../../src/core/version';
import { boot } from '../../src/embed/boot';
import { config } from '../core/fixtures';
import { agreedPage, bootTestHooks, malformedPage } from './agreed-page';
import { malformed } from '../core/malformed';

let later: ReturnType<typeof vi.fn>;
/** The production boot, with the check answered from the source (the built part is tested in the browser). */
const start = () => boot({ later: (later = vi.fn((c: unknown) => Promise.resolve(structureProblems(c)))) });

let name = '';
/** The consent cookie's value (the fixture's cookie name). */
const cookie = () => decodeURIComponent((document.cookie.match(RegExp(`(?:^|; )${name}=([^;]*)`)) || [])[1] || '');
const setCookie = (value: string) => (document.cookie = `${name}=${encodeURIComponent(value)}; path=/`);
// the key covers what the check reads; `ui` only as an object (a per-response nonce must not change it)
const keyFor = (value: Record<string, any>) => checksum(VERSION + JSON.stringify({ ...value, ui: isObject(value.ui) || value.ui }));
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A page whose config tag holds `value`, with a cookie that agreed to everything under `valid`. */
function page(valid: Record<string, any>, value: unknown) {
  name = valid.cookie.name;
  return agreedPage(valid, value);
}

const { errors } = bootTestHooks(() => (document.cookie = `${name}=; max-age=0; path=/`));

describe('the deferred check (production script tag)', () => {
  it('a cookie without the config key: nothing is granted until the check passed, then the stored answers count', async () => {
    const valid = config({ mirror: false });
    await page(valid, valid);
    expect(keyOf(cookie())).toBe('');
    start();
    const c = window.consentry!;
    const changes: unknown[] = [];
    c.on('change', (e) => void changes.push([e.origin, e.changed]));
    expect(later).not.toHaveBeenCalled(); // after this script, when the banner question is settled
    expect(c.isGranted('analytics')).toBe(false);
    await c.ready;
    expect(later).toHaveBeenCalledTimes(1);
    expect(later.mock.calls[0][1]).toBe(false); // no banner due: the part `check`, not the banner part
    expect(c.isGranted('analytics')).toBe(true);
    expect(changes).toContainEqual(['checked', expect.arrayContaining(['analytics'])]);
    // the renewed cookie carries this config text's key: the next page skips the check
    expect(keyOf(cookie())).toBe(keyFor(valid));
    expect(errors()).not.toHaveBeenCalled();
  });

  it('a cookie written under this config text: no check is loaded and the answers count at once', async () => {
    const valid = config({ mirror: false });
    await page(valid, valid);
    setCookie(withKey(cookie(), keyFor(valid)));
    start();
    expect(window.consentry!.isGranted('analytics')).toBe(true);
    await settle();
    expect(later).not.toHaveBeenCalled();
  });

  it('a cookie written under another config text (the site changed its config): checked again', async () => {
    const valid = config({ mirror: false });
    await page(valid, valid);
    setCookie(withKey(cookie(), keyFor({ ...valid, locale: 'en' })));
    start();
    expect(window.consentry!.isGranted('analytics')).toBe(false);
    await window.consentry!.ready;
    expect(later).toHaveBeenCalledTimes(1);
    expect(window.consentry!.isGranted('analytics')).toBe(true);
  });

  it('a key edited into the cookie breaks its checksum: the cookie is not read as consent', async () => {
    const valid = config({ mirror: false });
    await page(valid, valid);
    setCookie(cookie().replace(/^c1/, `c1.${keyFor(valid)}`));
    start();
    const c = window.consentry!;
    await c.ready;
    expect(later).toHaveBeenCalledTimes(1);
    expect(later.mock.calls[0][1]).toBe(true); // a decision is due: the check comes with the banner part
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.needsDecision()).toBe(true);
  });

  it('a check that cannot load refuses the config: nothing granted, deciding fails, one console.error', async () => {
    const valid = config({ mirror: false });
    await page(valid, valid);
    boot({ later: () => Promise.reject(new Error('offline')) });
    const c = window.consentry!;
    // `ready` settles (as the inert instance's does): a page's `ready.then(init)` is no second error
    await c.ready;
    expect(window.consentry!.error!.message).toMatch(/could not be checked \(offline\)/);
    expect(c.isGranted('analytics')).toBe(false);
    expect(window.consentry!.isGranted('analytics')).toBe(false);
    await expect(c.agreeAll()).rejects.toBeDefined();
    expect(errors()).toHaveBeenCalledTimes(1);
  });

  it('another tab decides while the check is on its way: the cookie keeps that decision, not the one read at load', async () => {
    const valid = config({ mirror: false });
    await page(valid, valid);
    let pass!: () => void;
    boot({ later: () => new Promise((r) => (pass = () => r([]))) });
    const c = window.consentry!;
    await settle();
    // the other tab refuses analytics (its cookie write and its message)
    const other = createConsent(valid);
    await other.ready;
    await other.withdraw('analytics');
    await settle();
    pass();
    await c.ready;
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.isGranted('terms')).toBe(true);
    // the renewed cookie holds the withdrawal (under the key)
    const reader = createConsent(valid, { crossTab: false });
    expect(reader.get('analytics')!.choice).toBe('disagree');
    expect(keyOf(cookie())).toBe(keyFor(valid));
    reader.destroy();
    other.destroy();
  });

  it('a per-response ui.nonce does not change the key: the next page skips the check', async () => {
    const valid = config({ mirror: false, ui: { nonce: 'first' } } as any);
    await page(valid, valid);
    setCookie(withKey(cookie(), keyFor({ ...valid, ui: { nonce: 'second', reopenButton: true } })));
    start();
    expect(window.consentry!.isGranted('analytics')).toBe(true);
    await settle();
    expect(later).not.toHaveBeenCalled();
  });

  it('a key forged for a refused text skips the check (the forger could write any answer into the same cookie)', async () => {
    const valid = config({ mirror: false });
    const bad = { ...valid, policy: { ...valid.policy, url: 'javascript:alert(1)' } };
    await page(valid, bad);
    setCookie(withKey(cookie(), keyFor(bad)));
    start();
    await settle();
    expect(later).not.toHaveBeenCalled();
    // the runtime still refuses to render the URL anywhere (safeUrl), tested with the widget
  });

  describe('Google Consent Mode across the hold', () => {
    const w = window as unknown as Record<string, any>;
    const commands = () =>
      (w.dataLayer as ArrayLike<unknown>[]).map((e) =>
        Array.from(e as ArrayLike<unknown>)
          .slice(0, 2)
          .join(' '),
      );
    afterEach(() => {
      delete w.dataLayer;
      delete w.gtag;
      delete w['ga-disable-G-HOLD1'];
    });

    it('held: the default alone (no update that would end wait_for_update), GA flagged off; checked: the stored choice', async () => {
      const valid = config({ mirror: false, google: { measurementId: 'G-HOLD1' } });
      await page(valid, valid);
      let pass!: () => void;
      boot({ later: () => new Promise((r) => (pass = () => r([]))) });
      expect(commands()).toEqual(['consent default']);
      expect(w['ga-disable-G-HOLD1']).toBe(true);
      await settle(); // (the check is asked for after this script)
      expect(commands()).toEqual(['consent default']);
      pass();
      await window.consentry!.ready;
      expect(commands()).toEqual(['consent default', 'consent update', '']);
      expect((w.dataLayer[1] as ArrayLike<any>)[2].analytics_storage).toBe('granted');
      expect(w.dataLayer[2]).toMatchObject({ event: 'consentry_update', consentry: { analytics: 'granted' } });
      expect(w['ga-disable-G-HOLD1']).toBe(false);
    });

    it("a flag the page set itself is the page's: a returning visitor's grant does not clear it", async () => {
      const valid = config({ mirror: false, google: { measurementId: 'G-HOLD1' } });
      await page(valid, valid);
      setCookie(withKey(cookie(), keyFor(valid)));
      w['ga-disable-G-HOLD1'] = true; // the site's own "opt out of Google Analytics" link
      start();
      expect(window.consentry!.isGranted('analytics')).toBe(true);
      expect(commands()).toEqual(['consent default', 'consent update', '']);
      expect(w['ga-disable-G-HOLD1']).toBe(true);
    });
  });

  it.each(malformed.map(([what, change]) => [what, change] as const))(
    'grants nothing for a malformed config: %s',
    async (_what, change) => {
      const valid = await malformedPage(change);
      name = valid.cookie.name;
      // (the cookie agreed under the valid config and carries no key: the check runs)
      errors().mockClear();
      start();
      const first = window.consentry!;
      for (const p of valid.purposes) expect(first.isGranted(p.id)).toBe(false);
      await first.ready.catch(() => {});
      const c = window.consentry!;
      expect(c.error).toBeDefined();
      for (const p of valid.purposes) expect(c.isGranted(p.id) || first.isGranted(p.id)).toBe(false);
      await expect(c.agreeAll()).rejects.toBeDefined();
      await expect(first.agreeAll()).rejects.toBeDefined();
      expect(errors().mock.calls.map((a: unknown[]) => String(a[0]).slice(0, 200))).toEqual([
        expect.stringMatching(/^consentry: nothing is granted/),
      ]);
      // the cookie was not renewed under the refused text
      expect(keyOf(cookie())).toBe('');
    },
  );
});
