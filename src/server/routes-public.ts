import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import receiptSchema from '../receipts/receipt.schema.json';
import { bearerToken, tokenMatches } from './auth';
import { httpError } from './body';
import { parseUpload } from './envelope';
import type { ProofCheck, ProofVerifier } from './accounts/proof';
import { ingestUpload, type ReceiptValidator } from './ingest';
import { describeStorageProblem } from './store/errors';
import type { Store } from './store/types';
import { digestsEqual, keyHashOf } from './subject-auth';

// Compiled by Fastify's own ajv (strict options, see app.ts). `$id`/`$schema` are dropped so several
// collectors in one process can compile it without an "already exists" clash; refs are local.
const { $id: _id, $schema: _schema, ...receiptBody } = receiptSchema as Record<string, unknown>;
const RECEIPT_SCHEMA: Record<string, unknown> = receiptBody;
const SUBJECT_ID_SCHEMA = (receiptSchema as { properties: { subjectId: Record<string, unknown> } }).properties.subjectId;

interface AjvError {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** The first schema error as one readable line: `schema: /purposes/0/state must be equal to … (given, refused, …)`. */
function schemaReason(err: AjvError | undefined): string {
  if (!err) return 'schema: invalid receipt';
  const where = err.instancePath || '(receipt)';
  const p = err.params ?? {};
  const detail =
    p.additionalProperty !== undefined
      ? ` (${String(p.additionalProperty)})`
      : Array.isArray(p.allowedValues)
        ? ` (${p.allowedValues.join(', ')})`
        : '';
  return `schema: ${where} ${err.message ?? 'is invalid'}${detail}`.slice(0, 300);
}

function validatorFor(req: FastifyRequest): ReceiptValidator {
  const validate = req.compileValidationSchema(RECEIPT_SCHEMA) as ((v: unknown) => boolean) & { errors?: AjvError[] | null };
  return (value) => (validate(value) ? null : schemaReason(validate.errors?.[0]));
}

export interface PublicContext {
  store: Store;
  maxBatch: number;
  pageSize: number;
  adminToken: string | null;
  maxFirstReceiptAge: number;
  hashSecret: string | null;
  /** Called when verified guardian details are dropped for want of a hash secret. */
  onGuardianDiscarded: () => void;
  verifyProof: ProofVerifier;
  /** Queue webhook events (a webhook URL is configured). */
  webhooks: boolean;
  /** Called after a batch queued webhook events (the dispatcher delivers them soon). */
  onWebhooksQueued: () => void;
  now: () => number;
}

/** How long one write probe's answer serves /healthz (it is not rate limited: no fsync per request). */
const HEALTH_TTL_MS = 1000;

/**
 * `/healthz` commits a one-row write (a read-only, full, deleted or unreachable database fails it),
 * at most once per second; concurrent checks share one probe.
 */
function healthProbe(store: Store): () => Promise<string | null> {
  let last: { at: number; problem: string | null } | null = null;
  let running: Promise<string | null> | null = null;
  return () => {
    if (last && Date.now() - last.at < HEALTH_TTL_MS) return Promise.resolve(last.problem);
    running ??= store
      .checkWritable()
      .then(
        () => null,
        (err) => describeStorageProblem(err),
      )
      .then((problem) => {
        last = { at: Date.now(), problem };
        running = null;
        return problem;
      });
    return running;
  };
}

/** `GET /healthz`, `POST /v1/receipts`, `GET /v1/subjects/:subjectId/receipts`. */
export function publicRoutes(app: FastifyInstance, ctx: PublicContext): void {
  const { store, maxBatch, pageSize, adminToken } = ctx;
  const health = healthProbe(store);

  app.get('/healthz', { config: { rateLimit: false } }, async (_req, reply) => {
    const problem = await health();
    if (problem) return reply.code(503).header('retry-after', '5').send({ ok: false, storage: store.dialect, error: problem });
    return { ok: true, storage: store.dialect, schemaVersion: await store.schemaVersion() };
  });

  app.post('/v1/receipts', async (req, reply) => {
    const upload = parseUpload(req.body, maxBatch);
    const links = new Map<string, ProofCheck>();
    for (const [subjectId, proof] of upload.links) links.set(subjectId, await ctx.verifyProof(proof));
    const outcome = await ingestUpload(upload.items, store, validatorFor(req), {
      secrets: upload.secrets,
      guardians: upload.guardians,
      links,
      texts: upload.texts,
      webhooks: ctx.webhooks,
      maxFirstReceiptAge: ctx.maxFirstReceiptAge,
      hashSecret: ctx.hashSecret,
      onGuardianDiscarded: ctx.onGuardianDiscarded,
      now: ctx.now,
    });
    if (ctx.webhooks) ctx.onWebhooksQueued();
    const { results } = outcome;
    const answer = {
      results,
      ...(upload.links.size ? { links: outcome.links } : {}),
      ...(upload.texts.size ? { texts: outcome.texts } : {}),
    };
    const linked = Object.values(outcome.links).some((l) => l.status !== 'rejected');
    if (!linked && results.every((r) => r.status === 'rejected') && (results.length || upload.links.size)) {
      // Nothing in it could be used: a client error as a whole, with the reason for each part.
      const error = upload.links.size ? 'nothing in the upload was accepted' : 'every receipt in the batch was rejected';
      return reply.code(400).send({ error, ...answer });
    }
    return answer;
  });

  app.get<{ Params: { subjectId: string } }>(
    '/v1/subjects/:subjectId/receipts',
    {
      schema: {
        params: { type: 'object', required: ['subjectId'], properties: { subjectId: SUBJECT_ID_SCHEMA } },
      },
    },
    async (req, reply) => {
      const { subjectId } = req.params;
      // The subject's secret (or the admin token) opens the chain; anything else gets the same 403
      // whether or not the subject exists, so the route tells a stranger nothing.
      const token = bearerToken(req.headers.authorization);
      if (!token) {
        reply.header('www-authenticate', 'Bearer realm="consentry subject"');
        throw httpError(401, "the subject's secret is required (Authorization: Bearer <secret>)");
      }
      const isAdmin = !!adminToken && tokenMatches(token, adminToken);
      if (!isAdmin) {
        const given = keyHashOf(token);
        const key = await store.subjectKey(subjectId);
        if (!key || !digestsEqual(given, key)) throw httpError(403, "the secret does not open this subject's receipts");
      }
      // Streamed in chain order.
      async function* body() {
        yield `{"subjectId":${JSON.stringify(subjectId)},"receipts":[`;
        const breaks: { id: string; error: string }[] = [];
        let after = 0;
        let first = true;
        for (;;) {
          const page = await store.subjectPage(subjectId, after, pageSize);
          let chunk = '';
          for (const row of page) {
            chunk += (first ? '' : ',') + row.body;
            first = false;
            if (row.chainError) breaks.push({ id: row.id, error: row.chainError });
          }
          if (chunk) yield chunk;
          if (page.length < pageSize) break;
          after = page[page.length - 1].seq;
        }
        yield `],"chainBreaks":${JSON.stringify(breaks)}}`;
      }
      reply.type('application/json; charset=utf-8');
      return reply.send(Readable.from(body(), { highWaterMark: 1 }));
    },
  );
}
