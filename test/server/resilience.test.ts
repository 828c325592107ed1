// @vitest-environment node
// A collector that does not fall over: slow and aborted clients, a database that turns read-only or
// vanishes. Real sockets, a real SQLite file and a real PostgreSQL.
//
// Read-only SQLite as root: chmod does not stop root, so the tests make the file immutable instead
// (`chattr +i`, ext4/xfs/btrfs: even root's writes fail with EPERM, as on a read-only mount). As any
// other user they chmod the file and its directory read-only. A test says which it used in its title.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, startCollector } from '../../src/server/index';
import { chain } from './fixtures';
import { buildCli, describeBackends, describePostgres, request, upload } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'consentry-resilience-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = () => join(dir, `r${n++}.sqlite`);

const isRoot = process.getuid?.() === 0;

/** Can this machine make a file immutable (root, and a filesystem with the attribute)? */
function canChattr(): boolean {
  if (!isRoot) return false;
  const probe = join(dir, 'chattr-probe');
  writeFileSync(probe, 'x');
  try {
    execFileSync('chattr', ['+i', probe], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { force: true });
  }
}
const CHATTR = canChattr();
const HOW = CHATTR ? 'chattr +i' : 'chmod a-w';

/**
 * Makes a SQLite database read-only for this process (the file and its WAL; the shared-memory index
 * stays writable, as SQLite needs it to read at all), or writable again.
 */
function readOnly(path: string, on: boolean): void {
  const parts = [path, `${path}-wal`].filter(existsSync);
  if (CHATTR) {
    for (const p of parts) execFileSync('chattr', [on ? '+i' : '-i', p]);
  } else {
    for (const p of parts) chmodSync(p, on ? 0o444 : 0o644);
    chmodSync(join(path, '..'), on ? 0o555 : 0o755);
  }
}

function socketTo(port: number, localAddress?: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port, localAddress });
    s.once('connect', () => resolve(s));
    s.once('error', reject);
  });
}

/** Resolves with the ms a socket took to be closed by the server (or rejects after `ms`). */
function closedWithin(s: net.Socket, ms: number): Promise<{ after: number; data: string }> {
  const started = Date.now();
  let data = '';
  s.on('data', (b) => (data += b.toString()));
  s.on('error', () => {});
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still open after ${ms} ms`)), ms);
    s.once('close', () => {
      clearTimeout(timer);
      resolve({ after: Date.now() - started, data });
    });
  });
}

describe('slow clients', () => {
  it('closes half-sent bodies and slow headers at their deadlines, caps connections per address, and /healthz answers meanwhile', async () => {
    const c = await startCollector({
      databaseUrl: file(),
      rateLimit: false,
      requestTimeout: 800,
      headersTimeout: 400,
      connectionTimeout: 5000,
      maxConnectionsPerIp: 20,
    });
    try {
      // The attacker's sockets come from another loopback address than the health checks.
      const attacker = '127.0.0.2';
      const half = 'x'.repeat(1000);
      const slow: Promise<{ after: number; data: string }>[] = [];
      for (let i = 0; i < 40; i++) {
        const s = await socketTo(c.port, attacker);
        const closed = closedWithin(s, 4000);
        if (i % 4 === 0)
          s.write('POST /v1/receipts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty'); // slow headers
        else
          s.write(`POST /v1/receipts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n${half}`);
        slow.push(closed);
      }
      // Meanwhile the load balancer's checks keep answering, fast.
      const checks: number[] = [];
      const started = Date.now();
      while (Date.now() - started < 1500) {
        const t0 = Date.now();
        const h = await request(`${c.url}/healthz`);
        expect(h.status).toBe(200);
        checks.push(Date.now() - t0);
        await new Promise((r) => setTimeout(r, 100));
      }
      const closed = await Promise.all(slow);
      // 20 over the cap were closed on arrival; the rest at their deadline (408), none later than ~2 s.
      const atOnce = closed.filter((x) => x.data === '' && x.after < 300).length;
      expect(atOnce).toBeGreaterThanOrEqual(20);
      expect(closed.filter((x) => x.data.startsWith('HTTP/1.1 408')).length).toBeGreaterThanOrEqual(15);
      expect(Math.max(...closed.map((x) => x.after))).toBeLessThan(2500);
      expect(Math.max(...checks)).toBeLessThan(500);
      // The address's count went down with them: it can connect again.
      const again = await new Promise<number>((resolve, reject) =>
        http
          .get(`${c.url}/healthz`, { localAddress: attacker, agent: false }, (res) => (res.resume(), resolve(res.statusCode ?? 0)))
          .on('error', reject),
      );
      expect(again).toBe(200);
    } finally {
      await c.close();
    }
  }, 20_000);

  it('logs clients that abort mid-body as their own failure: one info line each, no warning', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) });
    const c = await startCollector({ databaseUrl: file(), rateLimit: false, logger: { level: 'info', stream } as any });
    try {
      const CLIENTS = 60;
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          const s = await socketTo(c.port);
          s.on('error', () => {});
          s.write(
            `POST /v1/receipts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n[{"id":"`,
          );
          await new Promise((r) => setTimeout(r, 50));
          s.destroy();
        }),
      );
      const aborted = () => lines.filter((l) => l.includes('client aborted')).length;
      for (let i = 0; i < 50 && aborted() < CLIENTS; i++) await new Promise((r) => setTimeout(r, 100));
      const parsed = lines.map((l) => JSON.parse(l) as { level: number; msg: string });
      expect(parsed.filter((l) => l.level >= 40).map((l) => l.msg)).toEqual([]);
      expect(lines.filter((l) => l.includes('storage unavailable'))).toEqual([]);
      expect(aborted()).toBe(CLIENTS);
      expect(parsed.filter((l) => l.msg.includes('client aborted')).every((l) => l.level === 30)).toBe(true);
      expect((await request(`${c.url}/healthz`)).status).toBe(200);
    } finally {
      await c.close();
    }
  }, 20_000);
});

describe('a read-only or vanished SQLite database', () => {
  it(`refuses to start on a read-only file (${HOW}), with a message that says so`, async () => {
    const path = file();
    const s = await openStore(path);
    await s.close();
    readOnly(path, true);
    try {
      await expect(startCollector({ databaseUrl: path })).rejects.toThrow(
        /cannot use the SQLite database .*: the database is read-only \(SQLITE_READONLY[^)]*\)\. The collector needs to write/,
      );
      // The command exits 1 with the same sentence (and no stack trace).
      const cli = await buildCli();
      try {
        const r = spawnSync(process.execPath, [cli.file], {
          env: { ...process.env, DATABASE_URL: path, PORT: '0', LOG_LEVEL: 'silent' },
          encoding: 'utf8',
          timeout: 20_000,
        });
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/cannot start: consentry collector: cannot use the SQLite database .* the database is read-only/);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      } finally {
        cli.remove();
      }
    } finally {
      readOnly(path, false);
    }
  }, 60_000);

  it.skipIf(!CHATTR)(
    'answers 503 with Retry-After when the file turns read-only while running (chattr +i, root only), and /healthz says so',
    async () => {
      const path = file();
      const c = await startCollector({ databaseUrl: path, rateLimit: false });
      try {
        expect((await upload(c.url, await chain(1))).status).toBe(200);
        readOnly(path, true);
        try {
          await new Promise((r) => setTimeout(r, 1100)); // past the health probe's one-second memory
          const r = await upload(c.url, await chain(1));
          expect(r.status).toBe(503);
          expect(r.headers['retry-after']).toBe('5');
          expect(r.json()).toEqual({ error: 'storage unavailable, retry later' });
          const h = await request(`${c.url}/healthz`);
          expect(h.status).toBe(503);
          expect(h.headers['retry-after']).toBe('5');
          expect(h.json()).toEqual({ ok: false, storage: 'sqlite', error: 'the database cannot be read or written (I/O error)' });
        } finally {
          readOnly(path, false);
        }
        await new Promise((r) => setTimeout(r, 1100));
        expect((await request(`${c.url}/healthz`)).status).toBe(200);
        expect((await upload(c.url, await chain(1))).status).toBe(200);
      } finally {
        await c.close();
      }
    },
  );

  it('answers 503 when the file is deleted while running (nothing written to the lost inode), and /healthz says so', async () => {
    const path = file();
    const c = await startCollector({ databaseUrl: path, rateLimit: false });
    try {
      expect((await request(`${c.url}/healthz`)).status).toBe(200);
      for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
      await new Promise((r) => setTimeout(r, 1100));
      const r = await upload(c.url, await chain(1));
      expect(r.status).toBe(503);
      expect(r.headers['retry-after']).toBe('5');
      const h = await request(`${c.url}/healthz`);
      expect(h.status).toBe(503);
      expect(h.json()).toMatchObject({ ok: false, error: 'the database file was deleted or replaced' });
      expect(existsSync(path)).toBe(false);
    } finally {
      await c.close();
    }
  });
});

describeBackends('health probe', (backend) => {
  it('proves a write without growing the database', async () => {
    const db = await backend.fresh();
    try {
      const store = await openStore(db.url);
      const size = async () => {
        if (backend.name === 'sqlite') {
          const { default: Database } = await import('better-sqlite3');
          const d = new Database(db.url, { readonly: true });
          try {
            return d
              .prepare('SELECT (SELECT page_count FROM pragma_page_count()) AS pages, (SELECT count(*) FROM consentry_health) AS n')
              .get();
          } finally {
            d.close();
          }
        }
        const { default: pg } = await import('pg');
        const client = new pg.Client({ connectionString: db.url });
        await client.connect();
        try {
          const { rows } = await client.query(
            `SELECT pg_relation_size('consentry_health') <= 16384 AS small, count(*)::int AS n FROM consentry_health`,
          );
          return rows[0];
        } finally {
          await client.end();
        }
      };
      try {
        await store.checkWritable();
        const before = await size();
        for (let i = 0; i < 200; i++) await store.checkWritable();
        expect(await size()).toEqual(before);
        expect((before as { n: number }).n).toBe(1);
      } finally {
        await store.close();
      }
    } finally {
      await db.cleanup();
    }
  });
});

describePostgres('a read-only PostgreSQL database', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  const sql = async (q: string) => {
    const { default: pg } = await import('pg');
    const u = new URL(db.url);
    const name = u.pathname.slice(1);
    u.pathname = '/postgres';
    const client = new pg.Client({ connectionString: u.toString() });
    await client.connect();
    try {
      await client.query(q.replace(/\$db/g, name));
      // Sessions keep the default they started with: end them so new ones pick up the change.
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    } finally {
      await client.end();
    }
  };
  beforeAll(async () => {
    db = await backend.fresh();
  });
  afterAll(async () => db?.cleanup());

  it('refuses to start with default_transaction_read_only on, and says so', async () => {
    const s = await openStore(db.url);
    await s.close();
    await sql('ALTER DATABASE $db SET default_transaction_read_only = on');
    try {
      await expect(startCollector({ databaseUrl: db.url })).rejects.toThrow(
        /the PostgreSQL database .* is read-only \(default_transaction_read_only is on/,
      );
    } finally {
      await sql('ALTER DATABASE $db RESET default_transaction_read_only');
    }
  });

  it('answers 503 with Retry-After when the database turns read-only while running, and recovers', async () => {
    const c = await startCollector({ databaseUrl: db.url, rateLimit: false, poolSize: 2 });
    try {
      expect((await upload(c.url, await chain(1))).status).toBe(200);
      await sql('ALTER DATABASE $db SET default_transaction_read_only = on');
      try {
        let h = await request(`${c.url}/healthz`);
        for (let i = 0; i < 30 && h.json().error !== 'the database is read-only'; i++) {
          await new Promise((r) => setTimeout(r, 200));
          h = await request(`${c.url}/healthz`);
        }
        expect(h.status).toBe(503);
        expect(h.json()).toEqual({ ok: false, storage: 'postgres', error: 'the database is read-only' });
        const r = await upload(c.url, await chain(1));
        expect(r.status).toBe(503);
        expect(r.headers['retry-after']).toBe('5');
      } finally {
        await sql('ALTER DATABASE $db RESET default_transaction_read_only');
      }
      let ok = 0;
      for (let i = 0; i < 30 && ok !== 200; i++) {
        await new Promise((r) => setTimeout(r, 200));
        ok = (await request(`${c.url}/healthz`)).status;
      }
      expect(ok).toBe(200);
      expect((await upload(c.url, await chain(1))).status).toBe(200);
    } finally {
      await c.close();
    }
  });
});
