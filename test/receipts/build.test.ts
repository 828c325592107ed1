import { describe, it, expect, beforeAll, vi } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { createConsent } from '../../src/core';
import type { Consent, DecisionEvent } from '../../src/core/types';
import { createHash, createHmac } from 'node:crypto';
import { buildReceipt, buildReceiptSync, guardianHash, receiptState } from '../../src/receipts/build';
import { hmacSha256HexSync, sha256Hex } from '../../src/receipts/canonical';
import { hashReceipt, verifyChain } from '../../src/receipts/chain';
import { noticeHash, noticeText } from '../../src/receipts/notice';
import type { Receipt } from '../../src/receipts/types';
import { VERSION } from '../../src/core/version';
import { repoJson, shopConfig } from './fixtures';

const schema = repoJson('src/receipts/receipt.schema.json');
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile<Receipt>(schema);

function valid(r: unknown): void {
  const ok = validate(r);
  expect(ok, JSON.stringify(validate.errors)).toBe(true);
}

const DAY = 86_400_000;

/** A consent instance (memory storage) with a movable clock, and every decision event it emits. */
function setup(opts: { gpc?: boolean; start?: number } = {}) {
  let t = opts.start ?? Date.UTC(2026, 2, 2, 10, 0, 0);
  const consent = createConsent(shopConfig(), {
    storage: 'memory',
    now: () => t,
    globalPrivacyControl: opts.gpc ?? false,
    crossTab: false,
  });
  const events: DecisionEvent[] = [];
  consent.on('decision', (e) => void events.push(e));
  return { consent, events, advance: (ms: number) => (t += ms) };
}

/** Receipts for `events`, chained, as createReceipts would build them. */
async function chain(consent: Consent, events: DecisionEvent[]): Promise<Receipt[]> {
  const out: Receipt[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    out.push(
      await buildReceipt(e, consent.config, {
        prev: last ? last.hash : null,
        prevTimestamp: last?.timestamp,
        baseUrl: 'https://shop.example/cart',
      }),
    );
  }
  return out;
}

const byId = (r: Receipt, id: string) => r.purposes.find((p) => p.id === id)!;

describe('receipts for every kind of event', () => {
  it('agree (banner): given per purpose, channels, night time, reconfirm date, fields of the contract', async () => {
    const { consent, events } = setup();
    await consent.agreeAll({ method: 'banner', locale: 'ko' });
    const [r] = await chain(consent, events);
    valid(r);
    expect(r.schema).toBe('consentry.receipt/1');
    expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.subjectId).toBe(consent.snapshot().subjectId);
    expect(r.method).toBe('banner');
    expect(r.locale).toBe('ko');
    expect(r.timestamp).toBe('2026-03-02T10:00:00.000Z');
    expect(r.controller).toEqual({ name: '한빛상점', contact: 'privacy@hanbit.example', jurisdiction: 'KR' });
    expect(r.policy).toEqual({ version: '2026-03', url: 'https://shop.example/privacy' });
    expect(r.sdk).toEqual({ name: 'consentry', version: VERSION });
    expect(r.gpc).toBe(false);
    expect(r.prev).toBeNull();
    expect(r.hash).toBe(await hashReceipt(r));
    expect(r.purposes.map((p) => [p.id, p.state, p.necessity, p.kind])).toEqual([
      ['account', 'given', 'required', 'service'],
      ['stats', 'given', 'optional', 'analytics'],
      ['news', 'given', 'optional', 'marketing'],
      ['ads', 'given', 'optional', 'advertising'],
      ['courier', 'given', 'optional', 'third_party'],
      ['cloud', 'given', 'optional', 'overseas_transfer'],
      ['health', 'given', 'optional', 'sensitive'],
    ]);
    expect(byId(r, 'stats').version).toBe('2');
    expect(byId(r, 'stats').title).toBe('방문 통계');
    const news = byId(r, 'news');
    expect(news.channels).toEqual({ email: 'given', sms: 'given' });
    expect(news.nightTime).toBe('given');
    // Network Act 50⑧: two years (730 days) from the consent date
    expect(news.reconfirmDueAt).toBe(new Date(Date.UTC(2026, 2, 2, 10) + 730 * DAY).toISOString());
    expect(byId(r, 'stats').channels).toBeUndefined();
    expect(r.guardian).toBeUndefined();
  });

  it('disagree: refused, and marketing channels refused with it', async () => {
    const { consent, events } = setup();
    await consent.disagreeAll({ method: 'banner', acceptRequired: true });
    const [r] = await chain(consent, events);
    valid(r);
    expect(byId(r, 'account').state).toBe('given');
    for (const id of ['stats', 'news', 'ads', 'courier', 'cloud', 'health']) expect(byId(r, id).state).toBe('refused');
    expect(byId(r, 'news').reconfirmDueAt).toBeUndefined();
    expect(byId(r, 'news').channels).toEqual({ email: 'refused', sms: 'refused' });
  });

  it('per-channel answers: only answered channels, each as answered', async () => {
    const { consent, events } = setup();
    await consent.decide(
      { account: 'agree', news: { choice: 'agree', channels: { email: 'agree', sms: 'disagree' }, nightTime: 'disagree' } },
      { method: 'form', locale: 'en' },
    );
    const [r] = await chain(consent, events);
    valid(r);
    expect(r.method).toBe('form');
    expect(r.locale).toBe('en');
    expect(r.controller.name).toBe('Hanbit Store');
    expect(byId(r, 'news')).toMatchObject({
      state: 'given',
      title: 'Deals and news',
      channels: { email: 'given', sms: 'refused' },
      nightTime: 'refused',
    });
    expect(r.purposes.map((p) => p.id)).toEqual(['account', 'news']);
  });

  it('withdraw: withdrawn, chained to the agreement before it', async () => {
    const { consent, events, advance } = setup();
    await consent.agreeAll({ method: 'banner' });
    advance(60_000);
    await consent.withdraw('news', { method: 'preferences' });
    const [a, w] = await chain(consent, events);
    valid(w);
    expect(w.method).toBe('preferences');
    expect(w.purposes.map((p) => [p.id, p.state])).toEqual([['news', 'withdrawn']]);
    expect(byId(w, 'news').channels).toEqual({ email: 'refused', sms: 'refused' });
    expect(w.prev).toBe(a.hash);
    expect((await verifyChain([a, w])).ok).toBe(true);
  });

  it('agree → disagree in the preferences is a withdrawal too', async () => {
    const { consent, events } = setup();
    await consent.agreeAll({ method: 'banner' });
    await consent.decide({ stats: 'disagree' }, { method: 'preferences' });
    const [, r] = await chain(consent, events);
    expect(byId(r, 'stats').state).toBe('withdrawn');
  });

  it('expiry: expired, method expiry, when the consent period has run out', async () => {
    const { consent, events, advance } = setup();
    await consent.decide({ account: 'agree', stats: 'agree' }, { method: 'banner' });
    // analytics kinds expire after 395 days; the required service item does not expire by time
    advance(396 * DAY);
    consent.needsDecision();
    // wait for the event itself, not a fixed time
    await vi.waitFor(() =>
      expect(
        events.find((e) => e.method === 'expiry'),
        'the core emits a decision with method expiry',
      ).toBeTruthy(),
    );
    // exactly one expiry, and only for the purpose whose period ran out (checked below)
    expect(events.filter((e) => e.method === 'expiry')).toHaveLength(1);
    const list = await chain(consent, events);
    const r = list[list.length - 1];
    valid(r);
    expect(r.method).toBe('expiry');
    expect(r.purposes.map((p) => p.state)).toEqual(r.purposes.map(() => 'expired'));
    expect(r.purposes.map((p) => p.id)).toEqual(['stats']);
  });

  it('GPC: refused with method gpc and gpc: true', async () => {
    const { consent, events } = setup({ gpc: true });
    await vi.waitFor(() =>
      expect(
        events.find((x) => x.method === 'gpc'),
        'the core emits a decision with method gpc',
      ).toBeTruthy(),
    );
    const e = events.find((x) => x.method === 'gpc');
    const r = await buildReceipt(e!, consent.config, { prev: null });
    valid(r);
    expect(r.gpc).toBe(true);
    expect(r.method).toBe('gpc');
    expect(byId(r, 'ads').state).toBe('refused');
    expect(r.purposes.every((p) => p.state === 'refused')).toBe(true);
  });

  it('guardian: method guardian, every purpose with its choice, name and contact only as HMAC under the subject secret', async () => {
    const { consent, events } = setup();
    const secret = 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I';
    const hmac = (v: string) => createHmac('sha256', Buffer.from(secret, 'utf8')).update(Buffer.from(v, 'utf8')).digest('hex');
    consent.setAgeGroup('child');
    await consent.recordGuardian(
      { name: ' 김보호 ', contact: '010-1234-5678', method: 'sms', verified: true, verifiedAt: Date.UTC(2026, 2, 2, 9, 59) },
      { account: 'agree', stats: 'agree', news: { choice: 'agree', channels: { email: 'agree', sms: 'disagree' }, nightTime: 'disagree' } },
    );
    const e = events[events.length - 1];
    const r = await buildReceipt(e, consent.config, { prev: null, secret });
    valid(r);
    expect(r.method).toBe('guardian');
    expect(r.purposes.map((p) => [p.id, p.state])).toEqual([
      ['account', 'given'],
      ['stats', 'given'],
      ['news', 'given'],
      ['ads', 'refused'],
      ['courier', 'refused'],
      ['cloud', 'refused'],
      ['health', 'refused'],
    ]);
    expect(byId(r, 'news').channels).toEqual({ email: 'given', sms: 'refused' });
    expect(r.guardian).toEqual({
      method: 'sms',
      verified: true,
      verifiedAt: '2026-03-02T09:59:00.000Z',
      // trimmed and NFC: no other normalisation (the collector checks the same HMAC of what it receives)
      nameHash: hmac('김보호'),
      contactHash: hmac('010-1234-5678'),
    });
    expect(r.subjectKeyHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(r)).not.toContain('김보호');
    expect(JSON.stringify(r)).not.toContain('1234');
    // the details as the contract's event carries them (a core that keeps no name in its snapshot)
    const { name: _n, contact: _c, ...kept } = e.snapshot.guardian as unknown as Record<string, unknown>;
    const contract = {
      ...e,
      guardian: { name: '김보호', contact: '010-1234-5678', method: 'pass', verifiedAt: Date.UTC(2026, 2, 2, 9, 58), verified: true },
      snapshot: { ...e.snapshot, guardian: kept },
    } as unknown as DecisionEvent;
    const c = await buildReceipt(contract, consent.config, { prev: null, secret });
    expect(c.guardian).toEqual({
      method: 'pass',
      verified: true,
      verifiedAt: '2026-03-02T09:58:00.000Z',
      nameHash: hmac('김보호'),
      contactHash: hmac('010-1234-5678'),
    });
    // without the secret: no hashes, no key registration
    const bare = await buildReceipt(contract, consent.config, { prev: null });
    expect(bare.guardian).toEqual({ method: 'pass', verified: true, verifiedAt: '2026-03-02T09:58:00.000Z' });
    expect(bare.subjectKeyHash).toBeUndefined();
    // later receipts of the child carry the guardian's method and date, no hashes, and no key hash (prev is set)
    await consent.decide({ account: 'agree' }, { method: 'form' });
    const later = await buildReceipt(
      { ...events[events.length - 1], snapshot: { ...events[events.length - 1].snapshot, guardian: kept } } as unknown as DecisionEvent,
      consent.config,
      { prev: r.hash, prevTimestamp: r.timestamp, secret },
    );
    valid(later);
    expect(later.guardian).toEqual({ method: 'sms', verified: true, verifiedAt: '2026-03-02T09:59:00.000Z' });
    expect(later.subjectKeyHash).toBeUndefined();
  });

  it('placeholder: the method of a decision made on a blocked embed', async () => {
    const { consent, events } = setup();
    await consent.decide({ ads: 'agree' }, { method: 'placeholder' });
    const r = await buildReceipt(events[0], consent.config, { prev: null });
    valid(r);
    expect(r.method).toBe('placeholder');
    expect(r.purposes).toMatchObject([{ id: 'ads', state: 'given' }]);
  });

  it('api: the default method', async () => {
    const { consent, events } = setup();
    await consent.decide({ account: 'agree' });
    const r = await buildReceipt(events[0], consent.config, { prev: null });
    expect(r.method).toBe('api');
  });
});

describe('chain building', () => {
  it('timestamps strictly increase per subject, even for decisions in the same millisecond', async () => {
    const { consent, events } = setup();
    await consent.decide({ account: 'agree' });
    await consent.decide({ stats: 'agree' });
    await consent.decide({ stats: 'disagree' });
    const list = await chain(consent, events);
    expect(new Set(list.map((r) => r.timestamp)).size).toBe(3);
    expect(list.map((r) => r.timestamp)).toEqual(
      list
        .map((r) => r.timestamp)
        .slice()
        .sort(),
    );
    expect((await verifyChain(list)).ok).toBe(true);
  });

  it('the async build takes its hashes from SubtleCrypto and makes the same receipt as the synchronous one', async () => {
    const { consent, events } = setup();
    await consent.decide({ account: 'agree', stats: 'agree', ads: 'agree' });
    consent.setAgeGroup('child');
    await consent.recordGuardian(
      { name: ' 김보호 ', contact: '010-1234-5678', method: 'sms', verified: true, verifiedAt: Date.UTC(2026, 2, 2, 9, 59) },
      { account: 'agree', stats: 'disagree' },
    );
    const ctx = { prev: null, id: '6f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b', secret: 'c2VjcmV0', baseUrl: 'https://shop.example/' };
    const digest = vi.spyOn(globalThis.crypto.subtle, 'digest');
    try {
      for (const e of events) {
        digest.mockClear();
        const r = await buildReceipt(e, consent.config, ctx);
        expect(r).toEqual(buildReceiptSync(e, consent.config, ctx));
        valid(r);
        // every notice hash, the processors notice, the subject key hash and the receipt's own hash
        const hashed = r.purposes.length + (r.processors ? 1 : 0) + (r.subjectKeyHash ? 1 : 0) + 1;
        expect(digest).toHaveBeenCalledTimes(hashed);
        expect(await hashReceipt(r)).toBe(r.hash);
      }
    } finally {
      digest.mockRestore();
    }
  });

  it('a SubtleCrypto digest that fails falls back to the script hash: the same receipt, no error', async () => {
    const { consent, events } = setup();
    await consent.decide({ account: 'agree', stats: 'agree' });
    const ctx = { prev: null, id: '6f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b', secret: 'c2VjcmV0' };
    const digest = vi.spyOn(globalThis.crypto.subtle, 'digest').mockRejectedValue(new DOMException('no', 'OperationError'));
    try {
      const r = await buildReceipt(events[0], consent.config, ctx);
      expect(digest).toHaveBeenCalled();
      expect(r).toEqual(buildReceiptSync(events[0], consent.config, ctx));
    } finally {
      digest.mockRestore();
    }
  });

  it('a relative policy URL stays as configured without a base URL, and bad locales become und', async () => {
    const { consent, events } = setup();
    await consent.decide({ account: 'agree' });
    const r = await buildReceipt({ ...events[0], locale: '<script>' }, consent.config, { prev: null });
    valid(r);
    expect(r.policy.url).toBe('/privacy');
    expect(r.locale).toBe('und');
  });

  it('a purpose the config no longer has is still recorded', async () => {
    const { consent, events } = setup();
    await consent.decide({ account: 'agree' });
    const e = { ...events[0], changes: [{ ...events[0].changes[0], id: 'gone' }] };
    const r = await buildReceipt(e, consent.config, { prev: null });
    valid(r);
    expect(r.purposes[0]).toMatchObject({ id: 'gone', title: 'gone', state: 'given' });
  });
});

describe('receiptState', () => {
  const state = { id: 'x', version: '1' };
  it('maps answers, withdrawal and expiry', () => {
    expect(receiptState({ id: 'x', to: 'agree', state }, { method: 'banner', withdrawal: false })).toBe('given');
    expect(receiptState({ id: 'x', to: 'disagree', state }, { method: 'banner', withdrawal: false })).toBe('refused');
    expect(receiptState({ id: 'x', from: 'agree', to: 'disagree', state }, { method: 'preferences', withdrawal: false })).toBe('withdrawn');
    expect(receiptState({ id: 'x', from: 'agree', state }, { method: 'api', withdrawal: true })).toBe('withdrawn');
    expect(receiptState({ id: 'x', from: 'agree', state }, { method: 'expiry', withdrawal: false })).toBe('expired');
    expect(receiptState({ id: 'x', from: 'disagree', state }, { method: 'expiry', withdrawal: false })).toBe('expired');
  });
});

describe('notice text and hash', () => {
  const p = shopConfig().purposes.find((x) => x.id === 'cloud')!;
  it('is the canonical JSON of the localised disclosures, in the locale shown', () => {
    const ko = JSON.parse(noticeText(p, 'ko'));
    expect(ko).toEqual({
      format: 'consentry.notice/1',
      title: '해외 클라우드 보관',
      refusal: '거부하면 국내 서버에만 보관합니다',
      transfer: {
        country: '미국',
        recipient: '클라우드 사업자',
        contact: 'dpo@cloudhost.example',
        timing: '주문 시 즉시',
        method: '네트워크 전송',
        purpose: '주문 데이터 보관',
        items: ['주문 내역'],
        retention: '5년',
      },
    });
    expect(JSON.parse(noticeText(p, 'en-US')).title).toBe('Storage in an overseas cloud');
  });
  it('differs per locale and per text change, and is stable', async () => {
    expect(await noticeHash(p, 'ko')).not.toBe(await noticeHash(p, 'en'));
    expect(await noticeHash(p, 'ko')).toBe(await noticeHash(p, 'ko-KR'));
    expect(await noticeHash({ ...p, refusal: { ko: '다른 문구', en: 'x' } }, 'ko')).not.toBe(await noticeHash(p, 'ko'));
    expect(await noticeHash({ id: 'a', necessity: 'optional', kind: 'analytics', title: 'Stats' }, 'en')).toBe(
      await sha256Hex('{"format":"consentry.notice/1","title":"Stats"}'),
    );
  });
});

describe('hmacSha256HexSync', () => {
  it('is HMAC-SHA256 as node:crypto computes it (short and long keys, empty and Unicode messages)', () => {
    for (const [key, msg] of [
      ['k', ''],
      ['secret', '김보호'],
      ['x'.repeat(64), 'a'],
      ['y'.repeat(200), 'é\u0301'],
      ['', 'm'.repeat(1000)],
    ])
      expect(hmacSha256HexSync(key, msg)).toBe(
        createHmac('sha256', Buffer.from(key, 'utf8')).update(Buffer.from(msg, 'utf8')).digest('hex'),
      );
  });
  it('guardianHash trims and NFC-normalises the value first', () => {
    expect(guardianHash('s', ' e\u0301 ')).toBe(hmacSha256HexSync('s', '\u00e9'));
  });
});

describe('receipt.schema.json refuses hostile or broken receipts', () => {
  let good: Receipt;
  beforeAll(async () => {
    const { consent, events } = setup();
    await consent.agreeAll({ method: 'banner' });
    [good] = await chain(consent, events);
  });
  const bad: [string, (r: any) => void][] = [
    ['an unknown field', (r) => (r.extra = 1)],
    ['an unknown purpose field', (r) => (r.purposes[0].note = 'x')],
    ['a non-v4 id', (r) => (r.id = '3f1c2a9e-5b7d-1e8f-9a0b-1c2d3e4f5a6b')],
    ['an upper-case hash', (r) => (r.hash = r.hash.toUpperCase())],
    ['a short prev', (r) => (r.prev = 'abc')],
    ['a timestamp with an offset', (r) => (r.timestamp = '2026-03-02T19:00:00+09:00')],
    ['a state outside the list', (r) => (r.purposes[0].state = 'maybe')],
    ['a method outside the list', (r) => (r.method = 'telepathy')],
    ['a javascript: policy URL', (r) => (r.policy.url = ' JavaScript:alert(1)')],
    ['a huge title', (r) => (r.purposes[0].title = 'x'.repeat(501))],
    ['too many purposes', (r) => (r.purposes = Array(201).fill(r.purposes[0]))],
    ['a missing hash', (r) => delete r.hash],
    ['a missing sdk', (r) => delete r.sdk],
    ['gpc as a string', (r) => (r.gpc = 'true')],
    ['a channel state of "agree"', (r) => (r.purposes[2].channels.email = 'agree')],
    ['a bad subject id', (r) => (r.subjectId = '<img src=x>')],
    ['a wrong schema tag', (r) => (r.schema = 'consentry.receipt/2')],
  ];
  for (const [what, edit] of bad) {
    it(`refuses ${what}`, () => {
      const r = structuredClone(good);
      edit(r);
      expect(validate(r)).toBe(false);
    });
  }
});
