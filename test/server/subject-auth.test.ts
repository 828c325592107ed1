// @vitest-environment node
// Receipts no one else can write or read: each subject's chain is opened by its first receipt, which
// registers the SHA-256 of a secret only the subject's browser holds; appending and reading need that
// secret. The attacks are the ones a stranger who knows a subject id (it is in a JS-readable cookie)
// can try, over real HTTP against a real SQLite file and a real PostgreSQL.
import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalize } from '../../src/receipts/canonical';
import type { Receipt } from '../../src/receipts/types';
import { openStore, startCollector, type RunningCollector } from '../../src/server/index';
import { chain, draft, keyHash, newSecret, newSubjectId, recent, seal, secretOf } from './fixtures';
import { describeBackends, postJson, readSubject, request, upload } from './helpers';

const TOKEN = 'subject-auth-admin-token-0123456789';
const HASH_SECRET = 'collector-hash-secret-0123456789';
const admin = { authorization: `Bearer ${TOKEN}` };
const hmac = (key: string, value: string) => createHmac('sha256', Buffer.from(key, 'utf8')).update(value, 'utf8').digest('hex');

/** The next receipt of a chain, correctly linked and hashed, `ms` after the given one. */
async function next(after: Receipt, ms = 1000, over: Partial<Receipt> = {}): Promise<Receipt> {
  return seal(
    draft({ subjectId: after.subjectId, prev: after.hash, timestamp: new Date(Date.parse(after.timestamp) + ms).toISOString(), ...over }),
  );
}

/** Every text stored anywhere in the collector's tables, for "this never reaches the database" checks. */
async function everythingStored(kind: 'sqlite' | 'postgres', url: string): Promise<string> {
  const tables = ['consentry_receipts', 'consentry_decisions', 'consentry_subjects', 'consentry_guardians', 'consentry_health'];
  if (kind === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const d = new Database(url, { readonly: true });
    try {
      return tables.map((t) => JSON.stringify(d.prepare(`SELECT * FROM ${t}`).all())).join('\n');
    } finally {
      d.close();
    }
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: string[] = [];
    for (const t of tables) out.push(JSON.stringify((await client.query(`SELECT * FROM ${t}`)).rows));
    return out.join('\n');
  } finally {
    await client.end();
  }
}

describeBackends('subject secrets', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let c: RunningCollector;
  const logs: string[] = [];

  beforeAll(async () => {
    db = await backend.fresh();
    const stream = new Writable({ write: (chunk, _e, cb) => (logs.push(String(chunk)), cb()) });
    c = await startCollector({
      databaseUrl: db.url,
      adminToken: TOKEN,
      hashSecret: HASH_SECRET,
      rateLimit: false,
      logger: { level: 'info', stream } as any,
    });
  });
  afterAll(async () => {
    await c?.close();
    await db?.cleanup();
  });

  it('a stranger who knows a subject id cannot append to its chain: nothing is stored, the next real receipt still chains ok', async () => {
    const [r0, r1] = await chain(2);
    expect((await upload(c.url, [r0])).json().results).toEqual([{ id: r0.id, status: 'stored', chain: 'ok' }]);

    // The stranger's receipt is valid, correctly chained on the victim's head and newer: only the secret is missing.
    const forged = await next(r0, 500, { purposes: [{ ...r0.purposes[0], state: 'refused', title: 'forged' }] });
    const stranger = newSecret();
    const attempts = [
      postJson(`${c.url}/v1/receipts`, [forged]), // the bare array carries no secret
      postJson(`${c.url}/v1/receipts`, { receipts: [forged] }),
      postJson(`${c.url}/v1/receipts`, { receipts: [forged], secrets: { [r0.subjectId]: stranger } }),
      // Trying to re-register the subject under the stranger's own key.
      seal(draft({ subjectId: r0.subjectId, prev: r0.hash, timestamp: forged.timestamp, subjectKeyHash: keyHash(stranger) })).then((f) =>
        postJson(`${c.url}/v1/receipts`, { receipts: [f], secrets: { [r0.subjectId]: stranger } }),
      ),
      // Or starting the chain over.
      seal(draft({ subjectId: r0.subjectId, timestamp: forged.timestamp, subjectKeyHash: keyHash(stranger) })).then((f) =>
        postJson(`${c.url}/v1/receipts`, { receipts: [f], secrets: { [r0.subjectId]: stranger } }),
      ),
    ];
    const answers = [];
    for (const a of attempts) answers.push(await a);
    for (const a of answers) {
      expect(a.status).toBe(400);
      expect(a.json().results).toEqual([
        { id: expect.any(String), status: 'rejected', error: expect.stringMatching(/^subject secret (required|does not match)$/) },
      ]);
    }
    expect(answers[0].json().results[0].error).toBe('subject secret required');
    expect(answers[2].json().results[0].error).toBe('subject secret does not match');

    const mine = (await readSubject(c.url, r0.subjectId)).json();
    expect(mine.receipts).toEqual([r0]);
    // The victim's own next receipt links to what the victim stored: ok, not broken.
    expect((await upload(c.url, [r1])).json().results).toEqual([{ id: r1.id, status: 'stored', chain: 'ok' }]);
    expect((await readSubject(c.url, r0.subjectId)).json()).toEqual({ subjectId: r0.subjectId, receipts: [r0, r1], chainBreaks: [] });
  });

  it('a stranger cannot read a chain: 401 without a secret, 403 with a wrong one (as for an unknown subject); the secret or the admin token opens it', async () => {
    const rs = await chain(2);
    await upload(c.url, rs);
    const url = `${c.url}/v1/subjects/${rs[0].subjectId}/receipts`;
    const none = await request(url);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    const wrong = await readSubject(c.url, rs[0].subjectId, newSecret());
    const unknown = await readSubject(c.url, newSubjectId(), newSecret());
    expect(wrong.status).toBe(403);
    expect(unknown.status).toBe(403);
    expect(wrong.text).toBe(unknown.text);
    for (const r of [none, wrong]) expect(r.text).not.toContain(rs[0].id);
    // The registered key hash is not a secret that opens anything.
    expect((await readSubject(c.url, rs[0].subjectId, keyHash(secretOf(rs[0].subjectId)))).status).toBe(403);
    expect((await readSubject(c.url, rs[0].subjectId, `${secretOf(rs[0].subjectId)}x`)).status).toBe(403);
    expect((await readSubject(c.url, rs[0].subjectId)).json().receipts).toEqual(rs);
    expect((await request(url, { headers: admin })).json().receipts).toEqual(rs);
  });

  it('refuses a backdated receipt: a new chain starting in 2020, and a receipt older than its chain head', async () => {
    const [old] = await chain(1, { start: '2020-01-01T00:00:00.000Z' });
    const r = await upload(c.url, [old]);
    expect(r.status).toBe(400);
    expect(r.json().results[0]).toEqual({
      id: old.id,
      status: 'rejected',
      error: "timestamp is older than the 30-day window for a new subject's first receipt",
    });
    expect((await readSubject(c.url, old.subjectId)).status).toBe(403);

    const [r0] = await chain(1);
    await upload(c.url, [r0]);
    const back = await next(r0, Date.parse('2020-01-01T00:00:00.000Z') - Date.parse(r0.timestamp));
    const same = await next(r0, 0);
    const res = (await upload(c.url, [back, same])).json().results;
    expect(res.map((x: any) => x.error)).toEqual([
      "timestamp is not later than the subject's latest stored receipt",
      "timestamp is not later than the subject's latest stored receipt",
    ]);
    expect((await readSubject(c.url, r0.subjectId)).json().receipts).toEqual([r0]);
  });

  it('refuses receipts more than 5 minutes ahead of the clock, takes a small skew', async () => {
    const [far] = await chain(1, { start: new Date(Date.now() + 10 * 60_000).toISOString() });
    expect((await upload(c.url, [far])).json().results[0].error).toBe('timestamp is more than 5 minutes in the future');
    const [near] = await chain(1, { start: new Date(Date.now() + 60_000).toISOString() });
    expect((await upload(c.url, [near])).json().results[0].status).toBe('stored');
  });

  it('registers a subject only with a first receipt that carries the hash of the secret it comes with', async () => {
    const s = newSubjectId();
    const without = await seal(draft({ subjectId: s, subjectKeyHash: undefined }));
    expect((await upload(c.url, [without])).json().results[0].error).toBe(
      'subjectKeyHash required: the first receipt of a new subject registers its key',
    );
    const other = await seal(draft({ subjectId: s, subjectKeyHash: keyHash(newSecret()) }));
    expect((await upload(c.url, [other])).json().results[0].error).toBe('subjectKeyHash does not match the subject secret');
    const good = await seal(draft({ subjectId: s }));
    const later = await next(good, 1000, { subjectKeyHash: keyHash(newSecret()) });
    // In one batch: the first registers, the second may not carry another key.
    const res = (await upload(c.url, [good, later])).json().results;
    expect(res.map((x: any) => x.status)).toEqual(['stored', 'rejected']);
    expect(res[1].error).toBe("subjectKeyHash differs from the subject's registered key");
  });

  it('treats subject ids that name Object.prototype members as plain strings', async () => {
    for (const subjectId of ['constructor', 'toString', 'hasOwnProperty']) {
      const [r0] = await chain(1, { subjectId });
      expect((await upload(c.url, [r0])).json().results[0].status, subjectId).toBe('stored');
      expect((await readSubject(c.url, subjectId)).json().receipts).toEqual([r0]);
      expect((await readSubject(c.url, subjectId, newSecret())).status).toBe(403);
      const forged = await next(r0);
      expect((await postJson(`${c.url}/v1/receipts`, { receipts: [forged] })).json().results[0].error).toBe('subject secret required');
    }
  });

  it('stores only the hash of a secret, never the secret', async () => {
    const [r0] = await chain(1);
    await upload(c.url, [r0]);
    const all = await everythingStored(backend.name, db.url);
    expect(all).toContain(keyHash(secretOf(r0.subjectId)));
    expect(all).not.toContain(secretOf(r0.subjectId));
  });

  describe('guardians', () => {
    const name = ' 김보호 ';
    const contact = '010-1234-5678';
    async function guardianReceipt(over: Partial<Receipt['guardian']> = {}) {
      const subjectId = newSubjectId();
      const secret = secretOf(subjectId);
      const guardian = {
        method: 'sms',
        verified: true,
        verifiedAt: recent(60_000),
        nameHash: hmac(secret, name.trim().normalize('NFC')),
        contactHash: hmac(secret, contact),
        ...over,
      };
      return seal(draft({ subjectId, method: 'guardian', guardian }));
    }

    it('verifies the plaintext against the receipt, keeps it admin-only with an HMAC under the server secret, and shows none of it publicly', async () => {
      const r = await guardianReceipt();
      const post = await upload(c.url, [r], { guardians: { [r.id]: { name, contact } } });
      expect(post.json().results).toEqual([{ id: r.id, status: 'stored', chain: 'ok' }]);
      expect(post.text).not.toContain('김보호');
      expect(post.text).not.toContain(contact);
      // The holder of the secret reads back exactly the receipt (its own HMACs), nothing more.
      const mine = await readSubject(c.url, r.subjectId);
      expect(mine.json().receipts).toEqual([r]);
      expect(mine.text).not.toContain('김보호');
      expect(mine.text).not.toContain(contact);
      expect(mine.text).not.toContain(hmac(HASH_SECRET, contact));

      const looked = await request(`${c.url}/v1/guardians?contact=${encodeURIComponent(` ${contact} `)}`, { headers: admin });
      expect(looked.status).toBe(200);
      expect(looked.json().guardians).toEqual([
        { receiptId: r.id, subjectId: r.subjectId, name: '김보호', contact, receivedAt: expect.any(String) },
      ]);
      expect((await request(`${c.url}/v1/guardians?receiptId=${r.id}`, { headers: admin })).json().guardians).toHaveLength(1);
      expect((await request(`${c.url}/v1/guardians?contact=${encodeURIComponent(contact)}`)).status).toBe(401);
      expect((await request(`${c.url}/v1/guardians?contact=x&receiptId=y`, { headers: admin })).status).toBe(400);
      const stored = await everythingStored(backend.name, db.url);
      expect(stored).toContain(hmac(HASH_SECRET, contact));
      expect(stored).toContain(hmac(HASH_SECRET, '김보호'));
    });

    it('refuses details that do not match the hashes, or a receipt without a guardian, and stores none of it', async () => {
      const r = await guardianReceipt();
      const wrong = await upload(c.url, [r], { guardians: { [r.id]: { name: '이름만다름', contact } } });
      expect(wrong.json().results[0]).toEqual({
        id: r.id,
        status: 'rejected',
        error: "guardian details do not match the receipt's guardian hashes",
      });
      const [plain] = await chain(1);
      const stray = await upload(c.url, [plain], { guardians: { [plain.id]: { name: 'a', contact: 'b' } } });
      expect(stray.json().results[0].error).toBe('guardian details were sent for a receipt without a guardian');
      const unknownId = await upload(c.url, [plain], { guardians: { [crypto.randomUUID()]: { name: 'a', contact: 'b' } } });
      expect(unknownId.status).toBe(400);
      expect(unknownId.json().error).toMatch(/not in this batch/);
      const stored = await everythingStored(backend.name, db.url);
      expect(stored).not.toContain('이름만다름');
      expect(stored).not.toContain(r.id);
      expect(stored).not.toContain(plain.id);
    });

    it('without CONSENTRY_HASH_SECRET stores the receipt but no plaintext, and warns once', async () => {
      const d = await backend.fresh();
      const lines: string[] = [];
      const stream = new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) });
      const bare = await startCollector({
        databaseUrl: d.url,
        adminToken: TOKEN,
        rateLimit: false,
        logger: { level: 'info', stream } as any,
      });
      try {
        for (let i = 0; i < 2; i++) {
          const r = await guardianReceipt();
          expect((await upload(bare.url, [r], { guardians: { [r.id]: { name, contact } } })).json().results[0].status).toBe('stored');
        }
        expect(lines.filter((l) => l.includes('CONSENTRY_HASH_SECRET'))).toHaveLength(1);
        expect((await request(`${bare.url}/v1/guardians?contact=${contact}`, { headers: admin })).status).toBe(403);
        expect(await everythingStored(backend.name, d.url)).not.toContain(contact);
      } finally {
        await bare.close();
        await d.cleanup();
      }
    });
  });

  it('closes chains stored before subject keys existed: appends refused with the reason, reads for the admin only', async () => {
    // A chain as an older collector stored it: receipts, no registered key.
    const [legacy] = await chain(1, { subjectId: newSubjectId() });
    const { subjectKeyHash: _k, ...unkeyed } = legacy;
    const old = await seal({ ...unkeyed, hash: undefined } as any);
    const store = await openStore(db.url);
    try {
      await store.ingest([old.id], [old.subjectId], () => ({
        rows: [
          {
            id: old.id,
            subjectId: old.subjectId,
            tsMs: Date.parse(old.timestamp),
            receivedMs: Date.now(),
            hash: old.hash,
            prev: null,
            chainError: null,
            body: canonicalize(old),
            decisions: [],
          },
        ],
        result: null,
      }));
    } finally {
      await store.close();
    }
    const more = await next(old);
    const r = await upload(c.url, [more]);
    expect(r.json().results[0]).toEqual({
      id: more.id,
      status: 'rejected',
      error: 'subject closed: its chain was stored before subject keys existed; start a new subject',
    });
    // Nor can anyone claim it by registering a key now.
    const claim = await seal(draft({ subjectId: old.subjectId, prev: old.hash, timestamp: more.timestamp }));
    expect((await upload(c.url, [claim])).json().results[0].error).toMatch(/^subject closed/);
    expect((await readSubject(c.url, old.subjectId)).status).toBe(403);
    expect((await request(`${c.url}/v1/subjects/${old.subjectId}/receipts`, { headers: admin })).json().receipts).toEqual([old]);
    // A resend of what is stored is still recognised.
    expect((await postJson(`${c.url}/v1/receipts`, [old])).json().results[0].status).toBe('duplicate');
  });

  it('takes the first-receipt window from the options', async () => {
    const d = await backend.fresh();
    const short = await startCollector({ databaseUrl: d.url, rateLimit: false, maxFirstReceiptAge: 86_400_000 });
    try {
      const [twoDays] = await chain(1, { start: recent(2 * 86_400_000) });
      expect((await upload(short.url, [twoDays])).json().results[0].error).toBe(
        "timestamp is older than the 1-day window for a new subject's first receipt",
      );
      const [halfDay] = await chain(1, { start: recent(12 * 3_600_000) });
      expect((await upload(short.url, [halfDay])).json().results[0].status).toBe('stored');
    } finally {
      await short.close();
      await d.cleanup();
    }
  });

  it('never logs a secret, a subject id or a guardian contact', () => {
    const all = logs.join('');
    expect(all).toContain('/v1/guardians?[redacted]');
    expect(all).not.toMatch(/[A-Za-z0-9_-]{43}/);
    expect(all).not.toMatch(/sub_[A-Za-z0-9_-]{16}/);
    expect(all).not.toContain('1234-5678');
  });
});
