// @vitest-environment node
// The members client against the real collector (in-process, on a real SQLite file): identify links this
// browser's receipts to the account, notice texts reach the collector once, another browser takes the
// account's answers without a receipt of its own (and a withdrawal on its next load), forget() starts a
// new subject, a forged proof links nothing, and rights requests round-trip or fail clearly.
import 'fake-indexeddb/auto';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStore, entries as idbEntries } from 'idb-keyval';
import { createConsent } from '../../src/core';
import type { Consent } from '../../src/core/types';
import { createReceipts, type Receipts } from '../../src/receipts';
import { noticeText } from '../../src/receipts/notice';
import { answersFromAccount, createMembers, RightsRequestError, type Members } from '../../src/members';
import { startCollector, type RunningCollector } from '../../src/server/index';
import { LINK_SECRET, proofFor } from '../server/proofs';
import { shopConfig, unique } from '../receipts/fixtures';
import { installMemoryStorage } from '../support/memory-storage';

const ls = installMemoryStorage();

const ADMIN = 'members-admin-token-0123456789';
const admin = { authorization: `Bearer ${ADMIN}` };
let dir: string;
let c: RunningCollector;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-members-'));
  c = await startCollector({
    databaseUrl: join(dir, 'c.sqlite'),
    adminToken: ADMIN,
    linkSecret: LINK_SECRET,
    rateLimit: false,
    retentionJob: false,
    allowedOrigins: [],
  } as any);
});
afterAll(async () => {
  await c?.close();
  rmSync(dir, { recursive: true, force: true });
});
const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((f) => f());
  ls.clear();
});

/** One browser: its consent (memory), its journal (its own IndexedDB database), its members client. */
function device(over: Parameters<typeof shopConfig>[0] = {}) {
  const consent: Consent = createConsent(shopConfig({ receipts: { endpoint: `${c.url}/v1/receipts` }, ...over }), { storage: 'memory' });
  const storeName = unique('members');
  const receipts: Receipts = createReceipts(consent, { storeName, pageEvents: false, retryBaseMs: 50 });
  const members: Members = createMembers(consent, receipts);
  stops.push(() => (receipts.stop(), members.stop(), consent.destroy()));
  return { consent, receipts, members, storeName };
}
const accountState = async (account: string) => (await fetch(`${c.url}/v1/accounts/${account}/consent`, { headers: admin })).json();
const news = (s: any) => s.purposes.find((p: any) => p.id === 'news');

describe('identify', () => {
  it('links the receipts already delivered, and later ones, to the account; sends each notice text once', async () => {
    const a = device();
    await a.consent.decide({ stats: 'agree', news: { choice: 'agree', channels: { email: 'agree', sms: 'disagree' } } }, { locale: 'ko' });
    expect((await a.receipts.flush()).delivered).toBe(1);
    const account = unique('member-');
    const r = await a.members.identify(account, { proof: await proofFor(account) });
    expect(r.link).toMatchObject({ status: 'linked', subjectId: a.consent.snapshot().subjectId });
    let s = await accountState(account);
    expect(s.subjects).toBe(1);
    expect(news(s)).toMatchObject({ state: 'given', channels: { email: { state: 'given' }, sms: { state: 'refused' } } });
    // a later decision of the same subject belongs to the account too
    await a.consent.withdraw('news');
    await a.receipts.flush();
    s = await accountState(account);
    expect(news(s).state).toBe('withdrawn');
    // the exact text the visitor saw, by its hash
    const p = a.consent.config.purposes.find((x) => x.id === 'news')!;
    const [receipt] = await a.receipts.list();
    const hash = receipt.purposes.find((x) => x.id === 'news')!.noticeHash;
    const text = await fetch(`${c.url}/v1/notices/texts/${hash}`, { headers: admin });
    expect(text.status).toBe(200);
    expect(await text.text()).toBe(noticeText(p, 'ko'));
  });

  it('on a browser with no receipt yet, the proof waits in memory and goes with the first receipt', async () => {
    const a = device();
    const account = unique('member-');
    const r = await a.members.identify(account, { proof: await proofFor(account) });
    expect(r.link.status).toBe('waiting');
    const links: string[] = [];
    a.receipts.on('link', (l) => links.push(l.status));
    await a.consent.decide({ stats: 'agree' });
    await a.receipts.flush();
    expect(links).toEqual(['linked']);
    expect((await accountState(account)).subjects).toBe(1);
  });

  it('a forged proof links nothing and is reported', async () => {
    const a = device();
    const errors: string[] = [];
    a.receipts.on('error', (e) => errors.push(e.code));
    await a.consent.decide({ stats: 'agree' });
    await a.receipts.flush();
    const account = unique('member-');
    const r = await a.members.identify(account, { proof: await proofFor(account, { secret: 'not-the-link-secret-0123456789-abcdef' }) });
    expect(r.link).toMatchObject({ status: 'rejected', error: 'proof signature does not verify' });
    expect(errors).toContain('link-failed');
    expect((await accountState(account)).subjects).toBe(0);
  });

  it('refuses a proof made for another account before anything is sent', async () => {
    const a = device();
    await expect(a.members.identify('member-a', { proof: await proofFor('member-b') })).rejects.toThrow(/another account/);
    await expect(a.members.identify('bad id!', { proof: await proofFor('member-a') })).rejects.toThrow(/account id/);
    expect(a.members.accountId).toBeUndefined();
  });

  it('keeps the account id and proof out of localStorage and IndexedDB', async () => {
    const a = device();
    const account = unique('member-secretive-');
    const proof = await proofFor(account);
    await a.consent.decide({ stats: 'agree' });
    await a.members.identify(account, { proof });
    await a.consent.decide({ ads: 'agree' });
    await a.receipts.flush();
    const stored = JSON.stringify(await idbEntries(createStore(a.storeName, 'receipts'))) + ls.dump();
    expect(stored).not.toContain(account);
    expect(stored).not.toContain(proof.split('.')[2]);
  });
});

describe('cross-device', () => {
  it('a second browser takes the account answers without a receipt; a withdrawal reaches it on its next load', async () => {
    const account = unique('member-');
    const a = device();
    await a.members.identify(account, { proof: () => proofFor(account) });
    await a.consent.agreeAll({ method: 'banner' });
    await a.consent.decide({ news: { choice: 'agree', channels: { email: 'agree', sms: 'agree' }, nightTime: 'disagree' } });
    await a.receipts.flush();
    expect((await accountState(account)).subjects).toBe(1);

    const b = device();
    expect(b.consent.needsDecision()).toBe(true);
    const r = await b.members.identify(account, { proof: () => proofFor(account) });
    expect(r.loaded.status).toBe('applied');
    expect(b.consent.isGranted('news', 'sms')).toBe(true);
    expect(b.consent.isGranted('news', 'nightTime')).toBe(false);
    expect(b.consent.get('news')!.decidedAt).toBe(a.consent.get('news')!.decidedAt);
    expect(b.consent.pending()).toEqual(a.consent.pending());
    // no receipt on the second browser: the proof of those answers is the first browser's receipts
    expect(await b.receipts.list()).toEqual([]);

    await a.consent.withdraw('news');
    await a.receipts.flush();
    expect((await b.members.load()).applied).toEqual(['news']);
    expect(b.consent.isGranted('news')).toBe(false);
    expect(b.consent.get('news')!.source).toBe('withdraw');
    expect(await b.receipts.list()).toEqual([]);
    // loading again changes nothing
    expect((await b.members.load()).status).toBe('unchanged');
  });

  it('takes an agreement only for the same purpose version; a refusal whatever the version', async () => {
    const account = unique('member-');
    const a = device();
    await a.consent.decide({ stats: 'agree', ads: 'disagree' });
    await a.members.identify(account, { proof: await proofFor(account) });
    const cfg = shopConfig();
    const bumped = cfg.purposes.map((p) => (p.id === 'stats' ? { ...p, version: 3 } : p));
    const b = device({ purposes: bumped });
    const r = await b.members.identify(account, { proof: await proofFor(account) });
    expect(r.loaded.applied).toEqual(['ads']);
    expect(b.consent.get('stats')!.choice).toBeUndefined();
    expect(b.consent.get('ads')!.choice).toBe('disagree');
  });
});

describe('forget', () => {
  it('drops the account and starts a new subject: later receipts are not linked', async () => {
    const account = unique('member-');
    const a = device();
    await a.consent.decide({ stats: 'agree' });
    await a.members.identify(account, { proof: await proofFor(account) });
    const old = a.consent.snapshot().subjectId;
    const fresh = await a.members.forget();
    expect(fresh).toBeTruthy();
    expect(fresh).not.toBe(old);
    expect(a.members.accountId).toBeUndefined();
    await a.consent.decide({ ads: 'agree' });
    await a.receipts.flush();
    const list = await a.receipts.list();
    expect(list.map((r) => r.subjectId)).toEqual([old, fresh]);
    const s = await accountState(account);
    expect(s.subjects).toBe(1);
    expect(s.purposes.find((p: any) => p.id === 'ads')).toBeUndefined();
  });
});

describe('rights requests', () => {
  it('posts a request with the subject and proof and gets its id, receipt and 10-day deadline', async () => {
    const account = unique('member-');
    const a = device();
    await a.consent.decide({ stats: 'agree' });
    await a.members.identify(account, { proof: await proofFor(account) });
    const answer = await a.members.request({
      type: 'deletion',
      contact: 'member@example.com',
      message: '제 정보를 삭제해 주세요.',
      locale: 'ko',
    });
    expect(answer.id).toMatch(/^rq_/);
    expect(Date.parse(answer.answerBy) - Date.parse(answer.receivedAt)).toBe(10 * 864e5);
    expect(answer.receipt).toMatchObject({ requestId: answer.id, type: 'deletion', jurisdiction: 'KR' });
    const seen = await (await fetch(`${c.url}/v1/requests/${answer.id}`, { headers: admin })).json();
    expect(seen).toMatchObject({ id: answer.id, accountId: account, subjectId: a.consent.snapshot().subjectId, type: 'deletion' });
  });

  it('an anonymous visitor asks with its subject; with neither subject nor proof nothing is sent', async () => {
    const a = device();
    await expect(a.members.request({ type: 'access', contact: 'x@example.com', message: 'hi' })).rejects.toMatchObject({
      kind: 'no-identity',
    });
    await a.consent.decide({ stats: 'agree' });
    const answer = await a.members.request({ type: 'access', contact: 'x@example.com', message: 'hi' });
    expect(answer.type).toBe('access');
  });

  it('says clearly why a request failed: refused, 500, offline, no answer', async () => {
    const a = device();
    await a.consent.decide({ stats: 'agree' });
    await expect(a.members.request({ type: 'access', contact: 'nope', message: 'hi' })).rejects.toMatchObject({
      kind: 'refused',
      status: 400,
    });
    const hung: http.ServerResponse[] = [];
    const bad = http.createServer((req, res) =>
      req.url === '/hang/v1/requests' ? hung.push(res) : res.writeHead(500).end('{"error":"boom"}'),
    );
    await new Promise<void>((ok) => bad.listen(0, '127.0.0.1', ok));
    const port = (bad.address() as any).port;
    try {
      const at = (collector: string, timeoutMs = 15_000) => createMembers(a.consent, a.receipts, { collector, timeoutMs });
      await expect(
        at(`http://127.0.0.1:${port}`).request({ type: 'access', contact: 'x@example.com', message: 'hi' }),
      ).rejects.toMatchObject({ kind: 'server', status: 500 });
      await expect(
        at(`http://127.0.0.1:${port}/hang`, 300).request({ type: 'access', contact: 'x@example.com', message: 'hi' }),
      ).rejects.toMatchObject({ kind: 'timeout' });
    } finally {
      hung.forEach((r) => r.destroy());
      await new Promise((ok) => bad.close(ok));
    }
    const e = await at2(port).catch((x) => x);
    expect(e).toBeInstanceOf(RightsRequestError);
    expect(e.kind).toBe('offline');
    function at2(p: number) {
      return createMembers(a.consent, a.receipts, { collector: `http://127.0.0.1:${p}` }).request({
        type: 'access',
        contact: 'x@example.com',
        message: 'hi',
      });
    }
  });
});

describe('answersFromAccount', () => {
  const consent = createConsent(shopConfig(), { storage: 'memory' });
  const snap = (purposes: any) => ({ gpc: false, purposes });
  const entry = (state: string, at: number, over: any = {}) => ({
    id: 'stats',
    state,
    at: new Date(at).toISOString(),
    receiptId: 'r',
    version: '2',
    policyVersion: '2026-03',
    ...over,
  });
  const t = Date.UTC(2026, 2, 1, 9, 0, 0, 0);
  it('in the same second, a withdrawal beats the agreement taken from the account; an agreement does not beat a refusal', () => {
    const agreed = snap({ stats: { id: 'stats', choice: 'agree', version: '2', decidedAt: t } });
    expect(answersFromAccount(consent.config, agreed as any, [entry('withdrawn', t + 700)], t + 5000).map((a) => a.choice)).toEqual([
      'disagree',
    ]);
    const refused = snap({ stats: { id: 'stats', choice: 'disagree', version: '2', decidedAt: t } });
    expect(answersFromAccount(consent.config, refused as any, [entry('given', t + 700)], t + 5000)).toEqual([]);
    // older than the local answer: nothing; newer: taken
    expect(answersFromAccount(consent.config, agreed as any, [entry('withdrawn', t - 1000)], t + 5000)).toEqual([]);
    expect(answersFromAccount(consent.config, refused as any, [entry('given', t + 1000)], t + 5000).map((a) => a.choice)).toEqual([
      'agree',
    ]);
  });
  it('takes no agreement without the versions, for other terms, in the future, or run out', () => {
    const none = snap({});
    expect(answersFromAccount(consent.config, none as any, [entry('given', t, { version: undefined })], t + 5000)).toEqual([]);
    expect(answersFromAccount(consent.config, none as any, [entry('given', t, { policyVersion: '2025-01' })], t + 5000)).toEqual([]);
    expect(answersFromAccount(consent.config, none as any, [entry('given', t + 3_600_000)], t)).toEqual([]);
    expect(answersFromAccount(consent.config, none as any, [entry('given', t)], t + 3 * 365 * 864e5)).toEqual([]);
    expect(answersFromAccount(consent.config, none as any, [entry('given', t)], t + 5000)).toHaveLength(1);
  });
});
