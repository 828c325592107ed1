// Shared by the collector tests: the two storage back ends and a raw HTTP client.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, inject } from 'vitest';
// @ts-expect-error plain JS module
import { createDatabase } from '../tools/postgres.mjs';
import { secretOf, secretsFor } from './fixtures';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty database URL for one test file or case; `cleanup` removes it. */
  fresh(): Promise<{ url: string; cleanup: () => Promise<void> }>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-sqlite-'));
    return { url: join(dir, 'receipts.sqlite'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

const postgres = (server: string): Backend => ({
  name: 'postgres',
  async fresh() {
    const db = await createDatabase(server);
    return { url: db.url as string, cleanup: () => db.drop() };
  },
});

let warned = false;

/**
 * Runs the same suite against a real SQLite file and the real PostgreSQL server of the global setup.
 * When no PostgreSQL server could be started, its half is skipped LOUDLY: a warning and a skipped
 * suite whose title says why.
 */
export function describeBackends(title: string, suite: (backend: Backend) => void): void {
  describe(`${title} [sqlite]`, () => suite(sqlite));
  const url = inject('pgUrl');
  if (url) {
    describe(`${title} [postgres]`, () => suite(postgres(url)));
  } else {
    const why = inject('pgSkip') ?? 'unknown reason';
    if (!warned) {
      warned = true;
      console.warn(`⚠ consentry: PostgreSQL collector tests SKIPPED: ${why}`);
    }
    describe.skip(`${title} [postgres] SKIPPED: ${why}`, () => suite(postgres('postgres://skipped')));
  }
}

/** A suite for PostgreSQL only (read-only transactions and the like), skipped loudly like `describeBackends`. */
export function describePostgres(title: string, suite: (backend: Backend) => void): void {
  const url = inject('pgUrl');
  if (url) describe(`${title} [postgres]`, () => suite(postgres(url)));
  else describe.skip(`${title} [postgres] SKIPPED: ${inject('pgSkip') ?? 'unknown reason'}`, () => suite(postgres('postgres://skipped')));
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  raw: Buffer;
  text: string;
  json: () => any;
}

/** One HTTP request with full control over bytes and headers (fetch would normalise some of them). */
export function request(
  url: string,
  opts: { method?: string; headers?: Record<string, string | number>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const body = opts.body === undefined ? undefined : Buffer.isBuffer(opts.body) ? opts.body : Buffer.from(opts.body);
    const headers: Record<string, string | number> = { ...(opts.headers ?? {}) };
    if (body && !Object.keys(headers).some((h) => /^(content-length|transfer-encoding)$/i.test(h))) headers['content-length'] = body.length;
    const req = http.request(url, { method: opts.method ?? (body ? 'POST' : 'GET'), headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const text = raw.toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    // The server may answer (413) and close before it reads a large body: that is fine.
    req.on('socket', (s) => s.on('error', () => {}));
    req.end(body);
  });
}

export const postJson = (url: string, value: unknown, headers: Record<string, string> = {}) =>
  request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) });

/**
 * POSTs receipts as the SDK does: `{ receipts, secrets }` with each subject's secret (`extra` adds or
 * overrides envelope fields, e.g. `guardians`, or `secrets` to send other ones).
 */
export const upload = (base: string, receipts: unknown[], extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  postJson(`${base}/v1/receipts`, { receipts, secrets: secretsFor(receipts), ...extra }, headers);

/** Reads a subject's receipts with its secret (or another bearer token). */
export const readSubject = (base: string, subjectId: string, token: string = secretOf(subjectId)) =>
  request(`${base}/v1/subjects/${subjectId}/receipts`, { headers: { authorization: `Bearer ${token}` } });

/**
 * RFC 4180 CSV parser (quoted cells, doubled quotes, CRLF), to check the export the way a spreadsheet
 * reads it; `separator` `;` reads it as a spreadsheet in a decimal-comma locale does.
 */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/**
 * Bundles src/server/cli.ts the way the package's bin is built (ESM, packages external) into
 * node_modules/.cache, so child-process tests run the real command without racing anyone's `dist/` build.
 */
export async function buildCli(): Promise<{ file: string; remove: () => void }> {
  const { build } = await import('esbuild');
  const root = new URL('../../', import.meta.url).pathname;
  const file = join(root, 'node_modules', '.cache', 'consentry-server-test', `collector-cli-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(root, 'src/server/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: file,
    logLevel: 'silent',
  });
  return { file, remove: () => rmSync(file, { force: true }) };
}

export interface Child {
  url: string;
  proc: import('node:child_process').ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs the CLI as a child process and resolves once it prints the address it listens on. */
export async function runCli(file: string, args: string[], env: Record<string, string>, cwd?: string): Promise<Child> {
  const { spawn } = await import('node:child_process');
  const proc = spawn(process.execPath, [file, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve(m[1]);
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    exited.then(({ code }) => reject(new Error(`collector exited (${code}) before listening:\n${out}`)));
  });
  return { url, proc, output: () => out, exited };
}
