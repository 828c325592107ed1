import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import receiptSchema from '../receipts/receipt.schema.json';
import { httpError } from './body';
import { ingestBatch, type ReceiptValidator } from './ingest';
import type { Store } from './store/types';

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

/** The receipts of a body: a JSON array, or `{ "receipts": [...] }`. */
function batchOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object') {
    const keys = Object.keys(body);
    const receipts = (body as { receipts?: unknown }).receipts;
    if (Array.isArray(receipts) && keys.every((k) => k === 'receipts' || k === 'secrets' || k === 'guardians')) return receipts;
  }
  throw httpError(400, 'expected a JSON array of receipts, or {"receipts": [...]}');
}

/** `GET /healthz`, `POST /v1/receipts`, `GET /v1/subjects/:subjectId/receipts`. */
export function publicRoutes(app: FastifyInstance, ctx: { store: Store; maxBatch: number; pageSize: number }): void {
  const { store, maxBatch, pageSize } = ctx;

  app.get('/healthz', { config: { rateLimit: false } }, async (_req, reply) => {
    try {
      await store.ping();
      return { ok: true, storage: store.dialect, schemaVersion: await store.schemaVersion() };
    } catch {
      return reply.code(503).send({ ok: false, storage: store.dialect, error: 'the database is not reachable' });
    }
  });

  app.post('/v1/receipts', async (req, reply) => {
    const items = batchOf(req.body);
    if (items.length > maxBatch) {
      throw httpError(413, `the batch has ${items.length} receipts; the limit is ${maxBatch} per request`);
    }
    const results = await ingestBatch(items, store, validatorFor(req));
    if (results.length && results.every((r) => r.status === 'rejected')) {
      // Nothing in it could be used: a client error as a whole, with the reason for each receipt.
      return reply.code(400).send({ error: 'every receipt in the batch was rejected', results });
    }
    return { results };
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
      // Streamed in chain order; the subject id is the capability, so nothing else is needed.
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
