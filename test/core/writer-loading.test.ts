// createConsent answers reads from the cookie at once and loads its writing code (writer.ts) as a separate
// module: what happens before it is there, and when it cannot load.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentError, createConsent } from '../../src/core';
import type { Consent } from '../../src/core';
import { createMembers } from '../../src/members';
import { checkedConfig } from '../../src/core/checked';
import { consentFor } from '../../src/core/writer';
import { createReader } from '../../src/core/reader';
import { normalize } from '../../src/core/normalize';
import { withKey } from '../../src/core/codec';
import { createReceipts } from '../../src/receipts';
import { unique } from '../receipts/fixtures';
import { config } from './fixtures';
import { clock, record } from './helpers';

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

describe('the reader and the full instance', () => {
  it("offer the same calls, and each of the reader's writes runs on the full instance with its arguments", async () => {
    const cfg = checkedConfig(config({ mirror: false })).config;
    const full = consentFor(cfg, { crossTab: false });
    opened.push(full);
    const reader = createReader(cfg, () => Promise.resolve(full), { crossTab: false });
    opened.push(reader.consent);
    expect(Object.keys(reader.consent).sort()).toEqual(Object.keys(full).sort());
    for (const k of ['acknowledge', 'decide', 'agreeAll', 'disagreeAll', 'withdraw', 'recordGuardian', 'reset'] as const) {
      const spy = vi.spyOn(full, k).mockResolvedValue(undefined as never);
      await (reader.consent[k] as (a: unknown) => Promise<unknown>)({ marker: k });
      expect(spy, k).toHaveBeenCalledWith({ marker: k });
    }
  });
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

  it("another tab's decision stored after the reads began, whose message never came, is told when the writer arrives", async () => {
    const cfg = config({ mirror: false });
    // this tab hears no other tab (as when the message fell between the reader's channel and the writer's)
    const { c, log } = open({}, cfg);
    expect(c.needsDecision()).toBe(true);
    // another tab decides before this tab's writer arrived: only the cookie says so
    const other = consentFor(checkedConfig(cfg).config, { crossTab: false });
    void other.agreeAll();
    other.destroy();
    await c.ready;
    expect(c.isGranted('analytics')).toBe(true);
    expect(c.needsDecision()).toBe(false);
    expect(log.change).toHaveLength(1);
    expect(log.change[0]).toMatchObject({ origin: 'remote' });
    expect(log.change[0].changed).toEqual(expect.arrayContaining(['analytics', 'ads']));
    expect(log.decision).toHaveLength(0);
  });

  it('the writer arriving with the same answers tells nothing', async () => {
    const { c, log } = open();
    await c.ready;
    expect(log.change).toEqual([]);
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

describe('what a write waiting for the writer means meanwhile', () => {
  /** A returning visitor who agreed to analytics and ads (cookie written by an earlier page). */
  const returning = async () => {
    const cfg = config({ mirror: false });
    const first = open({}, cfg);
    await first.c.decide({ terms: 'agree', analytics: 'agree', ads: 'agree' });
    first.c.destroy();
    return cfg;
  };

  it('while a write waits for the writer nothing counts as granted: a withdrawal holds at once', async () => {
    const cfg = await returning();
    const { c } = open({}, cfg);
    expect(c.isGranted('analytics')).toBe(true);
    const withdrawn = c.withdraw('analytics');
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.isGranted('ads')).toBe(false);
    await withdrawn;
    expect(c.get('analytics')!.choice).toBe('disagree');
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.isGranted('ads')).toBe(true);
  });

  it('an age group given before the writer grants nothing until the writer applies it', async () => {
    const cfg = await returning();
    cfg.children = { minimumAge: 14, mode: 'guardian' };
    const { c } = open({}, cfg);
    expect(c.isGranted('analytics')).toBe(true);
    c.setAgeGroup('child');
    expect(c.isGranted('analytics')).toBe(false);
    await c.ready;
    // a child's own agreement counts for nothing without the guardian
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.needsGuardian()).toBe(true);
  });

  it('a decision made just before destroy() is stored and announced when the writer arrives', async () => {
    const { c, log } = open();
    const decided = c.decide({ terms: 'agree', analytics: 'agree' });
    c.destroy();
    await decided;
    expect(log.decision).toHaveLength(1);
    expect(log.decision[0].changes.map((x) => x.id)).toEqual(['terms', 'analytics']);
  });

  it('members.forget() right after the page starts gives the visitor a new subject', async () => {
    const cfg = await returning();
    const { c } = open({}, cfg);
    const old = c.snapshot().subjectId;
    expect(old).toBeTruthy();
    const receipts = createReceipts(c, { storeName: unique('forget'), pageEvents: false });
    const members = createMembers(c, receipts);
    const fresh = await members.forget();
    expect(fresh).toBeTruthy();
    expect(fresh).not.toBe(old);
    expect(c.snapshot().subjectId).toBe(fresh);
    members.stop();
    receipts.stop();
  });
});

describe('writing code that does not load (offline, a blocked chunk)', () => {
  let attempts = 0;
  /** createConsent as an app gets it when the writer's chunk fails to load until `works()`. */
  const failing = async () => {
    vi.resetModules();
    let fail = true;
    attempts = 0;
    vi.doMock('../../src/core/writer', async (original) => {
      attempts++;
      if (fail) throw new Error('chunk failed to load');
      return original();
    });
    const { createConsent: create } = await import('../../src/core');
    return { create, works: () => void (fail = false) };
  };

  it('reads still answer; writes and ready fail; the next write tries again', async () => {
    const { create, works } = await failing();
    const c = create(config({ mirror: false }), { crossTab: false });
    // a listener attached meanwhile still gets the decision made once the writer loads
    const log = record(c);
    opened.push(c);
    expect(c.needsDecision()).toBe(true);
    // (vitest wraps the factory's error in its own)
    await expect(c.ready).rejects.toThrow();
    // reading ready again is the same promise, and loads nothing
    expect(c.ready).toBe(c.ready);
    expect(attempts).toBe(1);
    await expect(c.agreeAll()).rejects.toThrow();
    expect(attempts).toBe(2);
    // a write that failed so holds: nothing is granted
    expect(c.isGranted('analytics')).toBe(false);
    works();
    await c.agreeAll();
    expect(c.isGranted('analytics')).toBe(true);
    expect(log.decision).toHaveLength(1);
    await c.ready;
  });

  it('an answer that runs out while the page is open stops counting without the writer', async () => {
    const cfg = config({ mirror: false });
    const t = clock();
    const first = open({ now: t.now }, cfg);
    await first.c.decide({ terms: 'agree', analytics: 'agree' });
    first.c.destroy();
    const { create } = await failing();
    const c = create(cfg, { crossTab: false, now: t.now });
    opened.push(c);
    expect(c.isGranted('analytics')).toBe(true);
    t.add(396);
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.pending()).toContain('analytics');
  });

  it("rewrites an earlier version's cookie without the guardian's name and contact, writer or not", async () => {
    const cfg = config({ children: { minimumAge: 14, mode: 'guardian' }, mirror: false });
    const name = cfg.cookie!.name!;
    const body = `c1|0123456789abcdef0123456789abcdef|2024-01-18|sl2c2o|c|${encodeURIComponent('김 보호')}:${encodeURIComponent('010-1111-2222')}:sms:sl2c2n|analytics:a:1`;
    let h = 0x811c9dc5;
    for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193);
    document.cookie = `${name}=${encodeURIComponent(body + '|' + (h >>> 0).toString(36))}; path=/`;
    const { create } = await failing();
    const c = create(cfg, { crossTab: false });
    opened.push(c);
    // read, and written back without the name and contact, by the reader alone
    expect(c.snapshot().guardian).toEqual({ method: 'sms', verifiedAt: parseInt('sl2c2n', 36) * 1000, verified: true });
    expect(document.cookie).toContain(name + '=');
    expect(document.cookie).not.toContain('1111');
    await expect(c.ready).rejects.toThrow();
    expect(document.cookie).not.toContain('1111');
  });
});

describe("the reader and the page's config key (the script tag's deferred check)", () => {
  const read = (cfg: ReturnType<typeof config>) => {
    const key = vi.fn(() => 'abc12');
    const run = vi.fn(() => new Promise<void>(() => {}));
    const r = createReader(normalize(cfg), () => new Promise<Consent>(() => {}), { crossTab: false }, { key, run });
    opened.push(r.consent);
    return { key, run, r };
  };

  it('with no consent cookie, the check runs and the key (a hash of the whole config) is not computed before the banner', () => {
    const { key, run, r } = read(config({ mirror: false }));
    expect(run).toHaveBeenCalledOnce();
    expect(r.holding).toBe(true);
    expect(key).not.toHaveBeenCalled();
  });

  it('with a cookie, the key is computed to compare: another key runs the check, the same key skips it', async () => {
    const cfg = config({ mirror: false });
    const first = open({}, cfg);
    await first.c.decide({ terms: 'agree', analytics: 'agree', ads: 'disagree' });
    first.c.destroy();
    const other = read(cfg);
    expect(other.key).toHaveBeenCalled();
    expect(other.run).toHaveBeenCalledOnce();

    const name = normalize(cfg).cookie.name;
    const value = decodeURIComponent(
      document.cookie
        .split('; ')
        .find((p) => p.startsWith(name + '='))!
        .slice(name.length + 1),
    );
    document.cookie = `${name}=${encodeURIComponent(withKey(value, 'abc12'))}; path=/`;
    const same = read(cfg);
    expect(same.key).toHaveBeenCalled();
    expect(same.run).not.toHaveBeenCalled();
    expect(same.r.holding).toBe(false);
    expect(same.r.consent.isGranted('analytics')).toBe(true);
  });
});
