import { describe, expect, it } from 'vitest';
import { ConsentError, createConsent } from '../../src/core';
import { config } from './fixtures';
import { clock, memory, record } from './helpers';

const OPTIONAL = ['analytics', 'marketing', 'ads', 'provision', 'overseas'];

describe('a new visitor', () => {
  it('needs a decision for every required and optional purpose, and nothing is granted', async () => {
    const { c } = memory();
    await c.ready;
    expect(c.needsDecision()).toBe(true);
    expect(c.pending()).toEqual(['terms', ...OPTIONAL]);
    for (const id of ['terms', ...OPTIONAL]) expect(c.isGranted(id)).toBe(false);
    expect(c.get('analytics')).toEqual({ id: 'analytics', version: '1' });
    expect(c.snapshot()).toEqual({ purposes: expect.any(Object), gpc: false });
    expect(c.snapshot().subjectId).toBeUndefined();
  });

  it('grants notice purposes always and nothing unknown', () => {
    const { c } = memory();
    expect(c.isGranted('essential')).toBe(true);
    expect(c.isGranted('essential', 'email')).toBe(true);
    expect(c.isGranted('nope')).toBe(false);
    expect(c.get('nope')).toBeUndefined();
  });

  it('does not need a decision when every purpose is a notice', () => {
    const cfg = config();
    cfg.purposes = cfg.purposes.filter((p) => p.necessity == 'notice');
    const c = createConsent(cfg, { storage: 'memory' });
    expect(c.needsDecision()).toBe(false);
    expect(c.pending()).toEqual([]);
  });
});

describe('decide', () => {
  it('records answers, creates the subject id, and leaves the rest pending', async () => {
    const t = clock();
    const { c } = memory({}, { now: t.now });
    const snap = await c.decide({ analytics: 'agree', ads: 'disagree' });
    expect(c.isGranted('analytics')).toBe(true);
    expect(c.isGranted('ads')).toBe(false);
    expect(c.pending()).toEqual(['terms', 'marketing', 'provision', 'overseas']);
    expect(snap.subjectId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(snap.policyVersion).toBe('2024-01-18');
    expect(snap.updatedAt).toBe(t.now());
    expect(c.get('analytics')).toEqual({
      id: 'analytics',
      choice: 'agree',
      version: '1',
      source: 'user',
      decidedAt: t.now(),
      expiresAt: t.now() + 395 * 864e5,
    });
    expect(c.get('ads')).toMatchObject({ choice: 'disagree', expiresAt: t.now() + 182 * 864e5 });
    // the subject id is kept across decisions
    await c.decide({ analytics: 'disagree' });
    expect(c.snapshot().subjectId).toBe(snap.subjectId);
  });

  it('emits change then decision, with the changed ids and the method', async () => {
    const { c, log } = memory();
    await c.ready;
    await c.decide({ analytics: 'agree', ads: 'disagree' }, { method: 'banner', locale: 'ko' });
    expect(log.order).toEqual(['change', 'decision']);
    expect(log.change[0]).toMatchObject({ changed: ['analytics'], origin: 'local' });
    const d = log.decision[0];
    expect(d).toMatchObject({ method: 'banner', locale: 'ko', withdrawal: false });
    expect(d.changes.map((x) => [x.id, x.from, x.to])).toEqual([
      ['analytics', undefined, 'agree'],
      ['ads', undefined, 'disagree'],
    ]);
    expect(d.snapshot.purposes.analytics.choice).toBe('agree');
    // a decision that changes no grant still tells what was answered
    await c.decide({ analytics: 'agree' });
    expect(log.change[1].changed).toEqual([]);
    expect(log.decision[1].method).toBe('api');
    expect(log.decision[1].changes[0]).toMatchObject({ id: 'analytics', from: 'agree', to: 'agree' });
  });

  it('updates state synchronously, before the returned promise, once the writing code is there', async () => {
    const { c } = memory();
    await c.ready;
    void c.decide({ analytics: 'agree' });
    expect(c.isGranted('analytics')).toBe(true);
  });

  it('gives listeners copies: changing a payload does not change the state', async () => {
    const { c } = memory();
    c.on('decision', (d) => void ((d.snapshot.purposes.analytics as any).choice = 'disagree'));
    const snap = await c.decide({ analytics: 'agree' });
    snap.purposes.analytics.choice = 'disagree';
    expect(c.isGranted('analytics')).toBe(true);
  });

  const errors: [string, () => Record<string, unknown>, RegExp][] = [
    ['an unknown id', () => ({ nope: 'agree' }), /unknown purpose "nope"/],
    ['a notice', () => ({ essential: 'agree' }), /"essential" is a notice/],
    ['disagreeing with a required purpose', () => ({ terms: 'disagree' }), /"terms": is required: it cannot be disagreed/],
    ['a bad choice', () => ({ analytics: 'yes' }), /"analytics": expected "agree" or "disagree"/],
    ['a null choice', () => ({ analytics: null }), /"analytics": expected "agree" or "disagree"/],
    [
      'a channel of another purpose',
      () => ({ marketing: { choice: 'agree', channels: { fax: 'agree' } } }),
      /"marketing": no channel "fax"/,
    ],
    [
      'channels on a purpose without channels',
      () => ({ analytics: { choice: 'agree', channels: { email: 'agree' } } }),
      /"analytics": no channel "email"/,
    ],
    ['a bad channel answer', () => ({ marketing: { choice: 'agree', channels: { email: 'yes' } } }), /"marketing": email: cannot be "yes"/],
    [
      'an agreed channel on a refusal',
      () => ({ marketing: { choice: 'disagree', channels: { email: 'agree' } } }),
      /"marketing": email: cannot be "agree"/,
    ],
    [
      'channels not an object',
      () => ({ marketing: { choice: 'agree', channels: ['email'] } }),
      /"marketing": channels: expected an object/,
    ],
    ['night time where not asked', () => ({ ads: { choice: 'agree', nightTime: 'agree' } }), /"ads": no channel "nightTime"/],
    [
      'night time agreed on a refusal',
      () => ({ marketing: { choice: 'disagree', nightTime: 'agree' } }),
      /"marketing": nightTime: cannot be "agree"/,
    ],
  ];
  it.each(errors)('throws ConsentError for %s and changes nothing', async (_w, choices, msg) => {
    const { c, log } = memory();
    await c.ready;
    expect(() => c.decide({ analytics: 'agree', ...choices() } as any)).toThrow(ConsentError);
    expect(() => c.decide({ analytics: 'agree', ...choices() } as any)).toThrow(msg);
    expect(c.isGranted('analytics')).toBe(false);
    expect(log.change).toEqual([]);
  });

  it('throws for input that is not an object', async () => {
    const { c } = memory();
    await c.ready;
    for (const bad of [null, 'agree', ['analytics'], 3]) expect(() => c.decide(bad as any)).toThrow(ConsentError);
  });

  it('does nothing for an empty decision', async () => {
    const { c, log } = memory();
    await c.ready;
    await c.decide({});
    expect(log.order).toEqual([]);
    expect(c.snapshot().subjectId).toBeUndefined();
  });
});

describe('marketing channels and night-time sending', () => {
  it('grants only the channels answered when agreeing', async () => {
    const { c } = memory();
    await c.decide({ marketing: 'agree' });
    expect(c.isGranted('marketing')).toBe(true);
    for (const ch of ['email', 'sms', 'push', 'nightTime']) expect(c.isGranted('marketing', ch)).toBe(false);
    expect(c.get('marketing')!.channels).toEqual({});
    await c.decide({ marketing: { choice: 'agree', channels: { email: 'agree', sms: 'disagree' }, nightTime: 'agree' } });
    expect(c.isGranted('marketing', 'email')).toBe(true);
    expect(c.isGranted('marketing', 'sms')).toBe(false);
    expect(c.isGranted('marketing', 'push')).toBe(false);
    expect(c.isGranted('marketing', 'nightTime')).toBe(true);
    expect(c.isGranted('marketing', 'fax')).toBe(false);
  });

  it('keeps earlier channel answers when the agreement is renewed', async () => {
    const { c } = memory();
    await c.decide({ marketing: { choice: 'agree', channels: { email: 'agree' }, nightTime: 'agree' } });
    await c.decide({ marketing: { choice: 'agree', channels: { push: 'agree' } } });
    expect(c.get('marketing')!.channels).toEqual({ email: 'agree', push: 'agree' });
    expect(c.get('marketing')!.nightTime).toBe('agree');
  });

  it('refuses every channel and night-time sending when the purpose is refused', async () => {
    const { c } = memory();
    await c.decide({ marketing: { choice: 'agree', channels: { email: 'agree', sms: 'agree' }, nightTime: 'agree' } });
    await c.decide({ marketing: 'disagree' });
    expect(c.get('marketing')).toMatchObject({
      choice: 'disagree',
      channels: { email: 'disagree', sms: 'disagree', push: 'disagree' },
      nightTime: 'disagree',
    });
    // agreeing again does not bring the old channel answers back
    await c.decide({ marketing: 'agree' });
    expect(c.get('marketing')!.channels).toEqual({});
    expect(c.isGranted('marketing', 'email')).toBe(false);
  });

  it('reports channel-only changes as a change of the purpose', async () => {
    const { c, log } = memory();
    await c.decide({ marketing: 'agree' });
    await c.decide({ marketing: { choice: 'agree', channels: { sms: 'agree' } } });
    expect(log.change[1].changed).toEqual(['marketing']);
  });

  it('carries the 2-year reconfirmation date on marketing agreements only', async () => {
    const t = clock();
    const { c } = memory({}, { now: t.now });
    await c.decide({ marketing: 'agree', analytics: 'agree', ads: 'agree' });
    expect(c.get('marketing')!.reconfirmDueAt).toBe(t.now() + 730 * 864e5);
    expect(c.get('analytics')!.reconfirmDueAt).toBeUndefined();
    expect(c.get('ads')!.reconfirmDueAt).toBeUndefined();
    await c.decide({ marketing: 'disagree' });
    expect(c.get('marketing')!.reconfirmDueAt).toBeUndefined();
  });
});

describe('agreeAll, disagreeAll, withdraw', () => {
  it('agreeAll agrees every purpose, channel and night-time sending', async () => {
    const { c, log } = memory();
    await c.agreeAll({ method: 'preferences' });
    expect(c.needsDecision()).toBe(false);
    for (const id of ['terms', ...OPTIONAL]) expect(c.isGranted(id)).toBe(true);
    for (const ch of ['email', 'sms', 'push', 'nightTime']) expect(c.isGranted('marketing', ch)).toBe(true);
    expect(log.decision[0].method).toBe('preferences');
    expect(log.decision[0].changes.map((x) => x.id)).toEqual(['terms', ...OPTIONAL]);
  });

  it('from the banner, agreeAll grants only what the first layer may: provision, transfer and marketing wait for the dialog', async () => {
    const { c, log } = memory();
    await c.agreeAll({ method: 'banner' });
    expect(log.decision[0].changes.map((x) => x.id)).toEqual(['terms', 'analytics', 'ads']);
    for (const id of ['marketing', 'provision', 'overseas']) {
      expect(c.get(id)!.choice).toBeUndefined();
      expect(c.isGranted(id)).toBe(false);
    }
    expect(c.isGranted('marketing', 'email')).toBe(false);
    expect(c.pending()).toEqual(['marketing', 'provision', 'overseas']);
  });

  it('from the banner, agreeAll grants a detailed purpose when the banner shows its details (bannerDetails)', async () => {
    const cfg = config();
    for (const p of cfg.purposes) if (['provision', 'marketing'].includes(p.id)) p.bannerDetails = true;
    const c = createConsent(cfg, { storage: 'memory' });
    await c.agreeAll({ method: 'banner' });
    expect(c.isGranted('provision')).toBe(true);
    expect(c.isGranted('marketing', 'sms')).toBe(true);
    expect(c.isGranted('marketing', 'nightTime')).toBe(true);
    expect(c.isGranted('overseas')).toBe(false);
    expect(c.pending()).toEqual(['overseas']);
    // "required only" from the banner agrees only to required purposes the banner may grant
    const cfg2 = config();
    cfg2.purposes.find((p) => p.id == 'terms')!.kind = 'third_party';
    (cfg2.purposes.find((p) => p.id == 'terms') as any).recipients = cfg2.purposes.find((p) => p.id == 'provision')!.recipients;
    const d = createConsent(cfg2, { storage: 'memory' });
    await d.disagreeAll({ acceptRequired: true, method: 'banner' });
    expect(d.get('terms')!.choice).toBeUndefined();
    await d.disagreeAll({ acceptRequired: true, method: 'preferences' });
    expect(d.isGranted('terms')).toBe(true);
  });

  it('disagreeAll refuses optional purposes and leaves required ones alone', async () => {
    const { c } = memory();
    await c.disagreeAll();
    for (const id of OPTIONAL) expect(c.get(id)!.choice).toBe('disagree');
    expect(c.get('terms')!.choice).toBeUndefined();
    expect(c.pending()).toEqual(['terms']);
  });

  it('disagreeAll({ acceptRequired }) is "required only"', async () => {
    const { c, log } = memory();
    await c.disagreeAll({ acceptRequired: true, method: 'banner' });
    expect(c.isGranted('terms')).toBe(true);
    for (const id of OPTIONAL) expect(c.isGranted(id)).toBe(false);
    expect(c.needsDecision()).toBe(false);
    expect(log.decision[0].method).toBe('banner');
  });

  it('withdraw() withdraws every agreed purpose, the required one included', async () => {
    const t = clock();
    const { c, log } = memory({}, { now: t.now });
    await c.decide({ terms: 'agree', analytics: 'agree', ads: 'disagree', marketing: { choice: 'agree', channels: { email: 'agree' } } });
    t.add(1);
    await c.withdraw();
    const d = log.decision[1];
    expect(d.withdrawal).toBe(true);
    expect(d.changes.map((x) => [x.id, x.from, x.to])).toEqual([
      ['terms', 'agree', undefined],
      ['analytics', 'agree', 'disagree'],
      ['marketing', 'agree', 'disagree'],
    ]);
    expect(c.get('analytics')).toMatchObject({ choice: 'disagree', source: 'withdraw', decidedAt: t.now() });
    expect(c.get('marketing')!.channels).toEqual({ email: 'disagree', sms: 'disagree', push: 'disagree' });
    // a withdrawn required purpose is asked again; withdrawn optional ones are remembered as refusals
    expect(c.get('terms')).toMatchObject({ source: 'withdraw' });
    expect(c.get('terms')!.choice).toBeUndefined();
    expect(c.pending()).toEqual(['terms', 'provision', 'overseas']);
    expect(log.change[1].changed.sort()).toEqual(['analytics', 'marketing', 'terms']);
  });

  it('withdraw(ids) withdraws the given purposes only', async () => {
    const { c } = memory();
    await c.agreeAll();
    await c.withdraw('analytics');
    await c.withdraw(['ads', 'provision'], { method: 'preferences' });
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.isGranted('ads')).toBe(false);
    expect(c.isGranted('provision')).toBe(false);
    expect(c.isGranted('overseas')).toBe(true);
    expect(() => c.withdraw('nope')).toThrow(/unknown purpose "nope"/);
    expect(() => c.withdraw('essential')).toThrow(ConsentError);
  });

  it('withdraw() with nothing agreed does nothing', async () => {
    const { c, log } = memory();
    await c.ready;
    await c.withdraw();
    expect(log.order).toEqual([]);
  });
});

describe('events', () => {
  it('decide waits for async decision listeners before resolving', async () => {
    const { c } = memory();
    const steps: string[] = [];
    c.on('decision', async () => {
      await new Promise((r) => setTimeout(r, 20));
      steps.push('journaled');
    });
    c.on('decision', () => void steps.push('sync listener'));
    await c.decide({ analytics: 'agree' });
    steps.push('resolved');
    expect(steps).toEqual(['sync listener', 'journaled', 'resolved']);
  });

  it('turns a throwing or rejecting listener into an error event, and still resolves', async () => {
    const { c, log } = memory();
    c.on('change', () => {
      throw new Error('boom');
    });
    c.on('decision', () => Promise.reject(new Error('journal full')));
    const seen: string[] = [];
    c.on('decision', () => void seen.push('next listener ran'));
    await expect(c.decide({ analytics: 'agree' })).resolves.toMatchObject({ purposes: { analytics: { choice: 'agree' } } });
    expect(seen).toEqual(['next listener ran']);
    expect(log.error.map((e) => e.code)).toEqual(['listener-failed', 'listener-failed']);
    expect(log.error[0].message).toContain('boom');
    expect(log.error[1].message).toContain('journal full');
    expect(c.isGranted('analytics')).toBe(true);
  });

  it('survives a throwing error listener', async () => {
    const { c } = memory();
    c.on('error', () => {
      throw new Error('nested');
    });
    c.on('change', () => {
      throw new Error('boom');
    });
    await expect(c.decide({ analytics: 'agree' })).resolves.toBeDefined();
  });

  it('on() returns an unsubscribe function', async () => {
    const { c } = memory();
    let n = 0;
    const off = c.on('change', () => void n++);
    await c.decide({ analytics: 'agree' });
    off();
    await c.decide({ analytics: 'disagree' });
    expect(n).toBe(1);
  });

  it('picks the locale of decisions made without one from the config languages', async () => {
    const { c, log } = memory({ locale: 'en' });
    await c.decide({ analytics: 'agree' });
    expect(log.decision[0].locale).toBe('en');
    const k = memory({ locale: 'ko-KR' });
    await k.c.decide({ analytics: 'agree' });
    expect(k.log.decision[0].locale).toBe('ko');
  });
});

describe('reset and destroy', () => {
  it('reset forgets everything, the subject id included', async () => {
    const { c, log } = memory();
    const first = (await c.agreeAll()).subjectId;
    await c.reset();
    expect(c.needsDecision()).toBe(true);
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.snapshot().subjectId).toBeUndefined();
    expect(log.change.at(-1)).toMatchObject({ origin: 'local' });
    expect(log.change.at(-1)!.changed).toContain('analytics');
    const second = (await c.decide({ analytics: 'agree' })).subjectId;
    expect(second).not.toBe(first);
  });

  it('works with a config given as parsed JSON', () => {
    const c = createConsent(JSON.parse(JSON.stringify(config())), { storage: 'memory' });
    record(c);
    expect(c.config.purposes).toHaveLength(7);
  });
});
