import { describe, it, expect } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { createConsent } from '../../src/core';
import type { DecisionEvent, Transfer } from '../../src/core/types';
import { buildReceipt } from '../../src/receipts/build';
import { sha256Hex } from '../../src/receipts/canonical';
import { noticeText, processorsText } from '../../src/receipts/notice';
import type { Receipt } from '../../src/receipts/types';
import { repoJson, shopConfig } from './fixtures';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile<Receipt>(repoJson('src/receipts/receipt.schema.json'));
const valid = (r: unknown) => expect(validate(r), JSON.stringify(validate.errors)).toBe(true);

const processors = [
  { name: { ko: '(주)나무클라우드', en: 'Namu Cloud Co.' }, task: { ko: '서버 운영', en: 'Running servers' }, contact: 'dpo@namu.example' },
  { name: 'Mail Co.', task: { ko: '메일 발송', en: 'Sending e-mail' }, country: { ko: '미국', en: 'United States' } },
];

function setup(over = {}) {
  const t = Date.UTC(2026, 2, 2, 10, 0, 0);
  const consent = createConsent(shopConfig(over), { storage: 'memory', now: () => t, crossTab: false });
  const events: DecisionEvent[] = [];
  consent.on('decision', (e) => void events.push(e));
  return { consent, events };
}

describe('the receipt carries the processors notice (PIPA 26)', () => {
  it('names and the hash of the exact notice text, in the locale shown; absent without processors', async () => {
    const { consent, events } = setup({ processors });
    await consent.decide({ stats: 'agree' }, { locale: 'ko' });
    const r = await buildReceipt(events[0], consent.config, { prev: null });
    valid(r);
    expect(r.processors).toEqual({
      names: ['(주)나무클라우드', 'Mail Co.'],
      noticeHash: await sha256Hex(processorsText(processors, 'ko')),
    });
    expect(processorsText(processors, 'en')).toBe(
      '{"format":"consentry.processors/1","processors":[{"contact":"dpo@namu.example","name":"Namu Cloud Co.","task":"Running servers"},{"country":"United States","name":"Mail Co.","task":"Sending e-mail"}]}',
    );
    // a change to the processors changes the hash
    expect(processorsText([processors[0]], 'ko')).not.toBe(processorsText(processors, 'ko'));
    const plain = setup();
    await plain.consent.decide({ stats: 'agree' });
    expect((await buildReceipt(plain.events[0], plain.consent.config, { prev: null })).processors).toBeUndefined();
  });
});

describe('the receipt carries the marketing result (Network Act 50⑦)', () => {
  it('sender, the date it was expressed, the result per channel; a withdrawal', async () => {
    const { consent, events } = setup();
    await consent.decide(
      { news: { choice: 'agree', channels: { email: 'agree', sms: 'disagree' }, nightTime: 'disagree' } },
      { locale: 'en' },
    );
    await consent.withdraw('news', { locale: 'ko' });
    const a = await buildReceipt(events[0], consent.config, { prev: null });
    valid(a);
    expect(a.marketingResult).toEqual({
      sender: 'Hanbit Store',
      at: '2026-03-02T10:00:00.000Z',
      purposes: [{ id: 'news', choice: 'given', channels: { email: 'given', sms: 'refused' }, nightTime: 'refused' }],
    });
    const w = await buildReceipt(events[1], consent.config, { prev: a.hash, prevTimestamp: a.timestamp });
    valid(w);
    expect(w.marketingResult).toEqual({
      sender: '한빛상점',
      at: '2026-03-02T10:00:00.000Z',
      purposes: [{ id: 'news', choice: 'withdrawn', channels: { email: 'withdrawn' } }],
    });
    // a decision without marketing changes carries none
    await consent.decide({ stats: 'agree' });
    expect((await buildReceipt(events[2], consent.config, { prev: w.hash, prevTimestamp: w.timestamp })).marketingResult).toBeUndefined();
  });

  it('the schema refuses a malformed result', () => {
    const base = { sender: 'x', at: '2026-03-02T10:00:00.000Z', purposes: [{ id: 'news', channels: { email: 'given' } }] };
    const receipt = (m: unknown) => ({
      schema: 'consentry.receipt/1',
      id: '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
      subjectId: 'sub_4J9kQ2mX7pLw',
      timestamp: '2026-03-01T09:30:00.000Z',
      method: 'banner',
      locale: 'ko',
      controller: { name: 'x', contact: 'y', jurisdiction: 'KR' },
      policy: { version: '1', url: '/p' },
      purposes: [],
      gpc: false,
      sdk: { name: 'consentry', version: '0.1.0' },
      prev: null,
      hash: 'a'.repeat(64),
      marketingResult: m,
    });
    expect(validate(receipt(base))).toBe(true);
    for (const bad of [
      { ...base, at: 'yesterday' },
      { ...base, purposes: [{ id: 'news', channels: { email: 'maybe' } }] },
      { ...base, extra: 1 },
      { sender: 'x', at: base.at },
    ])
      expect(validate(receipt(bad))).toBe(false);
  });
});

describe('transfer lists in the notice', () => {
  it('one receiving party hashes as a single transfer did; several are a list', () => {
    const cfg = shopConfig();
    const cloud = cfg.purposes.find((p) => p.id == 'cloud')!;
    const one = noticeText(cloud, 'ko');
    const x = cloud.transfer as Transfer;
    expect(noticeText({ ...cloud, transfer: [x] }, 'ko')).toBe(one);
    const two = noticeText({ ...cloud, transfer: [x, { ...x, country: { ko: '일본', en: 'Japan' } }] }, 'ko');
    expect(two).toContain('"transfer":[{');
    expect(two).toContain('일본');
  });
});
