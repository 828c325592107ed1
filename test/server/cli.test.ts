// @vitest-environment node
// The consentry-collector command: flags and environment, help, and clear failures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli, parseRateLimit, USAGE } from '../../src/server/cli-args';
import { chain } from './fixtures';
import { buildCli, request, runCli, upload } from './helpers';

describe('flags and environment', () => {
  it('reads the documented environment variables', () => {
    const cmd = parseCli([], {
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db/consent',
      CONSENTRY_ALLOWED_ORIGINS: 'https://a.example, https://*.b.example ,',
      CONSENTRY_ADMIN_TOKEN: 'secret-token-0123456789',
    });
    expect(cmd).toEqual({
      kind: 'run',
      config: {
        port: 9000,
        host: '0.0.0.0',
        logLevel: 'info',
        siteConfigFile: undefined,
        options: {
          databaseUrl: 'postgres://u:p@db/consent',
          allowedOrigins: ['https://a.example', 'https://*.b.example'],
          adminToken: 'secret-token-0123456789',
        },
      },
    });
  });

  it('lets flags win over the environment, and has defaults', () => {
    const cmd = parseCli(
      [
        '-p',
        '8080',
        '--database-url',
        'x.sqlite',
        '--rate-limit',
        '120/10s',
        '--max-batch',
        '50',
        '--body-limit',
        '65536',
        '--trust-proxy',
        '2',
        '--no-same-origin',
        '--log-level',
        'warn',
      ],
      { PORT: '1', DATABASE_URL: 'y.sqlite' },
    );
    expect(cmd.kind === 'run' && cmd.config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      logLevel: 'warn',
      siteConfigFile: undefined,
      options: {
        databaseUrl: 'x.sqlite',
        rateLimit: { max: 120, timeWindow: 10_000 },
        maxBatch: 50,
        bodyLimit: 65536,
        trustProxy: 2,
        sameOriginOnly: false,
      },
    });
    const defaults = parseCli([], {});
    expect(defaults.kind === 'run' && defaults.config).toEqual({
      port: 8787,
      host: '127.0.0.1',
      logLevel: 'info',
      siteConfigFile: undefined,
      options: {},
    });
    expect(parseCli(['--help'], {})).toEqual({ kind: 'help' });
    expect(parseCli(['-v'], {})).toEqual({ kind: 'version' });
  });

  it('reads the secret, window, timeout and connection settings, from flags or the environment', () => {
    const flags = parseCli(
      [
        '--max-first-receipt-age',
        '7d',
        '--request-timeout',
        '5s',
        '--headers-timeout',
        '2000ms',
        '--connection-timeout',
        '2m',
        '--max-connections-per-ip',
        '0',
      ],
      { CONSENTRY_HASH_SECRET: 'hash-secret-0123456789' },
    );
    expect(flags.kind === 'run' && flags.config.options).toEqual({
      maxFirstReceiptAge: 7 * 86_400_000,
      requestTimeout: 5000,
      headersTimeout: 2000,
      connectionTimeout: 120_000,
      maxConnectionsPerIp: 0,
      hashSecret: 'hash-secret-0123456789',
    });
    const env = parseCli([], {
      CONSENTRY_MAX_FIRST_RECEIPT_AGE: '12h',
      CONSENTRY_REQUEST_TIMEOUT: '1m',
      CONSENTRY_HEADERS_TIMEOUT: '10s',
      CONSENTRY_CONNECTION_TIMEOUT: '90s',
      CONSENTRY_MAX_CONNECTIONS_PER_IP: '50',
    });
    expect(env.kind === 'run' && env.config.options).toEqual({
      maxFirstReceiptAge: 12 * 3_600_000,
      requestTimeout: 60_000,
      headersTimeout: 10_000,
      connectionTimeout: 90_000,
      maxConnectionsPerIp: 50,
    });
    for (const bad of ['30', '1w', '-5s', '0d', 'soon']) {
      expect(() => parseCli([`--max-first-receipt-age=${bad}`], {})).toThrow(/max first receipt age must be a duration like/);
    }
    expect(() => parseCli(['--request-timeout', '10'], {})).toThrow(/request timeout must be a duration/);
    expect(() => parseCli(['--max-connections-per-ip', 'many'], {})).toThrow(/max connections per ip/);
    expect(USAGE).toMatch(/CONSENTRY_HASH_SECRET[\s\S]*CONSENTRY_MAX_CONNECTIONS_PER_IP/);
  });

  it('refuses a short hash secret and a headers timeout longer than the request timeout', async () => {
    const { createCollector } = await import('../../src/server/index');
    await expect(createCollector({ databaseUrl: ':memory:', hashSecret: 'short' })).rejects.toThrow(
      /hashSecret: expected a random string of at least 16 characters/,
    );
    await expect(createCollector({ databaseUrl: ':memory:', requestTimeout: 1000, headersTimeout: 5000 })).rejects.toThrow(
      /headersTimeout: must not be longer than requestTimeout/,
    );
  });

  it('reads the member, notice and retention settings, and the prune command', () => {
    const env = parseCli([], {
      CONSENTRY_LINK_SECRET: 'l'.repeat(32),
      CONSENTRY_SERVICE_TOKEN: 'service-0123456789',
      CONSENTRY_TIME_ZONE: 'Europe/Paris',
      CONSENTRY_RETENTION_DAYS: '1095',
      CONSENTRY_RETENTION_JOB: '0',
      CONSENTRY_WEBHOOK_URL: 'https://hooks.example/consent',
      CONSENTRY_WEBHOOK_SECRET: 'w'.repeat(20),
      CONSENTRY_WEBHOOK_RECONFIRM_DAYS: '14',
      CONSENTRY_REQUESTS_PER_HOUR: '5',
    });
    expect(env.kind === 'run' && env.config.options).toEqual({
      linkSecret: 'l'.repeat(32),
      serviceToken: 'service-0123456789',
      timeZone: 'Europe/Paris',
      retentionDays: 1095,
      retentionJob: false,
      webhookUrl: 'https://hooks.example/consent',
      webhookSecret: 'w'.repeat(20),
      webhookReconfirmDays: 14,
      requestsPerHour: 5,
    });
    const flags = parseCli(
      ['--time-zone', 'Asia/Tokyo', '--retention-days', '30', '--no-retention-job', '--webhook-url', 'http://127.0.0.1:9/h'],
      {},
    );
    expect(flags.kind === 'run' && flags.config.options).toEqual({
      timeZone: 'Asia/Tokyo',
      retentionDays: 30,
      retentionJob: false,
      webhookUrl: 'http://127.0.0.1:9/h',
    });
    const prune = parseCli(['prune', '--dry-run', '--now', '2031-01-01T00:00:00Z', '-d', 'x.sqlite'], {});
    expect(prune).toMatchObject({
      kind: 'prune',
      dryRun: true,
      nowMs: Date.parse('2031-01-01T00:00:00Z'),
      config: { options: { databaseUrl: 'x.sqlite' } },
    });
    expect(() => parseCli(['--dry-run'], {})).toThrow(/belong to the prune command/);
    expect(() => parseCli(['prune', '--now', 'tomorrow'], {})).toThrow(/--now must be an ISO date-time/);
    expect(() => parseCli(['--retention-days', '0'], {})).toThrow(/retention days/);
    expect(USAGE).toMatch(/CONSENTRY_LINK_SECRET[\s\S]*CONSENTRY_RETENTION_DAYS[\s\S]*CONSENTRY_WEBHOOK_URL/);
  });

  it('parses rate limits', () => {
    expect(parseRateLimit('600')).toEqual({ max: 600, timeWindow: 60_000 });
    expect(parseRateLimit('30/1h')).toEqual({ max: 30, timeWindow: 3_600_000 });
    expect(parseRateLimit('5/s')).toEqual({ max: 5, timeWindow: 1000 });
    expect(parseRateLimit('off')).toBe(false);
    for (const bad of ['fast', '10/1d', '-1', '1.5/1m']) expect(() => parseRateLimit(bad)).toThrow(/rate limit/);
  });

  it('refuses bad values with a readable message', () => {
    expect(() => parseCli(['--port', 'http'], {})).toThrow(/port must be a whole number from 0 to 65535/);
    expect(() => parseCli([], { PORT: '70000' })).toThrow(/port/);
    expect(() => parseCli(['--max-batch', '0'], {})).toThrow(/max batch/);
    expect(() => parseCli(['--frobnicate'], {})).toThrow(/frobnicate/);
    expect(() => parseCli(['stray'], {})).toThrow(/stray/);
    expect(() => parseCli(['--log-level', 'loud'], {})).toThrow(/log level/);
    expect(USAGE).toMatch(/DATABASE_URL[\s\S]*CONSENTRY_ALLOWED_ORIGINS[\s\S]*CONSENTRY_ADMIN_TOKEN/);
  });
});

describe('the command', () => {
  let cli: { file: string; remove: () => void };
  const dir = mkdtempSync(join(tmpdir(), 'consentry-cli-'));
  beforeAll(async () => {
    cli = await buildCli();
  });
  afterAll(() => {
    cli?.remove();
    rmSync(dir, { recursive: true, force: true });
  });
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [cli.file, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });

  it('prune: deletes only what is past retention at --now and prints what went', async () => {
    const file = join(dir, 'prune.sqlite');
    const { startCollector } = await import('../../src/server/index');
    const c = await startCollector({ databaseUrl: file, rateLimit: false, retentionJob: false });
    const withdrawn = await chain(2, {
      purposes: (i) => [
        {
          id: 'analytics',
          version: '1',
          necessity: 'optional',
          kind: 'analytics',
          state: i ? 'withdrawn' : 'given',
          title: 'A',
          noticeHash: 'a'.repeat(64),
        },
      ],
    });
    await upload(c.url, withdrawn);
    await c.close();
    const soon = run(['prune', '--now', new Date(Date.now() + 1000 * 86_400_000).toISOString()], { DATABASE_URL: file });
    expect(soon.status, soon.stderr).toBe(0);
    expect(JSON.parse(soon.stdout)).toMatchObject({ dryRun: false, retentionDays: 1826, subjects: 0, receipts: 0 });
    const dry = run(['prune', '--dry-run', '--now', new Date(Date.now() + 1827 * 86_400_000).toISOString()], { DATABASE_URL: file });
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, subjects: 1, receipts: 0 });
    const later = run(['prune', '--now', new Date(Date.now() + 1827 * 86_400_000).toISOString()], { DATABASE_URL: file });
    expect(JSON.parse(later.stdout)).toMatchObject({ subjects: 1, receipts: 2, decisions: 2 });
  }, 60_000);

  it('prints help and version', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(USAGE);
    const version = run(['--version']);
    expect(version.stdout).toMatch(/^consentry-collector \d+\.\d+\.\d+\n$/);
  });

  it('exits 2 with a hint on a bad flag, and explains a bad database URL or a taken port', async () => {
    const bad = run(['--nope']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option '--nope'[\s\S]*--help/);
    const db = run([], { DATABASE_URL: 'mysql://root:hunter2@db/x', PORT: '0', LOG_LEVEL: 'silent' });
    expect(db.status).toBe(1);
    expect(db.stderr).toMatch(/unsupported database URL/);
    expect(db.stderr).not.toContain('hunter2');
    const blocker: Server = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = String((blocker.address() as { port: number }).port);
    try {
      const busy = run([], { PORT: port, DATABASE_URL: join(dir, 'busy.sqlite'), LOG_LEVEL: 'silent' });
      expect(busy.status).toBe(1);
      expect(busy.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('starts on SQLite by default in the working directory, warns about what is not configured, stops on SIGTERM', async () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const child = await runCli(
      cli.file,
      ['--port', '0', '--log-level', 'silent'],
      { DATABASE_URL: '', CONSENTRY_ADMIN_TOKEN: '', PORT: '' },
      cwd,
    );
    try {
      expect(child.output()).toContain(`(SQLite ${join(cwd, 'consentry.sqlite')})`);
      expect(existsSync(join(cwd, 'consentry.sqlite'))).toBe(true);
      expect(child.output()).toMatch(/warning: no admin token/);
      expect(child.output()).toMatch(/warning: no allowed origins/);
      expect((await request(`${child.url}/healthz`)).json()).toMatchObject({ ok: true, storage: 'sqlite' });
    } finally {
      child.proc.kill('SIGTERM');
    }
    expect((await child.exited).code).toBe(0);
  }, 60_000);

  it('fills export texts from --site-config, and refuses an invalid one by path', async () => {
    const t = (ko: string, en: string) => ({ ko, en });
    const site = {
      controller: { name: t('예시 주식회사', 'Example Co.'), contact: 'privacy@example.com' },
      policy: { version: '2026-02-15', url: 'https://example.com/privacy' },
      purposes: [
        {
          id: 'analytics',
          necessity: 'optional',
          kind: 'analytics',
          version: 1,
          title: t('이용 통계 분석', 'Usage statistics'),
          purpose: t('방문 기록을 분석해 서비스를 개선합니다', 'We analyse visits to improve the service'),
          items: [t('방문 페이지', 'pages visited')],
          retention: t('수집 후 14개월', '14 months after collection'),
          refusal: t('거부해도 이용에 제한이 없습니다', 'Refusing does not limit the service'),
        },
        {
          id: 'marketing',
          necessity: 'optional',
          kind: 'marketing',
          channels: ['email', 'sms'],
          title: t('마케팅 정보 수신', 'Marketing messages'),
          purpose: t('행사 소식 안내', 'News of events'),
          items: [t('이메일', 'e-mail')],
          retention: t('동의 철회 시까지', 'until you withdraw'),
          refusal: t('거부해도 구매에 제한이 없습니다', 'Refusing does not limit purchases'),
        },
      ],
    };
    const file = join(dir, 'site.json');
    writeFileSync(file, JSON.stringify(site));
    const token = 'site-config-token-0123456789';
    const child = await runCli(cli.file, ['--site-config', file, '--port', '0', '--log-level', 'silent'], {
      DATABASE_URL: join(dir, 'site.sqlite'),
      CONSENTRY_ADMIN_TOKEN: token,
    });
    try {
      const rs = await chain(1);
      expect((await upload(child.url, rs)).status).toBe(200);
      const [k] = (await request(`${child.url}/v1/export?format=kantara`, { headers: { authorization: `Bearer ${token}` } })).json();
      expect(k.services[0].purposes[0]).toMatchObject({
        purpose: '방문 기록을 분석해 서비스를 개선합니다',
        termination: '수집 후 14개월',
        piiCategory: ['방문 페이지'],
      });
    } finally {
      child.proc.kill('SIGTERM');
    }
    await child.exited;
    writeFileSync(file, JSON.stringify({ ...site, purposes: [{ ...site.purposes[0], necessity: 'sometimes' }] }));
    const bad = run(['--site-config', file], { DATABASE_URL: join(dir, 'bad.sqlite'), PORT: '0', LOG_LEVEL: 'silent' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Invalid collector options[\s\S]*siteConfig\.purposes\[0\]\.necessity/);
    writeFileSync(file, '{not json');
    const unreadable = run(['--site-config', file], { PORT: '0', LOG_LEVEL: 'silent' });
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toMatch(/cannot read the site config/);
  }, 60_000);
});
