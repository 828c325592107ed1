import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/core';
import { encode } from '../../src/core/codec-encode';
import type { ChangeEvent, Consent } from '../../src/core';
import { config } from './fixtures';
import { record } from './helpers';

const nextChange = (c: Consent) =>
  new Promise<ChangeEvent>((resolve) => {
    const off: () => void = c.on('change', (e) => {
      off();
      resolve(e);
    });
  });
const opened: Consent[] = [];
const tab = (cfg: ReturnType<typeof config>, opts = {}) => {
  const c = createConsent(cfg, opts);
  opened.push(c);
  return { c, log: record(c) };
};
afterEach(() => {
  for (const c of opened.splice(0)) c.destroy();
  vi.unstubAllGlobals();
});

describe('cross-tab (BroadcastChannel)', () => {
  it('tells other tabs about a decision: change with origin remote, no decision event there', async () => {
    const cfg = config();
    const a = tab(cfg);
    const b = tab(cfg);
    await Promise.all([a.c.ready, b.c.ready]);
    const seen = nextChange(b.c);
    await a.c.decide({ analytics: 'agree', marketing: { choice: 'agree', channels: { email: 'agree' } } }, { method: 'banner' });
    const e = await seen;
    expect(e.origin).toBe('remote');
    expect(e.changed.sort()).toEqual(['analytics', 'marketing']);
    expect(b.c.isGranted('analytics')).toBe(true);
    expect(b.c.isGranted('marketing', 'email')).toBe(true);
    expect(b.c.snapshot()).toEqual(a.c.snapshot());
    expect(b.log.decision).toEqual([]);
    expect(a.log.change.map((x) => x.origin)).toEqual(['local']);
  });

  it('passes withdrawals and resets along', async () => {
    const cfg = config();
    const a = tab(cfg);
    const b = tab(cfg);
    await a.c.agreeAll();
    await vi.waitFor(() => expect(b.c.isGranted('ads')).toBe(true));
    await a.c.withdraw('ads');
    await vi.waitFor(() => expect(b.c.isGranted('ads')).toBe(false));
    await a.c.reset();
    await vi.waitFor(() => expect(b.c.snapshot().subjectId).toBeUndefined());
    expect(b.c.needsDecision()).toBe(true);
  });

  it('ignores damaged messages and other cookie names', async () => {
    const cfg = config();
    const b = tab(cfg);
    await b.c.ready;
    const other = tab(config());
    await other.c.agreeAll();
    const spoof = new BroadcastChannel('consentry:' + cfg.cookie!.name);
    spoof.postMessage('c1|forged|x');
    spoof.postMessage({ analytics: 'agree' });
    // the positive control, from the same sender and so delivered after the damaged ones: a well-formed
    // message, which b takes; by then it has seen (and dropped) the two before it
    const valid = createConsent(cfg, { storage: 'memory', crossTab: false });
    await valid.decide({ ads: 'agree' });
    spoof.postMessage(Date.now() + ' ' + encode(valid.snapshot()));
    await vi.waitFor(() => expect(b.log.change).toHaveLength(1));
    spoof.close();
    expect(b.log.change[0].changed).toEqual(['ads']);
    expect(b.c.isGranted('analytics')).toBe(false);
  });

  it('stops listening after destroy()', async () => {
    const cfg = config();
    const a = tab(cfg);
    const b = tab(cfg);
    // the positive control: a tab that still listens hears the same message in the same wait
    const control = tab(cfg);
    await Promise.all([b.c.ready, control.c.ready]);
    b.c.destroy();
    await a.c.agreeAll();
    await vi.waitFor(() => expect(control.log.change).toHaveLength(1));
    await new Promise((r) => setTimeout(r));
    expect(b.log.change).toEqual([]);
    // a destroyed instance still answers and decides, locally
    await b.c.decide({ ads: 'disagree' });
    expect(b.c.get('ads')!.choice).toBe('disagree');
  });

  it('is off with crossTab: false', async () => {
    const cfg = config();
    const a = tab(cfg);
    const b = tab(cfg, { crossTab: false });
    const control = tab(cfg);
    await Promise.all([b.c.ready, control.c.ready]);
    await a.c.agreeAll();
    // the positive control: a tab with crossTab on hears the same message in the same wait
    await vi.waitFor(() => expect(control.log.change).toHaveLength(1));
    await new Promise((r) => setTimeout(r));
    expect(b.log.change).toEqual([]);
    expect(b.c.isGranted('analytics')).toBe(false);
  });
});

describe('cross-tab fallback (storage event)', () => {
  it('uses a localStorage key that is set and removed at once', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const cfg = config();
    const key = 'consentry:' + cfg.cookie!.name;
    const written: [string, string][] = [];
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k: string, v: string) {
      written.push([k, v]);
      return setItem.call(this, k, v);
    });
    const a = tab(cfg);
    const b = tab(cfg);
    await a.c.decide({ analytics: 'agree' });
    expect(written.map(([k]) => k)).toEqual([key]);
    expect(localStorage.getItem(key)).toBeNull();
    // the browser fires `storage` in the other tabs; here both instances share one window
    const seen = nextChange(b.c);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: written[0][1] }));
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: null }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: written[0][1] }));
    const e = await seen;
    expect(e.origin).toBe('remote');
    expect(b.c.isGranted('analytics')).toBe(true);
    expect(b.log.change).toHaveLength(1);
  });
});
