/**
 * The outgoing webhook. Events are rows of `consentry_webhooks`, written in the same transaction as
 * what causes them (a result notice) or by the reconfirmation scan, so none is lost across restarts;
 * a dispatcher delivers them in the background (ingest never waits for it), one collector per event
 * at a time (a claimed row is leased), retrying 5xx answers, timeouts and network errors with
 * exponential backoff until the receiver answers 2xx. Delivery is at least once: receivers dedupe by
 * the event id.
 *
 * Each POST carries `Consentry-Event-Id` and `Consentry-Signature: t=<unix seconds>,v1=<hex>`, where
 * v1 = HMAC-SHA256(secret, `${t}.${body}`) over the exact body bytes.
 */
import { createHmac } from 'node:crypto';
import type { Db } from '../store/sql';
import { reconfirmJson, type ReconfirmDue } from './shape';
import { reconfirmsDue } from './queries';

export const SIGNATURE_HEADER = 'consentry-signature';
export const EVENT_HEADER = 'consentry-event-id';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. */
export function signature(secret: string, body: string, unixSeconds: number): string {
  const v1 = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${unixSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}

export interface WebhookOptions {
  url: string;
  secret: string;
  /** Days ahead of its due date a reconfirmation is announced. */
  reconfirmDays: number;
  /** First retry delay; doubles per attempt up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Most time one delivery may take. */
  timeoutMs?: number;
  /** How often the queue is polled (new events also wake it). */
  pollMs?: number;
  now?: () => number;
  log?: { warn: (obj: object, msg: string) => void };
}

export interface Dispatcher {
  /** Wakes the dispatcher (events were queued). */
  nudge(): void;
  /** Delivers what is due now; resolves when this pass is done (tests, the CLI). */
  runOnce(): Promise<{ delivered: number; failed: number }>;
  close(): Promise<void>;
}

const BATCH = 20;
const LEASE_MS = 120_000;

async function enqueueReconfirmations(db: Db, reconfirmDays: number, nowMs: number): Promise<void> {
  // Due within the lead time and not queued yet (the event id is the reconfirmation's id).
  for (;;) {
    const due: ReconfirmDue[] = await reconfirmsDue(db, {
      untilMs: nowMs + reconfirmDays * 86_400_000,
      after: null,
      limit: 200,
      unqueued: true,
    });
    if (!due.length) return;
    for (const r of due) {
      const body = JSON.stringify({
        id: r.id,
        type: 'notice.reconfirm',
        createdAt: new Date(nowMs).toISOString(),
        notice: reconfirmJson(r, nowMs),
      });
      await db.run('INSERT INTO consentry_webhooks (id, body, created_ms, next_ms) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING', [
        r.id,
        body,
        nowMs,
        nowMs,
      ]);
    }
    if (due.length < 200) return;
  }
}

export function webhookDispatcher(db: Db, o: WebhookOptions): Dispatcher {
  const now = o.now ?? Date.now;
  const retryMs = o.retryMs ?? 10_000;
  const maxRetryMs = o.maxRetryMs ?? 6 * 3_600_000;
  const timeoutMs = o.timeoutMs ?? 10_000;
  let closed = false;
  let running: Promise<{ delivered: number; failed: number }> | null = null;
  let lastScan = 0;

  const claim = async (nowMs: number) => {
    const pick =
      db.dialect === 'postgres'
        ? 'SELECT id FROM consentry_webhooks WHERE delivered_ms IS NULL AND next_ms <= ? ORDER BY next_ms LIMIT ? FOR UPDATE SKIP LOCKED'
        : 'SELECT id FROM consentry_webhooks WHERE delivered_ms IS NULL AND next_ms <= ? ORDER BY next_ms LIMIT ?';
    return db.all<{ id: string; body: string; attempts: number | string }>(
      `UPDATE consentry_webhooks SET next_ms = ?, attempts = attempts + 1 WHERE id IN (${pick}) RETURNING id, body, attempts`,
      [nowMs + LEASE_MS, nowMs, BATCH],
    );
  };

  const deliver = async (id: string, body: string): Promise<string | null> => {
    const t = Math.floor(now() / 1000);
    try {
      const res = await fetch(o.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [EVENT_HEADER]: id,
          [SIGNATURE_HEADER]: signature(o.secret, body, t),
          'user-agent': 'consentry-collector',
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) return null;
      return `HTTP ${res.status}`;
    } catch (err) {
      return ((err as Error).name === 'TimeoutError' ? 'timeout' : (err as Error).message || 'network error').slice(0, 200);
    }
  };

  const pass = async () => {
    let delivered = 0;
    let failed = 0;
    const start = now();
    if (start - lastScan >= 60_000) {
      lastScan = start;
      await enqueueReconfirmations(db, o.reconfirmDays, start);
    }
    for (;;) {
      if (closed) break;
      const rows = await claim(now());
      if (!rows.length) break;
      await Promise.all(
        rows.map(async (row) => {
          const problem = await deliver(row.id, row.body);
          if (problem === null) {
            delivered++;
            await db.run('UPDATE consentry_webhooks SET delivered_ms = ?, last_error = NULL WHERE id = ?', [now(), row.id]);
          } else {
            failed++;
            const attempts = Number(row.attempts);
            const delay = Math.min(maxRetryMs, retryMs * 2 ** Math.min(attempts - 1, 20));
            await db.run('UPDATE consentry_webhooks SET next_ms = ?, last_error = ? WHERE id = ?', [now() + delay, problem, row.id]);
            o.log?.warn({ event: row.id, attempts, problem }, 'webhook delivery failed; will retry');
          }
        }),
      );
      if (rows.length < BATCH) break;
    }
    return { delivered, failed };
  };

  // One pass at a time; a call during a pass gets the next pass (which starts after it, so it sees
  // everything queued before the call).
  let next: Promise<{ delivered: number; failed: number }> | null = null;
  const runOnce = (): Promise<{ delivered: number; failed: number }> => {
    if (!running) {
      running = pass().finally(() => {
        running = null;
      });
      return running;
    }
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return closed ? { delivered: 0, failed: 0 } : runOnce();
      });
    return next;
  };

  const timer = setInterval(() => void runOnce().catch((err) => o.log?.warn({ err }, 'webhook pass failed')), o.pollMs ?? 5_000);
  timer.unref();
  return {
    nudge: () => void runOnce().catch((err) => o.log?.warn({ err }, 'webhook pass failed')),
    runOnce,
    async close() {
      closed = true;
      clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}
