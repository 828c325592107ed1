// `npm run bench:collector`: how fast the collector ingests receipts over real HTTP on 127.0.0.1,
// next to the raw better-sqlite3 insert rate on the same machine. Builds first (npm script), then:
//
//   node test/bench/collector.mjs [--concurrency 16] [--batch 10] [--requests 2000] [--seconds 30]
//                                 [--database-url <sqlite path | postgres://…>] [--json out.json]
//   node test/bench/collector.mjs --processes 4 [--database-url postgres://…] [--receipts 1000000]
//                                 (members at scale: see collector-scale.mjs)
//
// Receipts are valid and hash-chained (each client continues its own subjects' chains), generated
// before timing. The HTTP client is a plain Node loop with keep-alive sockets, one per concurrent client.
import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const { values: flags } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '16' },
    batch: { type: 'string', default: '10' },
    requests: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '30' },
    'database-url': { type: 'string' },
    json: { type: 'string' },
    processes: { type: 'string' },
    receipts: { type: 'string' },
    'per-subject': { type: 'string' },
  },
});
const C = Number(flags.concurrency);
const B = Number(flags.batch);
const REQUESTS = Number(flags.requests);
const SECONDS = Number(flags.seconds);
for (const [k, v] of Object.entries({ concurrency: C, batch: B, requests: REQUESTS, seconds: SECONDS })) {
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${k} must be a positive integer`);
}

const serverBuild = join(root, 'dist/server.js');
const receiptsBuild = join(root, 'dist/receipts.js');
if (!existsSync(serverBuild) || !existsSync(receiptsBuild)) {
  console.error('bench: dist/server.js or dist/receipts.js missing; run `npm run build` (npm run bench:collector does).');
  process.exit(1);
}
const { startCollector, openStore, ingestBatch } = await import(pathToFileURL(serverBuild).href);
const { canonicalize } = await import(pathToFileURL(receiptsBuild).href);

if (flags.processes !== undefined || flags.receipts !== undefined) {
  const { scaleBench } = await import('./collector-scale.mjs');
  const out = await scaleBench({
    root,
    databaseUrl: flags['database-url'],
    processes: Number(flags.processes ?? 1),
    receipts: Number(flags.receipts ?? 20_000),
    batch: B,
    concurrency: flags.concurrency === '16' ? 8 : C,
    perSubject: Number(flags['per-subject'] ?? 5),
    canonicalize,
  });
  if (flags.json) writeFileSync(flags.json, JSON.stringify(out, null, 2));
  process.exit(0);
}
const { default: Database } = await import('better-sqlite3');

const dir = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
const databaseUrl = flags['database-url'] ?? join(dir, 'bench.sqlite');
const isPg = /^postgres/.test(databaseUrl);

// ---- receipts: client k owns B subjects; its j-th batch carries link j of each subject's chain ----
const hashOf = (r) => {
  const { hash, ...rest } = r;
  return createHash('sha256').update(canonicalize(rest), 'utf8').digest('hex');
};
const uuid = () => crypto.randomUUID();
// Warm-up batches per client (not timed), then enough for REQUESTS timed requests.
const WARM = Math.max(1, Math.ceil(50 / C));
const perClient = WARM + Math.ceil(REQUESTS / C);
// Each subject has its secret (as the SDK keeps it); its first receipt registers the secret's hash.
const secrets = new Map();
const secretsOf = (batch) => Object.fromEntries(batch.map((r) => [r.subjectId, secrets.get(r.subjectId)]));
function makeBatches() {
  // Recent enough for a new subject's first receipt, and the last one still in the past.
  const t0 = Date.now() - (perClient + 1) * 60_000;
  const batches = Array.from({ length: C }, () => []);
  for (let k = 0; k < C; k++) {
    const subjects = Array.from({ length: B }, () => ({ id: 'sub_' + uuid().replace(/-/g, '').slice(0, 20), prev: null }));
    for (const s of subjects) secrets.set(s.id, randomBytes(32).toString('base64url'));
    for (let j = 0; j < perClient; j++) {
      batches[k].push(
        subjects.map((s, i) => {
          const r = {
            schema: 'consentry.receipt/1',
            id: uuid(),
            subjectId: s.id,
            timestamp: new Date(t0 + j * 60_000 + i).toISOString(),
            method: j % 3 ? 'preferences' : 'banner',
            locale: 'ko',
            controller: { name: '예시 주식회사', contact: 'privacy@example.com', jurisdiction: 'KR' },
            policy: { version: '2026-02-15', url: 'https://example.com/privacy' },
            purposes: [
              {
                id: 'analytics',
                version: '1',
                necessity: 'optional',
                kind: 'analytics',
                state: j % 2 ? 'withdrawn' : 'given',
                title: '이용 통계 분석',
                noticeHash: 'a'.repeat(64),
              },
              {
                id: 'marketing',
                version: '2',
                necessity: 'optional',
                kind: 'marketing',
                state: 'refused',
                title: '마케팅 정보 수신',
                noticeHash: 'b'.repeat(64),
                channels: { email: 'refused', sms: 'refused' },
              },
            ],
            gpc: false,
            sdk: { name: 'consentry', version: '0.1.0' },
            prev: s.prev,
            ...(s.prev === null ? { subjectKeyHash: createHash('sha256').update(secrets.get(s.id), 'utf8').digest('hex') } : {}),
          };
          r.hash = hashOf(r);
          s.prev = r.hash;
          return r;
        }),
      );
    }
  }
  return batches;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

// ---- 1. the collector over HTTP ----
async function benchHttp(batches) {
  const collector = await startCollector({ databaseUrl, rateLimit: false, logger: false });
  const agent = new http.Agent({ keepAlive: true, maxSockets: C });
  const post = (batch) =>
    new Promise((ok, fail) => {
      const body = JSON.stringify({ receipts: batch, secrets: secretsOf(batch) });
      const started = process.hrtime.bigint();
      const req = http.request(
        `${collector.url}/v1/receipts`,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (text += c));
          res.on('end', () => {
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            if (res.statusCode !== 200) return fail(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
            const results = JSON.parse(text).results;
            if (results.some((r) => r.status !== 'stored' || r.chain !== 'ok'))
              return fail(new Error(`not stored cleanly: ${text.slice(0, 300)}`));
            ok(ms);
          });
        },
      );
      req.on('error', fail);
      req.end(body);
    });
  // Warm-up (JIT, statement caches): the first batches of each client, not counted.
  await Promise.all(
    batches.map(async (own) => {
      for (let j = 0; j < WARM; j++) await post(own[j]);
    }),
  );
  const latencies = [];
  let next = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const t0 = process.hrtime.bigint();
  await Promise.all(
    batches.map(async (own) => {
      for (let j = WARM; j < own.length; j++) {
        if (next >= REQUESTS || Date.now() > deadline) return;
        next++;
        latencies.push(await post(own[j]));
      }
    }),
  );
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  agent.destroy();
  await collector.close();
  latencies.sort((a, b) => a - b);
  return {
    name: `HTTP POST /v1/receipts (${isPg ? 'PostgreSQL' : 'SQLite'}, full path)`,
    requests: latencies.length,
    receipts: latencies.length * B,
    seconds: secs,
    rps: (latencies.length * B) / secs,
    reqps: latencies.length / secs,
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    max: latencies[latencies.length - 1],
  };
}

// ---- 2. the ingest path without HTTP (canonical JSON, hash check, chain check, insert; no schema check) ----
async function benchIngest(batches) {
  const url = isPg ? databaseUrl : join(dir, 'ingest.sqlite');
  const store = await openStore(url);
  const flat = batches.map((own) => own.map((batch) => batch.map((r) => ({ ...r, id: uuid(), subjectId: r.subjectId + 'x' })))); // fresh ids and subjects
  for (const [id, secret] of [...secrets]) secrets.set(id + 'x', secret);
  // Re-seal so the chains stay intact after the id/subject change.
  for (const own of flat) {
    const prev = new Map();
    for (const batch of own)
      for (const r of batch) {
        r.prev = prev.get(r.subjectId) ?? null;
        r.hash = hashOf(r);
        prev.set(r.subjectId, r.hash);
      }
  }
  const n = Math.min(REQUESTS, flat[0].length * C);
  const t0 = process.hrtime.bigint();
  let done = 0;
  outer: for (let j = 0; ; j++)
    for (let k = 0; k < C; k++) {
      if (done >= n || j >= flat[k].length) break outer;
      await ingestBatch(flat[k][j], store, () => null, { secrets: new Map(Object.entries(secretsOf(flat[k][j]))) });
      done++;
    }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  await store.close();
  return {
    name: 'ingestBatch() in process (no HTTP, no schema check)',
    requests: done,
    receipts: done * B,
    seconds: secs,
    rps: (done * B) / secs,
    reqps: done / secs,
  };
}

// ---- 3. raw better-sqlite3 inserts into the collector's own tables ----
async function benchRaw(batches, synchronous, perTx) {
  const file = join(dir, `raw-${synchronous}-${perTx}.sqlite`);
  const store = await openStore(file); // same schema, indexes and triggers as the collector
  await store.close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  const ins = db.prepare(
    'INSERT INTO consentry_receipts (id, subject_id, ts_ms, received_ms, hash, prev, chain_error, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const dec = db.prepare(
    'INSERT INTO consentry_decisions (receipt_id, purpose_id, necessity, state, ts_ms, title) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const rows = batches
    .flat(2)
    .slice(0, REQUESTS * B)
    .map((r) => ({ r, body: JSON.stringify(r), ts: Date.parse(r.timestamp) }));
  const insertMany = db.transaction((part) => {
    for (const { r, body, ts } of part) {
      ins.run(uuid(), r.subjectId, ts, Date.now(), r.hash, r.prev, null, body);
      for (const p of r.purposes) dec.run(r.id, p.id, p.necessity, p.state, ts, p.title);
    }
  });
  db.pragma('foreign_keys = OFF'); // decisions reference ids we re-generate above
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rows.length; i += perTx) insertMany(rows.slice(i, i + perTx));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  db.close();
  return {
    name: `raw better-sqlite3 insert, synchronous=${synchronous}, ${perTx === rows.length ? 'one transaction' : `${perTx} rows per transaction`}`,
    requests: Math.ceil(rows.length / perTx),
    receipts: rows.length,
    seconds: secs,
    rps: rows.length / secs,
    reqps: rows.length / perTx / secs,
  };
}

console.log(`consentry collector ingest benchmark`);
console.log(
  `Node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model?.trim()}), load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `concurrency ${C}, ${B} receipts per request, up to ${REQUESTS} requests or ${SECONDS} s; storage ${isPg ? 'PostgreSQL' : 'SQLite (WAL, synchronous=FULL)'}\n`,
);
const rows = [];
try {
  const genStart = Date.now();
  const batches = makeBatches();
  console.log(`generated ${fmt(batches.flat(2).length)} chained receipts in ${Date.now() - genStart} ms\n`);
  rows.push(await benchHttp(batches));
  rows.push(await benchIngest(batches));
  rows.push(await benchRaw(batches, 'FULL', B));
  rows.push(await benchRaw(batches, 'NORMAL', B));
  rows.push(await benchRaw(batches, 'FULL', REQUESTS * B));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const header = ['measurement', 'receipts', 'seconds', 'receipts/s', 'requests/s', 'p50 ms', 'p99 ms', 'max ms'];
const table = rows.map((r) => [
  r.name,
  fmt(r.receipts),
  fmt(r.seconds, 2),
  fmt(r.rps),
  fmt(r.reqps),
  r.p50 === undefined ? '' : fmt(r.p50, 1),
  r.p99 === undefined ? '' : fmt(r.p99, 1),
  r.max === undefined ? '' : fmt(r.max, 1),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
for (const row of table) console.log(line(row));
if (flags.json)
  writeFileSync(flags.json, JSON.stringify({ node: process.version, cpus: cpus().length, concurrency: C, batch: B, rows }, null, 2));
