import type { FastifyError, FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import { access } from './access';
import { proofVerifier } from './accounts/proof';
import { backgroundJobs } from './background-jobs';
import type { Dispatcher } from './notices/webhook';
import { loadPackages } from './optional-packages';
import type { PruneReport } from './retention';
import { accountRoutes } from './routes-accounts';
import { noticeRoutes } from './routes-notices';
import { dashboardRoutes } from './routes-dashboard';
import { requestRoutes } from './routes-requests';
import { httpError, parseFormBody, parseJsonBody } from './body';
import { limitConnections } from './connections';
import { resolveOptions, type CollectorOptions } from './options';
import { originPolicy } from './origin';
import { adminRoutes } from './routes-admin';
import { publicRoutes } from './routes-public';
import { describeStorageProblem, isStorageUnavailable } from './store/errors';
import { openStore } from './store/open';

/** Fastify errors caused by the request, with the status they deserve (never a 500 for bad input). */
const CLIENT_ERRORS: { [code: string]: number } = {
  FST_ERR_CTP_BODY_TOO_LARGE: 413,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 415,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 400,
  FST_ERR_CTP_EMPTY_JSON_BODY: 400,
  FST_ERR_CTP_INVALID_JSON_BODY: 400,
  FST_ERR_VALIDATION: 400,
  FST_ERR_BAD_URL: 400,
  FST_ERR_ASYNC_CONSTRAINT: 400,
};

function statusOf(err: FastifyError): number {
  // The database is read-only, gone, full, down or saturated: not the client's fault, and worth
  // retrying (the SDK does).
  if (isStorageUnavailable(err)) return 503;
  if (err.validation) return 400;
  const byCode = err.code ? CLIENT_ERRORS[err.code] : undefined;
  if (byCode) return byCode;
  const s = err.statusCode;
  if (typeof s === 'number' && s >= 400 && s < 500) return s;
  if (err instanceof SyntaxError) return 400;
  return 500;
}

/**
 * The client went away before its request body was complete (it aborted, or was cut off at the
 * request deadline). That is the client's failure, a 4xx, and no alarm about the storage.
 */
function clientAborted(req: FastifyRequest): boolean {
  const raw = req.raw;
  return !raw.complete && (raw.readableAborted || raw.destroyed || !!raw.socket?.destroyed);
}

/** Subject ids and guardian lookups (a contact, a subject) stay out of request logs. */
const redactUrl = (url: string) =>
  url
    .replace(/^\/v1\/subjects\/[^/?#]+/, '/v1/subjects/[redacted]')
    .replace(/^\/v1\/accounts\/[^/?#]+/, '/v1/accounts/[redacted]')
    .replace(/^(\/v1\/guardians)\?.*/, '$1?[redacted]');

function loggerOption(logger: CollectorOptions['logger']): Pick<FastifyServerOptions, 'logger' | 'loggerInstance'> {
  if (!logger) return { logger: false };
  const serializers = {
    req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
  };
  if (logger === true) return { logger: { level: 'info', serializers } };
  const l = logger as Record<string, unknown>;
  // A ready logger instance (pino or compatible) goes in as is; options get our serializers.
  if (typeof l.info === 'function' && typeof l.child === 'function')
    return { loggerInstance: logger as FastifyServerOptions['loggerInstance'] };
  return { logger: { ...l, serializers: { ...serializers, ...(l.serializers as object | undefined) } } };
}

/**
 * Builds the collector as a Fastify instance (not listening). Mount it in your own server with
 * `await app.ready(); app.routing(req, res)`, or call `app.listen()`; `startCollector` does the latter.
 * Opens and migrates the database first; closing the app closes the database it opened.
 */
export async function createCollector(options: CollectorOptions = {}): Promise<FastifyInstance> {
  const o = resolveOptions(options);
  const policy = originPolicy(o.allowedOrigins, o.sameOrigin);
  const [fastify, cors, rateLimit] = await loadPackages(['fastify', '@fastify/cors', '@fastify/rate-limit'], 'the collector server');
  // Fails early (MissingDependencyError) when linking is configured and `jose` is not installed.
  const verifyProof = await proofVerifier(o.linkSecret, o.now);
  const store = o.store ?? (await openStore(o.databaseUrl, { poolSize: o.poolSize }));

  let app: FastifyInstance;
  try {
    app = fastify({
      ...loggerOption(o.logger),
      bodyLimit: o.bodyLimit,
      trustProxy: o.trustProxy,
      routerOptions: { maxParamLength: 200 },
      return503OnClosing: true,
      connectionTimeout: o.connectionTimeout,
      requestTimeout: o.requestTimeout,
      // Fastify's ajv, made strict: a receipt is evidence, so nothing is coerced, defaulted or dropped.
      ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false } },
    }) as FastifyInstance;
  } catch (err) {
    if (!o.store) await store.close();
    throw err;
  }
  if (!o.store) app.addHook('onClose', async () => store.close());
  limitConnections(app.server, o);

  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', 'text/plain'], { parseAs: 'buffer' }, (req, body, done) => {
    try {
      done(null, parseJsonBody(body as Buffer, req.headers['content-type']));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, (req, body, done) => {
    try {
      done(null, parseFormBody(body as Buffer, req.headers['content-type']));
    } catch (err) {
      done(err as Error, undefined);
    }
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (clientAborted(req)) {
      // One line, not a warning: nothing is wrong with the collector. The answer goes nowhere.
      req.log.info({ code: err.code }, 'client aborted the request before its body was complete (400)');
      return reply.code(400).send({ error: 'the request body was not received completely' });
    }
    const status = statusOf(err);
    if (status === 503) {
      req.log.warn({ err }, `storage unavailable: ${describeStorageProblem(err)}`);
      return reply.code(503).header('retry-after', '5').send({ error: 'storage unavailable, retry later' });
    }
    if (status >= 500) {
      req.log.error({ err }, 'collector error');
      return reply.code(500).send({ error: 'internal error' });
    }
    const message =
      err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? 'unsupported content type: send application/json (or text/plain with a JSON body)'
        : err.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? `the body is larger than the limit of ${o.bodyLimit} bytes`
          : err.message;
    return reply.code(status).send({ error: message.slice(0, 500) });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'not found' }));

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');
    if (!policy.allows(req.headers.origin, req.host)) {
      throw httpError(403, "origin not allowed: add it to the collector's allowed origins (CONSENTRY_ALLOWED_ORIGINS)");
    }
  });
  await app.register(cors, {
    origin: (origin: string | undefined, cb: (err: Error | null, allow: boolean) => void) => cb(null, !!origin && policy.listed(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Authorization'],
    maxAge: 600,
  });
  // Registered even without a global limit: the public rights-request route keeps its own.
  await app.register(rateLimit, o.rateLimit ? { max: o.rateLimit.max, timeWindow: o.rateLimit.timeWindow } : { global: false });

  const { dispatcher, retention } = backgroundJobs(app, store, o);
  app.decorate('consentry', { dispatcher, retention, store });
  const guard = access({ adminToken: o.adminToken, serviceToken: o.serviceToken }, verifyProof);

  let warnedGuardians = false;
  publicRoutes(app, {
    store,
    maxBatch: o.maxBatch,
    pageSize: o.exportPageSize,
    adminToken: o.adminToken,
    maxFirstReceiptAge: o.maxFirstReceiptAge,
    hashSecret: o.hashSecret,
    onGuardianDiscarded: () => {
      if (warnedGuardians) return;
      warnedGuardians = true;
      app.log.warn('guardian details were received and verified, but not stored: set CONSENTRY_HASH_SECRET to keep them');
    },
    verifyProof,
    webhooks: !!dispatcher,
    onWebhooksQueued: () => dispatcher?.nudge(),
    now: o.now,
  });
  accountRoutes(app, { store, access: guard, timeZone: o.timeZone, pageSize: o.exportPageSize, now: o.now, siteConfig: o.siteConfig });
  noticeRoutes(app, { store, access: guard, pageSize: o.exportPageSize, now: o.now });
  dashboardRoutes(app, {
    store,
    adminToken: o.adminToken,
    linkSecret: o.linkSecret,
    siteConfig: o.siteConfig,
    statsTopPurposes: o.statsTopPurposes,
    now: o.now,
  });
  requestRoutes(app, {
    store,
    access: guard,
    verifyProof,
    jurisdiction: o.jurisdiction,
    hashSecret: o.hashSecret,
    linkSecret: o.linkSecret,
    requestsPerHour: o.requestsPerHour,
    siteConfig: o.siteConfig,
    now: o.now,
  });
  adminRoutes(app, {
    store,
    adminToken: o.adminToken,
    pageSize: o.exportPageSize,
    siteConfig: o.siteConfig,
    hashSecret: o.hashSecret,
    statsTopPurposes: o.statsTopPurposes,
  });
  return app;
}

/** What `createCollector` hangs on the Fastify instance (`app.consentry`), for hosts, tests and the CLI. */
export interface CollectorHandle {
  /** The webhook dispatcher, when a webhook is configured. */
  dispatcher: Dispatcher | null;
  /** Runs the retention job now if no collector ran it in the last day (null when skipped). */
  retention: () => Promise<PruneReport | null>;
  store: import('./store/types').Store;
}

declare module 'fastify' {
  interface FastifyInstance {
    consentry: CollectorHandle;
  }
}

/** A running collector. */
export interface RunningCollector {
  /** `http://host:port` it listens on. */
  url: string;
  port: number;
  app: FastifyInstance;
  /** Stops accepting, finishes in-flight requests, closes the database. */
  close(): Promise<void>;
}

/** Creates the collector and listens (default 127.0.0.1 on a free port). */
export async function startCollector(options: CollectorOptions & { port?: number; host?: string } = {}): Promise<RunningCollector> {
  const { port, host, ...rest } = options;
  const app = await createCollector(rest);
  try {
    await app.listen({ port: port ?? 0, host: host ?? '127.0.0.1' });
  } catch (err) {
    await app.close();
    throw err;
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : (port ?? 0);
  const shownHost = (host ?? '127.0.0.1').includes(':') ? `[${host}]` : (host ?? '127.0.0.1');
  return {
    url: `http://${shownHost}:${actualPort}`,
    port: actualPort,
    app,
    close: () => app.close(),
  };
}
