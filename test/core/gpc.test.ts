import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createConsent } from '../../src/core';
import { config } from './fixtures';
import { clock, memory, record } from './helpers';

describe('Global Privacy Control', () => {
  it('with gpc: respect, refuses unanswered advertising purposes, recorded as GPC, once the writer is there', async () => {
    const { c, log } = memory({}, { globalPrivacyControl: true });
    // never granted; answered and announced by the writing code, after listeners could attach
    expect(c.isGranted('ads')).toBe(false);
    expect(log.order).toEqual([]);
    await c.ready;
    expect(c.get('ads')).toMatchObject({ choice: 'disagree', source: 'gpc' });
    expect(log.order).toEqual(['change', 'decision']);
    expect(log.change[0]).toMatchObject({ origin: 'gpc', changed: ['ads'] });
    expect(log.decision[0]).toMatchObject({ method: 'gpc', withdrawal: false, changes: [{ id: 'ads', to: 'disagree' }] });
    expect(log.decision[0].snapshot.gpc).toBe(true);
    expect(c.snapshot().gpc).toBe(true);
    expect(c.snapshot().subjectId).toBeDefined();
    // GPC only denies: analytics and marketing are still asked, ads is not
    expect(c.pending()).toEqual(['terms', 'analytics', 'marketing', 'provision', 'overseas']);
    expect(c.isGranted('ads')).toBe(false);
  });

  it('applies to sale and sharing kinds and to purposes flagged gpc: true; gpc: false exempts', async () => {
    const cfg: any = config();
    cfg.purposes[2].gpc = true; // analytics opted in
    cfg.purposes[4].gpc = false; // ads opted out
    cfg.purposes.push(
      { ...cfg.purposes[2], id: 'sale', kind: 'sale', gpc: undefined },
      { ...cfg.purposes[2], id: 'share', kind: 'sharing', gpc: undefined },
    );
    const c = createConsent(cfg, { storage: 'memory', globalPrivacyControl: true });
    const log = record(c);
    await c.ready;
    expect(log.decision[0].changes.map((x) => x.id)).toEqual(['analytics', 'sale', 'share']);
    expect(c.get('ads')!.choice).toBeUndefined();
  });

  it('never touches required purposes and never grants', async () => {
    const cfg: any = config();
    cfg.purposes[1].kind = 'advertising';
    const { c } = { c: createConsent(cfg, { storage: 'memory', globalPrivacyControl: true }) };
    await c.ready;
    expect(c.get('terms')!.choice).toBeUndefined();
    for (const id of ['terms', 'analytics', 'marketing', 'ads']) expect(c.isGranted(id)).toBe(false);
  });

  it('is ignored with gpc: ignore, but still reported in the snapshot', async () => {
    const { c, log } = memory({ gpc: 'ignore' }, { globalPrivacyControl: true });
    await c.ready;
    expect(log.order).toEqual([]);
    expect(c.get('ads')!.choice).toBeUndefined();
    expect(c.pending()).toContain('ads');
    expect(c.snapshot().gpc).toBe(true);
  });

  it('does nothing without the signal', async () => {
    const { c, log } = memory({}, { globalPrivacyControl: false });
    await c.ready;
    expect(log.order).toEqual([]);
    expect(c.snapshot().gpc).toBe(false);
  });

  it('reads navigator.globalPrivacyControl when not given', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const { c } = memory();
      expect(c.snapshot().gpc).toBe(true);
      expect(c.isGranted('ads')).toBe(false);
      await c.ready;
      expect(c.get('ads')!.source).toBe('gpc');
    } finally {
      delete (navigator as any).globalPrivacyControl;
    }
    expect(memory().c.snapshot().gpc).toBe(false);
  });

  it('lets a later user decision override, and does not re-apply over it', async () => {
    const cfg = config();
    const a = createConsent(cfg, { globalPrivacyControl: true, crossTab: false });
    await a.ready;
    await a.decide({ ads: 'agree' }, { method: 'preferences' });
    expect(a.isGranted('ads')).toBe(true);
    const b = createConsent(cfg, { globalPrivacyControl: true, crossTab: false });
    const log = record(b);
    await b.ready;
    expect(b.isGranted('ads')).toBe(true);
    expect(log.order).toEqual([]);
  });

  it('does not overwrite an earlier user answer, and applies again after a refusal expires', async () => {
    const t = clock();
    const cfg = config();
    const a = createConsent(cfg, { now: t.now, crossTab: false });
    await a.decide({ ads: 'disagree' });
    const b = createConsent(cfg, { now: t.now, globalPrivacyControl: true, crossTab: false });
    await b.ready;
    expect(b.get('ads')!.source).toBe('user');
    t.add(183);
    const c = createConsent(cfg, { now: t.now, globalPrivacyControl: true, crossTab: false });
    const log = record(c);
    await c.ready;
    expect(log.order).toEqual(['expired', 'change', 'decision', 'change', 'decision']);
    expect(log.decision.map((d) => d.method)).toEqual(['expiry', 'gpc']);
    expect(c.get('ads')).toMatchObject({ choice: 'disagree', source: 'gpc', decidedAt: t.now() });
  });
});
