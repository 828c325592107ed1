/**
 * `GET /v1/accounts/:accountId/consent` (admin, service token, or the member's own proof) and
 * `GET /v1/audience` (admin or service token): a member's consent across every browser linked to the
 * account, and the members who may be contacted on a channel at a given time.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Access } from './access';
import { hourIn } from './accounts/calendar';
import { ACCOUNT_ID_PATTERN } from './accounts/proof';
import { accountItemsPage, audiencePage, linkedSubjects } from './accounts/queries';
import { purposeEntries, type PurposeEntry } from './accounts/shape';
import { decodeCursor, encodeCursor, pagedJson, parseInstant, parseLimit } from './cursor';
import type { NormalizedConfig } from '../core/types';
import { exportQuery, sendReceipts, type ExportFormat } from './person-export';
import type { Store } from './store/types';

export interface AccountsContext {
  siteConfig?: NormalizedConfig;
  store: Store;
  access: Access;
  timeZone: string;
  pageSize: number;
  now: () => number;
}

/** Network Act 50③ with its decree: 21:00–08:00 needs a separate consent, except for e-mail. */
export const NIGHT_START_HOUR = 21;
export const NIGHT_END_HOUR = 8;
export const NIGHT_EXEMPT_CHANNELS = ['email'];

export const isNight = (ms: number, timeZone: string) => {
  const h = hourIn(ms, timeZone);
  return h >= NIGHT_START_HOUR || h < NIGHT_END_HOUR;
};

const accountParams = {
  type: 'object',
  required: ['accountId'],
  properties: { accountId: { type: 'string', pattern: ACCOUNT_ID_PATTERN.source } },
} as const;
const ID = '^[a-z0-9_-]{1,64}$';

/**
 * Each purpose entry with the purpose version and policy version of the receipt that proves its state:
 * a member's other browser takes an agreement only for the terms it was given under.
 */
async function withVersions(
  store: Store,
  entries: PurposeEntry[],
): Promise<(PurposeEntry & { version?: string; policyVersion?: string })[]> {
  const ids = [...new Set(entries.map((e) => e.receiptId).filter(Boolean))];
  if (!ids.length) return entries;
  const rows = await store.db.all<{ id: string; body: string }>(
    `SELECT id, body FROM consentry_receipts WHERE id IN (${ids.map(() => '?').join(',')})`,
    ids,
  );
  const bodies = new Map(rows.map((r) => [r.id, r.body]));
  return entries.map((e) => {
    try {
      const r = JSON.parse(bodies.get(e.receiptId) || 'null') as {
        policy?: { version?: unknown };
        purposes?: { id?: unknown; version?: unknown }[];
      } | null;
      const p = r && Array.isArray(r.purposes) ? r.purposes.find((x) => x && x.id === e.id) : undefined;
      const { receipts, ...head } = e;
      return {
        ...head,
        ...(p && typeof p.version === 'string' ? { version: p.version } : {}),
        ...(r && r.policy && typeof r.policy.version === 'string' ? { policyVersion: r.policy.version } : {}),
        receipts,
      };
    } catch {
      return e;
    }
  });
}

export function accountRoutes(app: FastifyInstance, ctx: AccountsContext): void {
  const { store, pageSize } = ctx;

  app.get<{ Params: { accountId: string }; Querystring: { cursor?: string; limit?: string } }>(
    '/v1/accounts/:accountId/consent',
    {
      schema: {
        params: accountParams,
        querystring: { type: 'object', additionalProperties: false, properties: { cursor: { type: 'string' }, limit: { type: 'string' } } },
      },
    },
    async (req, reply) => {
      const { accountId } = req.params;
      await ctx.access.accountReader(req, reply, accountId);
      const limit = parseLimit(req.query.limit, 200, 1000);
      const after = decodeCursor(req.query.cursor);
      const subjects = (await linkedSubjects(store.db, accountId)).length;
      const page = async (from: string, n: number) =>
        (await withVersions(store, purposeEntries(accountId, await accountItemsPage(store.db, accountId, from, n)))).map((e) => ({
          json: e,
          key: e.id,
        }));
      const head = `{"accountId":${JSON.stringify(accountId)},"subjects":${subjects},"purposes":[`;
      reply.type('application/json; charset=utf-8');
      return reply.send(Readable.from(pagedJson(head, page, after, limit, pageSize, encodeCursor), { highWaterMark: 1 }));
    },
  );

  // Everything an account's subjects agreed to, refused and withdrew: an access request's answer.
  app.get<{ Params: { accountId: string }; Querystring: { format?: ExportFormat } }>(
    '/v1/accounts/:accountId/receipts',
    { schema: { params: accountParams, querystring: exportQuery } },
    async (req, reply) => {
      await ctx.access.admin(req, reply);
      return sendReceipts(reply, store, await linkedSubjects(store.db, req.params.accountId), req.query.format, ctx.siteConfig);
    },
  );

  app.get<{ Querystring: { purpose: string; channel: string; at?: string; cursor?: string; limit?: string } }>(
    '/v1/audience',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['purpose', 'channel'],
          properties: {
            purpose: { type: 'string', pattern: ID },
            channel: { type: 'string', pattern: '^[a-z0-9_-]{1,32}$' },
            at: { type: 'string', maxLength: 40 },
            cursor: { type: 'string' },
            limit: { type: 'string' },
          },
        },
      },
    },
    async (req, reply) => {
      await ctx.access.reader(req, reply);
      const { purpose, channel } = req.query;
      const at = parseInstant(req.query.at, 'at', ctx.now());
      const limit = parseLimit(req.query.limit, 1000, 100_000);
      const after = decodeCursor(req.query.cursor);
      const night = !NIGHT_EXEMPT_CHANNELS.includes(channel) && isNight(at, ctx.timeZone);
      const page = async (from: string, n: number) =>
        (await audiencePage(store.db, { purpose, channel, night, after: from, limit: n })).map((a) => ({ json: a, key: a }));
      const head =
        `{"purpose":${JSON.stringify(purpose)},"channel":${JSON.stringify(channel)},"at":"${new Date(at).toISOString()}",` +
        `"timeZone":${JSON.stringify(ctx.timeZone)},"nightTime":${night},"accounts":[`;
      reply.type('application/json; charset=utf-8');
      return reply.send(Readable.from(pagedJson(head, page, after, limit, pageSize, encodeCursor), { highWaterMark: 1 }));
    },
  );
}
