/** The shared SQL surface (see sql.ts) on a PostgreSQL pool: transactions on one pooled client, jobs under session advisory locks. */
import type { Pool } from 'pg';
import { numbered, type Db, type Sql } from './sql';

/** Seed for the session advisory locks of periodic jobs (one collector at a time runs each). */
const JOB_LOCK_SEED = 27_562;

const clientSql = (client: Pick<Pool, 'query'>): Sql => ({
  dialect: 'postgres',
  async all(sql, params = []) {
    return (await client.query(numbered(sql), params)).rows;
  },
  async run(sql, params = []) {
    return (await client.query(numbered(sql), params)).rowCount ?? 0;
  },
});

export function sharedDb(pool: Pool): Db {
  return {
    ...clientSql(pool),
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        try {
          const out = await fn(clientSql(client));
          await client.query('COMMIT');
          return out;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {});
          throw err;
        }
      } finally {
        client.release();
      }
    },
    async exclusive(name, fn) {
      const client = await pool.connect();
      try {
        const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtextextended($1, $2)) AS ok', [name, JOB_LOCK_SEED]);
        if (!rows[0].ok) return undefined;
        try {
          return await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock(hashtextextended($1, $2))', [name, JOB_LOCK_SEED]).catch(() => {});
        }
      } finally {
        client.release();
      }
    },
  };
}
