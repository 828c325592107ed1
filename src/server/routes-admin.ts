import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NormalizedConfig } from '../core/types';
import { bearerToken, tokenMatches } from './auth';
import { httpError } from './body';
import { exportChunks, exportFormats, type ExportFormat } from './receipt-export';
import { shapeStats, statsSelection, type Stats } from './stats';
import type { Store } from './store/types';
import { prunedCounts } from './pruned-counts';
import { hmacHex, normaliseGuardianValue } from './subject-auth';
import { parseOffset, parseRange } from './query-time';

interface AdminContext {
  store: Store;
  adminToken: string | null;
  pageSize: number;
  siteConfig?: NormalizedConfig;
  hashSecret: string | null;
  statsTopPurposes: number;
}

/** Most purposes `/v1/stats?top=` may ask to detail. */
const STATS_TOP_MAX = 200;
/** Most guardian records one lookup returns. */
const GUARDIANS_MAX = 100;

const rangeQuery = {
  from: { type: 'string', maxLength: 40 },
  to: { type: 'string', maxLength: 40 },
  tz: { type: 'string', maxLength: 10 },
} as const;

type RangeQuery = { from?: string; to?: string; tz?: string };

/** Stats for a range query (shared with the dashboard). */
export async function statsOf(store: Store, q: RangeQuery, top: number, siteConfig?: NormalizedConfig): Promise<Stats> {
  const tz = parseOffset(q.tz);
  const range = parseRange(q, tz.ms);
  const raw = await store.stats(range, tz.ms, statsSelection(top, siteConfig));
  const pruned = await prunedCounts(
    store.db,
    range,
    tz.ms,
    raw.ranked.map((r) => r.purposeId),
  );
  const stats = shapeStats({ ...raw, counts: [...raw.counts, ...pruned.counts] }, { ...range, tz: tz.label }, siteConfig);
  return { ...stats, prunedDecisions: pruned.total };
}

/** `GET /v1/export`, `GET /v1/stats`, `GET /v1/guardians` (admin bearer token). */
export function adminRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const { store, adminToken, pageSize, siteConfig } = ctx;

  const statsFor = (q: RangeQuery, top: number) => statsOf(store, q, top, siteConfig);

  const requireAdmin = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!adminToken) throw httpError(403, 'the admin API is disabled: start the collector with an admin token');
    const token = bearerToken(req.headers.authorization);
    if (!token || !tokenMatches(token, adminToken)) {
      reply.header('www-authenticate', 'Bearer realm="consentry collector"');
      throw httpError(401, 'missing or wrong admin token (Authorization: Bearer <token>)');
    }
  };

  app.get<{ Querystring: RangeQuery & { format: ExportFormat } }>(
    '/v1/export',
    {
      preHandler: requireAdmin,
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['format'],
          properties: { format: { enum: Object.keys(exportFormats) }, ...rangeQuery },
        },
      },
    },
    async (req, reply) => {
      const { format } = req.query;
      const tz = parseOffset(req.query.tz);
      const range = parseRange(req.query, tz.ms);
      const { type, extension } = exportFormats[format];
      const stamp = new Date().toISOString().slice(0, 10);
      reply.type(type).header('content-disposition', `attachment; filename="consentry-receipts-${format}-${stamp}.${extension}"`);
      const chunks = exportChunks(store, format, range, { pageSize, config: siteConfig });
      return reply.send(Readable.from(chunks, { highWaterMark: 1 }));
    },
  );

  app.get<{ Querystring: RangeQuery & { top?: string } }>(
    '/v1/stats',
    {
      preHandler: requireAdmin,
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...rangeQuery, top: { type: 'string', pattern: '^[0-9]{1,3}$' } },
        },
      },
    },
    async (req) => {
      const top = req.query.top === undefined ? ctx.statsTopPurposes : Number(req.query.top);
      if (!(top >= 1 && top <= STATS_TOP_MAX)) throw httpError(400, `top must be a whole number from 1 to ${STATS_TOP_MAX}`);
      return statsFor(req.query, top);
    },
  );

  // Guardians' names and contacts: personal data, for the operator only (a guardian's access request,
  // a dispute). Looked up by receipt, by subject, or by contact through its HMAC (never a scan).
  app.get<{ Querystring: { receiptId?: string; subjectId?: string; contact?: string } }>(
    '/v1/guardians',
    {
      preHandler: requireAdmin,
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          maxProperties: 1,
          properties: {
            receiptId: { type: 'string', minLength: 1, maxLength: 64 },
            subjectId: { type: 'string', minLength: 1, maxLength: 128 },
            contact: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
    },
    async (req) => {
      if (!ctx.hashSecret) throw httpError(403, 'guardian details are not stored: start the collector with CONSENTRY_HASH_SECRET');
      const q = req.query;
      const rows = await store.guardians(
        q.contact !== undefined ? { contactHmac: hmacHex(ctx.hashSecret, normaliseGuardianValue(q.contact)) } : q,
        GUARDIANS_MAX,
      );
      return {
        guardians: rows.map((g) => ({
          receiptId: g.receiptId,
          subjectId: g.subjectId,
          name: g.name,
          contact: g.contact,
          receivedAt: new Date(g.receivedMs).toISOString(),
        })),
      };
    },
  );
}
