// createConsent answers reads from the cookie at once and loads its writing code (writer.ts) as a separate
// module: what happens before it is there, and when it cannot load.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentError, createConsent } from '../../src/core';
import type { Consent } from '../../src/core';
import { config } from './fixtures';
import { record } from './helpers';

const opened: Consent[] = [];
const open = (opts = {}, cfg = config({ mirror: false })) => {
  const c = createConsent(cfg, { crossTab: false, ...opts });
  opened.push(c);
  return { c, log: record(c) };
};
afterEach(() => {
  for (const c of opened.splice(0)) c.destroy();
  document.cookie.split('; ').forEach((p) => (document.cookie = `${p.split('=')[0]}=; max-age=0; path=/`));
  vi.doUnmock('../../src/core/writer');
  vi.restoreAllMocks();
});

describe('createConsent before its writing code is there', () => {
  it('reads the stored answers at once; a write made at once runs when the writer is there, with its events', async () => {
    // (each fixture config has a cookie name of its own)
    const cfg = config({ mirror: false });
    const first = open({}, cfg);
    await first.c.decide({ terms: 'agree', analytics: 'agree', ads: 'disagree' });
    first.c.destroy();

    const { c, log } = open({}, cfg);
    // from the cookie, synchronously
    expect(c.isGranted('analytics')).toBe(true);
    expect(c.get('ads')!.choice).toBe('disagree');
    expect(c.needsDecision()).toBe(true);
    const decided = c.decide({ ads: 'agree' });
    expect(c.isGranted('ads')).toBe(false);
    const snap = await decided;
    expect(snap.purposes.ads.choice).toBe('agree');
    expect(c.isGranted('ads')).toBe(true);
    // a listener attached before the writer arrived got the decision
    expect(log.decision).toHaveLength(1);
    expect(log.decision[0].changes).toMatchObject([{ id: 'ads', from: 'disagree', to: 'agree' }]);
  });

  it('rejects a bad write before the writer is there, and throws it after', async () => {
    const { c } = open();
    await expect(c.decide({ nope: 'agree' } as any)).rejects.toThrow(ConsentError);
    expect(() => c.decide({ nope: 'agree' } as any)).toThrow(/unknown purpose/);
  });

  it('renews the subject only with the writer there; an age group given before it counts once it is', async () => {
    const { c } = open({ storage: 'memory' });
    expect(() => c.renewSubject()).toThrow(/await consent.ready/);
    c.setAgeGroup('adult');
    await c.ready;
    expect(c.snapshot().ageGroup).toBe('adult');
    const id = c.renewSubject();
    expect(c.snapshot().subjectId).toBe(id);
  });

  it('a writer that arrives after destroy() is stopped at once (no timer, no listener left)', async () => {
    const set = vi.spyOn(globalThis, 'setInterval');
    const cleared = vi.spyOn(globalThis, 'clearInterval');
    const { c } = open();
    c.destroy();
    await c.ready;
    expect(set).toHaveBeenCalled();
    for (const r of set.mock.results) expect(cleared).toHaveBeenCalledWith(r.value);
  });
});

describe('writing code that does not load (offline, a blocked chunk)', () => {
  it('reads still answer; writes and ready fail; the next write tries again', async () => {
    vi.resetModules();
    let fail = true;
    vi.doMock('../../src/core/writer', async (original) => {
      if (fail) throw new Error('chunk failed to load');
      return original();
    });
    const { createConsent: create } = await import('../../src/core');
    const c = create(config({ mirror: false }), { crossTab: false });
    // a listener attached meanwhile still gets the decision made once the writer loads
    const log = record(c);
    opened.push(c);
    expect(c.needsDecision()).toBe(true);
    // (vitest wraps the factory's error in its own)
    await expect(c.ready).rejects.toThrow();
    await expect(c.agreeAll()).rejects.toThrow();
    expect(c.isGranted('analytics')).toBe(false);
    fail = false;
    await c.agreeAll();
    expect(c.isGranted('analytics')).toBe(true);
    expect(log.decision).toHaveLength(1);
  });
});
