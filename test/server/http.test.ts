// @vitest-environment node
// The collector's HTTP edge: origins, CORS, limits, content types, hostile bodies, logs. The edge does
// not depend on the storage, so these run on a real SQLite file only (the full suite runs on both).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackages, MissingDependencyError } from '../../src/server/optional-packages';
import { createCollector, startCollector, type CollectorOptions, type RunningCollector } from '../../src/server/index';
import { parseDatabaseUrl } from '../../src/server/store/open';
import { tokenMatches, bearerToken } from '../../src/server/auth';
import { chain, newSecret, newSubjectId, secretsFor } from './fixtures';
import { postJson, readSubject, request, upload } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'consentry-http-'));
let n = 0;
const started: RunningCollector[] = [];
async function collector(options: CollectorOptions = {}): Promise<RunningCollector> {
  const c = await startCollector({ databaseUrl: join(dir, `c${n++}.sqlite`), rateLimit: false, ...options });
  started.push(c);
  return c;
}
afterAll(async () => {
  await Promise.all(started.map((c) => c.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('origins and CORS', () => {
  let c: RunningCollector;
  beforeAll(async () => {
    c = await collector({ allowedOrigins: ['https://shop.example.com', 'https://*.example.org', 'http://localhost:3000'] });
  });

  it('gives a listed origin CORS headers, on the preflight and the POST', async () => {
    const pre = await request(`${c.url}/v1/receipts`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('https://shop.example.com');
    expect(String(pre.headers['access-control-allow-methods'])).toContain('POST');
    const rs = await chain(1);
    const r = await upload(c.url, rs, {}, { origin: 'https://shop.example.com' });
    expect(r.status).toBe(200);
    expect(r.headers['access-control-allow-origin']).toBe('https://shop.example.com');
    expect((await postJson(`${c.url}/v1/receipts`, [], { origin: 'https://a.b.example.org' })).headers['access-control-allow-origin']).toBe(
      'https://a.b.example.org',
    );
    expect((await postJson(`${c.url}/v1/receipts`, [], { origin: 'http://localhost:3000' })).status).toBe(200);
  });

  it('refuses an unknown origin with 403 and no CORS headers, before storing anything', async () => {
    const [r0] = await chain(1);
    for (const origin of [
      'https://evil.example',
      'https://example.org',
      'http://shop.example.com',
      'https://shop.example.com.evil.example',
      'http://localhost:3001',
      'null',
      'not a url',
    ]) {
      const pre = await request(`${c.url}/v1/receipts`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(pre.status, origin).toBe(403);
      const r = await upload(c.url, [r0], {}, { origin });
      expect(r.status, origin).toBe(403);
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
      expect(r.json().error).toMatch(/origin not allowed/);
    }
    // Nothing was stored: the subject's key was never registered, so its own secret opens nothing.
    expect((await readSubject(c.url, r0.subjectId)).status).toBe(403);
  });

  it('lets same-origin pages and clients without Origin through; sameOriginOnly: false refuses same-origin', async () => {
    const self = `http://127.0.0.1:${c.port}`;
    expect((await postJson(`${c.url}/v1/receipts`, [], { origin: self })).status).toBe(200);
    expect((await postJson(`${c.url}/v1/receipts`, [])).status).toBe(200);
    const strict = await collector({ sameOriginOnly: false });
    expect((await postJson(`${strict.url}/v1/receipts`, [], { origin: `http://127.0.0.1:${strict.port}` })).status).toBe(403);
    // A forged Host does not make a foreign origin "same".
    expect((await postJson(`${strict.url}/v1/receipts`, [], { origin: 'https://evil.example', host: 'evil.example' })).status).toBe(403);
  });

  it('allows any origin only when told so with "*"', async () => {
    const open = await collector({ allowedOrigins: ['*'] });
    const r = await postJson(`${open.url}/v1/receipts`, [], { origin: 'https://anywhere.example' });
    expect(r.status).toBe(200);
    expect(r.headers['access-control-allow-origin']).toBe('https://anywhere.example');
  });

  it('refuses a malformed allowlist at start-up', async () => {
    for (const bad of ['shop.example.com', 'https://shop.example.com/path', 'ftp://x.example']) {
      await expect(createCollector({ databaseUrl: join(dir, 'never.sqlite'), allowedOrigins: [bad] })).rejects.toThrow(/allowed origin/);
    }
  });
});

describe('limits', () => {
  it('answers 429 past the rate limit, with Retry-After; /healthz is not limited', async () => {
    const c = await collector({ rateLimit: { max: 3, timeWindow: 60_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await postJson(`${c.url}/v1/receipts`, [])).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const r = await postJson(`${c.url}/v1/receipts`, []);
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    expect(r.json().error).toMatch(/rate limit/i);
    for (let i = 0; i < 5; i++) expect((await request(`${c.url}/healthz`)).status).toBe(200);
  });

  it('answers 413 for a body over the limit and a batch over the limit', async () => {
    const c = await collector({ bodyLimit: 16_384, maxBatch: 3 });
    const big = await postJson(`${c.url}/v1/receipts`, [{ pad: 'x'.repeat(17_000) }]);
    expect(big.status).toBe(413);
    expect(big.json().error).toBe('the body is larger than the limit of 16384 bytes');
    // Chunked (no Content-Length) too.
    const chunked = await request(`${c.url}/v1/receipts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: JSON.stringify(['y'.repeat(17_000)]),
    });
    expect(chunked.status).toBe(413);
    const four = await chain(4);
    const many = await postJson(`${c.url}/v1/receipts`, four);
    expect(many.status).toBe(413);
    expect(many.json().error).toBe('the batch has 4 receipts; the limit is 3 per request');
    expect((await upload(c.url, four.slice(0, 3))).status).toBe(200);
  });

  it('has sane defaults: 256 KiB body, 100 receipts per batch', async () => {
    const c = await collector();
    expect((await postJson(`${c.url}/v1/receipts`, ['z'.repeat(300 * 1024)])).status).toBe(413);
    expect(
      (
        await postJson(
          `${c.url}/v1/receipts`,
          Array.from({ length: 101 }, () => 1),
        )
      ).status,
    ).toBe(413);
  });
});

describe('bodies and content types', () => {
  let c: RunningCollector;
  beforeAll(async () => {
    c = await collector();
  });
  const raw = (body: string | Buffer, type?: string) =>
    request(`${c.url}/v1/receipts`, { method: 'POST', headers: type ? { 'content-type': type } : {}, body });

  it('takes text/plain JSON (what sendBeacon sends without a preflight)', async () => {
    const rs = await chain(1);
    const r = await raw(JSON.stringify({ receipts: rs, secrets: secretsFor(rs) }), 'text/plain;charset=UTF-8');
    expect(r.status).toBe(200);
    expect(r.json().results[0].status).toBe('stored');
  });

  it('answers 415 for other content types and charsets', async () => {
    for (const type of [
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
      'application/json; charset=latin1',
    ]) {
      const r = await raw('[]', type);
      expect(r.status, type).toBe(415);
      expect(typeof r.json().error).toBe('string');
    }
    expect((await raw('[]')).status).toBe(415);
  });

  it('answers 400 for malformed JSON, invalid UTF-8, deep nesting and prototype keys', async () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['truncated', '[{"id": "x"', /not valid JSON/],
      ['empty', '', /empty/],
      ['spaces', '   ', /empty/],
      ['invalid utf-8', Buffer.concat([Buffer.from('[{"title":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}]')]), /UTF-8/],
      ['deep', '['.repeat(5000) + ']'.repeat(5000), /nested deeper/],
      ['__proto__', '[{"__proto__":{"polluted":true}}]', /forbidden key "__proto__"/],
      ['escaped __proto__', '{"receipts":[],"\\u005f_proto__":{}}', /forbidden key/],
      ['constructor.prototype', '[{"constructor":{"prototype":{"polluted":true}}}]', /forbidden key "constructor"/],
      ['urlencoded', 'receipts=1', /JSON array/],
    ];
    for (const [name, body, message] of cases) {
      const r = await raw(body, name === 'urlencoded' ? 'application/x-www-form-urlencoded' : 'application/json');
      expect(r.status, name).toBe(400);
      expect(r.json().error, name).toMatch(message);
    }
    expect(({} as any).polluted).toBeUndefined();
  });

  it('answers JSON 404 for unknown routes and methods', async () => {
    for (const [method, path] of [
      ['GET', '/nope'],
      ['DELETE', '/v1/receipts'],
      ['PUT', '/v1/receipts'],
      ['GET', '/v1/receipts'],
    ]) {
      const r = await request(c.url + path, { method });
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(r.json()).toEqual({ error: 'not found' });
    }
  });

  it('sets protective headers', async () => {
    const r = await request(`${c.url}/healthz`);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
  });
});

describe('storage outage', () => {
  it('answers 503 with Retry-After (not 500) when the database is unreachable, and /healthz says so', async () => {
    const { openStore } = await import('../../src/server/index');
    const real = await openStore(join(dir, 'outage.sqlite'));
    const down = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    const c = await startCollector({
      store: { ...real, dialect: 'postgres', ingest: down, ping: down, checkWritable: down } as any,
      rateLimit: false,
    });
    try {
      const r = await upload(c.url, await chain(1));
      expect(r.status).toBe(503);
      expect(r.headers['retry-after']).toBe('5');
      expect(r.json()).toEqual({ error: 'storage unavailable, retry later' });
      const h = await request(`${c.url}/healthz`);
      expect(h.status).toBe(503);
      expect(h.json()).toMatchObject({ ok: false });
    } finally {
      await c.close();
      await real.close();
    }
  });
});

describe('logging', () => {
  it('keeps subject ids (capabilities) out of request logs', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) });
    const app = await createCollector({ databaseUrl: join(dir, 'log.sqlite'), logger: { level: 'info', stream } as any, rateLimit: false });
    try {
      const subject = newSubjectId();
      const r = await app.inject({
        method: 'GET',
        url: `/v1/subjects/${subject}/receipts`,
        headers: { authorization: `Bearer ${newSecret()}` },
      });
      expect(r.statusCode).toBe(403);
      const log = lines.join('');
      expect(log).toContain('/v1/subjects/[redacted]/receipts');
      expect(log).not.toContain(subject);
    } finally {
      await app.close();
    }
  });
});

describe('helpers', () => {
  it('names every missing optional package and how to install it', async () => {
    const importer = async (s: string) => {
      if (s === 'fastify' || s === 'pg')
        throw Object.assign(new Error(`Cannot find package '${s}' imported from x`), { code: 'ERR_MODULE_NOT_FOUND' });
      return { default: s };
    };
    const err = await loadPackages(['fastify', '@fastify/cors', 'pg'], 'the collector server', importer).catch((e) => e);
    expect(err).toBeInstanceOf(MissingDependencyError);
    expect(err.packages).toEqual(['fastify', 'pg']);
    expect(err.message).toContain('npm install fastify pg');
    expect(await loadPackages(['@fastify/cors'], 'x', importer)).toEqual(['@fastify/cors']);
    // A broken install (a dependency of the package missing) is not disguised as "not installed".
    const deep = async () => {
      throw Object.assign(new Error("Cannot find package 'avvio' imported from fastify"), { code: 'ERR_MODULE_NOT_FOUND' });
    };
    await expect(loadPackages(['fastify'], 'x', deep)).rejects.toThrow(/avvio/);
  });

  it('reads database URLs', () => {
    expect(parseDatabaseUrl('postgres://u:p@h/db')).toEqual({ kind: 'postgres', url: 'postgres://u:p@h/db' });
    expect(parseDatabaseUrl('postgresql://h/db').kind).toBe('postgres');
    expect(parseDatabaseUrl('./data/x.sqlite')).toEqual({ kind: 'sqlite', path: './data/x.sqlite' });
    expect(parseDatabaseUrl('sqlite:data.db')).toEqual({ kind: 'sqlite', path: 'data.db' });
    expect(parseDatabaseUrl('sqlite:///var/lib/c.db')).toEqual({ kind: 'sqlite', path: '/var/lib/c.db' });
    expect(parseDatabaseUrl('file:///tmp/a%20b.db')).toEqual({ kind: 'sqlite', path: '/tmp/a b.db' });
    expect(() => parseDatabaseUrl('mysql://u:secret@h/db')).toThrow(/unsupported database URL "mysql:\/\/…@h\/db"/);
    expect(() => parseDatabaseUrl('  ')).toThrow(/empty/);
  });

  it('compares tokens in constant time and parses bearer headers', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('abcd', 'abc')).toBe(false);
    expect(tokenMatches('', '')).toBe(false);
    expect(bearerToken('Bearer  t0k.en')).toBe('t0k.en');
    expect(bearerToken('bearer x')).toBe('x');
    expect(bearerToken('Basic x')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });

  it('reports every bad option at once', async () => {
    await expect(createCollector({ bodyLimit: -1, maxBatch: 1.5, rateLimit: { max: 0, timeWindow: 1 } } as any)).rejects.toThrow(
      /bodyLimit: expected a positive integer[\s\S]*maxBatch[\s\S]*rateLimit.max/,
    );
    await expect(createCollector({ databaseUrl: join(dir, 'x.sqlite'), siteConfig: { purposes: 'no' } as any })).rejects.toThrow(
      /siteConfig\./,
    );
  });
});
