import type { FastifyServerOptions } from 'fastify';
import { ConfigError, type ConfigProblem } from '../core/errors';
import type { ConsentConfig, NormalizedConfig } from '../core/types';
import { validateConfig } from '../core/validate';
import { isTimeZone } from './accounts/calendar';
import { LINK_SECRET_MIN } from './accounts/proof';
import type { Store } from './store/types';

/** Options of `createCollector` / `startCollector` (the CLI maps its flags and environment onto these). */
export interface CollectorOptions {
  /**
   * Where receipts are stored: a file path or `sqlite:<path>` (SQLite, WAL mode; the default is
   * `consentry.sqlite` in the working directory), or `postgres://user:password@host:5432/db`
   * (PostgreSQL, for several collectors behind a load balancer).
   */
  databaseUrl?: string;
  /** An already open store (tests, sharing one store). The collector does not close it. */
  store?: Store;
  /**
   * Browser origins allowed to call the collector cross-origin, e.g. `https://shop.example.com`;
   * `https://*.example.com` allows subdomains; `*` allows any origin. Others get 403.
   */
  allowedOrigins?: string[];
  /** Also accept requests whose Origin is the collector's own host (same-origin pages). Default true. */
  sameOriginOnly?: boolean;
  /** Bearer token for the admin routes (export, stats, dashboard). Without it they answer 403. */
  adminToken?: string;
  /** Largest request body in bytes (413 beyond). Default 262144 (256 KiB). */
  bodyLimit?: number;
  /** Most receipts in one batch (413 beyond). Default 100. */
  maxBatch?: number;
  /** Requests per client IP per window (429 beyond), or false to leave limiting to a proxy. Default 600 per minute. */
  rateLimit?: { max: number; timeWindow: number | string } | false;
  /** Trust X-Forwarded-* from a proxy / load balancer (Fastify's `trustProxy`): client IPs for rate limits. */
  trustProxy?: boolean | string | string[] | number;
  /** Fastify logger: false (default), true, or pino options. Subject ids are redacted from logged URLs. */
  logger?: boolean | Exclude<FastifyServerOptions['logger'], undefined>;
  /**
   * The site's consent config (as given to `createConsent`), from the operator. Optional: it fills the
   * export texts the receipts do not carry (purpose descriptions, data items, retention, recipients,
   * controller e-mail/phone), and gives stats and the dashboard their purpose titles and necessities
   * (trusted, unlike the titles receipts carry, which any client can choose).
   */
  siteConfig?: ConsentConfig;
  /** Receipts read per page while streaming an export. Default 500. */
  exportPageSize?: number;
  /** PostgreSQL connections per collector process. Default 10. */
  poolSize?: number;
  /**
   * Oldest timestamp, in ms before now, that a new subject's first receipt may have (older ones are
   * refused: nobody can open a chain with a backdated history). Default 30 days: the SDK's outbox
   * retries for days while a visitor is offline.
   */
  maxFirstReceiptAge?: number;
  /**
   * The collector's own secret (`CONSENTRY_HASH_SECRET`, at least 16 characters): keys the HMACs stored
   * beside guardians' names and contacts for lookups. Without it, guardian details are verified and
   * discarded, never stored.
   */
  hashSecret?: string;
  /** Most time, in ms, to receive a whole request, body included (408 and closed beyond). Default 30 000. */
  requestTimeout?: number;
  /** Most time, in ms, to receive a request's headers. Default 10 000; at most `requestTimeout`. */
  headersTimeout?: number;
  /** A connection idle this long, in ms, is closed. Default 60 000. */
  connectionTimeout?: number;
  /**
   * Most connections open at once from one client address (an IPv6 /64 counts as one); more are
   * closed on arrival. Default 100; 0 turns the cap off. Behind a proxy it counts the proxy's connections.
   */
  maxConnectionsPerIp?: number;
  /** Purposes detailed by `/v1/stats` (default of its `top`) and the dashboard; the rest are counted. Default 20. */
  statsTopPurposes?: number;
  /**
   * `CONSENTRY_LINK_SECRET` (at least 32 characters), shared with the site's backend, which signs member
   * proofs with it (JWT, HS256). Without it, links and member proofs are refused.
   */
  linkSecret?: string;
  /** `CONSENTRY_SERVICE_TOKEN`: a read-only bearer token for the site's backend (account state, audience, notices, texts). */
  serviceToken?: string;
  /** The controller's IANA time zone, for the night-time rule (21:00–08:00). Default `Asia/Seoul`. */
  timeZone?: string;
  /** Days receipts are kept after the consent they prove has ended. Default 1826 (five years). */
  retentionDays?: number;
  /** Run the retention job daily inside the collector. Default true. */
  retentionJob?: boolean;
  /** Outgoing webhook for new result notices and reconfirmations coming due (`CONSENTRY_WEBHOOK_URL`). */
  webhookUrl?: string;
  /** Secret that signs each webhook body (HMAC-SHA256), at least 16 characters (`CONSENTRY_WEBHOOK_SECRET`). */
  webhookSecret?: string;
  /** Days before its due date that a reconfirmation is sent to the webhook. Default 30. */
  webhookReconfirmDays?: number;
  /** Rights requests (`POST /v1/requests`) per client address per hour. Default 10. */
  requestsPerHour?: number;
  /** Webhook retry and polling intervals in ms (defaults: first retry 10 s, doubling to 6 h; poll 5 s; timeout 10 s). */
  webhookTiming?: { retryMs?: number; maxRetryMs?: number; pollMs?: number; timeoutMs?: number };
  /** The collector's clock (tests). */
  now?: () => number;
}

export interface ResolvedOptions {
  databaseUrl: string;
  store?: Store;
  allowedOrigins: string[];
  sameOrigin: boolean;
  adminToken: string | null;
  bodyLimit: number;
  maxBatch: number;
  rateLimit: { max: number; timeWindow: number | string } | false;
  trustProxy: boolean | string | string[] | number;
  logger: CollectorOptions['logger'];
  siteConfig?: NormalizedConfig;
  exportPageSize: number;
  poolSize: number;
  maxFirstReceiptAge: number;
  hashSecret: string | null;
  requestTimeout: number;
  headersTimeout: number;
  connectionTimeout: number;
  maxConnectionsPerIp: number;
  statsTopPurposes: number;
  linkSecret: string | null;
  serviceToken: string | null;
  timeZone: string;
  retentionDays: number;
  retentionJob: boolean;
  webhook: { url: string; secret: string } | null;
  webhookReconfirmDays: number;
  requestsPerHour: number;
  /** `controller.jurisdiction` of the site config, default KR. */
  jurisdiction: string;
  webhookTiming: CollectorOptions['webhookTiming'];
  now: () => number;
}

export const DEFAULTS = {
  databaseUrl: 'consentry.sqlite',
  bodyLimit: 256 * 1024,
  maxBatch: 100,
  rateLimit: { max: 600, timeWindow: 60_000 },
  exportPageSize: 500,
  poolSize: 10,
  maxFirstReceiptAge: 30 * 86_400_000,
  requestTimeout: 30_000,
  headersTimeout: 10_000,
  connectionTimeout: 60_000,
  maxConnectionsPerIp: 100,
  statsTopPurposes: 20,
  timeZone: 'Asia/Seoul',
  retentionDays: 1826,
  webhookReconfirmDays: 30,
  requestsPerHour: 10,
} as const;

/** Shortest accepted `hashSecret` (and webhook secret). */
export const HASH_SECRET_MIN = 16;

const posInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** Checks and completes the options; every problem is reported at once as a ConfigError. */
export function resolveOptions(o: CollectorOptions = {}): ResolvedOptions {
  const problems: ConfigProblem[] = [];
  const bad = (path: string, message: string) => problems.push({ path, message });
  if (o.databaseUrl !== undefined && (typeof o.databaseUrl !== 'string' || !o.databaseUrl.trim())) {
    bad('databaseUrl', 'expected a file path, sqlite: URL or postgres:// URL');
  }
  if (o.allowedOrigins !== undefined && (!Array.isArray(o.allowedOrigins) || o.allowedOrigins.some((x) => typeof x !== 'string'))) {
    bad('allowedOrigins', 'expected an array of origins like https://shop.example.com');
  }
  if (o.adminToken !== undefined && o.adminToken !== null && typeof o.adminToken !== 'string') bad('adminToken', 'expected a string');
  for (const k of [
    'bodyLimit',
    'maxBatch',
    'exportPageSize',
    'poolSize',
    'maxFirstReceiptAge',
    'requestTimeout',
    'headersTimeout',
    'connectionTimeout',
    'statsTopPurposes',
    'retentionDays',
    'webhookReconfirmDays',
    'requestsPerHour',
  ] as const) {
    if (o[k] !== undefined && !posInt(o[k])) bad(k, 'expected a positive integer');
  }
  if (o.maxConnectionsPerIp !== undefined && !(posInt(o.maxConnectionsPerIp) || o.maxConnectionsPerIp === 0)) {
    bad('maxConnectionsPerIp', 'expected a positive integer, or 0 for no cap');
  }
  const requestTimeout = o.requestTimeout ?? DEFAULTS.requestTimeout;
  const headersTimeout = o.headersTimeout ?? Math.min(DEFAULTS.headersTimeout, requestTimeout);
  if (posInt(headersTimeout) && posInt(requestTimeout) && headersTimeout > requestTimeout) {
    bad('headersTimeout', 'must not be longer than requestTimeout');
  }
  if (o.hashSecret !== undefined && (typeof o.hashSecret !== 'string' || (o.hashSecret !== '' && o.hashSecret.length < HASH_SECRET_MIN))) {
    bad('hashSecret', `expected a random string of at least ${HASH_SECRET_MIN} characters`);
  }
  if (o.linkSecret !== undefined && (typeof o.linkSecret !== 'string' || (o.linkSecret !== '' && o.linkSecret.length < LINK_SECRET_MIN))) {
    bad('linkSecret', `expected a random string of at least ${LINK_SECRET_MIN} characters`);
  }
  if (o.serviceToken !== undefined && typeof o.serviceToken !== 'string') bad('serviceToken', 'expected a string');
  if (o.serviceToken && o.adminToken && o.serviceToken === o.adminToken) bad('serviceToken', 'must differ from the admin token');
  if (o.timeZone !== undefined && (typeof o.timeZone !== 'string' || !isTimeZone(o.timeZone))) {
    bad('timeZone', 'expected an IANA time zone like Asia/Seoul or Europe/Paris');
  }
  let webhook: ResolvedOptions['webhook'] = null;
  if (o.webhookUrl) {
    let url: URL | null = null;
    try {
      url = new URL(o.webhookUrl);
    } catch {
      // reported below
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password)
      bad('webhookUrl', 'expected an http(s) URL without credentials');
    if (typeof o.webhookSecret !== 'string' || o.webhookSecret.length < HASH_SECRET_MIN) {
      bad('webhookSecret', `a webhook needs a signing secret of at least ${HASH_SECRET_MIN} characters (CONSENTRY_WEBHOOK_SECRET)`);
    } else if (url) {
      webhook = { url: url.href, secret: o.webhookSecret };
    }
  }
  const rl = o.rateLimit;
  if (rl !== undefined && rl !== false) {
    if (!rl || typeof rl !== 'object' || !posInt(rl.max)) bad('rateLimit.max', 'expected a positive integer');
    else if (!(posInt(rl.timeWindow) || (typeof rl.timeWindow === 'string' && rl.timeWindow.trim()))) {
      bad('rateLimit.timeWindow', 'expected milliseconds or a duration like "1 minute"');
    }
  }
  let siteConfig: NormalizedConfig | undefined;
  if (o.siteConfig !== undefined) {
    const v = validateConfig(o.siteConfig);
    for (const p of v.problems) bad(`siteConfig.${p.path}`, p.message);
    siteConfig = v.config;
  }
  if (problems.length) throw new ConfigError(problems, 'collector options');
  return {
    databaseUrl: o.databaseUrl?.trim() || DEFAULTS.databaseUrl,
    store: o.store,
    allowedOrigins: o.allowedOrigins ?? [],
    sameOrigin: o.sameOriginOnly ?? true,
    adminToken: o.adminToken ? o.adminToken : null,
    bodyLimit: o.bodyLimit ?? DEFAULTS.bodyLimit,
    maxBatch: o.maxBatch ?? DEFAULTS.maxBatch,
    rateLimit: rl === undefined ? { ...DEFAULTS.rateLimit } : rl,
    trustProxy: o.trustProxy ?? false,
    logger: o.logger ?? false,
    siteConfig,
    exportPageSize: o.exportPageSize ?? DEFAULTS.exportPageSize,
    poolSize: o.poolSize ?? DEFAULTS.poolSize,
    maxFirstReceiptAge: o.maxFirstReceiptAge ?? DEFAULTS.maxFirstReceiptAge,
    hashSecret: o.hashSecret ? o.hashSecret : null,
    requestTimeout,
    headersTimeout,
    connectionTimeout: o.connectionTimeout ?? DEFAULTS.connectionTimeout,
    maxConnectionsPerIp: o.maxConnectionsPerIp ?? DEFAULTS.maxConnectionsPerIp,
    statsTopPurposes: o.statsTopPurposes ?? DEFAULTS.statsTopPurposes,
    linkSecret: o.linkSecret ? o.linkSecret : null,
    serviceToken: o.serviceToken ? o.serviceToken : null,
    timeZone: o.timeZone ?? DEFAULTS.timeZone,
    retentionDays: o.retentionDays ?? DEFAULTS.retentionDays,
    retentionJob: o.retentionJob ?? true,
    webhook,
    webhookReconfirmDays: o.webhookReconfirmDays ?? DEFAULTS.webhookReconfirmDays,
    requestsPerHour: o.requestsPerHour ?? DEFAULTS.requestsPerHour,
    jurisdiction: (siteConfig?.controller.jurisdiction ?? 'KR').toUpperCase(),
    webhookTiming: o.webhookTiming,
    now: o.now ?? Date.now,
  };
}
