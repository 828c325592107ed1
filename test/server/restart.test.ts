// @vitest-environment node
// Crash safety: the real command, SIGKILLed while batches are in flight, restarted on the same
// database, everything resent: every receipt is stored exactly once and every chain still links up.
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Receipt } from '../../src/receipts/types';
import { chain, recent, secretsFor } from './fixtures';
import { buildCli, describeBackends, readSubject, request, runCli } from './helpers';

const TOKEN = 'restart-admin-token-0123456789';
const SUBJECTS = 40;
const PER_SUBJECT = 5;
const PER_BATCH = 2; // subjects per batch: 10 receipts

let cli: { file: string; remove: () => void };
beforeAll(async () => {
  cli = await buildCli();
});
afterAll(() => cli?.remove());

/** POST on its own connection; resolves the parsed answer, or null when the server died first. */
function send(url: string, batch: Receipt[]): Promise<any | null> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ receipts: batch, secrets: secretsFor(batch) });
    const req = http.request(
      `${url}/v1/receipts`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (b) => (text += b));
        res.on('end', () => resolve(res.statusCode === 200 ? JSON.parse(text) : { status: res.statusCode, text }));
        res.on('error', () => resolve(null));
      },
    );
    req.on('error', () => resolve(null));
    req.end(body);
  });
}

describeBackends('restart', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    db = await backend.fresh();
  });
  afterAll(async () => db?.cleanup());

  it('SIGKILL mid-batch, restart, resend: every receipt stored exactly once', async () => {
    const env = { DATABASE_URL: db.url, CONSENTRY_ADMIN_TOKEN: TOKEN, CONSENTRY_RATE_LIMIT: 'off', LOG_LEVEL: 'silent', PORT: '0' };
    const chains = await Promise.all(
      Array.from({ length: SUBJECTS }, (_, i) => chain(PER_SUBJECT, { start: recent(3_600_000 - i * 60_000) })),
    );
    const batches: Receipt[][] = [];
    for (let i = 0; i < chains.length; i += PER_BATCH) batches.push(chains.slice(i, i + PER_BATCH).flat());

    const first = await runCli(cli.file, [], env);
    // 10 lanes, each sending its two batches one after the other; the first answer anywhere triggers
    // SIGKILL, so other lanes' batches are in flight and every lane's second batch is still to come.
    const answers: (any | null)[] = new Array(batches.length).fill(null);
    let killed = false;
    const lanes = batches.length / 2;
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        for (const i of [lane, lane + lanes]) {
          const a = await send(first.url, batches[i]);
          if (!a) return;
          answers[i] = a; // acknowledged (possibly read from the socket just after the kill)
          if (!killed) {
            killed = true;
            first.proc.kill('SIGKILL');
          }
        }
      }),
    );
    const exit = await first.exited;
    expect(exit.signal).toBe('SIGKILL');
    const answered = answers.filter(Boolean).length;
    expect(answered).toBeGreaterThanOrEqual(1);
    expect(answered).toBeLessThanOrEqual(lanes);
    for (const a of answers.filter(Boolean)) expect(a.results.every((r: any) => r.status === 'stored' && r.chain === 'ok')).toBe(true);

    const second = await runCli(cli.file, [], env);
    try {
      let stored = 0;
      for (let i = 0; i < batches.length; i++) {
        const a = await send(second.url, batches[i]);
        expect(a?.results, JSON.stringify(a)).toHaveLength(batches[i].length);
        for (const r of a.results) {
          // Stored before the kill (answered or not) → duplicate; lost with the kill → stored now. Never a break.
          expect(['stored', 'duplicate']).toContain(r.status);
          expect(r.chain).toBe('ok');
          if (r.status === 'stored') stored++;
        }
        if (answers[i]) expect(a.results.every((r: any) => r.status === 'duplicate')).toBe(true);
      }
      expect(stored).toBeLessThan(SUBJECTS * PER_SUBJECT);
      for (const ch of chains) {
        const mine = (await readSubject(second.url, ch[0].subjectId)).json();
        expect(mine.receipts).toEqual(ch);
        expect(mine.chainBreaks).toEqual([]);
      }
      const stats = (await request(`${second.url}/v1/stats`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
      expect(stats.receipts).toBe(SUBJECTS * PER_SUBJECT);
    } finally {
      second.proc.kill('SIGTERM');
    }
    // SIGTERM is a graceful stop.
    expect((await second.exited).code).toBe(0);

    if (backend.name === 'sqlite') {
      const { default: Database } = await import('better-sqlite3');
      const d = new Database(db.url, { readonly: true });
      try {
        expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(d.prepare('SELECT count(*) AS n, count(DISTINCT id) AS u FROM consentry_receipts').get()).toEqual({ n: 200, u: 200 });
      } finally {
        d.close();
      }
    }
  }, 90_000); // two process starts and 40 requests: generous for a loaded 2-core machine
});
