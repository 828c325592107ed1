// @vitest-environment node
// Network Act notices (result within 14 days, reconfirmation every two years), the signed webhook
// that announces them, and the notice texts, against a real SQLite file and a real PostgreSQL.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCollector, type RunningCollector } from '../../src/server/index';
import { noticeText } from '../../src/receipts/notice';
import { createHash } from 'node:crypto';
import { PURPOSES } from './fixtures';
import { describeBackends, request, upload } from './helpers';
import { LINK_SECRET, proofFor } from './proofs';
import { browser, marketing } from './members';

const ADMIN = 'notices-admin-token-0123456789';
const SERVICE = 'notices-service-token-0123456789';
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
const DAY = 86_400_000;

describeBackends('notices', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let c: RunningCollector;
  let clock = Date.now();
  beforeAll(async () => {
    db = await backend.fresh();
    c = await startCollector({
      databaseUrl: db.url,
      adminToken: ADMIN,
      serviceToken: SERVICE,
      linkSecret: LINK_SECRET,
      rateLimit: false,
      exportPageSize: 2,
      retentionJob: false,
      now: () => clock,
    });
  });
  afterAll(async () => {
    await c?.close();
    await db?.cleanup();
  });

  const list = async (q: string) => {
    const r = await request(`${c.url}/v1/notices?${q}`, { headers: bearer(SERVICE) });
    expect(r.status, r.text).toBe(200);
    return r.json();
  };
  const sent = (id: string, token = ADMIN) => request(`${c.url}/v1/notices/${id}/sent`, { method: 'POST', headers: bearer(token) });

  it("lists a result notice once per change of a member's advertising consent, with its 14-day deadline, and drops it once sent", async () => {
    clock = Date.now();
    const b = browser();
    const r1 = await b.decide([marketing('given', { sms: 'given', email: 'refused' })]);
    await upload(c.url, [r1], { links: { [b.subjectId]: await proofFor('n-member-1') } });
    const mine = (await list('kind=result')).notices.filter((n: any) => n.accountId === 'n-member-1');
    expect(mine.map((n: any) => [n.channel, n.state, n.receiptId])).toEqual(
      expect.arrayContaining([
        ['sms', 'given', r1.id],
        ['email', 'refused', r1.id],
      ]),
    );
    expect(mine).toHaveLength(2);
    const sms = mine.find((n: any) => n.channel === 'sms');
    expect(Date.parse(sms.deadline) - Date.parse(sms.decidedAt)).toBe(14 * DAY);
    expect(sms).toMatchObject({ kind: 'result', purposeId: 'marketing', overdue: false, sentAt: null });

    // The same answer again (a resend, another save with nothing changed): no new notice.
    const r2 = await b.decide([marketing('given', { sms: 'given', email: 'refused' })]);
    await upload(c.url, [r1, r2]);
    expect((await list('kind=result')).notices.filter((n: any) => n.accountId === 'n-member-1')).toHaveLength(2);

    // Sent: gone from the list; sending again is harmless; the service token may not mark it.
    expect((await sent(sms.id, SERVICE)).status).toBe(403);
    const ok = await sent(sms.id);
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ id: sms.id, kind: 'result', alreadySent: false });
    expect((await sent(sms.id)).json().alreadySent).toBe(true);
    expect((await list('kind=result')).notices.map((n: any) => n.id)).not.toContain(sms.id);
    expect((await sent('nr_' + '0'.repeat(32))).status).toBe(404);
    expect((await sent('not-an-id')).status).toBe(400);

    // A withdrawal is a new result; a deadline passed shows as overdue.
    const r3 = await b.decide([marketing('withdrawn', { sms: 'refused' })]);
    await upload(c.url, [r3]);
    const withdrawal = (await list('kind=result')).notices.find((n: any) => n.receiptId === r3.id && n.channel === 'sms');
    expect(withdrawal).toMatchObject({ state: 'withdrawn', overdue: false });
    clock = Date.now() + 15 * DAY;
    expect((await list('kind=result')).notices.find((n: any) => n.id === withdrawal.id).overdue).toBe(true);
    clock = Date.now();
  });

  it('lists reconfirmations reaching two years within `due` days, per channel consent date (injected clock)', async () => {
    clock = Date.now();
    const early = browser(Date.now() - 3 * 3_600_000);
    const e1 = await early.decide([marketing('given', { sms: 'given' })]);
    await upload(c.url, [e1], { links: { [early.subjectId]: await proofFor('n-member-2') } });
    // The e-mail consent is given later, on another device: its two years run from then.
    const late = browser(Date.now() - 3_600_000);
    const l1 = await late.decide([marketing('given', { email: 'given' })]);
    await upload(c.url, [l1], { links: { [late.subjectId]: await proofFor('n-member-2') } });

    const twoYears = (ms: number) => {
      const d = new Date(ms);
      d.setUTCFullYear(d.getUTCFullYear() + 2);
      return d.getTime();
    };
    const smsDue = twoYears(Date.parse(e1.timestamp));
    const emailDue = twoYears(Date.parse(l1.timestamp));
    const ours = (r: any) => r.notices.filter((n: any) => n.accountId === 'n-member-2').map((n: any) => n.channel);

    clock = smsDue - 10 * DAY;
    expect(ours(await list('kind=reconfirm&due=5'))).toEqual([]);
    expect(ours(await list('kind=reconfirm&due=10'))).toEqual(['sms']);
    clock = emailDue - 10 * DAY + 1;
    const both = await list('kind=reconfirm&due=10');
    expect(ours(both)).toEqual(['sms', 'email']);
    const sms = both.notices.find((n: any) => n.accountId === 'n-member-2' && n.channel === 'sms');
    expect(sms).toMatchObject({ kind: 'reconfirm', consentedAt: e1.timestamp, dueAt: new Date(smsDue).toISOString(), receiptId: e1.id });

    // Sent: the next one is due two years later.
    expect((await sent(sms.id)).json()).toMatchObject({ kind: 'reconfirm', alreadySent: false });
    expect((await sent(sms.id)).json().alreadySent).toBe(true);
    expect(ours(await list('kind=reconfirm&due=10'))).toEqual(['email']);
    clock = twoYears(smsDue) - DAY;
    expect(ours(await list('kind=reconfirm&due=2'))).toContain('sms');

    // A withdrawn consent is not reconfirmed.
    clock = Date.now();
    await upload(c.url, [await late.decide([marketing('withdrawn', {})])]);
    clock = emailDue;
    expect(ours(await list('kind=reconfirm&due=1'))).toEqual([]);
    clock = Date.now();
  });

  it('pages notices with a cursor and refuses bad queries', async () => {
    const b = browser();
    await upload(c.url, [await b.decide([marketing('given', { a: 'given', b: 'given', c: 'given', d: 'given', e: 'given' })])], {
      links: { [b.subjectId]: await proofFor('n-member-3') },
    });
    const ids: string[] = [];
    let cursor = '';
    for (let i = 0; i < 20; i++) {
      const page = await list(`kind=result&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      ids.push(...page.notices.map((n: any) => n.id));
      if (!page.next) break;
      cursor = page.next;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const q of ['kind=other', 'kind=result&due=-1', 'kind=result&cursor=abc', 'kind=result&x=1']) {
      expect((await request(`${c.url}/v1/notices?${q}`, { headers: bearer(ADMIN) })).status, q).toBe(400);
    }
    expect((await request(`${c.url}/v1/notices?kind=result`)).status).toBe(401);
  });

  it('stores each notice text once by its hash, refuses one that does not hash to its key, and serves it to the operator', async () => {
    const purpose = {
      id: 'analytics',
      title: { ko: '이용 통계 분석', en: 'Analytics' },
      necessity: 'optional',
      kind: 'analytics',
      description: { ko: '방문 통계를 봅니다.' },
    };
    const text = noticeText(purpose as any, 'ko');
    const hash = createHash('sha256').update(text, 'utf8').digest('hex');
    const b = browser();
    const r = await b.decide([{ ...PURPOSES[0], noticeHash: hash }]);
    const res = await upload(c.url, [r], { texts: { [hash]: text, ['f'.repeat(64)]: 'x' } }).catch((e) => e);
    expect(res.status).toBe(400);
    expect(res.json().error).toMatch(/does not hash to its key/);
    const stray = createHash('sha256').update('unreferenced', 'utf8').digest('hex');
    const ok = await upload(c.url, [r], { texts: { [hash]: text, [stray]: 'unreferenced' } });
    expect(ok.json().texts).toEqual({
      [hash]: { status: 'stored' },
      [stray]: { status: 'rejected', error: expect.stringMatching(/not referenced/) },
    });
    // Once: a second upload of the same text changes nothing.
    await upload(c.url, [r], { texts: { [hash]: text } });
    const got = await request(`${c.url}/v1/notices/texts/${hash}`, { headers: bearer(SERVICE) });
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(got.text).toBe(text);
    expect(got.headers['x-consentry-purpose']).toBe('analytics 1');
    expect((await request(`${c.url}/v1/notices/texts/${hash}`)).status).toBe(401);
    expect((await request(`${c.url}/v1/notices/texts/${stray}`, { headers: bearer(ADMIN) })).status).toBe(404);
  });
});

/** A webhook receiver on 127.0.0.1 answering from a script of status codes (then 200), or hanging. */
async function receiver(script: (number | 'hang')[]) {
  const got: { id: string; signature: string; body: string; status: number }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const next = script.length ? script.shift()! : 200;
      if (next === 'hang') return;
      got.push({
        id: String(req.headers['consentry-event-id']),
        signature: String(req.headers['consentry-signature']),
        body: Buffer.concat(chunks).toString(),
        status: next,
      });
      res.writeHead(next).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hook`,
    got,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const WEBHOOK_SECRET = 'webhook-secret-0123456789';

/** The verification a receiver does, as docs/accounts.md shows it. */
function verify(signature: string, body: string): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature);
  if (!m) return false;
  return createHmac('sha256', WEBHOOK_SECRET).update(`${m[1]}.${body}`).digest('hex') === m[2];
}

describeBackends('notice webhook', (backend) => {
  it('delivers each new result, signed, through 500s and a hang, never blocking ingest and never lost across a restart', async () => {
    const db = await backend.fresh();
    const hook = await receiver([500, 'hang', 503]);
    const options = {
      databaseUrl: db.url,
      adminToken: ADMIN,
      linkSecret: LINK_SECRET,
      rateLimit: false as const,
      retentionJob: false,
      webhookUrl: hook.url,
      webhookSecret: WEBHOOK_SECRET,
      webhookTiming: { retryMs: 50, pollMs: 60_000, timeoutMs: 300 },
    };
    let c = await startCollector(options);
    try {
      const b = browser();
      const r = await b.decide([marketing('given', { sms: 'given' })]);
      const t0 = Date.now();
      const res = await upload(c.url, [r], { links: { [b.subjectId]: await proofFor('w-member') } });
      expect(res.status).toBe(200);
      // The receiver failing or hanging does not slow the upload down.
      expect(Date.now() - t0).toBeLessThan(1000);

      // Restart before it is delivered: the event is in the database, not in memory.
      await c.close();
      expect(hook.got.filter((g) => g.status === 200)).toHaveLength(0);
      c = await startCollector(options);
      const deadline = Date.now() + 15_000;
      while (!hook.got.some((g) => g.status === 200) && Date.now() < deadline) {
        await c.app.consentry.dispatcher!.runOnce();
        await new Promise((r) => setTimeout(r, 100));
      }
      const delivered = hook.got.filter((g) => g.status === 200);
      expect(delivered).toHaveLength(1);
      expect(hook.got.map((g) => g.status)).toEqual(expect.arrayContaining([500, 503, 200]));
      const event = JSON.parse(delivered[0].body);
      expect(event).toMatchObject({
        type: 'notice.result',
        notice: { accountId: 'w-member', channel: 'sms', state: 'given', receiptId: r.id },
      });
      expect(delivered[0].id).toBe(event.id);
      for (const g of hook.got) expect(verify(g.signature, g.body)).toBe(true);
      expect(verify(delivered[0].signature, delivered[0].body.replace('given', 'refused'))).toBe(false);
      // Delivered once: later passes send nothing more.
      await c.app.consentry.dispatcher!.runOnce();
      expect(hook.got.filter((g) => g.status === 200)).toHaveLength(1);
    } finally {
      await c.close();
      await hook.close();
      await db.cleanup();
    }
  }, 40_000);

  it('announces a reconfirmation coming due once', async () => {
    const db = await backend.fresh();
    const hook = await receiver([]);
    let clock = Date.now();
    const c = await startCollector({
      databaseUrl: db.url,
      linkSecret: LINK_SECRET,
      rateLimit: false,
      retentionJob: false,
      now: () => clock,
      webhookUrl: hook.url,
      webhookSecret: WEBHOOK_SECRET,
      webhookReconfirmDays: 30,
      webhookTiming: { retryMs: 50, pollMs: 60_000 },
    });
    try {
      const b = browser();
      const r = await b.decide([marketing('given', { sms: 'given' })]);
      await upload(c.url, [r], { links: { [b.subjectId]: await proofFor('w-member-2') } });
      await c.app.consentry.dispatcher!.runOnce();
      const results = hook.got.length;
      clock = Date.parse(r.timestamp) + 2 * 365 * 86_400_000 - 20 * 86_400_000;
      await c.app.consentry.dispatcher!.runOnce();
      const due = hook.got.slice(results).map((g) => JSON.parse(g.body));
      expect(due).toHaveLength(1);
      expect(due[0]).toMatchObject({
        type: 'notice.reconfirm',
        notice: { accountId: 'w-member-2', channel: 'sms', consentedAt: r.timestamp },
      });
      clock += 120_000;
      await c.app.consentry.dispatcher!.runOnce();
      expect(hook.got.length).toBe(results + 1);
    } finally {
      await c.close();
      await hook.close();
      await db.cleanup();
    }
  });
});
