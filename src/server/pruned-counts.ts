/**
 * What retention left of deleted receipts: decision counts per quarter hour, purpose and state. Stats
 * add them to the days they fall on, so the consent rates of a past range do not change when its
 * receipts reach the end of their retention.
 */
import type { Sql } from './store/sql';
import type { StatsCount, TimeRange } from './store/types';

const MAX_TS = Number.MAX_SAFE_INTEGER;

/** Counts of the given purposes in the range, by day in `offsetMs`, and the total of all purposes. */
export async function prunedCounts(
  db: Sql,
  range: TimeRange,
  offsetMs: number,
  purposes: string[],
): Promise<{ counts: StatsCount[]; total: number }> {
  const from = range.from ?? -MAX_TS;
  const to = range.to ?? MAX_TS;
  const [t] = await db.all<{ n: string | number | null }>(
    'SELECT sum(n) AS n FROM consentry_pruned_counts WHERE bucket_ms >= ? AND bucket_ms <= ?',
    [from, to],
  );
  const total = Number(t?.n ?? 0);
  if (!total || !purposes.length) return { counts: [], total };
  const rows = await db.all<{ bucket_ms: string | number; purpose_id: string; state: string; n: string | number }>(
    `SELECT bucket_ms, purpose_id, state, n FROM consentry_pruned_counts
     WHERE bucket_ms >= ? AND bucket_ms <= ? AND purpose_id IN (${purposes.map(() => '?').join(', ')})`,
    [from, to, ...purposes],
  );
  const byKey = new Map<string, StatsCount>();
  for (const r of rows) {
    const day = Math.floor((Number(r.bucket_ms) + offsetMs) / 86_400_000);
    const key = `${day}\u0000${r.purpose_id}\u0000${r.state}`;
    const c = byKey.get(key) ?? { day, purposeId: r.purpose_id, state: r.state, count: 0 };
    c.count += Number(r.n);
    byKey.set(key, c);
  }
  return { counts: [...byKey.values()], total };
}
