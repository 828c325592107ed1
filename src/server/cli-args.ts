import { parseArgs } from 'node:util';
import type { CollectorOptions } from './options';

/** A bad flag or environment value: printed with a hint at --help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `consentry-collector: receive, verify, store and export consent receipts.

Usage: consentry-collector [options]
       consentry-collector prune [--dry-run] [--now <ISO date-time>] [options]
                                 delete what is past retention now, print what went, exit

Options (each also read from the environment variable shown; a flag wins):
  -p, --port <n>                 PORT                      port to listen on (default 8787)
      --host <address>           HOST                      address to bind (default 127.0.0.1;
                                                            0.0.0.0 for all interfaces, e.g. in a container)
  -d, --database-url <url>       DATABASE_URL              SQLite file path or sqlite:<path> (default
                                                            ./consentry.sqlite), or postgres://user:pass@host/db
  -o, --allowed-origins <list>   CONSENTRY_ALLOWED_ORIGINS comma-separated origins that may send receipts,
                                                            e.g. https://shop.example.com,https://*.example.com
      --admin-token <token>      CONSENTRY_ADMIN_TOKEN     bearer token for export, stats and the dashboard
                                                            (prefer the variable: flags are visible in ps)
      --no-same-origin           CONSENTRY_SAME_ORIGIN=0   refuse same-origin pages not in the allowed list
      --body-limit <bytes>       CONSENTRY_BODY_LIMIT      largest request body (default 262144)
      --max-batch <n>            CONSENTRY_MAX_BATCH       most receipts per request (default 100)
      --rate-limit <n[/window]>  CONSENTRY_RATE_LIMIT      requests per client IP, e.g. 600/1m (default),
                                                            120/10s, or off
      --trust-proxy <value>      CONSENTRY_TRUST_PROXY     behind a load balancer: true, a hop count, or
                                                            comma-separated proxy addresses/CIDRs
      --site-config <file>       CONSENTRY_SITE_CONFIG     the site's consent config (JSON): export texts,
                                                            and the purpose titles stats and the dashboard trust
      --max-first-receipt-age <d>
                                 CONSENTRY_MAX_FIRST_RECEIPT_AGE
                                                            oldest first receipt a new subject may start
                                                            with (default 30d; units ms, s, m, h, d)
                                 CONSENTRY_HASH_SECRET     secret (16+ characters) keying the lookup HMACs
                                                            of guardians' contacts; without it guardian
                                                            details are verified and not stored
      --request-timeout <d>      CONSENTRY_REQUEST_TIMEOUT most time to receive a request (default 30s)
      --headers-timeout <d>      CONSENTRY_HEADERS_TIMEOUT most time to receive its headers (default 10s)
      --connection-timeout <d>   CONSENTRY_CONNECTION_TIMEOUT
                                                            close a connection idle this long (default 60s)
      --max-connections-per-ip <n>
                                 CONSENTRY_MAX_CONNECTIONS_PER_IP
                                                            open connections per client address (default
                                                            100; an IPv6 /64 is one address; 0 = no cap)
                                 CONSENTRY_LINK_SECRET     secret (32+ characters) the site's backend signs
                                                            member proofs with (JWT HS256); without it
                                                            links and member reads are refused
                                 CONSENTRY_SERVICE_TOKEN   read-only token for the site's backend (account
                                                            state, audience, notices, texts)
      --time-zone <zone>         CONSENTRY_TIME_ZONE       the controller's IANA time zone for the
                                                            night-time rule (default Asia/Seoul)
      --retention-days <n>       CONSENTRY_RETENTION_DAYS  days receipts are kept after the consent ends
                                                            (default 1826 = 5 years)
      --no-retention-job         CONSENTRY_RETENTION_JOB=0 do not prune daily in this process (run
                                                            consentry-collector prune from cron instead)
      --webhook-url <url>        CONSENTRY_WEBHOOK_URL     POST each new result notice and each
                                                            reconfirmation coming due here
                                 CONSENTRY_WEBHOOK_SECRET  secret (16+ characters) signing each webhook
                                                            body (HMAC-SHA256); required with the URL
      --webhook-reconfirm-days <n>
                                 CONSENTRY_WEBHOOK_RECONFIRM_DAYS
                                                            announce a reconfirmation this many days
                                                            before it is due (default 30)
      --requests-per-hour <n>    CONSENTRY_REQUESTS_PER_HOUR
                                                            rights requests per client address per hour
                                                            (default 10)
      --log-level <level>        LOG_LEVEL                 silent, error, warn, info (default) or debug
  -h, --help                                               show this help
  -v, --version                                            show the version

Routes: GET /healthz · POST /v1/receipts · POST /v1/requests (public)
        GET /v1/subjects/:subjectId/receipts (Authorization: Bearer <subject secret>)
        GET /v1/accounts/:accountId/consent (admin, service token or the member's proof)
        GET /v1/audience · GET /v1/notices · GET /v1/notices/texts/:hash (admin or service token)
        GET /v1/export · GET /v1/stats · GET /v1/guardians · POST /v1/notices/:id/sent
        GET /v1/requests[/:id[/receipts]] · POST /v1/requests/:id/answer|close
        GET /v1/accounts/:accountId/receipts (admin token) · GET /dashboard
`;

export interface CliConfig {
  port: number;
  host: string;
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  siteConfigFile?: string;
  options: CollectorOptions;
}

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; config: CliConfig }
  | { kind: 'prune'; config: CliConfig; dryRun: boolean; nowMs: number | null };

const WINDOWS: { [unit: string]: number } = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_UNITS: { [unit: string]: number } = { ...WINDOWS, d: 86_400_000 };

/** `30d`, `12h`, `30s`, `500ms`: a whole number with a unit (a bare number is ambiguous, so refused). */
export function parseDuration(name: string, value: string, minMs: number, maxMs: number): number {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(value.trim().toLowerCase());
  const ms = m ? Number(m[1]) * DURATION_UNITS[m[2]] : NaN;
  if (!(ms >= minMs && ms <= maxMs)) {
    throw new UsageError(
      `${name} must be a duration like 30s, 10m, 12h or 30d, from ${minMs} ms to ${maxMs / 86_400_000} days, not "${value}"`,
    );
  }
  return ms;
}

function int(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return Number(value);
}

/** `600`, `600/1m`, `120/10s`, `off`. */
export function parseRateLimit(value: string): CollectorOptions['rateLimit'] {
  const v = value.trim().toLowerCase();
  if (v === 'off' || v === 'false' || v === '0') return false;
  const m = /^(\d+)(?:\/(\d*)(ms|s|m|h))?$/.exec(v);
  if (!m || Number(m[1]) < 1) throw new UsageError(`rate limit must look like 600/1m, 120/10s or off, not "${value}"`);
  const windowMs = m[3] ? (m[2] === '' ? 1 : Number(m[2])) * WINDOWS[m[3]] : 60_000;
  if (windowMs < 1) throw new UsageError(`rate limit window must be positive in "${value}"`);
  return { max: Number(m[1]), timeWindow: windowMs };
}

function parseTrustProxy(value: string): CollectorOptions['trustProxy'] {
  const v = value.trim();
  if (/^(true|yes|1)$/i.test(v)) return true;
  if (/^(false|no|0|)$/i.test(v)) return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads flags and environment into collector options. Throws UsageError with a readable message. */
export function parseCli(argv: string[], env: { [k: string]: string | undefined }): CliCommand {
  let values: { [k: string]: string | boolean | undefined };
  const prune = argv[0] === 'prune';
  if (prune) argv = argv.slice(1);
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        'database-url': { type: 'string', short: 'd' },
        'allowed-origins': { type: 'string', short: 'o' },
        'admin-token': { type: 'string' },
        'no-same-origin': { type: 'boolean' },
        'body-limit': { type: 'string' },
        'max-batch': { type: 'string' },
        'rate-limit': { type: 'string' },
        'trust-proxy': { type: 'string' },
        'site-config': { type: 'string' },
        'max-first-receipt-age': { type: 'string' },
        'request-timeout': { type: 'string' },
        'headers-timeout': { type: 'string' },
        'connection-timeout': { type: 'string' },
        'max-connections-per-ip': { type: 'string' },
        'log-level': { type: 'string' },
        'time-zone': { type: 'string' },
        'retention-days': { type: 'string' },
        'no-retention-job': { type: 'boolean' },
        'webhook-url': { type: 'string' },
        'webhook-reconfirm-days': { type: 'string' },
        'requests-per-hour': { type: 'string' },
        'dry-run': { type: 'boolean' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const get = (flag: string, variable: string): string | undefined => {
    const v = values[flag];
    if (typeof v === 'string') return v;
    const e = env[variable];
    return e !== undefined && e !== '' ? e : undefined;
  };

  const options: CollectorOptions = {};
  const port = get('port', 'PORT');
  const db = get('database-url', 'DATABASE_URL');
  if (db) options.databaseUrl = db;
  const origins = get('allowed-origins', 'CONSENTRY_ALLOWED_ORIGINS');
  if (origins) options.allowedOrigins = list(origins);
  const token = get('admin-token', 'CONSENTRY_ADMIN_TOKEN');
  if (token) options.adminToken = token;
  const same = env.CONSENTRY_SAME_ORIGIN;
  if (values['no-same-origin'] || (same !== undefined && /^(0|false|no|off)$/i.test(same))) options.sameOriginOnly = false;
  const bodyLimit = get('body-limit', 'CONSENTRY_BODY_LIMIT');
  if (bodyLimit) options.bodyLimit = int('body limit', bodyLimit, 1024, 64 * 1024 * 1024);
  const maxBatch = get('max-batch', 'CONSENTRY_MAX_BATCH');
  if (maxBatch) options.maxBatch = int('max batch', maxBatch, 1, 10_000);
  const rate = get('rate-limit', 'CONSENTRY_RATE_LIMIT');
  if (rate) options.rateLimit = parseRateLimit(rate);
  const proxy = get('trust-proxy', 'CONSENTRY_TRUST_PROXY');
  if (proxy) options.trustProxy = parseTrustProxy(proxy);
  const maxAge = get('max-first-receipt-age', 'CONSENTRY_MAX_FIRST_RECEIPT_AGE');
  if (maxAge) options.maxFirstReceiptAge = parseDuration('max first receipt age', maxAge, 60_000, 3650 * 86_400_000);
  const hashSecret = env.CONSENTRY_HASH_SECRET;
  if (hashSecret) options.hashSecret = hashSecret;
  const requestTimeout = get('request-timeout', 'CONSENTRY_REQUEST_TIMEOUT');
  if (requestTimeout) options.requestTimeout = parseDuration('request timeout', requestTimeout, 100, 3_600_000);
  const headersTimeout = get('headers-timeout', 'CONSENTRY_HEADERS_TIMEOUT');
  if (headersTimeout) options.headersTimeout = parseDuration('headers timeout', headersTimeout, 100, 3_600_000);
  const idle = get('connection-timeout', 'CONSENTRY_CONNECTION_TIMEOUT');
  if (idle) options.connectionTimeout = parseDuration('connection timeout', idle, 100, 3_600_000);
  const perIp = get('max-connections-per-ip', 'CONSENTRY_MAX_CONNECTIONS_PER_IP');
  if (perIp) options.maxConnectionsPerIp = int('max connections per ip', perIp, 0, 1_000_000);
  if (env.CONSENTRY_LINK_SECRET) options.linkSecret = env.CONSENTRY_LINK_SECRET;
  if (env.CONSENTRY_SERVICE_TOKEN) options.serviceToken = env.CONSENTRY_SERVICE_TOKEN;
  const zone = get('time-zone', 'CONSENTRY_TIME_ZONE');
  if (zone) options.timeZone = zone;
  const retention = get('retention-days', 'CONSENTRY_RETENTION_DAYS');
  if (retention) options.retentionDays = int('retention days', retention, 1, 36_500);
  const job = env.CONSENTRY_RETENTION_JOB;
  if (values['no-retention-job'] || (job !== undefined && /^(0|false|no|off)$/i.test(job))) options.retentionJob = false;
  const webhook = get('webhook-url', 'CONSENTRY_WEBHOOK_URL');
  if (webhook) options.webhookUrl = webhook;
  if (env.CONSENTRY_WEBHOOK_SECRET) options.webhookSecret = env.CONSENTRY_WEBHOOK_SECRET;
  const lead = get('webhook-reconfirm-days', 'CONSENTRY_WEBHOOK_RECONFIRM_DAYS');
  if (lead) options.webhookReconfirmDays = int('webhook reconfirm days', lead, 1, 365);
  const perHour = get('requests-per-hour', 'CONSENTRY_REQUESTS_PER_HOUR');
  if (perHour) options.requestsPerHour = int('requests per hour', perHour, 1, 100_000);
  if (!prune && (values['dry-run'] || values.now !== undefined)) throw new UsageError('--dry-run and --now belong to the prune command');
  let nowMs: number | null = null;
  if (typeof values.now === 'string') {
    nowMs = /^\d{4}-\d{2}-\d{2}T/.test(values.now) ? Date.parse(values.now) : NaN;
    if (!Number.isFinite(nowMs)) throw new UsageError(`--now must be an ISO date-time like 2031-01-01T00:00:00Z, not "${values.now}"`);
  }
  const level = (get('log-level', 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!['silent', 'error', 'warn', 'info', 'debug'].includes(level)) {
    throw new UsageError(`log level must be silent, error, warn, info or debug, not "${level}"`);
  }
  const config: CliConfig = {
    port: port ? int('port', port, 0, 65535) : 8787,
    host: get('host', 'HOST') ?? '127.0.0.1',
    logLevel: level as CliConfig['logLevel'],
    siteConfigFile: get('site-config', 'CONSENTRY_SITE_CONFIG'),
    options,
  };
  if (prune) return { kind: 'prune', config, dryRun: !!values['dry-run'], nowMs };
  return { kind: 'run', config };
}
