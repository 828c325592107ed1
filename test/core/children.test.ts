import 'fake-indexeddb/auto';
import { createStore, get } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentError, createConsent } from '../../src/core';
import type { Consent, ConsentConfig } from '../../src/core';
import { decode } from '../../src/core/codec';
import { encode } from '../../src/core/codec-encode';
import { config } from './fixtures';
import { clock, memory, record } from './helpers';

const kids = { children: { minimumAge: 14 } };
const NAME = '김보호';
const PHONE = '010-4321-8765';
const guardian = { name: NAME, contact: PHONE, method: 'sms', verified: true };
const OPTIONAL = ['analytics', 'marketing', 'ads', 'provision', 'overseas'];

const opened: Consent[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.destroy();
});
const open = (cfg: ConsentConfig, opts = {}) => {
  const c = createConsent(cfg, opts);
  opened.push(c);
  return { c, log: record(c) };
};
const cookieValue = (name: string) =>
  document.cookie
    .split('; ')
    .filter((p) => p.startsWith(name + '='))
    .map((p) => decodeURIComponent(p.slice(name.length + 1)))[0];

describe('children: before a guardian answered', () => {
  it('needs a guardian only when children are configured (mode guardian) and the visitor is a child', async () => {
    const plain = memory().c;
    await plain.ready;
    plain.setAgeGroup('child');
    expect(plain.needsGuardian()).toBe(false);
    const { c, log } = memory(kids);
    await c.ready;
    expect(c.config.children).toEqual({ minimumAge: 14, mode: 'guardian', requiredBeforeGuardian: false });
    expect(c.needsGuardian()).toBe(false);
    c.setAgeGroup('adult');
    expect(c.needsGuardian()).toBe(false);
    c.setAgeGroup('child');
    expect(c.needsGuardian()).toBe(true);
    expect(log.change.map((e) => e.origin)).toEqual(['local', 'local']);
    expect(() => c.setAgeGroup('teen' as any)).toThrow(ConsentError);
    const refuse = memory({ children: { mode: 'refuse' } }).c;
    await refuse.ready;
    refuse.setAgeGroup('child');
    expect(refuse.needsGuardian()).toBe(false);
  });

  it("a child's Agree all (banner, dialog or API) grants nothing, required items included", async () => {
    for (const method of ['banner', 'preferences', 'api'] as const) {
      const { c } = memory(kids);
      c.setAgeGroup('child');
      await c.agreeAll({ method });
      for (const id of ['terms', ...OPTIONAL]) expect(c.isGranted(id), `${method} ${id}`).toBe(false);
      for (const ch of ['email', 'sms', 'push', 'nightTime']) expect(c.isGranted('marketing', ch)).toBe(false);
      // notices need no consent: they stay "granted"
      expect(c.isGranted('essential')).toBe(true);
    }
  });

  it('requiredBeforeGuardian lets the child agree to required items only', async () => {
    const { c } = memory({ children: { requiredBeforeGuardian: true } });
    c.setAgeGroup('child');
    await c.agreeAll({ method: 'preferences' });
    expect(c.isGranted('terms')).toBe(true);
    for (const id of OPTIONAL) expect(c.isGranted(id)).toBe(false);
  });

  it("an adult's answers count as always", async () => {
    const { c } = memory(kids);
    c.setAgeGroup('adult');
    await c.decide({ analytics: 'agree' });
    expect(c.isGranted('analytics')).toBe(true);
  });
});

describe('children: recordGuardian(details, choices)', () => {
  it('records one guardian decision listing every purpose with its choice; only the guardian’s agreements count', async () => {
    const t = clock();
    const { c, log } = memory(kids, { now: t.now });
    c.setAgeGroup('child');
    await c.agreeAll({ method: 'banner' }); // the child's own clicks: they count for nothing
    t.add(1);
    const snap = await c.recordGuardian(
      guardian,
      {
        terms: 'agree',
        analytics: 'agree',
        marketing: { choice: 'agree', channels: { email: 'agree', sms: 'disagree', push: 'disagree' }, nightTime: 'disagree' },
        provision: 'disagree',
      },
      { locale: 'ko' },
    );
    const d = log.decision.at(-1)!;
    expect(d.method).toBe('guardian');
    expect(d.locale).toBe('ko');
    // every non-notice purpose, in config order; ads and overseas were left out: refused
    expect(d.changes.map((x) => [x.id, x.to, x.state.source])).toEqual([
      ['terms', 'agree', 'guardian'],
      ['analytics', 'agree', 'guardian'],
      ['marketing', 'agree', 'guardian'],
      ['ads', 'disagree', 'guardian'],
      ['provision', 'disagree', 'guardian'],
      ['overseas', 'disagree', 'guardian'],
    ]);
    // the guardian's details travel in this event only
    expect(d.guardian).toEqual({ name: NAME, contact: PHONE, method: 'sms', verifiedAt: t.now(), verified: true });
    expect(snap.guardian).toEqual({ method: 'sms', verifiedAt: t.now(), verified: true });
    expect(JSON.stringify(c.snapshot())).not.toContain(NAME);
    expect(JSON.stringify(d.snapshot)).not.toContain(PHONE);
    expect(c.needsGuardian()).toBe(false);
    expect(c.needsDecision()).toBe(false);
    expect(c.isGranted('terms')).toBe(true);
    expect(c.isGranted('analytics')).toBe(true);
    expect(c.isGranted('marketing', 'email')).toBe(true);
    // the child's earlier Agree all does not leak into the guardian's answers
    for (const ch of ['sms', 'push', 'nightTime']) expect(c.isGranted('marketing', ch)).toBe(false);
    for (const id of ['ads', 'provision', 'overseas']) expect(c.isGranted(id)).toBe(false);
  });

  it("the child's own agreements are no previous answer: the guardian's refusal is a refusal, not a withdrawal", async () => {
    const { c, log } = memory(kids);
    c.setAgeGroup('child');
    await c.agreeAll({ method: 'api' });
    await c.recordGuardian(guardian, { terms: 'agree' });
    const d = log.decision.at(-1)!;
    const a = d.changes.find((x) => x.id == 'analytics')!;
    expect([a.from, a.to]).toEqual([undefined, 'disagree']);
    expect(d.marketingResult!.purposes).toEqual([
      { id: 'marketing', choice: 'refused', channels: { email: 'refused', sms: 'refused', push: 'refused' }, nightTime: 'refused' },
    ]);
  });

  it("a child's own marketing agreement sends no result notice: it does not count", async () => {
    for (const children of [{ mode: 'guardian' as const }, { mode: 'refuse' as const }]) {
      const { c } = memory({ children });
      const seen: unknown[] = [];
      c.on('marketing-result', (r) => void seen.push(r));
      c.setAgeGroup('child');
      await c.agreeAll({ method: 'preferences' });
      expect(seen).toEqual([]);
    }
  });

  it('a required item the guardian did not agree to stays unanswered (and the receipt says so)', async () => {
    const { c, log } = memory(kids);
    c.setAgeGroup('child');
    await c.recordGuardian({ ...guardian, method: 'self-declared' }, { analytics: 'agree' });
    const d = log.decision[0];
    expect(d.changes.find((x) => x.id == 'terms')!.to).toBeUndefined();
    expect(c.pending()).toEqual(['terms']);
    expect(c.isGranted('analytics')).toBe(true);
  });

  it('self-declared is never verified; a verified method is', async () => {
    const a = memory(kids).c;
    await a.recordGuardian({ ...guardian, method: 'self-declared', verified: true });
    expect(a.snapshot().guardian!.verified).toBe(false);
    const b = memory(kids).c;
    await b.recordGuardian({ name: 'x', contact: 'y', method: 'card' });
    expect(b.snapshot().guardian!.verified).toBe(false);
    const c = memory(kids).c;
    await c.recordGuardian({ name: 'x', contact: 'y', method: 'card', verified: true });
    expect(c.snapshot().guardian).toMatchObject({ method: 'card', verified: true });
  });

  it('after the guardian: the child saving the same answers keeps the grants, can narrow them, cannot widen them', async () => {
    const { c } = memory(kids);
    c.setAgeGroup('child');
    await c.recordGuardian(guardian, {
      terms: 'agree',
      analytics: 'agree',
      marketing: { choice: 'agree', channels: { email: 'agree', sms: 'agree' } },
    });
    // "Save" in the dialog re-decides every answer as the child
    await c.decide({
      terms: 'agree',
      analytics: 'agree',
      marketing: { choice: 'agree', channels: { email: 'agree', sms: 'disagree', push: 'agree' } },
      ads: 'agree',
    });
    expect(c.isGranted('terms')).toBe(true);
    expect(c.isGranted('analytics')).toBe(true);
    expect(c.isGranted('marketing', 'email')).toBe(true);
    expect(c.isGranted('marketing', 'sms')).toBe(false); // narrowed by the child
    expect(c.isGranted('marketing', 'push')).toBe(false); // the guardian never agreed to it
    expect(c.isGranted('ads')).toBe(false); // the guardian refused it
    // withdrawing is always the child's to do
    await c.withdraw('analytics');
    expect(c.isGranted('analytics')).toBe(false);
  });

  it('persists { method, verifiedAt, verified } only: the cookie, the mirror and other tabs never see the name or contact', async () => {
    const cfg = config(kids);
    const name = cfg.cookie!.name!;
    const seen: string[] = [];
    const listener = new BroadcastChannel('consentry:' + name);
    listener.onmessage = (e) => seen.push(String(e.data));
    const a = open(cfg);
    await a.c.ready;
    a.c.setAgeGroup('child');
    await a.c.recordGuardian(guardian, { analytics: 'agree' });
    await a.c.ready;
    await new Promise((r) => setTimeout(r, 50));
    const cookie = cookieValue(name)!;
    const mirror = (await get(name, createStore('consentry', 'consent'))) as string;
    expect(mirror).toBe(cookie);
    expect(seen.length).toBeGreaterThan(0);
    for (const stored of [cookie, mirror, ...seen]) {
      expect(stored).not.toContain(encodeURIComponent(NAME));
      expect(stored).not.toContain(NAME);
      expect(stored).not.toMatch(/4321|8765/);
    }
    expect(decode(cookie)!.guardian).toEqual({ method: 'sms', verifiedAt: a.c.snapshot().guardian!.verifiedAt, verified: true });
    // the next page load knows a verified guardian answered
    const b = open(cfg);
    expect(b.c.snapshot().guardian).toEqual(a.c.snapshot().guardian);
    expect(b.c.isGranted('analytics')).toBe(true);
    expect(b.c.needsGuardian()).toBe(false);
    listener.close();
  });

  it("reads an earlier version's cookie without the guardian's name and contact, and rewrites it at once", async () => {
    const cfg = config(kids);
    const name = cfg.cookie!.name!;
    const body = `c1|0123456789abcdef0123456789abcdef|2024-01-18|sl2c2o|c|${encodeURIComponent('김 보호')}:${encodeURIComponent('010-1111-2222')}:sms:sl2c2n|analytics:a:1`;
    let h = 0x811c9dc5;
    for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193);
    document.cookie = `${name}=${encodeURIComponent(body + '|' + (h >>> 0).toString(36))}; path=/`;
    const { c } = open(cfg);
    expect(c.snapshot().guardian).toEqual({ method: 'sms', verifiedAt: parseInt('sl2c2n', 36) * 1000, verified: true });
    // rewritten by the reader, before the writing code is there
    const now = cookieValue(name)!;
    expect(now).not.toContain('1111');
    expect(now).not.toContain(encodeURIComponent('김 보호'));
    expect(decode(now)!.guardian).toEqual({ method: 'sms', verifiedAt: parseInt('sl2c2n', 36) * 1000, verified: true });
    expect(decode(now)!.purposes.analytics.choice).toBe('agree');
    await c.ready;
    // the writer keeps it so (in its own encoding), in the mirror too
    const kept = cookieValue(name)!;
    expect(kept).not.toContain('1111');
    expect(decode(kept)!.guardian).toEqual(decode(now)!.guardian);
    expect(await get(name, createStore('consentry', 'consent'))).toBe(kept);
  });

  it('rejects incomplete guardian details, bad choices, and configs without children or in refuse mode', async () => {
    const { c } = memory(kids);
    await c.ready;
    for (const bad of [
      undefined,
      {},
      { name: 'a', contact: 'b' },
      { name: '', contact: 'b', method: 'sms' },
      { name: 'a', contact: 'b', method: 'sms', verifiedAt: -1 },
      { name: 'a', contact: 3, method: 'sms' },
      { name: 'a', contact: 'b', method: 'sms', verified: 'yes' },
    ])
      expect(() => c.recordGuardian(bad as any)).toThrow(ConsentError);
    expect(() => c.recordGuardian(guardian, { nope: 'agree' })).toThrow(/unknown purpose/);
    expect(() => c.recordGuardian(guardian, { essential: 'agree' })).toThrow(/notice/);
    expect(() => c.recordGuardian(guardian, { terms: 'disagree' })).toThrow(/required/);
    expect(() => c.recordGuardian(guardian, 'all' as any)).toThrow(ConsentError);
    expect(c.snapshot().guardian).toBeUndefined();
    await expect(memory().c.recordGuardian(guardian)).rejects.toThrow(/needs "children"/);
    await expect(memory({ children: { mode: 'refuse' } }).c.recordGuardian(guardian)).rejects.toThrow(/mode "guardian"/);
  });
});

describe("children: mode 'refuse'", () => {
  it('grants a child nothing, whatever is decided', async () => {
    const { c } = memory({ children: { mode: 'refuse', requiredBeforeGuardian: true } });
    c.setAgeGroup('child');
    await c.agreeAll({ method: 'preferences' });
    for (const id of ['terms', ...OPTIONAL]) expect(c.isGranted(id)).toBe(false);
    expect(c.isGranted('essential')).toBe(true);
    // an adult is not affected
    c.setAgeGroup('adult');
    expect(c.isGranted('analytics')).toBe(true);
  });
});

describe('marketing result (Network Act 50⑦)', () => {
  it('tells sender, date and the result per channel after an agreement, in the decision and as an event', async () => {
    const t = clock();
    const { c, log } = memory({}, { now: t.now });
    const seen: any[] = [];
    const order: string[] = [];
    c.on('decision', () => void order.push('decision'));
    c.on('marketing-result', (r) => void (seen.push(r), order.push('marketing-result')));
    await c.decide(
      { marketing: { choice: 'agree', channels: { email: 'agree', sms: 'disagree' }, nightTime: 'agree' }, analytics: 'agree' },
      { locale: 'ko' },
    );
    const expected = {
      sender: '예시 주식회사',
      at: t.now(),
      locale: 'ko',
      purposes: [{ id: 'marketing', choice: 'given', channels: { email: 'given', sms: 'refused' }, nightTime: 'given' }],
    };
    expect(seen).toEqual([expected]);
    expect(log.decision[0].marketingResult).toEqual(expected);
    expect(order).toEqual(['decision', 'marketing-result']);
    // a withdrawal: what was agreed is withdrawn, what was refused stays as it was
    t.add(1);
    await c.withdraw('marketing', { locale: 'en' });
    expect(seen[1]).toEqual({
      sender: 'Example Co.',
      at: t.now(),
      locale: 'en',
      // push was never answered: the withdrawal refuses it too
      purposes: [{ id: 'marketing', choice: 'withdrawn', channels: { email: 'withdrawn', push: 'refused' }, nightTime: 'withdrawn' }],
    });
  });

  it('lists only what changed; none for decisions without marketing changes, GPC or expiry', async () => {
    const { c, log } = memory({}, { globalPrivacyControl: true });
    const seen: unknown[] = [];
    c.on('marketing-result', (r) => void seen.push(r));
    await c.ready;
    await c.decide({ analytics: 'agree' });
    await c.decide({ marketing: { choice: 'agree', channels: { email: 'agree' } } });
    await c.decide({ marketing: { choice: 'agree', channels: { email: 'agree' } } });
    await c.decide({ marketing: { choice: 'agree', channels: { sms: 'agree' } } });
    expect(seen).toHaveLength(2);
    expect((seen[1] as any).purposes).toEqual([{ id: 'marketing', channels: { sms: 'given' } }]);
    expect(log.decision.filter((d) => d.marketingResult).length).toBe(2);
    // refusing a marketing item never asked before is a refusal
    const d = memory().c;
    const r: any[] = [];
    d.on('marketing-result', (x) => void r.push(x));
    await d.decide({ marketing: 'disagree' });
    expect(r[0].purposes).toEqual([
      { id: 'marketing', choice: 'refused', channels: { email: 'refused', sms: 'refused', push: 'refused' }, nightTime: 'refused' },
    ]);
  });

  it('the guardian’s decision carries the marketing result too', async () => {
    const { c, log } = memory(kids);
    await c.recordGuardian(guardian, { marketing: { choice: 'agree', channels: { push: 'agree' } } });
    expect(log.decision[0].marketingResult!.purposes[0]).toEqual({ id: 'marketing', choice: 'given', channels: { push: 'given' } });
  });
});

describe('the stored form', () => {
  it('keeps who answered: a guardian’s answers read back as the guardian’s', () => {
    const s = {
      updatedAt: 1_700_000_000_000,
      ageGroup: 'child' as const,
      guardian: { method: 'self-declared', verifiedAt: 1_700_000_000_000, verified: false },
      purposes: {
        a: { id: 'a', choice: 'agree' as const, version: '1', source: 'guardian' as const, decidedAt: 1_700_000_000_000 },
        b: { id: 'b', choice: 'disagree' as const, version: '1', source: 'guardian' as const, decidedAt: 1_700_000_000_000 },
        c: { id: 'c', choice: 'agree' as const, version: '1', source: 'user' as const, decidedAt: 1_700_000_000_000 },
      },
    };
    const v = encode(s);
    expect(v).toContain('|self-declared:');
    expect(v).toContain('a:p:1');
    expect(v).toContain('b:r:1');
    expect(decode(v)).toEqual(s);
  });
});
