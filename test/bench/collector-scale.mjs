// `npm run bench:collector -- --processes 4 [--database-url postgres://…] [--receipts 1000000]`:
// several collector processes on one database, fed by one load generator, then the member queries
// on what they stored. Members' browsers: every subject sends `--per-subject` receipts (marketing
// with SMS / e-mail / night-time answers, analytics) and links itself to an account with a signed
// proof on its first upload; two subjects per account (two devices). Afterwards: the audience query
// (day and night) and the notice lists, timed over HTTP and explained by PostgreSQL (EXPLAIN ANALYZE).
//
// Without --database-url a throw-away PostgreSQL is started (test/tools/postgres.mjs). The default
// run is small (20 000 receipts); --receipts 1000000 is the documented scale run (long: run it once,
// on an idle machine, and note the load average printed at the start and end).
import { spawn } from 'node:child_process';
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const LINK_SECRET = 'bench-link-secret-0123456789-abcdefgh';
const SERVICE = 'bench-service-token-0123456789';
const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
const proof = (accountId) => {
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: accountId, iat: now, exp: now + 900, jti: randomUUID() })}`;
  return `${head}.${createHmac('sha256', LINK_SECRET).update(head).digest('base64url')}`;
};

export async function scaleBench({ root, databaseUrl, processes, receipts, batch, concurrency, perSubject, canonicalize }) {
  const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  let pg = null;
  let url = databaseUrl;
  if (!url) {
    const { startPostgres, createDatabase } = await import(pathToFileURL(join(root, 'test/tools/postgres.mjs')).href);
    pg = await startPostgres();
    if (pg.skipped) throw new Error(`no PostgreSQL: ${pg.skipped}`);
    const db = await createDatabase(pg.url, 'consentry_bench');
    url = db.url;
  }
  if (!/^postgres/.test(url) && processes > 1) throw new Error('several processes need PostgreSQL (--database-url postgres://…)');
  const load0 = loadavg();
  console.log(`consentry collector scale benchmark: ${processes} collector process(es), ${fmt(receipts)} receipts`);
  console.log(
    `Node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model?.trim()}), load average at start ${load0.map((l) => l.toFixed(2)).join(' ')}`,
  );

  // Workers.
  const serverBuild = join(root, 'dist/server.js');
  const workers = await Promise.all(
    Array.from(
      { length: processes },
      () =>
        new Promise((ok, fail) => {
          const proc = spawn(process.execPath, [join(root, 'test/bench/collector-worker.mjs'), serverBuild, url, LINK_SECRET], {
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          let out = '';
          proc.stdout.on('data', (b) => {
            out += b;
            const m = /listening (http:\/\/\S+)/.exec(out);
            if (m) ok({ proc, url: m[1] });
          });
          proc.on('exit', (code) => fail(new Error(`worker exited ${code}`)));
        }),
    ),
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const send = (base, path, body) =>
    new Promise((ok, fail) => {
      const data = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        `${base}${path}`,
        {
          method: data ? 'POST' : 'GET',
          agent,
          headers: data
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }
            : { authorization: `Bearer ${SERVICE}` },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () =>
            res.statusCode === 200
              ? ok(Buffer.concat(chunks).toString())
              : fail(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString().slice(0, 300)}`)),
          );
        },
      );
      req.on('error', fail);
      req.end(data);
    });

  // Subjects in rounds: a round is `batch` fresh subjects (one client's), each sending its chain of
  // `perSubject` receipts one per request, so a request carries one receipt of each of `batch` subjects.
  const subjectsTotal = Math.ceil(receipts / perSubject);
  const hashOf = (r) => {
    const { hash, ...rest } = r;
    return createHash('sha256').update(canonicalize(rest), 'utf8').digest('hex');
  };
  let nextSubject = 0;
  let sent = 0;
  const latencies = [];
  const t0Base = Date.now() - 20 * 86_400_000;
  async function client(k) {
    const base = workers[k % workers.length].url;
    for (;;) {
      const first = nextSubject;
      if (first >= subjectsTotal) return;
      nextSubject += batch;
      const subjects = [];
      for (let i = first; i < Math.min(first + batch, subjectsTotal); i++) {
        const secret = randomBytes(32).toString('base64url');
        subjects.push({ id: `sub_b${i.toString(36).padStart(8, '0')}`, secret, prev: null, account: `acct-${Math.floor(i / 2)}`, n: i });
      }
      for (let j = 0; j < perSubject; j++) {
        const rs = subjects.map((s) => {
          const sms = (s.n + j) % 3 !== 0 ? 'given' : 'refused';
          const email = (s.n + j) % 4 !== 0 ? 'given' : 'refused';
          const marketingGiven = (s.n * 7 + j) % 5 !== 0;
          const r = {
            schema: 'consentry.receipt/1',
            id: randomUUID(),
            subjectId: s.id,
            timestamp: new Date(t0Base + s.n * 10 + j * 86_400_000).toISOString(),
            method: j ? 'preferences' : 'banner',
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
                state: marketingGiven ? 'given' : 'withdrawn',
                title: '마케팅 정보 수신',
                noticeHash: 'b'.repeat(64),
                channels: { sms: marketingGiven ? sms : 'refused', email: marketingGiven ? email : 'refused' },
                nightTime: marketingGiven && (s.n + j) % 2 ? 'given' : 'refused',
              },
            ],
            gpc: false,
            sdk: { name: 'consentry', version: '0.1.0' },
            prev: s.prev,
            ...(s.prev === null ? { subjectKeyHash: createHash('sha256').update(s.secret, 'utf8').digest('hex') } : {}),
          };
          r.hash = hashOf(r);
          s.prev = r.hash;
          return r;
        });
        const body = {
          receipts: rs,
          secrets: Object.fromEntries(subjects.map((s) => [s.id, s.secret])),
          ...(j === 0 ? { links: Object.fromEntries(subjects.map((s) => [s.id, proof(s.account)])) } : {}),
        };
        const started = process.hrtime.bigint();
        const text = await send(base, '/v1/receipts', body);
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (text.includes('"rejected"')) throw new Error(`rejected: ${text.slice(0, 300)}`);
        sent += rs.length;
      }
      if (Math.floor((sent - subjects.length * perSubject) / 100_000) !== Math.floor(sent / 100_000)) {
        console.log(`  … ${fmt(sent)} receipts, ${fmt(sent / ((Date.now() - tStart) / 1000))} receipts/s, load ${loadavg()[0].toFixed(2)}`);
      }
    }
  }
  const tStart = Date.now();
  await Promise.all(Array.from({ length: concurrency }, (_, k) => client(k)));
  const ingestS = (Date.now() - tStart) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  const rows = [
    [
      "ingest over HTTP (links on each subject's first upload)",
      `${fmt(sent)} receipts in ${fmt(ingestS, 1)} s`,
      `${fmt(sent / ingestS)} receipts/s, p50 ${fmt(pct(50), 1)} ms, p99 ${fmt(pct(99), 1)} ms`,
    ],
  ];

  // Queries, over HTTP through the first worker, all pages.
  const timed = async (name, path, key) => {
    let cursor = null;
    let n = 0;
    const t = process.hrtime.bigint();
    do {
      const page = JSON.parse(await send(workers[0].url, path + (cursor ? `&cursor=${cursor}` : '')));
      n += page[key].length;
      cursor = page.next;
    } while (cursor);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    rows.push([name, `${fmt(n)} ${key}`, `${fmt(ms, 0)} ms`]);
  };
  await timed(
    'audience, SMS at 10:00 KST (all pages of 10 000)',
    '/v1/audience?purpose=marketing&channel=sms&at=2026-03-02T10:00:00%2B09:00&limit=10000',
    'accounts',
  );
  await timed(
    'audience, SMS at 21:30 KST (night-time consent needed)',
    '/v1/audience?purpose=marketing&channel=sms&at=2026-03-02T21:30:00%2B09:00&limit=10000',
    'accounts',
  );
  await timed(
    'audience, first page of 1 000 (SMS, day)',
    '/v1/audience?purpose=marketing&channel=sms&at=2026-03-02T10:00:00%2B09:00&limit=1000&x=',
    'accounts',
  ).catch(() => {});
  await timed('result notices not yet sent (all pages of 10 000)', '/v1/notices?kind=result&limit=10000', 'notices');
  await timed('reconfirmations due within 800 days', '/v1/notices?kind=reconfirm&due=800&limit=10000', 'notices');

  // Plans.
  const plans = [];
  if (/^postgres/.test(url)) {
    const { default: pgLib } = await import('pg');
    const c = new pgLib.Client({ connectionString: url });
    await c.connect();
    await c.query('ANALYZE');
    const explain = async (name, sql, params) => {
      const { rows: r } = await c.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
      plans.push({ name, plan: r.map((x) => x['QUERY PLAN']).join('\n') });
    };
    await explain(
      'audience page (SMS, night-time, first 500)',
      `SELECT c.account_id FROM consentry_account_items c
     JOIN consentry_account_items p ON p.account_id = c.account_id AND p.purpose_id = c.purpose_id AND p.item = $1
     WHERE c.purpose_id = $2 AND c.item = $3 AND c.state = 'given' AND c.account_id > $4
       AND p.state = 'given' AND c.ts_ms > p.rev_ms AND EXISTS (SELECT 1 FROM consentry_account_items n WHERE n.account_id = c.account_id
       AND n.purpose_id = c.purpose_id AND n.item = $5 AND n.state = 'given' AND n.ts_ms > p.rev_ms)
     ORDER BY c.account_id LIMIT $6`,
      ['', 'marketing', 'channel:sms', '', 'night', 500],
    );
    await explain(
      'result notices page (first 500)',
      `SELECT id FROM consentry_notices WHERE kind = 'result' AND sent_ms IS NULL AND due_ms <= $1
      AND (due_ms, id) > ($2, $3) ORDER BY due_ms, id LIMIT $4`,
      [Number.MAX_SAFE_INTEGER, -1, '', 500],
    );
    await explain(
      'reconfirmations due (first 500)',
      `SELECT reconfirm_id FROM consentry_account_items WHERE due_ms IS NOT NULL AND due_ms <= $1
      AND (due_ms, reconfirm_id) > ($2, $3) ORDER BY due_ms, reconfirm_id LIMIT $4`,
      [Date.now() + 800 * 86_400_000, -1, '', 500],
    );
    const sizes = await c.query(`SELECT relname, n_live_tup FROM pg_stat_user_tables WHERE relname LIKE 'consentry_%' ORDER BY relname`);
    rows.push(['tables', sizes.rows.map((r) => `${r.relname.replace('consentry_', '')} ${fmt(Number(r.n_live_tup))}`).join(', '), '']);
    await c.end();
  }
  agent.destroy();
  for (const w of workers) w.proc.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((ok) => (w.proc.exitCode !== null ? ok() : w.proc.on('exit', ok)))));
  if (pg && !pg.external) await pg.stop();

  console.log(
    `load average at end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
  for (const p of plans) console.log(`\n${p.name}:\n${p.plan}`);
  return { rows, plans, load: { start: load0, end: loadavg() } };
}
