import { describe, it, expect } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { createConsent } from '../../src/core';
import type { DecisionEvent } from '../../src/core/types';
import { buildReceipt } from '../../src/receipts/build';
import { exportReceipts } from '../../src/receipts/export';
import { toIso27560 } from '../../src/receipts/iso27560';
import { toKantara } from '../../src/receipts/kantara';
import type { Receipt } from '../../src/receipts/types';
import { repoJson, shopConfig } from './fixtures';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const kantaraSchema = ajv.compile(repoJson('src/receipts/kantara.schema.json'));
const receiptSchema = ajv.compile(repoJson('src/receipts/receipt.schema.json'));

/** A visitor's history: agree to all, refuse stats, withdraw marketing, then a guardian answers for the child. */
async function history() {
  let t = Date.UTC(2026, 4, 1, 3, 0, 0, 250);
  const config = shopConfig();
  const consent = createConsent(config, { storage: 'memory', now: () => t, crossTab: false });
  const events: DecisionEvent[] = [];
  consent.on('decision', (e) => void events.push(e));
  await consent.agreeAll({ method: 'banner', locale: 'ko' });
  t += 1000;
  await consent.decide({ stats: 'disagree' }, { method: 'preferences', locale: 'en' });
  t += 1000;
  await consent.withdraw('news', { method: 'preferences', locale: 'en' });
  t += 1000;
  consent.setAgeGroup('child');
  await consent.recordGuardian(
    { name: 'Kim', contact: 'kim@example.com', method: 'card', verified: true },
    { account: 'agree', ads: 'agree', courier: 'agree', cloud: 'agree', health: 'agree' },
  );
  const receipts: Receipt[] = [];
  for (const e of events) {
    const last = receipts[receipts.length - 1];
    receipts.push(
      await buildReceipt(e, consent.config, {
        prev: last ? last.hash : null,
        prevTimestamp: last?.timestamp,
        baseUrl: 'https://shop.example/',
      }),
    );
  }
  return { consent, receipts };
}

describe('Kantara Consent Receipt v1.1', () => {
  it('validates against kantara.schema.json, one receipt per decision that gives consent', async () => {
    const { consent, receipts } = await history();
    const k = toKantara(receipts, consent.config);
    // the refusal and the withdrawal give nothing; the banner and the guardian's confirmation give consent
    expect(k.map((x) => x.consentReceiptID)).toEqual([receipts[0].id, receipts[3].id]);
    expect(k[1].services[0].purposes).toHaveLength(5);
    expect(k[1].collectionMethod).toMatch(/^guardian consent form/);
    for (const r of k) expect(kantaraSchema(r), JSON.stringify(kantaraSchema.errors)).toBe(true);
    const r = k[0];
    expect(r.version).toBe('KI-CR-v1.1.0');
    expect(r.consentTimestamp).toBe(Math.floor(Date.UTC(2026, 4, 1, 3, 0, 0) / 1000));
    expect(Number.isInteger(r.consentTimestamp)).toBe(true);
    expect(r.consentReceiptID).toBe(receipts[0].id);
    expect(r.piiPrincipalId).toBe(receipts[0].subjectId);
    expect(r.jurisdiction).toBe('KR');
    expect(r.language).toBe('ko');
    expect(r.policyUrl).toBe('https://shop.example/privacy');
    expect(r.collectionMethod).toMatch(/^web consent banner \(consentry \d+\.\d+\.\d+\)$/);
    expect(r.piiControllers).toEqual([
      {
        piiController: '한빛상점',
        contact: 'privacy@hanbit.example',
        address: { streetAddress: '서울시 중구 세종대로 1', addressCountry: 'KR' },
        email: 'privacy@hanbit.example',
        phone: '+82-2-555-0100',
      },
    ]);
    const purposes = r.services[0].purposes;
    expect(purposes).toHaveLength(7);
    expect(purposes[0]).toEqual({
      purpose: '로그인과 주문 내역 관리',
      purposeCategory: ['1 - Core Function'],
      consentType: 'EXPLICIT',
      piiCategory: ['아이디', '비밀번호 해시'],
      primaryPurpose: true,
      termination: '회원 탈퇴 시까지',
      thirdPartyDisclosure: false,
    });
    expect(purposes.find((p) => p.purpose === '배송' || p.thirdPartyName === '빠른택배')).toMatchObject({
      thirdPartyDisclosure: true,
      thirdPartyName: '빠른택배',
    });
    expect(purposes.some((p) => p.thirdPartyName === '클라우드 사업자')).toBe(true);
    // a sensitive purpose was given: sensitive + its categories
    expect(r.sensitive).toBe(true);
    expect(r.spiCat).toEqual(['알레르기 정보']);
  });

  it('only given purposes go in', async () => {
    const { receipts } = await history();
    const mixed: Receipt = { ...receipts[0], purposes: receipts[0].purposes.map((p, i) => ({ ...p, state: i % 2 ? 'refused' : 'given' })) };
    const [k] = toKantara([mixed]);
    expect(k.services[0].purposes).toHaveLength(mixed.purposes.filter((p) => p.state === 'given').length);
  });

  it('works without the config (as the collector calls it) and still validates', async () => {
    const { receipts } = await history();
    const k = toKantara(receipts);
    expect(k).toHaveLength(2);
    expect(kantaraSchema(k[0]), JSON.stringify(kantaraSchema.errors)).toBe(true);
    expect(k[0].services[0].purposes[0].purpose).toBe('회원 계정 운영'); // falls back to the title
    expect(k[0].piiControllers[0].email).toBe('privacy@hanbit.example'); // from the contact
  });

  it('the schema catches milliseconds, a wrong version and a missing third-party name', () => {
    const base = {
      version: 'KI-CR-v1.1.0',
      jurisdiction: 'KR',
      consentTimestamp: 1777777777,
      collectionMethod: 'x',
      consentReceiptID: 'id',
      piiPrincipalId: 'p',
      piiControllers: [{ piiController: 'c', contact: 'c', address: {}, email: '', phone: '' }],
      policyUrl: 'https://x/p',
      services: [
        {
          service: 's',
          purposes: [
            {
              purpose: 'p',
              purposeCategory: ['6 - Marketing'],
              consentType: 'EXPLICIT',
              piiCategory: ['x'],
              termination: 't',
              thirdPartyDisclosure: false,
            },
          ],
        },
      ],
      sensitive: false,
    };
    expect(kantaraSchema(base)).toBe(true);
    expect(kantaraSchema({ ...base, consentTimestamp: 1777777777000 })).toBe(false);
    expect(kantaraSchema({ ...base, version: 'KI-CR-v1.0.0' })).toBe(false);
    expect(kantaraSchema({ ...base, sensitive: true })).toBe(false);
    const tp = structuredClone(base);
    (tp.services[0].purposes[0] as any).thirdPartyDisclosure = true;
    expect(kantaraSchema(tp)).toBe(false);
    expect(kantaraSchema({ ...base, services: [] })).toBe(false);
  });
});

describe('ISO/IEC TS 27560 / DPV JSON-LD', () => {
  it('has every state, with DPV statuses, necessity and the notice hash', async () => {
    const { consent, receipts } = await history();
    const doc = toIso27560(receipts, consent.config);
    expect(doc['@context']).toMatchObject({ dpv: 'https://w3id.org/dpv#', dct: 'http://purl.org/dc/terms/' });
    const g = doc['@graph'] as any[];
    // 7 given + 1 refused + 1 withdrawn + 7 confirmed by the guardian
    expect(g).toHaveLength(16);
    const status = g
      .filter((x) => x['dpv:hasConsentStatus'])
      .map((x) => [x['dpv:hasPurpose']['dct:identifier'], x['dpv:hasConsentStatus']['@type']]);
    expect(status).toContainEqual(['stats', 'dpv:ConsentGiven']);
    expect(status).toContainEqual(['stats', 'dpv:ConsentRefused']);
    expect(status).toContainEqual(['news', 'dpv:ConsentWithdrawn']);
    const first = g[0];
    expect(first).toMatchObject({
      '@type': 'dpv:ConsentRecord',
      'dct:identifier': `${receipts[0].id}#account`,
      'dpv:hasDataSubject': { 'dct:identifier': receipts[0].subjectId },
      'dpv:hasDataController': { 'dpv:hasName': '한빛상점', 'dpv:hasContact': 'privacy@hanbit.example' },
      'dpv:hasJurisdiction': 'loc:KR',
      'dct:language': 'ko',
      'dpv:hasNecessity': 'dpv:Required',
      'dct:date': receipts[0].timestamp,
      'dpv:hasPersonalData': ['아이디', '비밀번호 해시'],
      'consentry:hash': receipts[0].hash,
      'consentry:prev': null,
    });
    // a required service item does not expire by time: no validity period
    expect(first['dct:valid']).toBeUndefined();
    expect(
      g.find((x) => x['dpv:hasPurpose']?.['dct:identifier'] === 'stats' && x['dpv:hasConsentStatus']['@type'] === 'dpv:ConsentGiven')[
        'dct:valid'
      ],
    ).toBe('P395D');
    expect(first['dpv:hasNotice']).toEqual({
      '@type': 'dpv:ConsentNotice',
      'dct:hasVersion': '2026-03',
      'dct:source': 'https://shop.example/privacy',
      'consentry:noticeHash': receipts[0].purposes[0].noticeHash,
    });
    expect(
      g.find((x) => x['dpv:hasPurpose']?.['dct:identifier'] === 'stats' && x['dpv:hasConsentStatus']['@type'] === 'dpv:ConsentRefused')[
        'dct:valid'
      ],
    ).toBe('P182D');
    expect(g.find((x) => x['dpv:hasPurpose']?.['dct:identifier'] === 'courier')['dpv:hasRecipient']).toEqual([
      { '@type': 'dpv:ThirdParty', 'dpv:hasName': '빠른택배' },
    ]);
    const news = g.find(
      (x) => x['dpv:hasPurpose']?.['dct:identifier'] === 'news' && x['dpv:hasConsentStatus']['@type'] === 'dpv:ConsentGiven',
    );
    expect(news['consentry:channels']).toEqual({ email: 'given', sms: 'given' });
    expect(news['dpv:hasPurpose']['@type']).toBe('dpv:Marketing');
    const byGuardian = g.slice(9);
    expect(byGuardian.every((x) => x['dpv:hasConsentStatus']['dpv:isIndicatedBy'] === 'dpv:GuardianOfDataSubject')).toBe(true);
    expect(byGuardian.every((x) => x['consentry:guardian'].method === 'card')).toBe(true);
    // a receipt with no purposes (a guardian recorded before any answer) still appears
    const bare = toIso27560([{ ...receipts[3], purposes: [] }])['@graph'] as any[];
    expect(bare).toEqual([
      expect.objectContaining({ '@id': `urn:uuid:${receipts[3].id}`, 'consentry:method': 'guardian', 'consentry:hash': receipts[3].hash }),
    ]);
    // dates are xsd:dateTime in the context, ISO 8601 in the data
    expect(g.every((x) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(x['dct:date']))).toBe(true);
  });

  it('marks expiry as indicated by the controller and guardian decisions by the guardian', async () => {
    const { receipts } = await history();
    const exp: Receipt = { ...receipts[0], method: 'expiry', purposes: [{ ...receipts[0].purposes[1], state: 'expired' }] };
    const [rec] = toIso27560([exp])['@graph'] as any[];
    expect(rec['dpv:hasConsentStatus']).toMatchObject({ '@type': 'dpv:ConsentExpired', 'dpv:isIndicatedBy': 'dpv:DataController' });
    const child = toIso27560([{ ...receipts[0], guardian: receipts[3].guardian }])['@graph'] as any[];
    expect(child[0]['dpv:hasConsentStatus']['dpv:isIndicatedBy']).toBe('dpv:GuardianOfDataSubject');
    expect((toIso27560([receipts[0]])['@graph'] as any[])[0]['dpv:hasConsentStatus']['dpv:isIndicatedBy']).toBe('dpv:DataSubject');
  });
});

describe('exportReceipts', () => {
  it('bundles raw receipts (valid against our schema), both formats and the chain check, oldest first', async () => {
    const { consent, receipts } = await history();
    const out = await exportReceipts(receipts.slice().reverse(), consent.config, Date.UTC(2026, 5, 1));
    expect(out.format).toBe('consentry.export/1');
    expect(out.exportedAt).toBe('2026-06-01T00:00:00.000Z');
    expect(out.receipts.map((r) => r.id)).toEqual(receipts.map((r) => r.id));
    for (const r of out.receipts) expect(receiptSchema(r), JSON.stringify(receiptSchema.errors)).toBe(true);
    expect(out.kantara).toHaveLength(2);
    for (const k of out.kantara) expect(kantaraSchema(k), JSON.stringify(kantaraSchema.errors)).toBe(true);
    expect((out.iso27560['@graph'] as unknown[]).length).toBe(16);
    expect(out.chain).toEqual({ ok: true, problems: [], complete: true });
  });

  it('reports a pruned start as incomplete but checks the links between what is there', async () => {
    const { receipts } = await history();
    const partial = await exportReceipts(receipts.slice(1));
    expect(partial.chain).toEqual({ ok: true, problems: [], complete: false });
    const edited = await exportReceipts([receipts[0], { ...receipts[1], gpc: true }, receipts[2]]);
    expect(edited.chain.ok).toBe(false);
    expect(edited.chain.problems).toEqual([{ id: receipts[1].id, index: 1, problem: 'hash-mismatch' }]);
  });
});
