import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/core';
import type { ConsentConfig } from '../../src/core';
import { config } from './fixtures';
import { clock, DAY, record } from './helpers';

/** Two page loads sharing the cookie: `first` decides, `again(change)` starts with a changed config. */
function site(over: Partial<ConsentConfig> & Record<string, unknown> = {}, t = clock()) {
  const base = config(over);
  const open = (cfg: ConsentConfig = base) => {
    const c = createConsent(cfg, { now: t.now, crossTab: false });
    return { c, log: record(c) };
  };
  const again = (change: (cfg: any) => void) => {
    const cfg = structuredClone(base);
    change(cfg);
    return open(cfg);
  };
  return { open, again, t };
}

describe('re-consent', () => {
  it('asks again only for a purpose whose version changed', async () => {
    const s = site();
    const a = s.open();
    await a.c.decide({ terms: 'agree', analytics: 'agree', marketing: { choice: 'agree', channels: { email: 'agree' } }, ads: 'disagree' });
    const b = s.again((cfg) => (cfg.purposes[2].version = 2));
    expect(b.c.pending()).toEqual(['analytics', 'provision', 'overseas']);
    expect(b.c.isGranted('analytics')).toBe(false);
    expect(b.c.get('analytics')).toEqual({ id: 'analytics', version: '2' });
    expect(b.c.isGranted('terms')).toBe(true);
    expect(b.c.isGranted('marketing', 'email')).toBe(true);
    expect(b.c.get('ads')!.choice).toBe('disagree');
    // the new answer is kept for the new version
    await b.c.decide({ analytics: 'agree' });
    const c = s.again((cfg) => (cfg.purposes[2].version = 2));
    expect(c.c.isGranted('analytics')).toBe(true);
    expect(c.c.get('analytics')!.version).toBe('2');
  });

  it('asks again for every purpose when the policy version changes (reconsent: all)', async () => {
    const s = site();
    await s.open().c.agreeAll();
    const b = s.again((cfg) => (cfg.policy.version = '2025-06-01'));
    expect(b.c.pending()).toEqual(['terms', 'analytics', 'marketing', 'ads', 'provision', 'overseas']);
    for (const id of b.c.pending()) expect(b.c.isGranted(id)).toBe(false);
    expect(b.c.isGranted('essential')).toBe(true);
    // answering some under the new policy does not revive the others
    await b.c.decide({ terms: 'agree', analytics: 'agree' });
    const c = s.again((cfg) => (cfg.policy.version = '2025-06-01'));
    expect(c.c.isGranted('analytics')).toBe(true);
    expect(c.c.isGranted('marketing')).toBe(false);
    expect(c.c.snapshot().policyVersion).toBe('2025-06-01');
  });

  it('asks again only for the listed purposes with reconsent: changed', async () => {
    const s = site();
    await s.open().c.agreeAll();
    const b = s.again((cfg) => (cfg.policy = { ...cfg.policy, version: '2', reconsent: 'changed', changed: ['ads', 'provision'] }));
    expect(b.c.pending()).toEqual(['ads', 'provision']);
    expect(b.c.isGranted('analytics')).toBe(true);
    expect(b.c.isGranted('ads')).toBe(false);
    await b.c.decide({ ads: 'agree', provision: 'disagree' });
    const c = s.again((cfg) => (cfg.policy = { ...cfg.policy, version: '2', reconsent: 'changed', changed: ['ads', 'provision'] }));
    expect(c.c.needsDecision()).toBe(false);
    expect(c.c.isGranted('ads')).toBe(true);
  });

  it('combines reconsent: changed with version bumps', async () => {
    const s = site();
    await s.open().c.agreeAll();
    const b = s.again((cfg) => {
      cfg.policy = { ...cfg.policy, version: '2', reconsent: 'changed', changed: [] };
      cfg.purposes[4].version = '2';
    });
    expect(b.c.pending()).toEqual(['ads']);
  });

  it('forgets answers for purposes removed from the config', async () => {
    const s = site();
    await s.open().c.agreeAll();
    const b = s.again((cfg) => cfg.purposes.splice(4, 1));
    expect(b.c.get('ads')).toBeUndefined();
    expect(b.c.isGranted('ads')).toBe(false);
    expect(b.c.needsDecision()).toBe(false);
  });
});

describe('expiry (controlled clock)', () => {
  it('ends an agreement to a tracking purpose after consentDays (395), with expired, change and decision events', async () => {
    const s = site();
    const { c, log } = s.open();
    await c.ready;
    await c.decide({ analytics: 'agree', ads: 'agree', terms: 'agree' });
    s.t.add(395);
    s.t.set(s.t.now() - 1000);
    expect(c.isGranted('analytics')).toBe(true);
    s.t.add(1 / 86400);
    expect(c.isGranted('analytics')).toBe(false);
    // the required service item does not expire by time
    expect(c.isGranted('terms')).toBe(true);
    expect(c.needsDecision()).toBe(true);
    expect(c.pending()).toContain('analytics');
    await Promise.resolve();
    await Promise.resolve();
    expect(log.order.slice(2)).toEqual(['expired', 'change', 'decision']);
    expect(log.expired[0].ids).toEqual(['analytics', 'ads']);
    expect(log.change[1]).toMatchObject({ origin: 'expiry' });
    expect(log.change[1].changed.sort()).toEqual(['ads', 'analytics']);
    const d = log.decision[1];
    expect(d.method).toBe('expiry');
    expect(d.withdrawal).toBe(false);
    expect(d.changes).toEqual([
      { id: 'analytics', from: 'agree', state: { id: 'analytics', version: '1', source: 'expiry' } },
      { id: 'ads', from: 'agree', state: { id: 'ads', version: '1', source: 'expiry' } },
    ]);
    expect(d.changes.every((x) => x.to === undefined)).toBe(true);
    expect(c.get('analytics')).toEqual({ id: 'analytics', version: '1', source: 'expiry' });
    // the expiry is stored: a new page load does not announce it again
    const again = s.open();
    await again.c.ready;
    expect(again.log.order).toEqual([]);
    expect(again.c.pending()).toContain('analytics');
  });

  it('by kind: a service item is still granted at day 800 while analytics asks again at day 396', async () => {
    const s = site();
    const { c } = s.open();
    await c.ready;
    await c.decide({
      terms: 'agree',
      analytics: 'agree',
      provision: 'agree',
      overseas: 'agree',
      marketing: { choice: 'agree', channels: { sms: 'agree' } },
    });
    expect(c.get('terms')!.expiresAt).toBeUndefined();
    expect(c.get('provision')!.expiresAt).toBeUndefined();
    s.t.add(396);
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.pending()).toEqual(['analytics', 'ads']);
    s.t.add(800 - 396);
    for (const id of ['terms', 'provision', 'overseas']) expect(c.isGranted(id)).toBe(true);
    // past the 2-year reconfirmation date marketing still counts: the date is for the notice (Network Act 50⑧)
    expect(c.get('marketing')!.reconfirmDueAt).toBe(c.get('marketing')!.decidedAt! + 730 * DAY);
    expect(c.isGranted('marketing', 'sms')).toBe(true);
    // a new page load (the cookie read again) agrees
    const again = s.open().c;
    expect(again.isGranted('terms')).toBe(true);
    expect(again.isGranted('analytics')).toBe(false);
  });

  it('per-purpose expiryDays overrides the kind: a number, false, or { consent, refusal }', async () => {
    const cfg = config();
    const by = (id: string) => cfg.purposes.find((p) => p.id == id)!;
    by('terms').expiryDays = 730;
    by('analytics').expiryDays = false;
    by('ads').expiryDays = { refusal: 30 };
    by('provision').expiryDays = { consent: 100, refusal: false };
    const t = clock();
    const c = createConsent(cfg, { storage: 'memory', now: t.now });
    await c.decide({ terms: 'agree', analytics: 'agree', ads: 'disagree', provision: 'agree' });
    expect(c.get('terms')!.expiresAt).toBe(t.now() + 730 * DAY);
    expect(c.get('analytics')!.expiresAt).toBeUndefined();
    expect(c.get('ads')!.expiresAt).toBe(t.now() + 30 * DAY);
    expect(c.get('provision')!.expiresAt).toBe(t.now() + 100 * DAY);
    await c.decide({ provision: 'disagree' });
    expect(c.get('provision')!.expiresAt).toBeUndefined();
    t.add(5000);
    expect(c.isGranted('analytics')).toBe(true);
    expect(c.isGranted('terms')).toBe(false);
  });

  it('remembers a refusal of sale or sharing at least 365 days (CCPA asks 12 months before asking again)', async () => {
    const cfg = config();
    cfg.purposes.push({ ...cfg.purposes.find((p) => p.id == 'ads')!, id: 'sale', kind: 'sale' });
    const t = clock();
    const c = createConsent(cfg, { storage: 'memory', now: t.now });
    await c.decide({ sale: 'disagree', ads: 'disagree' });
    expect(c.get('sale')!.expiresAt).toBe(t.now() + 365 * DAY);
    expect(c.get('ads')!.expiresAt).toBe(t.now() + 182 * DAY);
  });

  it('announces answers that expired while away once the writer is there, so listeners attached after createConsent get them', async () => {
    const s = site();
    await s.open().c.decide({ ads: 'disagree', analytics: 'agree' });
    s.t.add(200);
    const { c, log } = s.open();
    // expired answers stop counting at once; the writer records and announces them, after listeners attached
    expect(c.get('ads')).toEqual({ id: 'ads', version: '1' });
    expect(c.pending()).toEqual(['terms', 'marketing', 'ads', 'provision', 'overseas']);
    expect(log.order).toEqual([]);
    await c.ready;
    expect(c.get('ads')).toEqual({ id: 'ads', version: '1', source: 'expiry' });
    expect(log.order).toEqual(['expired', 'change', 'decision']);
    expect(log.expired[0].ids).toEqual(['ads']);
    expect(log.decision[0]).toMatchObject({ method: 'expiry', changes: [{ id: 'ads', from: 'disagree' }] });
    expect(c.isGranted('analytics')).toBe(true);
  });

  it('remembers a refusal for refusalDays, then asks again', async () => {
    const s = site();
    const { c } = s.open();
    await c.decide({ ads: 'disagree' });
    s.t.add(181);
    expect(c.pending()).not.toContain('ads');
    s.t.add(1);
    expect(c.pending()).toContain('ads');
    expect(c.get('ads')!.choice).toBeUndefined();
  });

  it('follows configured lifetimes', async () => {
    const s = site({ expiry: { consentDays: 30, refusalDays: 10 } });
    const { c } = s.open();
    await c.decide({ analytics: 'agree', ads: 'disagree' });
    expect(c.get('analytics')!.expiresAt).toBe(s.t.now() + 30 * DAY);
    s.t.add(10);
    expect(c.pending()).toContain('ads');
    expect(c.isGranted('analytics')).toBe(true);
    s.t.add(20);
    expect(c.isGranted('analytics')).toBe(false);
  });

  it('keeps marketing consent past its reconfirmation date, which a renewed agreement moves on', async () => {
    const s = site();
    const { c, log } = s.open();
    await c.ready;
    await c.decide({ marketing: { choice: 'agree', channels: { sms: 'agree' } }, analytics: 'agree' });
    const due = c.get('marketing')!.reconfirmDueAt!;
    expect(due).toBe(s.t.now() + 730 * DAY);
    s.t.set(due + 1000);
    expect(c.isGranted('marketing', 'sms')).toBe(true);
    expect(c.pending()).not.toContain('marketing');
    await Promise.resolve();
    expect(log.expired.flatMap((e) => e.ids)).not.toContain('marketing');
    // reconfirming starts a new 2-year period
    await c.decide({ marketing: { choice: 'agree', channels: { sms: 'agree' } } });
    expect(c.get('marketing')!.reconfirmDueAt).toBe(due + 1000 + 730 * DAY);
  });

  it('notices answers that run out while the page stays open (hourly check), without any read', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const s = site({ expiry: { consentDays: 1 } });
      const { c, log } = s.open();
      await c.ready;
      await c.decide({ analytics: 'agree' });
      s.t.add(1);
      vi.advanceTimersByTime(36e5);
      await Promise.resolve();
      expect(log.order.slice(2)).toEqual(['expired', 'change', 'decision']);
      expect(log.expired[0].ids).toEqual(['analytics']);
      // destroy() stops the check
      await c.decide({ analytics: 'agree' });
      c.destroy();
      s.t.add(1);
      vi.advanceTimersByTime(36e5);
      await Promise.resolve();
      expect(log.expired).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts lifetimes from whole seconds, as stored', async () => {
    const t = clock(Date.UTC(2025, 0, 1) + 999);
    const s = site({}, t);
    const { c } = s.open();
    await c.decide({ analytics: 'agree' });
    expect(c.get('analytics')!.decidedAt).toBe(Date.UTC(2025, 0, 1));
  });
});
