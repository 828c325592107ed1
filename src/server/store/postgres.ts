import type { Pool, PoolClient } from 'pg';
import { loadPackages, type Importer } from '../optional-packages';
import { describeStorageProblem, isStorageUnavailable } from './errors';
import { newerSchemaError, postgresMigrations } from './migrations';
import * as common from './rows';
import { sharedDb } from './postgres-sql';
import type { ExportCursor, IngestPlan, IngestScope, Known, Store, StoredReceipt, TimeRange } from './types';

const MAX_TS = Number.MAX_SAFE_INTEGER;
/** Advisory-lock key that serialises migrations across collectors starting at once. */
const MIGRATION_LOCK = 7_460_331_902;
/** Seed for per-subject advisory-lock keys (hashtextextended). */
const SUBJECT_LOCK_SEED = 27_560;
/** Seed for per-account advisory-lock keys, taken after the subjects' (always in that order). */
const ACCOUNT_LOCK_SEED = 27_561;
/** unique_violation and deadlock_detected: a concurrent collector won a race; the batch is retried. */
const RETRYABLE = new Set(['23505', '40P01', '40001']);

export interface PostgresStoreOptions {
  /** Pool size per collector process. */
  poolSize?: number;
  importer?: Importer;
}

/** PostgreSQL storage for several stateless collectors behind a load balancer. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const [pg] = await loadPackages(['pg'], 'the PostgreSQL storage', options.importer);
  const pool: Pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    await migrate(pool);
    // A read-only database (default_transaction_read_only, a hot standby) must stop the start.
    await healthWrite(pool);
  } catch (err) {
    await pool.end().catch(() => {});
    throw startError(describe(url), err);
  }
  return postgresStore(pool, describe(url));
}

function startError(where: string, err: unknown): Error {
  const code = (err as { code?: string }).code;
  if (code === '25006') {
    return Object.assign(
      new Error(
        `consentry collector: cannot use the PostgreSQL database (${where}): it is read-only ` +
          '(default_transaction_read_only is on, or the server is a standby). Point DATABASE_URL at a writable primary.',
      ),
      { code },
    );
  }
  if (!isStorageUnavailable(err)) return err as Error;
  return Object.assign(
    new Error(
      `consentry collector: cannot use the PostgreSQL database (${where}): ${describeStorageProblem(err)} (${(err as Error).message})`,
    ),
    { code },
  );
}

const HEALTH_SQL =
  'INSERT INTO consentry_health (id, checked_ms) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET checked_ms = excluded.checked_ms';

async function healthWrite(pool: Pool): Promise<void> {
  await pool.query(HEALTH_SQL, [Date.now()]);
}

function describe(url: string): string {
  try {
    const u = new URL(url);
    return `postgres: ${u.hostname}${u.port ? ':' + u.port : ''}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

async function migrate(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS consentry_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`);
      const { rows } = await client.query('SELECT max(version) AS v FROM consentry_migrations');
      const current = rows[0].v == null ? 0 : Number(rows[0].v);
      const latest = postgresMigrations[postgresMigrations.length - 1].version;
      if (current > latest) throw newerSchemaError(current, latest);
      for (const m of postgresMigrations) {
        if (m.version <= current) continue;
        await client.query('BEGIN');
        try {
          for (const sql of m.statements) await client.query(sql);
          await client.query('INSERT INTO consentry_migrations (version, name, applied_at) VALUES ($1, $2, now())', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {});
          throw err;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    }
  } finally {
    client.release();
  }
}

interface Row {
  seq: string;
  id: string;
  subject_id: string;
  ts_ms: string;
  received_ms: string;
  hash: string;
  prev: string | null;
  chain_error: string | null;
  body: string;
}

// pg returns BIGINT as a string; receipt times and sequence numbers fit a double exactly.
const toStored = (r: Row): StoredReceipt => ({
  seq: Number(r.seq),
  id: r.id,
  subjectId: r.subject_id,
  tsMs: Number(r.ts_ms),
  receivedMs: Number(r.received_ms),
  hash: r.hash,
  prev: r.prev,
  chainError: r.chain_error,
  body: r.body,
});

const COLS = 'seq, id, subject_id, ts_ms, received_ms, hash, prev, chain_error, body';
const INSERT_CHUNK = 500;

/** `($1, $2), ($3, $4)` for `rows` rows of `width` parameters. */
function placeholders(rows: number, width: number): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const p: string[] = [];
    for (let c = 1; c <= width; c++) p.push('$' + (r * width + c));
    out.push('(' + p.join(', ') + ')');
  }
  return out.join(', ');
}

/**
 * Multi-row `INSERT INTO <into> VALUES … <tail>` in chunks (only placeholders are generated); `into` is the
 * table and its column list, whose length is the width of a row.
 */
async function insertMany(client: PoolClient, into: string, values: unknown[][], tail = ''): Promise<void> {
  const width = into.split(',').length;
  for (let i = 0; i < values.length; i += INSERT_CHUNK) {
    const part = values.slice(i, i + INSERT_CHUNK);
    await client.query(`INSERT INTO ${into} VALUES ${placeholders(part.length, width)} ${tail}`, part.flat());
  }
}

async function ingestOnce<T>(
  client: PoolClient,
  ids: string[],
  subjects: string[],
  plan: (known: Known) => IngestPlan<T>,
  scope: IngestScope,
): Promise<T> {
  await client.query('BEGIN');
  try {
    // Lock every subject of the batch (sorted keys: two batches never wait on each other in a cycle),
    // so no other collector can append to these chains between reading the heads and inserting.
    await client.query(
      `SELECT pg_advisory_xact_lock(k) FROM
         (SELECT DISTINCT hashtextextended(s, $2) AS k FROM unnest($1::text[]) AS s ORDER BY 1) AS keys`,
      [subjects, SUBJECT_LOCK_SEED],
    );
    const known = common.emptyKnown();
    const existing = await client.query('SELECT id, body, chain_error FROM consentry_receipts WHERE id = ANY($1::text[])', [ids]);
    for (const r of existing.rows) known.byId.set(r.id, { body: r.body, chainError: r.chain_error });
    const heads = await client.query(
      `SELECT DISTINCT ON (subject_id) subject_id, hash, ts_ms FROM consentry_receipts
       WHERE subject_id = ANY($1::text[]) ORDER BY subject_id, seq DESC`,
      [subjects],
    );
    for (const r of heads.rows) known.heads.set(r.subject_id, { hash: r.hash, tsMs: Number(r.ts_ms) });
    const keys = await client.query('SELECT subject_id, key_hash FROM consentry_subjects WHERE subject_id = ANY($1::text[])', [subjects]);
    for (const r of keys.rows) known.keys.set(r.subject_id, r.key_hash);
    const links = await client.query('SELECT subject_id, account_id FROM consentry_links WHERE subject_id = ANY($1::text[])', [subjects]);
    for (const r of links.rows) known.links.set(r.subject_id, r.account_id);
    if (scope.proofHashes.length) {
      const used = await client.query('SELECT subject_id, proof_hash FROM consentry_links WHERE proof_hash = ANY($1::text[])', [
        scope.proofHashes,
      ]);
      for (const r of used.rows) known.proofs.set(r.proof_hash, r.subject_id);
    }
    for (const s of subjects) known.subjectItems.set(s, []);
    const subjectItems = await client.query(
      `SELECT ${common.SUBJECT_ITEM_COLS} FROM consentry_subject_items WHERE subject_id = ANY($1::text[])`,
      [subjects],
    );
    for (const r of subjectItems.rows as common.ItemDbRow[]) known.subjectItems.get(r.subject_id)!.push(common.toItem(r));
    const accounts = [...new Set([...scope.accounts, ...known.links.values()])];
    if (accounts.length) {
      // Two devices of one member may upload at once through two collectors: the account's rows are
      // read and rewritten under its lock (taken after the subjects', in key order: no cycles).
      await client.query(
        `SELECT pg_advisory_xact_lock(k) FROM
           (SELECT DISTINCT hashtextextended(a, $2) AS k FROM unnest($1::text[]) AS a ORDER BY 1) AS keys`,
        [accounts, ACCOUNT_LOCK_SEED],
      );
      for (const a of accounts) known.accountItems.set(a, []);
      const items = await client.query(
        `SELECT ${common.ACCOUNT_ITEM_COLS} FROM consentry_account_items WHERE account_id = ANY($1::text[])`,
        [accounts],
      );
      for (const r of items.rows as common.ItemDbRow[]) known.accountItems.get(r.account_id!)!.push(common.toItem(r));
    }

    const out = plan(known);
    const { rows, result, subjects: registered = [], guardians = [] } = out;
    for (let i = 0; i < registered.length; i += INSERT_CHUNK) {
      const part = registered.slice(i, i + INSERT_CHUNK);
      await client.query(
        `INSERT INTO consentry_subjects (subject_id, key_hash, registered_ms) VALUES ${placeholders(part.length, 3)}`,
        part.flatMap((k) => [k.subjectId, k.keyHash, k.registeredMs]),
      );
    }
    // Multi-row VALUES with bound parameters (only placeholders are generated): several times faster
    // than unnest() over text arrays, whose literal quoting is costly for JSON bodies. Chunked to stay
    // far below PostgreSQL's 65 535 parameters per statement, in order, so seq follows the batch.
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const part = rows.slice(i, i + INSERT_CHUNK);
      await client.query(
        `INSERT INTO consentry_receipts (id, subject_id, ts_ms, received_ms, hash, prev, chain_error, body) VALUES ${placeholders(part.length, 8)}`,
        part.flatMap((r) => [r.id, r.subjectId, r.tsMs, r.receivedMs, r.hash, r.prev, r.chainError, r.body]),
      );
    }
    const decisions = rows.flatMap((r) => r.decisions.map((x) => [r.id, x.purposeId, x.necessity, x.state, r.tsMs, x.title]));
    for (let i = 0; i < decisions.length; i += INSERT_CHUNK) {
      const part = decisions.slice(i, i + INSERT_CHUNK);
      await client.query(
        `INSERT INTO consentry_decisions (receipt_id, purpose_id, necessity, state, ts_ms, title) VALUES ${placeholders(part.length, 6)}`,
        part.flat(),
      );
    }
    for (let i = 0; i < guardians.length; i += INSERT_CHUNK) {
      const part = guardians.slice(i, i + INSERT_CHUNK);
      await client.query(
        `INSERT INTO consentry_guardians (receipt_id, subject_id, name, contact, name_hmac, contact_hmac, received_ms) VALUES ${placeholders(part.length, 7)}`,
        part.flatMap((g) => [g.receiptId, g.subjectId, g.name, g.contact, g.nameHmac, g.contactHmac, g.receivedMs]),
      );
    }
    // Then the links, item states, notices, webhooks and texts the plan produced, in this order.
    const writes: [into: string, values: unknown[][], tail?: string][] = [
      [
        'consentry_links (subject_id, account_id, linked_ms, proof_hash)',
        (out.links ?? []).map((l) => [l.subjectId, l.accountId, l.linkedMs, l.proofHash]),
      ],
      [
        `consentry_subject_items (${common.SUBJECT_ITEM_COLS})`,
        (out.subjectItems ?? []).map(common.subjectItemValues),
        common.UPSERT_SUBJECT_ITEM,
      ],
      [
        `consentry_account_items (${common.ACCOUNT_ITEM_COLS})`,
        (out.accountItems ?? []).map(common.accountItemValues),
        common.UPSERT_ACCOUNT_ITEM,
      ],
      [`consentry_notices (${common.NOTICE_COLS})`, (out.notices ?? []).map(common.noticeValues), 'ON CONFLICT (id) DO NOTHING'],
      [
        'consentry_webhooks (id, body, created_ms, next_ms)',
        (out.webhooks ?? []).map((w) => [w.id, w.body, w.createdMs, w.createdMs]),
        'ON CONFLICT (id) DO NOTHING',
      ],
      [`consentry_texts (${common.TEXT_COLS})`, (out.texts ?? []).map(common.textValues), 'ON CONFLICT (hash) DO NOTHING'],
    ];
    for (const [into, values, tail] of writes) await insertMany(client, into, values, tail);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

function postgresStore(pool: Pool, description: string): Store {
  let open = true;
  return {
    dialect: 'postgres',
    description,
    db: sharedDb(pool),
    async ingest(ids, subjects, plan, scope) {
      const client = await pool.connect();
      try {
        for (let attempt = 1; ; attempt++) {
          try {
            return await ingestOnce(client, ids, subjects, plan, scope ?? { proofHashes: [], accounts: [] });
          } catch (err) {
            // Another collector stored one of these ids (or deadlocked with us) after we looked:
            // run the whole batch again, and it will see that receipt as known.
            if (attempt < 4 && RETRYABLE.has((err as { code?: string }).code ?? '')) continue;
            throw err;
          }
        }
      } finally {
        client.release();
      }
    },
    async exportPage(range: TimeRange, cursor: ExportCursor | null, limit: number) {
      const from = range.from ?? -MAX_TS;
      const to = range.to ?? MAX_TS;
      const res = cursor
        ? await pool.query(
            `SELECT ${COLS} FROM consentry_receipts WHERE (ts_ms, seq) > ($1, $2) AND ts_ms >= $3 AND ts_ms <= $4
             ORDER BY ts_ms, seq LIMIT $5`,
            [cursor.tsMs, cursor.seq, from, to, limit],
          )
        : await pool.query(`SELECT ${COLS} FROM consentry_receipts WHERE ts_ms >= $1 AND ts_ms <= $2 ORDER BY ts_ms, seq LIMIT $3`, [
            from,
            to,
            limit,
          ]);
      return (res.rows as Row[]).map(toStored);
    },
    async subjectPage(subjectId, afterSeq, limit) {
      const res = await pool.query(`SELECT ${COLS} FROM consentry_receipts WHERE subject_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`, [
        subjectId,
        afterSeq,
        limit,
      ]);
      return (res.rows as Row[]).map(toStored);
    },
    async stats(range, offsetMs, selection) {
      const from = range.from ?? -MAX_TS;
      const to = range.to ?? MAX_TS;
      // Bounded steps, as in SQLite: how many purposes, the most answered (LIMIT), then days only for those.
      const included = selection.include.length
        ? (
            await pool.query(
              `SELECT purpose_id, count(*) AS n FROM consentry_decisions
             WHERE ts_ms >= $1 AND ts_ms <= $2 AND purpose_id = ANY($3::text[]) GROUP BY purpose_id`,
              [from, to, selection.include],
            )
          ).rows
        : [];
      const top = (
        await pool.query(
          `SELECT purpose_id, count(*) AS n FROM consentry_decisions WHERE ts_ms >= $1 AND ts_ms <= $2
         GROUP BY purpose_id ORDER BY n DESC, purpose_id COLLATE "C" LIMIT $3`,
          [from, to, selection.top + selection.include.length],
        )
      ).rows;
      const ranked = common.pickDetailed(selection, included, top);
      const ids = ranked.map((r) => r.purposeId);
      const counts = await pool.query(
        `SELECT floor((ts_ms + $1::bigint) / 86400000.0)::bigint AS day, purpose_id, state, count(*) AS n
         FROM consentry_decisions WHERE ts_ms >= $2 AND ts_ms <= $3 AND purpose_id = ANY($4::text[])
         GROUP BY 1, purpose_id, state ORDER BY 1, purpose_id`,
        [offsetMs, from, to, ids],
      );
      const labels = await pool.query(
        `SELECT purpose_id, max(title) AS title, max(necessity) AS necessity FROM consentry_decisions
         WHERE ts_ms >= $1 AND ts_ms <= $2 AND purpose_id = ANY($3::text[]) GROUP BY purpose_id`,
        [from, to, ids],
      );
      const distinct = await pool.query(
        'SELECT count(DISTINCT purpose_id) AS n FROM consentry_decisions WHERE ts_ms >= $1 AND ts_ms <= $2',
        [from, to],
      );
      const totals = await pool.query(
        'SELECT count(*) AS receipts, count(chain_error) AS breaks FROM consentry_receipts WHERE ts_ms >= $1 AND ts_ms <= $2',
        [from, to],
      );
      return {
        ranked,
        purposeCount: Number(distinct.rows[0].n),
        counts: counts.rows.map((r) => ({ day: Number(r.day), purposeId: r.purpose_id, state: r.state, count: Number(r.n) })),
        labels: labels.rows.map((r) => ({ purposeId: r.purpose_id, title: r.title, necessity: r.necessity })),
        receipts: Number(totals.rows[0].receipts),
        chainBreaks: Number(totals.rows[0].breaks),
      };
    },
    async subjectKey(subjectId) {
      const { rows } = await pool.query('SELECT key_hash FROM consentry_subjects WHERE subject_id = $1', [subjectId]);
      return rows.length ? (rows[0].key_hash as string) : null;
    },
    async guardians(query, limit) {
      const [column, value] =
        query.receiptId !== undefined
          ? ['receipt_id', query.receiptId]
          : query.subjectId !== undefined
            ? ['subject_id', query.subjectId]
            : ['contact_hmac', query.contactHmac ?? ''];
      // `column` is one of three fixed names above, never input.
      const { rows } = await pool.query(
        `SELECT receipt_id, subject_id, name, contact, name_hmac, contact_hmac, received_ms FROM consentry_guardians
         WHERE ${column} = $1 ORDER BY received_ms DESC LIMIT $2`,
        [value, limit],
      );
      return (rows as common.GuardianDbRow[]).map(common.toGuardian);
    },
    async schemaVersion() {
      const { rows } = await pool.query('SELECT max(version) AS v FROM consentry_migrations');
      return Number(rows[0].v);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async checkWritable() {
      await healthWrite(pool);
    },
    async close() {
      if (!open) return;
      open = false;
      await pool.end();
    },
  };
}
