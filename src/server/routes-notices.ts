/**
 * Network Act notices: `GET /v1/notices?kind=result|reconfirm&due=<days>` (admin or service token),
 * `POST /v1/notices/:id/sent` (admin token), and the texts receipts refer to by hash:
 * `GET /v1/notices/texts/:hash` (admin or service token).
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Access } from './access';
import { DAY_MS } from './accounts/calendar';
import { httpError } from './body';
import { decodeCursor, encodeCursor, pagedJson, parseLimit } from './cursor';
import { markSent, reconfirmsDue, resultsPending, type NoticeCursor } from './notices/queries';
import { reconfirmJson, resultJson } from './notices/shape';
import type { Store } from './store/types';
import { textByHash } from './texts';

export interface NoticesContext {
  store: Store;
  access: Access;
  pageSize: number;
  now: () => number;
}

function cursorOf(value: string | undefined): NoticeCursor | null {
  const raw = decodeCursor(value);
  if (!raw) return null;
  const m = /^(\d{1,16}) (n[rc]_[0-9a-f]{32})$/.exec(raw);
  if (!m) throw httpError(400, 'cursor is not one this collector gave');
  return { dueMs: Number(m[1]), id: m[2] };
}

export function noticeRoutes(app: FastifyInstance, ctx: NoticesContext): void {
  const { store, pageSize } = ctx;

  app.get<{ Querystring: { kind: 'result' | 'reconfirm'; due?: string; cursor?: string; limit?: string } }>(
    '/v1/notices',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['kind'],
          properties: {
            kind: { enum: ['result', 'reconfirm'] },
            due: { type: 'string', pattern: '^[0-9]{1,5}$' },
            cursor: { type: 'string' },
            limit: { type: 'string' },
          },
        },
      },
    },
    async (req, reply) => {
      await ctx.access.reader(req, reply);
      const { kind } = req.query;
      const nowMs = ctx.now();
      const due = req.query.due === undefined ? (kind === 'reconfirm' ? 30 : null) : Number(req.query.due);
      const untilMs = due === null ? null : nowMs + due * DAY_MS;
      const limit = parseLimit(req.query.limit, 500, 10_000);
      const start = cursorOf(req.query.cursor);
      type Key = typeof start;
      const page = async (after: Key, n: number) =>
        kind === 'result'
          ? (await resultsPending(store.db, { untilMs, after, limit: n })).map((r) => ({
              key: { dueMs: r.dueMs, id: r.id } as Key,
              json: resultJson(r, nowMs),
            }))
          : (await reconfirmsDue(store.db, { untilMs: untilMs!, after, limit: n })).map((r) => ({
              key: { dueMs: r.dueMs, id: r.id } as Key,
              json: reconfirmJson(r, nowMs),
            }));
      const head = `{"kind":"${kind}","now":"${new Date(nowMs).toISOString()}","due":${due},"notices":[`;
      const cursor = (k: Key) => encodeCursor(`${k!.dueMs} ${k!.id}`);
      reply.type('application/json; charset=utf-8');
      return reply.send(Readable.from(pagedJson(head, page, start, limit, pageSize, cursor), { highWaterMark: 1 }));
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/notices/:id/sent',
    { schema: { params: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^n[rc]_[0-9a-f]{32}$' } } } } },
    async (req, reply) => {
      await ctx.access.admin(req, reply);
      const outcome = await markSent(store.db, req.params.id, ctx.now());
      if (!outcome) throw httpError(404, 'no such notice');
      return { id: req.params.id, kind: outcome.kind, sentAt: new Date(outcome.sentMs).toISOString(), alreadySent: outcome.already };
    },
  );

  app.get<{ Params: { hash: string } }>(
    '/v1/notices/texts/:hash',
    { schema: { params: { type: 'object', required: ['hash'], properties: { hash: { type: 'string', pattern: '^[0-9a-f]{64}$' } } } } },
    async (req, reply) => {
      await ctx.access.reader(req, reply);
      const text = await textByHash(store.db, req.params.hash);
      if (!text) throw httpError(404, 'no text stored under this hash');
      return reply
        .type('text/plain; charset=utf-8')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('x-consentry-purpose', `${text.purposeId} ${text.purposeVersion}`)
        .header('x-consentry-policy-version', encodeURIComponent(text.policyVersion))
        .send(text.text);
    },
  );
}
