// A throw-away PostgreSQL server for the collector's tests.
//
//   const pg = await startPostgres();   // { url, stop() }  or  { skipped: 'reason' }
//
// CONSENTRY_TEST_PG_URL (an existing server you own; tests create and drop their own databases in it)
// wins. Otherwise Debian's binaries (/usr/lib/postgresql/<v>/bin) start a private cluster in a temp
// dir on 127.0.0.1 at a free port, password-protected, fsync off; stop() shuts it down and deletes it.
// initdb refuses to run as root, so as root the cluster belongs to the `postgres` system user.
// When the binaries are missing and we are root on Debian, the `postgresql` package is installed
// (as test/tools/ensure-chromium.mjs does for Chromium); set CONSENTRY_TEST_PG_INSTALL=0 to forbid that.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function findBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')) && existsSync(join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

function install() {
  if (!isRoot || !existsSync('/usr/bin/apt-get') || process.env.CONSENTRY_TEST_PG_INSTALL === '0') return false;
  console.log('consentry tests: PostgreSQL not found; installing Debian package "postgresql" (apt-get)…');
  const r = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null'], {
    stdio: 'inherit',
  });
  return r.status === 0;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function userId(name) {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(name + ':'));
    if (!line) return null;
    const [, , uid, gid] = line.split(':');
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return null;
  }
}

/** Starts a server; resolves { url, stop } or { skipped } (never throws for "cannot start here"). */
export async function startPostgres() {
  if (process.env.CONSENTRY_TEST_PG_URL) {
    return { url: process.env.CONSENTRY_TEST_PG_URL, external: true, stop: async () => {} };
  }
  let bin = findBin();
  if (!bin && install()) bin = findBin();
  if (!bin) {
    return {
      skipped:
        'no PostgreSQL binaries in /usr/lib/postgresql/*/bin (install Debian package "postgresql", ' +
        'or set CONSENTRY_TEST_PG_URL to a server the tests may create databases in)',
    };
  }
  let owner = null;
  if (isRoot) {
    owner = userId('postgres');
    if (!owner || !existsSync('/usr/sbin/runuser')) {
      return { skipped: 'running as root, but there is no "postgres" system user or runuser to run initdb as' };
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'consentry-pg-'));
  const data = join(dir, 'data');
  const password = randomBytes(18).toString('base64url');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(pwfile, owner.uid, owner.gid);
  }
  const run = (cmd, args) => {
    const [file, argv] = owner ? ['/usr/sbin/runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    return execFileSync(file, argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  };
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    run('initdb', [
      '-D',
      data,
      '-U',
      'consentry',
      '--pwfile',
      pwfile,
      '--auth',
      'scram-sha-256',
      '-E',
      'UTF8',
      '--locale',
      'C.UTF-8',
      '--no-sync',
    ]);
  } catch (err) {
    cleanup();
    return {
      skipped: `initdb failed: ${String(err.stderr || err.message)
        .trim()
        .slice(0, 500)}`,
    };
  }
  const port = await freePort();
  const opts = [
    `-c listen_addresses=127.0.0.1`,
    `-c port=${port}`,
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c shared_buffers=32MB',
    '-c max_connections=60',
    '-c log_min_messages=warning',
  ].join(' ');
  try {
    run('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  } catch (err) {
    let log = '';
    try {
      log = readFileSync(join(dir, 'server.log'), 'utf8').slice(-800);
    } catch {}
    cleanup();
    return {
      skipped: `pg_ctl start failed: ${String(err.stderr || err.message)
        .trim()
        .slice(0, 300)} ${log}`,
    };
  }
  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {}
    cleanup();
  };
  // If the test runner dies without teardown, do not leave a server behind.
  process.once('exit', stopSync);
  const url = `postgres://consentry:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return {
    url,
    stop: async () => {
      process.removeListener('exit', stopSync);
      stopSync();
    },
  };
}

/**
 * A fresh database on the server at `url` (tests isolate themselves this way).
 * Resolves { url, drop() }.
 */
export async function createDatabase(url, prefix = 'consentry_t') {
  const { default: pg } = await import('pg');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // The name is generated above from [a-z0-9_] only; identifiers cannot be bound as parameters.
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(url);
  u.pathname = '/' + name;
  return {
    url: u.toString(),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

// `node test/tools/postgres.mjs`: start one, print its URL, stop on Enter or Ctrl-C (for poking around by hand).
if (import.meta.url === `file://${process.argv[1]}`) {
  const pg = await startPostgres();
  if (pg.skipped) {
    console.error('cannot start PostgreSQL:', pg.skipped);
    process.exit(1);
  }
  console.log(pg.url);
  const stop = () => pg.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.stdin.once('data', stop);
}
