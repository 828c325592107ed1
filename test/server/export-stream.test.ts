// @vitest-environment node
// Exports are streamed: 20 000 receipts leave the collector one page at a time, the server reads the
// next page only when the client has taken the previous one, and no page is larger than the page size.
// (A million rows therefore cost the same memory as these 20 000.)
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestBatch, openStore, startCollector, type RunningCollector, type Store } from '../../src/server/index';
import type { Receipt } from '../../src/receipts/types';
import { chain, secretOf } from './fixtures';
import { describeBackends } from './helpers';

const SUBJECTS = 2000;
const PER_SUBJECT = 10;
const TOTAL = SUBJECTS * PER_SUBJECT;
const PAGE = 500;
const TOKEN = 'stream-admin-token-0123456789';

let receipts: Receipt[] | null = null;
async function allReceipts(): Promise<Receipt[]> {
  if (!receipts) {
    const chains = await Promise.all(
      Array.from({ length: SUBJECTS }, (_, i) =>
        chain(PER_SUBJECT, { start: new Date(Date.UTC(2026, 0, 1) + i * 37_000).toISOString(), fast: true }),
      ),
    );
    receipts = chains.flat();
  }
  return receipts;
}

/** Counts the store's page reads, the largest page, and reads that happened while the client was paused. */
function instrument(store: Store) {
  const seen = { pages: 0, largest: 0 };
  const wrapped: Store = {
    ...store,
    dialect: store.dialect,
    description: store.description,
    exportPage: async (range, cursor, limit) => {
      const page = await store.exportPage(range, cursor, limit);
      seen.pages++;
      seen.largest = Math.max(seen.largest, page.length);
      return page;
    },
  };
  return { wrapped, seen };
}

describeBackends('streamed export', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let store: Store;
  let c: RunningCollector;
  let seen: { pages: number; largest: number };

  beforeAll(async () => {
    db = await backend.fresh();
    store = await openStore(db.url);
    const all = await allReceipts();
    // Seeded through the ingest path (validated elsewhere), without HTTP round trips.
    for (let i = 0; i < all.length; i += 1000) {
      const part = all.slice(i, i + 1000);
      const secrets = new Map(part.map((r) => [r.subjectId, secretOf(r.subjectId)]));
      const res = await ingestBatch(part, store, () => null, { secrets, maxFirstReceiptAge: 10 * 365 * 86_400_000 });
      expect(res.every((r) => r.status === 'stored' && r.chain === 'ok')).toBe(true);
    }
    const inst = instrument(store);
    seen = inst.seen;
    c = await startCollector({ store: inst.wrapped, adminToken: TOKEN, exportPageSize: PAGE, rateLimit: false });
  }, 120_000);
  afterAll(async () => {
    await c?.close();
    await store?.close();
    await db?.cleanup();
  });

  it(`streams ${TOTAL} receipts as CSV page by page, pulled by the client`, async () => {
    seen.pages = 0;
    seen.largest = 0;
    const { lines, pagesWhilePaused, chunked } = await new Promise<{ lines: number; pagesWhilePaused: number; chunked: boolean }>(
      (resolve, reject) => {
        http
          .get(`${c.url}/v1/export?format=csv`, { headers: { authorization: `Bearer ${TOKEN}` } }, (res) => {
            expect(res.statusCode).toBe(200);
            let lines = 0;
            let pagesWhilePaused = -1;
            res.once('data', () => {
              // Stop reading; give the server every chance to run ahead if it would, then look.
              res.pause();
              setTimeout(() => {
                pagesWhilePaused = seen.pages;
                res.resume();
              }, 400);
            });
            res.on('data', (chunk: Buffer) => {
              for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x0a) lines++;
            });
            res.on('end', () => resolve({ lines, pagesWhilePaused, chunked: res.headers['transfer-encoding'] === 'chunked' }));
            res.on('error', reject);
          })
          .on('error', reject);
      },
    );
    expect(chunked).toBe(true);
    expect(lines).toBe(1 + TOTAL * 2); // header + one row per purpose
    expect(seen.largest).toBeLessThanOrEqual(PAGE);
    expect(seen.pages).toBeGreaterThanOrEqual(TOTAL / PAGE);
    // Paused client: the server has read only the pages that fit the socket buffers (a few MB on
    // loopback), not the table; a server that loads everything would have read all of it.
    expect(pagesWhilePaused).toBeGreaterThan(0);
    expect(pagesWhilePaused).toBeLessThan(TOTAL / PAGE / 2);
  }, 60_000);

  it(`streams ${TOTAL} Kantara receipts as one valid JSON array`, async () => {
    const text = await new Promise<string>((resolve, reject) => {
      http
        .get(`${c.url}/v1/export?format=kantara`, { headers: { authorization: `Bearer ${TOKEN}` } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (b: Buffer) => parts.push(b));
          res.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
          res.on('error', reject);
        })
        .on('error', reject);
    });
    const list = JSON.parse(text) as { consentReceiptID: string; consentTimestamp: number }[];
    // Half the fixture receipts give consent (the others withdraw it): those have a Kantara form.
    expect(list).toHaveLength(TOTAL / 2);
    expect(new Set(list.map((k) => k.consentReceiptID)).size).toBe(TOTAL / 2);
    const times = list.map((k) => k.consentTimestamp);
    expect(times.every((t, i) => i === 0 || t >= times[i - 1])).toBe(true);
  }, 60_000);
});
