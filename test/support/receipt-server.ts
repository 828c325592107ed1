// A small receipt collector for tests, on 127.0.0.1, that the test controls: fail the next N posts with a
// status, hang them, reject chosen receipts, answer with Retry-After; and that counts every receipt by id.
// It speaks the collector's contract: POST /v1/receipts {receipts:[...], secrets:{subjectId: secret},
// guardians?:{receiptId:{name, contact}}} → 200 {results:[{id, status: stored|duplicate|rejected, error?}]},
// with CORS for any origin. Like the collector, it registers sha256(secret) from a chain's first receipt
// (`subjectKeyHash`), rejects a receipt whose subject's secret is missing or wrong (a bare array carries
// none), and keeps guardian details only when their HMACs under the secret match the receipt's hashes.
import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Receipt } from '../../src/receipts/types';

export interface ReceiptServer {
  url: string;
  /** The receipts endpoint (`<url>/v1/receipts`). */
  endpoint: string;
  /** First copy of every receipt stored, by id, in arrival order. */
  stored: Map<string, Receipt>;
  /** How many times each receipt id arrived (stored + duplicates). */
  seen: Map<string, number>;
  /** Every answer given per receipt id, in order (`stored`, `duplicate`, `rejected`). */
  answers: Map<string, string[]>;
  /** Every POST, answered or not: its receipt ids and how it was answered. */
  posts: { ids: string[]; status: number | 'hung' | 'malformed'; keepalive?: boolean }[];
  /** Every POST body as received (parsed JSON), in order. */
  bodies: unknown[];
  /** Registered subjects: sha256(secret) by subject id. */
  keys: Map<string, string>;
  /** Guardian details whose HMACs matched their receipt, by receipt id. */
  guardians: Map<string, { name: string; contact: string }>;
  /** The next `n` posts answer `status` (default 500), optionally with a Retry-After header. */
  failNext(n: number, status?: number, retryAfter?: string): void;
  /** The next `n` posts never get an answer (until close). */
  hangNext(n: number): void;
  /** Receipts for which `test` is true are answered `rejected` with `reason`. */
  rejectWhen(test: (r: Receipt) => boolean, reason?: string): void;
  /** Batches with more than `n` receipts are answered 413 as a whole. */
  refuseBatchesOver(n: number): void;
  /** Serves `html` at GET `path` (a page on this origin, so its address space is a real loopback one). */
  page(path: string, html: string): void;
  /** Resolves when `test()` is true (polls); rejects after `ms`. */
  waitFor(test: () => boolean, ms?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startReceiptServer(): Promise<ReceiptServer> {
  const stored = new Map<string, Receipt>();
  const seen = new Map<string, number>();
  const answers = new Map<string, string[]>();
  const posts: ReceiptServer['posts'] = [];
  const bodies: unknown[] = [];
  const keys = new Map<string, string>();
  const guardians = new Map<string, { name: string; contact: string }>();
  const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
  const hmac = (k: string, v: string) =>
    createHmac('sha256', Buffer.from(k, 'utf8')).update(v.trim().normalize('NFC'), 'utf8').digest('hex');
  let fail: { n: number; status: number; retryAfter?: string } = { n: 0, status: 500 };
  let hang = 0;
  let reject: { test: (r: Receipt) => boolean; reason: string } | undefined;
  let maxBatch = Infinity;
  const hung: http.ServerResponse[] = [];
  const pages = new Map<string, string>();

  const server = http.createServer((req, res) => {
    res.setHeader('access-control-allow-origin', req.headers.origin || '*');
    res.setHeader('access-control-allow-headers', 'content-type, x-site-key');
    res.setHeader('access-control-allow-methods', 'POST, OPTIONS');
    res.setHeader('access-control-max-age', '600');
    res.setHeader('access-control-expose-headers', 'retry-after');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const html = req.method === 'GET' && pages.get((req.url || '').split('?')[0]);
    if (html) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    if (req.method !== 'POST' || !req.url?.startsWith('/v1/receipts')) return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let list: Receipt[];
      let secrets: { [s: string]: unknown } = {};
      let envelope: { [id: string]: { name?: unknown; contact?: unknown } } = {};
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        bodies.push(body);
        list = Array.isArray(body) ? body : body.receipts;
        if (!Array.isArray(list)) throw new Error('no receipts');
        if (!Array.isArray(body)) (secrets = body.secrets || {}), (envelope = body.guardians || {});
      } catch {
        posts.push({ ids: [], status: 'malformed' });
        return void res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'malformed body' }));
      }
      const ids = list.map((r) => r.id);
      if (hang > 0) {
        hang--;
        posts.push({ ids, status: 'hung' });
        hung.push(res);
        return;
      }
      if (fail.n > 0) {
        fail.n--;
        posts.push({ ids, status: fail.status });
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (fail.retryAfter) headers['retry-after'] = fail.retryAfter;
        return void res.writeHead(fail.status, headers).end(JSON.stringify({ error: `test failure ${fail.status}` }));
      }
      if (list.length > maxBatch) {
        posts.push({ ids, status: 413 });
        return void res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'batch too large' }));
      }
      /** Why the subject's secret does not let this receipt in, or '' when it does. */
      const unauthorised = (r: Receipt): string => {
        const secret = secrets[r.subjectId];
        if (typeof secret !== 'string') return 'subject secret required';
        const key = keys.get(r.subjectId) ?? (r.prev === null ? r.subjectKeyHash : undefined);
        if (!key) return 'the chain has no registered key';
        return sha256(secret) === key ? '' : 'wrong subject secret';
      };
      const results = list.map((r) => {
        seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
        // the test's own rule first, as a collector validates a receipt before its chain
        const why = (reject?.test(r) ? reject.reason : '') || (stored.has(r.id) ? '' : unauthorised(r));
        const answer = why ? 'rejected' : stored.has(r.id) ? 'duplicate' : 'stored';
        answers.set(r.id, [...(answers.get(r.id) ?? []), answer]);
        if (answer === 'stored') {
          stored.set(r.id, r);
          if (!keys.has(r.subjectId)) keys.set(r.subjectId, r.subjectKeyHash!);
          const g = envelope[r.id];
          const secret = secrets[r.subjectId] as string;
          if (
            g &&
            typeof g.name == 'string' &&
            typeof g.contact == 'string' &&
            r.guardian?.nameHash === hmac(secret, g.name) &&
            r.guardian?.contactHash === hmac(secret, g.contact)
          )
            guardians.set(r.id, { name: g.name, contact: g.contact });
        }
        return answer === 'rejected' ? { id: r.id, status: answer, error: why } : { id: r.id, status: answer };
      });
      // as the collector does: a batch where nothing could be used is a 400, with the results
      const none = results.every((x) => x.status === 'rejected');
      posts.push({ ids, status: none ? 400 : 200 });
      res
        .writeHead(none ? 400 : 200, { 'content-type': 'application/json' })
        .end(JSON.stringify(none ? { error: 'every receipt in the batch was rejected', results } : { results }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    endpoint: `${url}/v1/receipts`,
    stored,
    seen,
    answers,
    posts,
    bodies,
    keys,
    guardians,
    failNext: (n, status = 500, retryAfter) => void (fail = { n, status, retryAfter }),
    hangNext: (n) => void (hang = n),
    rejectWhen: (test, reason = 'schema: not acceptable') => void (reject = { test, reason }),
    refuseBatchesOver: (n) => void (maxBatch = n),
    page: (path, html) => void pages.set(path, html),
    async waitFor(test, ms = 10_000) {
      const end = Date.now() + ms;
      while (!test()) {
        if (Date.now() > end) throw new Error('receipt server: condition not met in time');
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const r of hung) r.destroy();
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
