// @vitest-environment node
// Fuzz: several hundred malformed, oversized and hostile requests (seeded, reproducible) with valid
// receipts sent between them; hostile upload envelopes too (secrets, guardians, links and texts maps, strangers
// appending to known subjects, backdated or future or unauthenticated chains). Every hostile request
// gets a 4xx and none a 5xx; every valid receipt is stored exactly once, byte for byte, and nothing
// else is stored.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, expect, it } from 'vitest';
import receiptSchema from '../../src/receipts/receipt.schema.json';
import { startCollector, type RunningCollector } from '../../src/server/index';
import type { Receipt } from '../../src/receipts/types';
import { chain, draft, newSecret, prng, recent, secretsFor } from './fixtures';
import { describeBackends, readSubject, request, type Reply } from './helpers';

const SEED = Number(process.env.CONSENTRY_FUZZ_SEED ?? 20260301);
const HOSTILE = 420;
const TOKEN = 'fuzz-admin-token-0123456789';

const SQLISH = [
  "x'; DROP TABLE consentry_receipts;--",
  "' OR '1'='1",
  '1; DELETE FROM consentry_decisions',
  "Robert'); DROP TABLE students;--",
  '$1::text',
  '\\x27 UNION SELECT * FROM pg_shadow --',
  "'||(SELECT sqlite_version())||'",
];

interface Hostile {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const ajv = new Ajv({ strict: false });
addFormats(ajv);
const isValidReceipt = ajv.compile(receiptSchema);

function generator(rand: () => number, sent: () => Receipt[]) {
  const int = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
  const json = { 'content-type': 'application/json' };
  const post = (kind: string, body: string | Buffer, headers: Record<string, string> = json): Hostile => ({
    kind,
    method: 'POST',
    path: '/v1/receipts',
    headers,
    body,
  });
  const receipt = (): Record<string, any> =>
    JSON.parse(JSON.stringify({ ...draft({ subjectId: 'sub_fuzz' + int(1000, 9999) }), hash: 'c'.repeat(64) }));
  const wrongValues = [0, -1, 1e308, 3.14, true, false, null, [], {}, [1, 2], { a: 1 }, '', ' ', 'x'.repeat(70), '😀'.repeat(40)];
  const paths: (string | number)[][] = [
    ['schema'],
    ['id'],
    ['subjectId'],
    ['timestamp'],
    ['method'],
    ['locale'],
    ['controller'],
    ['controller', 'name'],
    ['controller', 'jurisdiction'],
    ['policy', 'url'],
    ['purposes'],
    ['purposes', 0, 'state'],
    ['purposes', 0, 'id'],
    ['purposes', 0, 'noticeHash'],
    ['purposes', 1, 'channels'],
    ['gpc'],
    ['sdk', 'version'],
    ['prev'],
    ['hash'],
  ];
  const set = (obj: any, path: (string | number)[], value: unknown) => {
    let o = obj;
    for (const k of path.slice(0, -1)) o = o[k];
    o[path[path.length - 1]] = value;
  };
  const batch = (rs: unknown[]) => JSON.stringify(rand() < 0.5 ? rs : { receipts: rs });

  const kinds: (() => Hostile)[] = [
    () => {
      const text = batch([receipt()]);
      return post('truncated JSON', text.slice(0, int(1, text.length - 2)));
    },
    () => post('random bytes', Buffer.from(Array.from({ length: int(1, 3000) }, () => int(0, 255)))),
    () => {
      // Some replacements happen to be valid (gpc: false, channels: {}): draw until the receipt is not.
      let r = receipt();
      do {
        r = receipt();
        set(r, pick(paths), pick(wrongValues));
      } while (isValidReceipt(r));
      return post('wrong type', batch([r]));
    },
    () => {
      const r = receipt();
      set(r, pick([['controller', 'name'], ['purposes', 0, 'title'], ['policy', 'version'], ['locale']]), 'A'.repeat(int(501, 20_000)));
      return post('long string', batch([r]));
    },
    () => post('huge body', JSON.stringify([{ ...receipt(), purposes: [{ title: 'x'.repeat(int(270_000, 600_000)) }] }])),
    () => {
      const d = int(33, 30_000);
      return post('deep nesting', pick(['[', '{"a":']) === '[' ? '['.repeat(d) + ']'.repeat(d) : '{"a":'.repeat(d) + '1' + '}'.repeat(d));
    },
    () => {
      const r = receipt();
      r.purposes[0].extra = JSON.parse('['.repeat(40) + ']'.repeat(40));
      return post('deep field', batch([r]));
    },
    () => {
      const key = pick(['"__proto__"', '"\\u005f_proto__"', '"__pro\\u0074o__"']);
      const where = int(0, 2);
      const body = [`[{${key}:{"isAdmin":true}}]`, `{"receipts":[],${key}:{"x":1}}`, `[{"purposes":[{${key}:[]}]}]`][where];
      return post('__proto__ key', body);
    },
    () =>
      post(
        'constructor.prototype',
        pick(['[{"constructor":{"prototype":{"x":1}}}]', '{"receipts":[{"a":{"constructor":{"prototype":{}}}}]}']),
      ),
    () => {
      const text = Buffer.from(batch([receipt()]));
      const at = text.indexOf('"title":"') + 9;
      const bad = pick([[0xff], [0xc3, 0x28], [0xe2, 0x28, 0xa1], [0xf0, 0x90, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]);
      return post('invalid UTF-8', Buffer.concat([text.subarray(0, at), Buffer.from(bad), text.subarray(at)]));
    },
    () => {
      const type = pick([
        'application/xml',
        'text/html',
        'multipart/form-data; boundary=zz',
        'application/octet-stream',
        'application/json; charset=utf-16',
        'text/plain; charset=iso-8859-1',
        'image/png',
        '',
      ]);
      return post('content type', batch([receipt()]), type ? { 'content-type': type } : {});
    },
    () => {
      const r = receipt();
      set(
        r,
        pick([
          ['id'],
          ['subjectId'],
          ['locale'],
          ['method'],
          ['purposes', 0, 'id'],
          ['purposes', 0, 'kind'],
          ['controller', 'jurisdiction'],
          ['prev'],
        ]),
        pick(SQLISH),
      );
      return post('SQL-ish field', batch([r]));
    },
    () =>
      post('not a batch', pick(['null', 'true', '42', '"receipts"', '{}', '{"receipts":{}}', '{"receipts":[],"x":1}', '{"Receipts":[]}'])),
    () => post('oversized batch', JSON.stringify(Array.from({ length: int(101, 180) }, () => ({ id: 'x' })))),
    () => {
      const r = receipt();
      r.purposes[0].title = 'before\u0000after';
      return post('NUL in title', batch([r]));
    },
    () =>
      post('number edge cases', pick(['[{"id":1e999}]', '[{"gpc":-0}]', '[NaN]', '[Infinity]', '[0x10]', "['single']", '[1,]', '[,1]'])),
    () => post('empty', pick(['', ' ', '\n\t'])),
    () => {
      const done = sent();
      const victim = (done.length ? pick(done) : { ...receipt(), id: 'not-a-uuid' }) as Receipt;
      // A re-sealed edit of a stored receipt: must be a conflict, never an overwrite.
      return post(
        'forged resend',
        JSON.stringify([{ ...victim, purposes: [{ ...victim.purposes[0], state: 'refused', title: pick(SQLISH) }] }]),
      );
    },
    () => ({
      kind: 'bad subject path',
      method: 'GET',
      headers: {},
      path: `/v1/subjects/${pick(['..%2F..%2Fetc%2Fpasswd', encodeURIComponent(pick(SQLISH)), 'ab', 'x'.repeat(int(129, 400)), '%00%00%00%00%00%00%00%00', '%E0%A4%A', 'sub%20with%20space'])}/receipts`,
    }),
    () => ({
      kind: 'bad export query',
      method: 'GET',
      headers: { authorization: `Bearer ${TOKEN}` },
      path: `/v1/${pick(['export', 'stats'])}?${pick([
        `format=${encodeURIComponent(pick(SQLISH))}`,
        'format=csv&from=2026-02-31',
        'format=csv&to=%00',
        'format=kantara&from=2026-01-01T00:00:00',
        'format=csv&tz=%2B24:00',
        'from=9999-99-99',
        'format=csv&format=kantara',
        'format=csv&page=2',
        `format=csv&from=${'9'.repeat(60)}`,
        'tz=' + encodeURIComponent(pick(SQLISH)),
      ])}`,
    }),
    () => ({
      kind: 'bad token',
      method: 'GET',
      path: '/v1/export?format=csv',
      headers: {
        authorization: pick(['Bearer ' + pick(SQLISH).replace(/ /g, ''), 'Bearer', `Basic ${TOKEN}`, 'Bearer ' + TOKEN.slice(0, -1)]),
      },
    }),
    () => ({
      kind: 'unknown origin',
      method: 'POST',
      path: '/v1/receipts',
      headers: { ...json, origin: pick(['https://evil.example', 'null', 'file://', 'http://127.0.0.1.evil.example']) },
      body: '[]',
    }),
    // The upload envelope's own fields: secrets and guardians.
    () => {
      const r = receipt();
      const n = int(101, 6000);
      const secrets = Object.fromEntries(Array.from({ length: n }, (_, i) => [`sub_many${i}xx`, newSecret()]));
      return post('huge secrets map', JSON.stringify({ receipts: [r], secrets: { ...secrets, [r.subjectId]: newSecret() } }));
    },
    () => {
      const r = receipt();
      const value = pick<unknown>([
        1,
        null,
        true,
        [],
        {},
        '',
        'short',
        'x'.repeat(43) + '!',
        'é'.repeat(43),
        newSecret() + '=',
        { toString: 'x' },
      ]);
      return post('non-string or malformed secret', JSON.stringify({ receipts: [r], secrets: { [r.subjectId]: value } }));
    },
    () => {
      const r = receipt();
      return post(
        'secret for a subject not in the batch',
        JSON.stringify({
          receipts: [r],
          secrets: { [pick(['sub_someone_else', 'constructor', 'toString', 'hasOwnProperty'])]: newSecret() },
        }),
      );
    },
    () => {
      const r = receipt();
      const secrets = { [r.subjectId]: newSecret() };
      const guardians = pick<unknown>([
        { [crypto.randomUUID()]: { name: '김보호', contact: '010-1234-5678' } },
        [],
        'x',
        { [r.id]: { name: 1, contact: 'a' } },
        { [r.id]: { name: 'a', contact: 'b', extra: 1 } },
        { [r.id]: { name: '  ', contact: 'x' } },
        { [r.id]: { name: 'a'.repeat(int(201, 5000)), contact: 'x' } },
        { [r.id]: { name: 'a\u0000b', contact: 'x' } },
        { [r.id]: null },
        Object.fromEntries(Array.from({ length: int(101, 400) }, () => [crypto.randomUUID(), { name: 'n', contact: 'c' }])),
      ]);
      return post('malformed guardians', JSON.stringify({ receipts: [r], secrets, guardians }));
    },
    () => {
      const r = receipt();
      const body = pick([
        `{"receipts":[],"secrets":{"__proto__":"${newSecret()}"}}`,
        `{"receipts":[],"guardians":{"__proto__":{"name":"a","contact":"b"}}}`,
        `{"receipts":[],"secrets":{"\\u005f_proto__":"x"}}`,
        `{"receipts":[],"guardians":{"constructor":{"prototype":{"name":"a"}}}}`,
        JSON.stringify({
          receipts: [{ ...r, subjectId: 'constructor' }],
          secrets: { constructor: newSecret() },
          guardians: { [r.id]: { name: 'a', contact: 'b' } },
        }),
      ]);
      return post('prototype keys in the envelope', body);
    },
    () => {
      // Member links and notice texts: malformed maps, forged or odd proofs, subjects nobody registered.
      const subject = 'sub_link' + int(1000, 9999) + 'x';
      const now = Math.floor(Date.now() / 1000);
      const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      const proof = pick<unknown>([
        `${b64({ alg: 'none' })}.${b64({ sub: 'a', exp: now + 60 })}.`,
        `${b64({ alg: 'HS256' })}.${b64({ sub: 'a', exp: now + 60 })}.sig`,
        'x'.repeat(int(4097, 9000)),
        12,
        null,
        { sub: 'a' },
        '',
        'a.b.c',
        SQLISH[int(0, SQLISH.length - 1)],
      ]);
      const body = pick([
        () => ({ receipts: [], secrets: { [subject]: newSecret() }, links: { [subject]: proof } }),
        () => ({ receipts: [], links: { [subject]: 'a.b.c' } }),
        () => ({ receipts: [], secrets: { [subject]: newSecret() }, links: [proof] }),
        () => ({
          receipts: [],
          secrets: {},
          links: Object.fromEntries(Array.from({ length: int(101, 300) }, (_, i) => [`sub_many${i}xxxx`, 'a.b.c'])),
        }),
        () => ({ receipts: [], texts: { ['a'.repeat(64)]: 'not this' } }),
        () => ({ receipts: [], secrets: { [subject]: newSecret() }, links: { [subject]: 'a.b.c' }, texts: { ['A'.repeat(64)]: 'x' } }),
        () => ({
          receipts: [],
          secrets: { [subject]: newSecret() },
          links: { [subject]: 'a.b.c' },
          texts: { ['b'.repeat(64)]: 'x\u0000' },
        }),
      ])();
      return post('hostile links or texts', JSON.stringify(body));
    },
    () => {
      const body = pick<unknown>([
        { type: 'erase', contact: 'a@b.example', message: 'x', subject: { id: 'sub_xxxxxxxx', secret: newSecret() } },
        { type: 'access', contact: 'a@b.example', message: '<script>alert(1)</script>', proof: 'a.b.c' },
        { type: 'access', contact: SQLISH[0], message: 'x', subject: { id: 'sub_xxxxxxxx', secret: newSecret() } },
        {
          type: 'access',
          contact: 'a@b.example',
          message: 'x'.repeat(int(2001, 9000)),
          subject: { id: 'sub_xxxxxxxx', secret: newSecret() },
        },
        { type: 'access', contact: 'a@b.example', message: 'x', subject: { id: 'sub_unknown01', secret: newSecret() } },
        { type: 'deletion', contact: 'a@b.example', message: 'x' },
        [],
        'x',
        { __proto__: { type: 'access' } },
      ]);
      return { kind: 'hostile rights request', method: 'POST', path: '/v1/requests', headers: json, body: JSON.stringify(body) };
    },
    () => ({
      kind: 'hostile member query',
      method: 'GET',
      path: pick([
        `/v1/audience?purpose=${encodeURIComponent(SQLISH[0])}&channel=sms`,
        '/v1/audience?purpose=marketing&channel=sms&at=2026-13-40T99:00:00Z',
        `/v1/accounts/${encodeURIComponent("a' OR 1=1 --")}/consent`,
        '/v1/notices?kind=result&cursor=' + 'A'.repeat(int(2, 900)),
        '/v1/notices/texts/' + 'g'.repeat(64),
        '/v1/requests/rq_x',
        '/v1/audience?purpose=marketing&channel=sms&limit=1000000000',
      ]),
      headers: { authorization: pick(['Bearer ' + TOKEN, 'Bearer a.b.c', 'Bearer ' + 'x'.repeat(30)]) },
    }),
    () => {
      // A stranger who knows a stored subject's id appends to its chain with a secret of their own.
      const done = sent();
      const victim = done.length ? pick(done) : (receipt() as unknown as Receipt);
      const r: Record<string, any> = { ...receipt(), subjectId: victim.subjectId, prev: victim.hash, timestamp: new Date().toISOString() };
      delete r.subjectKeyHash;
      return post('stranger appends', JSON.stringify({ receipts: [r], secrets: { [victim.subjectId]: newSecret() } }));
    },
    () => {
      // Valid new chains that break a rule: no secret (bare array), backdated to 2020, or in the future.
      const when = pick(['none', '2020', 'future']);
      const d = draft({
        subjectId: 'sub_rule' + int(1000, 9999) + 'x',
        timestamp:
          when === '2020'
            ? '2020-01-01T00:00:00.000Z'
            : when === 'future'
              ? new Date(Date.now() + 3_600_000).toISOString()
              : new Date().toISOString(),
      });
      const r = { ...d, hash: 'c'.repeat(64) };
      return post(
        `rule breaker (${when})`,
        when === 'none' ? JSON.stringify([r]) : JSON.stringify({ receipts: [r], secrets: secretsFor([r]) }),
      );
    },
  ];
  return () => pick(kinds)();
}

describeBackends('fuzz', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let c: RunningCollector;
  beforeAll(async () => {
    db = await backend.fresh();
    c = await startCollector({ databaseUrl: db.url, adminToken: TOKEN, rateLimit: false });
  });
  afterAll(async () => {
    await c?.close();
    await db?.cleanup();
  });

  it(`answers ${HOSTILE} hostile requests with 4xx (seed ${SEED}) and stores the valid receipts between them once`, async () => {
    const rand = prng(SEED);
    // 30 subjects x 3 receipts; some titles are SQL-ish and must round-trip untouched.
    const chains = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        chain(3, {
          // Spread over the last four weeks: inside the default window for a new subject's first receipt.
          start: recent((1 + (i % 28)) * 86_400_000),
          purposes: (j) => [
            {
              id: 'analytics',
              version: '1',
              necessity: 'optional',
              kind: 'analytics',
              state: j === 1 ? 'withdrawn' : 'given',
              title: i % 5 === 0 ? SQLISH[i % SQLISH.length] : '이용 통계 분석',
              noticeHash: 'a'.repeat(64),
            },
          ],
        }),
      ),
    );
    const queue = chains.flat().sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1));
    // Keep each subject's order: send chain i's receipts in sequence, subjects interleaved.
    const ordered: Receipt[] = [];
    for (let j = 0; j < 3; j++) for (const ch of chains) ordered.push(ch[j]);
    expect(ordered).toHaveLength(queue.length);
    const sent: Receipt[] = [];
    const next = generator(rand, () => sent);
    const bad: string[] = [];
    const kinds = new Map<string, number>();
    let v = 0;
    for (let i = 0; i < HOSTILE; i++) {
      const h = next();
      kinds.set(h.kind, (kinds.get(h.kind) ?? 0) + 1);
      let r: Reply;
      try {
        r = await request(c.url + h.path, { method: h.method, headers: h.headers, body: h.body });
      } catch (err) {
        bad.push(`#${i} ${h.kind}: no answer (${(err as Error).message})`);
        continue;
      }
      if (r.status < 400 || r.status > 499) bad.push(`#${i} ${h.kind}: ${r.status} ${r.text.slice(0, 200)}`);
      else if (r.headers['content-type']?.startsWith('application/json') && typeof r.json().error !== 'string')
        bad.push(`#${i} ${h.kind}: no error text`);
      // Every few hostile requests, a valid receipt (and now and then a resend of an earlier one).
      if (i % 4 === 3 && v < ordered.length) {
        const batch = [ordered[v++]];
        if (rand() < 0.3 && sent.length) batch.push(sent[Math.floor(rand() * sent.length)]);
        const ok = await request(`${c.url}/v1/receipts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ receipts: batch, secrets: secretsFor(batch) }),
        });
        expect(ok.status, ok.text).toBe(200);
        const res = ok.json().results;
        expect(res[0]).toEqual({ id: batch[0].id, status: 'stored', chain: 'ok' });
        if (res[1]) expect(res[1].status).toBe('duplicate');
        sent.push(batch[0]);
      }
    }
    while (v < ordered.length) {
      const r = await request(`${c.url}/v1/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ receipts: [ordered[v]], secrets: secretsFor([ordered[v]]) }),
      });
      expect(r.json().results[0].status).toBe('stored');
      sent.push(ordered[v++]);
    }
    expect(bad, bad.join('\n')).toEqual([]);
    // Every kind of hostile input was exercised.
    expect(kinds.size).toBeGreaterThanOrEqual(29);
    expect([...kinds.keys()]).toEqual(
      expect.arrayContaining([
        'huge secrets map',
        'non-string or malformed secret',
        'secret for a subject not in the batch',
        'malformed guardians',
        'prototype keys in the envelope',
        'stranger appends',
        'hostile links or texts',
        'hostile rights request',
        'hostile member query',
        'rule breaker (none)',
        'rule breaker (2020)',
        'rule breaker (future)',
      ]),
    );

    for (const ch of chains) {
      const mine = (await readSubject(c.url, ch[0].subjectId)).json();
      expect(mine.receipts).toEqual(ch);
      expect(mine.chainBreaks).toEqual([]);
    }
    const stats = (await request(`${c.url}/v1/stats`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    expect(stats.receipts).toBe(90);
    expect(stats.chainBreaks).toBe(0);
    expect((await request(`${c.url}/healthz`)).status).toBe(200);
  }, 90_000);
});
