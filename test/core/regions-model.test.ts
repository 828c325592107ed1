// Regional models in the core: opt-in as before, opt-out (optional purposes run until refused, GPC
// refuses selling and sharing), notice (inform once); stored answers always win over a model's default.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent, validateConfig } from '../../src/core';
import type { ConsentConfig, CreateOptions } from '../../src/core';
import { structureProblems } from '../../src/core/structure';
import { buildReceiptSync, receiptState } from '../../src/receipts/build';
import { config } from './fixtures';
import { record } from './helpers';

const REGIONS = { KR: 'opt-in', EU: 'opt-in', 'US-CA': 'opt-out', default: 'opt-in' } as const;
/** The fixture without its required purpose, so nothing but the model decides whether to ask. */
const optionalOnly = (over: Record<string, unknown> = {}): ConsentConfig => {
  const c = config(over);
  c.purposes = c.purposes.filter((p) => p.necessity != 'required');
  return c;
};
/** Only the cookie and tracking purposes (analytics, ads): the kinds a region's default may let run. */
const trackingOnly = (over: Record<string, unknown> = {}): ConsentConfig => {
  const c = optionalOnly(over);
  c.purposes = c.purposes.filter((p) => ['analytics', 'advertising'].includes(p.kind));
  return c;
};
const open = (cfg: ConsentConfig, opts: CreateOptions = {}) => {
  const c = createConsent(cfg, { crossTab: false, timeZone: 'Asia/Tokyo', globalPrivacyControl: false, ...opts });
  return { c, log: record(c) };
};
const granted = (c: ReturnType<typeof open>['c']) => ['analytics', 'marketing', 'ads'].filter((id) => c.isGranted(id));

describe('no regions config', () => {
  it('is opt-in everywhere, exactly as before, whatever the region or time zone', async () => {
    for (const opts of [{}, { region: 'US-CA' }, { timeZone: 'America/Los_Angeles' }]) {
      const { c, log } = open(optionalOnly(), opts);
      await c.ready;
      expect(c.region!.model).toBe('opt-in');
      expect(c.needsDecision()).toBe(true);
      expect(c.pending()).toEqual(['analytics', 'marketing', 'ads', 'provision', 'overseas']);
      expect(granted(c)).toEqual([]);
      expect(Object.values(c.snapshot().purposes).some((p) => p.source == 'region-default')).toBe(false);
      expect(log.order).toEqual([]);
    }
  });

  it("records no location guess: the decision's region is the page's, else default, and the time zone is never read", async () => {
    const tz = vi.spyOn(Intl, 'DateTimeFormat');
    const { c, log } = open(optionalOnly(), { timeZone: undefined });
    await c.ready;
    await c.decide({ analytics: 'agree' });
    expect(log.decision[0].region).toEqual({ region: 'default', model: 'opt-in', from: 'default' });
    expect(buildReceiptSync(log.decision[0], optionalOnly(), { prev: null }).region).toEqual({
      region: 'default',
      model: 'opt-in',
      from: 'default',
    });
    expect(open(optionalOnly(), { region: 'kr' }).c.region).toEqual({ region: 'KR', model: 'opt-in', from: 'page' });
    expect(tz).not.toHaveBeenCalled();
    tz.mockRestore();
  });
});

describe('KR: opt-in', () => {
  it('asks first; nothing optional runs until agreed', async () => {
    const { c, log } = open(optionalOnly({ regions: REGIONS }), { region: 'KR' });
    expect(c.region).toEqual({ region: 'KR', model: 'opt-in', from: 'page' });
    expect(c.needsDecision()).toBe(true);
    expect(granted(c)).toEqual([]);
    await c.decide({ analytics: 'agree' }, { method: 'banner' });
    expect(granted(c)).toEqual(['analytics']);
    expect(log.decision[0].region).toEqual({ region: 'KR', model: 'opt-in', from: 'page' });
  });
});

describe('US-CA: opt-out', () => {
  it('runs optional purposes as the region default, asks nothing and stores nothing for them', async () => {
    const cfg = trackingOnly({ regions: REGIONS });
    const { c, log } = open(cfg, { region: 'US-CA' });
    await c.ready;
    expect(c.region).toEqual({ region: 'US-CA', model: 'opt-out', from: 'page' });
    expect(c.needsDecision()).toBe(false);
    expect(c.pending()).toEqual([]);
    expect(granted(c)).toEqual(['analytics', 'ads']);
    expect(c.get('ads')).toMatchObject({ choice: 'agree', source: 'region-default' });
    expect(c.get('ads')!.decidedAt).toBeUndefined();
    expect(log.order).toEqual([]);
    expect(document.cookie).not.toContain(cfg.cookie!.name + '=');
  });

  it('a refusal is stored and honoured, and a refusal of a default is "refused" in the receipt', async () => {
    const cfg = trackingOnly({ regions: REGIONS });
    const { c, log } = open(cfg, { region: 'US-CA' });
    await c.decide({ ads: 'disagree' }, { method: 'opt-out' });
    expect(granted(c)).toEqual(['analytics']);
    const e = log.decision[0];
    expect(e).toMatchObject({
      method: 'opt-out',
      region: { region: 'US-CA', model: 'opt-out', from: 'page' },
      changes: [{ id: 'ads', to: 'disagree' }],
    });
    expect(e.changes[0].from).toBeUndefined();
    const receipt = buildReceiptSync(e, cfg, { prev: null });
    expect(receipt.region).toEqual({ region: 'US-CA', model: 'opt-out', from: 'page' });
    expect(receipt.purposes).toMatchObject([{ id: 'ads', state: 'refused' }]);
    c.destroy();
    // next visit, same region: the refusal stands, the others run by default again
    const again = open(cfg, { region: 'US-CA' }).c;
    expect(again.get('ads')).toMatchObject({ choice: 'disagree', source: 'user' });
    expect(granted(again)).toEqual(['analytics']);
    again.destroy();
    // and in Korea the defaults never became agreements: asked first, the refusal kept
    const kr = open(cfg, { region: 'KR' }).c;
    expect(granted(kr)).toEqual([]);
    expect(kr.get('ads')!.choice).toBe('disagree');
    expect(kr.get('analytics')!.choice).toBeUndefined();
    expect(kr.needsDecision()).toBe(true);
    kr.destroy();
  });

  it('a choice made under another model wins over the default', async () => {
    const cfg = trackingOnly({ regions: REGIONS });
    const kr = open(cfg, { region: 'KR' }).c;
    await kr.decide({ analytics: 'disagree', ads: 'agree' });
    kr.destroy();
    const ca = open(cfg, { region: 'US-CA' }).c;
    expect(ca.get('analytics')).toMatchObject({ choice: 'disagree', source: 'user' });
    expect(ca.get('ads')).toMatchObject({ choice: 'agree', source: 'user' });
    expect(granted(ca)).toEqual(['ads']);
    ca.destroy();
  });

  it('with GPC, selling and sharing purposes are refused from the start and the refusal is recorded', async () => {
    const { c, log } = open(trackingOnly({ regions: REGIONS }), { region: 'US-CA', globalPrivacyControl: true });
    expect(c.isGranted('ads')).toBe(false);
    expect(granted(c)).toEqual(['analytics']);
    await c.ready;
    expect(log.decision).toHaveLength(1);
    expect(log.decision[0]).toMatchObject({ method: 'gpc', region: { model: 'opt-out' }, changes: [{ id: 'ads', to: 'disagree' }] });
    expect(c.get('ads')).toMatchObject({ choice: 'disagree', source: 'gpc' });
    expect(c.needsDecision()).toBe(false);
  });

  it('without GPC, nothing is refused for the visitor', async () => {
    const { c, log } = open(trackingOnly({ regions: REGIONS }), { region: 'US-CA', globalPrivacyControl: false });
    await c.ready;
    expect(log.decision).toEqual([]);
    expect(c.isGranted('ads')).toBe(true);
  });

  it('marketing messages, provision to third parties and transfers abroad wait for an answer: the visitor is asked', async () => {
    const { c } = open(optionalOnly({ regions: REGIONS }), { region: 'US-CA' });
    await c.ready;
    expect(granted(c)).toEqual(['analytics', 'ads']);
    expect(c.pending()).toEqual(['marketing', 'provision', 'overseas']);
    expect(c.needsDecision()).toBe(true);
  });

  it('a site that asks for the age gives no default until the visitor is known to be an adult', async () => {
    const cfg = trackingOnly({ regions: REGIONS, children: { minimumAge: 14 } });
    const { c } = open(cfg, { region: 'US-CA' });
    await c.ready;
    expect(granted(c)).toEqual([]);
    expect(c.needsDecision()).toBe(true);
  });

  it('required purposes are unchanged: still asked, never granted by the model', async () => {
    const { c } = open(config({ regions: REGIONS }), { region: 'US-CA' });
    await c.ready;
    expect(c.pending()).toEqual(['terms', 'marketing', 'provision', 'overseas']);
    expect(c.isGranted('terms')).toBe(false);
    expect(c.needsDecision()).toBe(true);
  });
});

describe('notice', () => {
  const cfg = () => trackingOnly({ regions: { ...REGIONS, JP: 'notice' } });

  it('shows the notice once: optional purposes run, acknowledging is recorded and remembered', async () => {
    const conf = cfg();
    const { c, log } = open(conf, { region: 'JP' });
    expect(c.region!.model).toBe('notice');
    expect(c.needsDecision()).toBe(true);
    expect(c.pending()).toEqual([]);
    expect(granted(c)).toEqual(['analytics', 'ads']);
    await c.acknowledge!({ locale: 'ja' });
    expect(c.needsDecision()).toBe(false);
    expect(log.decision[0]).toMatchObject({ method: 'notice', changes: [], region: { region: 'JP', model: 'notice', from: 'page' } });
    const receipt = buildReceiptSync(log.decision[0], conf, { prev: null });
    expect(receipt).toMatchObject({ method: 'notice', purposes: [], region: { model: 'notice' } });
    c.destroy();
    const again = open(conf, { region: 'JP' }).c;
    expect(again.needsDecision()).toBe(false);
    expect(granted(again)).toEqual(['analytics', 'ads']);
    again.destroy();
    // a new policy version shows the notice again
    const next = open({ ...conf, policy: { ...conf.policy, version: '2099-01-01' } }, { region: 'JP' }).c;
    expect(next.needsDecision()).toBe(true);
    next.destroy();
  });
});

describe('the time-zone hint', () => {
  it('never opts a visitor out unless the site configured that model for the guessed region', () => {
    const la = { timeZone: 'America/Los_Angeles' };
    expect(open(optionalOnly({ regions: { KR: 'opt-in', default: 'opt-in' } }), la).c.region).toEqual({
      region: 'US-CA',
      model: 'opt-in',
      from: 'time-zone',
    });
    expect(open(optionalOnly({ regions: { KR: 'opt-in', 'US-CA': 'opt-out' } }), { timeZone: 'America/New_York' }).c.region).toEqual({
      region: 'default',
      model: 'opt-in',
      from: 'default',
    });
    const ca = open(optionalOnly({ regions: REGIONS }), la).c;
    expect(ca.region).toEqual({ region: 'US-CA', model: 'opt-out', from: 'time-zone' });
    // the page's region wins over the hint
    expect(open(optionalOnly({ regions: REGIONS }), { ...la, region: 'KR' }).c.region).toEqual({
      region: 'KR',
      model: 'opt-in',
      from: 'page',
    });
    expect(open(optionalOnly({ regions: REGIONS }), { timeZone: 'Asia/Seoul' }).c.needsDecision()).toBe(true);
  });
});

describe('config checks', () => {
  it('validateConfig checks regions and warns about opt-out where the law asks first', () => {
    expect(validateConfig(config({ regions: REGIONS })).problems).toEqual([]);
    const r = validateConfig(config({ regions: { KR: 'opt-out', 'US-CA': 'maybe' } as never }));
    expect(r.problems.map((p) => p.path)).toEqual(['regions.US-CA']);
    expect(validateConfig(config({ regions: { KR: 'opt-out' } })).warnings.map((p) => p.path)).toContain('regions.KR');
  });

  it('warns when GPC is ignored while a region runs opt-out', () => {
    const warned = (c: ConsentConfig) =>
      validateConfig(c)
        .warnings.filter((w) => w.path == 'gpc')
        .map((w) => w.message);
    expect(warned(config({ regions: REGIONS, gpc: 'ignore' }))).toEqual([
      '"ignore" with an opt-out region: California and other opt-out states require honouring Global Privacy Control',
    ]);
    expect(warned(config({ regions: REGIONS }))).toEqual([]);
    expect(warned(config({ regions: { KR: 'opt-in' }, gpc: 'ignore' }))).toEqual([]);
  });

  it('the production check refuses a model that is not one', () => {
    expect(structureProblems(config({ regions: REGIONS }))).toEqual([]);
    expect(structureProblems(config({ regions: { KR: { model: 'notice' } } }))).toEqual([]);
    expect(structureProblems(config({ regions: { KR: 'yes' } as never })).map((p) => p.path)).toEqual(['regions']);
    expect(structureProblems(config({ regions: ['KR'] as never })).map((p) => p.path)).toEqual(['regions']);
  });
});

describe('US-CA: GPC against an earlier agreement (11 CCR § 7025(c)(3))', () => {
  // one config per test: the fixture names its cookie anew each time
  let cfg: ConsentConfig;
  beforeEach(() => {
    cfg = trackingOnly({ regions: REGIONS });
  });

  it('an agreement given before the signal is withdrawn once the browser sends GPC, with a GPC record', async () => {
    const before = open(cfg, { region: 'US-CA', globalPrivacyControl: false }).c;
    await before.decide({ ads: 'agree' }, { method: 'preferences' });
    expect(before.get('ads')).toMatchObject({ choice: 'agree', source: 'user' });
    before.destroy();
    const { c, log } = open(cfg, { region: 'US-CA', globalPrivacyControl: true });
    await c.ready;
    expect(c.isGranted('ads')).toBe(false);
    expect(c.get('ads')).toMatchObject({ choice: 'disagree', source: 'gpc' });
    expect(log.decision).toHaveLength(1);
    // the agreement GPC set aside is taken back, so its receipt says withdrawn, not refused
    expect(log.decision[0]).toMatchObject({ method: 'gpc', changes: [{ id: 'ads', from: 'agree', to: 'disagree' }] });
    expect(receiptState(log.decision[0].changes[0], log.decision[0])).toBe('withdrawn');
    // listed as changed although nothing was granted any more: the gate removes what the agreement left
    expect(log.change).toEqual([expect.objectContaining({ origin: 'gpc', changed: ['ads'] })]);
    c.destroy();
  });

  it('an agreement that no longer counts without GPC either is refused, not withdrawn: older version, new policy, run out', async () => {
    const DAY = 86_400_000;
    const t0 = Date.UTC(2026, 0, 5);
    const before = open(cfg, { region: 'US-CA', now: () => t0 }).c;
    await before.decide({ ads: 'agree' }, { method: 'preferences' });
    before.destroy();
    const bump = (f: (c: ConsentConfig) => void) => {
      const c = JSON.parse(JSON.stringify(cfg)) as ConsentConfig;
      f(c);
      return c;
    };
    const cases: [string, ConsentConfig, number][] = [
      ['purpose version', bump((c) => (c.purposes.find((p) => p.id == 'ads')!.version = 2)), t0 + DAY],
      ['policy version', bump((c) => (c.policy.version = 'next')), t0 + DAY],
      ['run out', cfg, t0 + 400 * DAY],
    ];
    for (const [why, config, at] of cases) {
      const { c, log } = open(config, { region: 'US-CA', globalPrivacyControl: true, now: () => at });
      await c.ready;
      expect(c.isGranted('ads'), why).toBe(false);
      const gpcDecision = log.decision.find((e) => e.method == 'gpc')!;
      expect(gpcDecision.changes, why).toEqual([expect.objectContaining({ id: 'ads', to: 'disagree' })]);
      expect(gpcDecision.changes[0].from, why).toBeUndefined();
      expect(receiptState(gpcDecision.changes[0], gpcDecision), why).toBe('refused');
      c.destroy();
    }
  });

  it('another tab’s agreement made while the signal is on is refused here, not withdrawn', async () => {
    const a = open(cfg, { region: 'US-CA', globalPrivacyControl: true, crossTab: true });
    const b = open(cfg, { region: 'US-CA', globalPrivacyControl: true, crossTab: true });
    await Promise.all([a.c.ready, b.c.ready]);
    const remote = new Promise<void>((done) => {
      const off: () => void = b.c.on('change', (e) => void (e.origin == 'remote' && (off(), done())));
    });
    await a.c.decide({ ads: 'agree' }, { method: 'placeholder' });
    await remote;
    expect(b.c.isGranted('ads')).toBe(false);
    await expect.poll(() => b.log.decision.length).toBe(1);
    expect(b.log.decision[0]).toMatchObject({ method: 'gpc', changes: [{ id: 'ads', to: 'disagree' }] });
    expect(b.log.decision[0].changes[0].from).toBeUndefined();
    a.c.destroy();
    b.c.destroy();
  });

  it('an agreement while the signal is on, without the conflict shown (overGpc), is set aside again on the next load', async () => {
    const first = open(cfg, { region: 'US-CA', globalPrivacyControl: true }).c;
    await first.ready;
    await first.decide({ ads: 'agree' }, { method: 'placeholder' });
    expect(first.isGranted('ads')).toBe(true);
    expect(first.get('ads')!.overGpc).toBeUndefined();
    first.destroy();
    const { c } = open(cfg, { region: 'US-CA', globalPrivacyControl: true });
    await c.ready;
    expect(c.isGranted('ads')).toBe(false);
    expect(c.get('ads')).toMatchObject({ choice: 'disagree', source: 'gpc' });
    c.destroy();
  });

  it('agreeing while the signal is on, told of the conflict, confirms it: kept across reloads, with no further GPC refusal', async () => {
    const first = open(cfg, { region: 'US-CA', globalPrivacyControl: true }).c;
    await first.ready;
    expect(first.isGranted('ads')).toBe(false);
    await first.decide({ ads: 'agree' }, { method: 'preferences', overGpc: true });
    expect(first.get('ads')).toMatchObject({ choice: 'agree', source: 'user', overGpc: true });
    first.destroy();
    const { c, log } = open(cfg, { region: 'US-CA', globalPrivacyControl: true });
    await c.ready;
    expect(c.isGranted('ads')).toBe(true);
    expect(c.get('ads')).toMatchObject({ choice: 'agree', overGpc: true });
    expect(log.decision).toEqual([]);
    c.destroy();
  });

  it('under notice (runs without asking) GPC wins over an earlier agreement too', async () => {
    const notice = trackingOnly({ regions: { ...REGIONS, 'US-CO': 'notice' } });
    const before = open(notice, { region: 'US-CO', globalPrivacyControl: false }).c;
    await before.decide({ ads: 'agree' }, { method: 'preferences' });
    before.destroy();
    const { c, log } = open(notice, { region: 'US-CO', globalPrivacyControl: true });
    await c.ready;
    expect(c.isGranted('ads')).toBe(false);
    expect(c.get('ads')).toMatchObject({ choice: 'disagree', source: 'gpc' });
    expect(log.decision[0].changes).toEqual([expect.objectContaining({ id: 'ads', from: 'agree', to: 'disagree' })]);
    c.destroy();
  });

  it('an agreement from the member’s other device does not override this browser’s GPC', async () => {
    const { c } = open(cfg, { region: 'US-CA', globalPrivacyControl: true });
    await c.ready;
    c.adoptAnswers!([
      { id: 'ads', choice: 'agree', decidedAt: Date.now() },
      { id: 'analytics', choice: 'disagree', decidedAt: Date.now() },
    ]);
    expect(c.isGranted('ads')).toBe(false);
    expect(c.get('ads')).toMatchObject({ choice: 'disagree', source: 'gpc' });
    expect(c.get('analytics')).toMatchObject({ choice: 'disagree' });
    c.destroy();
  });

  it('where the region asks first (KR), an explicit earlier agreement stands under GPC', async () => {
    const before = open(cfg, { region: 'KR', globalPrivacyControl: false }).c;
    await before.decide({ analytics: 'agree', ads: 'agree' }, { method: 'banner' });
    before.destroy();
    const { c, log } = open(cfg, { region: 'KR', globalPrivacyControl: true });
    await c.ready;
    expect(c.isGranted('ads')).toBe(true);
    expect(log.decision).toEqual([]);
    c.destroy();
  });
});
