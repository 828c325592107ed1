/**
 * Rights requests (PIPA 35–37, GDPR 15–21). `POST /v1/requests` is public (rate limited per address):
 * a member or visitor asks for access, correction, deletion, suspension of processing or withdrawal,
 * proving whose data it is with the browser subject's secret and/or the member proof; the answer is an
 * id, a request receipt and the deadline. The operator lists, answers and closes them (admin token),
 * and can answer an access request with the person's receipts.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { canonicalize } from '../receipts/canonical';
import type { NormalizedConfig } from '../core/types';
import type { Access } from './access';
import { eraseAccount } from './accounts/erase';
import type { ProofVerifier } from './accounts/proof';
import { linkedSubjects } from './accounts/queries';
import { httpError } from './body';
import { decodeCursor, encodeCursor, parseLimit } from './cursor';
import { exportQuery, sendReceipts, type ExportFormat } from './person-export';
import { requestBodyProblem, requestBodySchema, type RequestBody } from './requests/body';
import { answerDeadline } from './requests/deadline';
import {
  answerRequest,
  closeRequest,
  getRequest,
  insertRequest,
  listRequests,
  type RightsRequest,
  type RequestStatus,
} from './requests/queries';
import type { Store } from './store/types';
import { digestsEqual, keyHashOf } from './subject-auth';

export interface RequestsContext {
  store: Store;
  access: Access;
  verifyProof: ProofVerifier;
  jurisdiction: string;
  hashSecret: string | null;
  linkSecret: string | null;
  requestsPerHour: number;
  siteConfig?: NormalizedConfig;
  now: () => number;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A request as the admin routes show it (personal data: admin only). */
export const requestJson = (r: RightsRequest, nowMs: number) => ({
  id: r.id,
  type: r.type,
  status: r.status,
  accountId: r.accountId,
  subjectId: r.subjectId,
  contact: r.contact,
  message: r.message,
  locale: r.locale,
  jurisdiction: r.jurisdiction,
  receivedAt: iso(r.receivedMs),
  answerBy: iso(r.dueMs),
  overdue: r.status === 'open' && r.dueMs < nowMs,
  answer: r.answer,
  answeredAt: iso(r.answeredMs),
  closedAt: iso(r.closedMs),
  erasedAt: iso(r.erasedMs),
  digest: r.digest,
});

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^rq_[A-Za-z0-9_-]{22}$' } } } as const;

/**
 * Records a rights request (the body already checked against its schema) and answers with its signed receipt:
 * the request's id, the answer term and date, and a digest of what was asked. A subject's secret or a member
 * proof, when given, ties it to that browser or account.
 */
async function fileRequest(ctx: RequestsContext, b: RequestBody, reply: FastifyReply) {
  const { store } = ctx;
  const problem = requestBodyProblem(b);
  if (problem) throw httpError(400, problem);
  let subjectId: string | null = null;
  let accountId: string | null = null;
  if (b.subject) {
    const key = await store.subjectKey(b.subject.id);
    if (!key || !digestsEqual(keyHashOf(b.subject.secret), key)) throw httpError(403, "the subject's secret does not match");
    subjectId = b.subject.id;
  }
  if (b.proof) {
    const check = await ctx.verifyProof(b.proof);
    if (!check.ok) {
      reply.header('www-authenticate', 'Bearer realm="consentry member"');
      throw httpError(401, check.reason);
    }
    accountId = check.proof.accountId;
  }
  const receivedMs = ctx.now();
  const { dueMs, term } = answerDeadline(ctx.jurisdiction, receivedMs);
  const id = 'rq_' + randomBytes(16).toString('base64url');
  const contact = b.contact.trim();
  const message = b.message.trim().normalize('NFC');
  const digest = createHash('sha256')
    .update(canonicalize({ id, type: b.type, subjectId, accountId, contact, message, receivedAt: iso(receivedMs) }), 'utf8')
    .digest('hex');
  await insertRequest(store.db, {
    id,
    type: b.type,
    status: 'open',
    accountId,
    subjectId,
    contact,
    message,
    locale: b.locale ?? null,
    jurisdiction: ctx.jurisdiction,
    receivedMs,
    dueMs,
    digest,
    answer: null,
    answeredMs: null,
    closedMs: null,
    erasedMs: null,
  });
  const receipt = {
    requestId: id,
    type: b.type,
    receivedAt: iso(receivedMs),
    answerBy: iso(dueMs),
    term,
    jurisdiction: ctx.jurisdiction,
    controller: ctx.siteConfig ? ctx.siteConfig.controller.contact : null,
    digest,
  };
  const signatureKey = ctx.hashSecret;
  const signed = signatureKey
    ? {
        ...receipt,
        signature: createHmac('sha256', Buffer.from(signatureKey, 'utf8')).update(canonicalize(receipt), 'utf8').digest('hex'),
      }
    : receipt;
  return reply
    .code(201)
    .send({ id, type: b.type, status: 'open', receivedAt: receipt.receivedAt, answerBy: receipt.answerBy, term, receipt: signed });
}

/** Answers a request, erasing the member's account first when a deletion request asks for it (`erase`). */
async function answerWith(ctx: RequestsContext, id: string, answer: string, erase: boolean | undefined) {
  const { store } = ctx;
  const r = await getRequest(store.db, id);
  if (!r) throw httpError(404, 'no such request');
  if (r.status === 'closed') throw httpError(409, 'the request is closed');
  let erased = null;
  if (erase) {
    if (r.type !== 'deletion') throw httpError(400, 'erase applies to deletion requests only');
    if (!r.accountId || r.accountId.startsWith('erased:'))
      throw httpError(400, 'the request names no account to erase (it came without a member proof)');
    if (!ctx.linkSecret) throw httpError(403, 'account linking is disabled: start the collector with CONSENTRY_LINK_SECRET');
    erased = await eraseAccount(store.db, r.accountId, ctx.linkSecret);
    await store.db.run('UPDATE consentry_requests SET erased_ms = ? WHERE id = ?', [ctx.now(), r.id]);
  }
  await answerRequest(store.db, r.id, answer, ctx.now());
  return { request: requestJson((await getRequest(store.db, r.id))!, ctx.now()), ...(erased ? { erased } : {}) };
}

export function requestRoutes(app: FastifyInstance, ctx: RequestsContext): void {
  const { store } = ctx;

  app.post<{ Body: RequestBody }>(
    '/v1/requests',
    {
      config: { rateLimit: { max: ctx.requestsPerHour, timeWindow: 3_600_000 } },
      schema: { body: requestBodySchema },
    },
    (req, reply) => fileRequest(ctx, req.body, reply),
  );

  app.get<{ Querystring: { status?: RequestStatus; cursor?: string; limit?: string } }>(
    '/v1/requests',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { status: { enum: ['open', 'answered', 'closed'] }, cursor: { type: 'string' }, limit: { type: 'string' } },
        },
      },
    },
    async (req, reply) => {
      await ctx.access.admin(req, reply);
      const limit = parseLimit(req.query.limit, 100, 1000);
      const raw = decodeCursor(req.query.cursor);
      const m = raw ? /^(\d{1,16}) (rq_[A-Za-z0-9_-]{22})$/.exec(raw) : null;
      if (raw && !m) throw httpError(400, 'cursor is not one this collector gave');
      const rows = await listRequests(store.db, {
        status: req.query.status ?? null,
        after: m ? { dueMs: Number(m[1]), id: m[2] } : null,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const nowMs = ctx.now();
      return {
        requests: page.map((r) => requestJson(r, nowMs)),
        next: rows.length > limit ? encodeCursor(`${last.dueMs} ${last.id}`) : null,
      };
    },
  );

  app.get<{ Params: { id: string } }>('/v1/requests/:id', { schema: { params: idParams } }, async (req, reply) => {
    await ctx.access.admin(req, reply);
    const r = await getRequest(store.db, req.params.id);
    if (!r) throw httpError(404, 'no such request');
    return requestJson(r, ctx.now());
  });

  app.post<{ Params: { id: string }; Body: { answer: string; erase?: boolean } }>(
    '/v1/requests/:id/answer',
    {
      schema: {
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['answer'],
          properties: { answer: { type: 'string', minLength: 1, maxLength: 10_000 }, erase: { type: 'boolean' } },
        },
      },
    },
    async (req, reply) => {
      await ctx.access.admin(req, reply);
      return answerWith(ctx, req.params.id, req.body.answer, req.body.erase);
    },
  );

  app.post<{ Params: { id: string } }>('/v1/requests/:id/close', { schema: { params: idParams } }, async (req, reply) => {
    await ctx.access.admin(req, reply);
    const r = await getRequest(store.db, req.params.id);
    if (!r) throw httpError(404, 'no such request');
    await closeRequest(store.db, r.id, ctx.now());
    return { request: requestJson((await getRequest(store.db, r.id))!, ctx.now()) };
  });

  // An access request answered with the person's own receipts: every subject linked to the member's
  // account, and the subject the request came from.
  app.get<{ Params: { id: string }; Querystring: { format?: ExportFormat } }>(
    '/v1/requests/:id/receipts',
    { schema: { params: idParams, querystring: exportQuery } },
    async (req, reply) => {
      await ctx.access.admin(req, reply);
      const r = await getRequest(store.db, req.params.id);
      if (!r) throw httpError(404, 'no such request');
      const subjects = new Set<string>(r.subjectId ? [r.subjectId] : []);
      if (r.accountId && !r.accountId.startsWith('erased:')) for (const s of await linkedSubjects(store.db, r.accountId)) subjects.add(s);
      const format = req.query.format ?? 'iso27560';
      reply.header('content-disposition', `attachment; filename="consentry-${r.id}-${format}.${format === 'kantara' ? 'json' : 'jsonld'}"`);
      return sendReceipts(reply, store, [...subjects].sort(), format, ctx.siteConfig);
    },
  );
}
