import type { StatsResult } from './store/types';
import { dayString } from './time';

export interface StateCounts {
  given: number;
  refused: number;
  withdrawn: number;
  expired: number;
  /** given / (given + refused + withdrawn); null when nobody decided. */
  agreeRate: number | null;
  /** (refused + withdrawn) / (given + refused + withdrawn); null when nobody decided. */
  disagreeRate: number | null;
}

export interface DayStats extends StateCounts {
  /** `YYYY-MM-DD` in the requested offset. */
  day: string;
}

export interface PurposeStats {
  id: string;
  /** A title the purpose was shown with (receipts carry it in the visitor's locale). */
  title: string;
  necessity: string;
  days: DayStats[];
  total: StateCounts;
}

/** `GET /v1/stats`: consent rates per purpose per day. */
export interface Stats {
  from: string | null;
  to: string | null;
  tz: string;
  /** Receipts in the range. */
  receipts: number;
  /** Of those, how many were stored with a broken hash chain. */
  chainBreaks: number;
  purposes: PurposeStats[];
}

const empty = () => ({ given: 0, refused: 0, withdrawn: 0, expired: 0 });

function withRates(c: ReturnType<typeof empty>): StateCounts {
  const decided = c.given + c.refused + c.withdrawn;
  return {
    ...c,
    agreeRate: decided ? c.given / decided : null,
    disagreeRate: decided ? (c.refused + c.withdrawn) / decided : null,
  };
}

/** Shapes the store's grouped counts into per-purpose day series. */
export function shapeStats(
  raw: StatsResult,
  meta: { from?: number; to?: number; tz: string },
): Stats {
  const byPurpose = new Map<string, { title: string; necessity: string; days: Map<number, ReturnType<typeof empty>>; total: ReturnType<typeof empty> }>();
  for (const c of raw.counts) {
    let p = byPurpose.get(c.purposeId);
    if (!p) byPurpose.set(c.purposeId, (p = { title: c.title, necessity: c.necessity, days: new Map(), total: empty() }));
    let d = p.days.get(c.day);
    if (!d) p.days.set(c.day, (d = empty()));
    if (c.state === 'given' || c.state === 'refused' || c.state === 'withdrawn' || c.state === 'expired') {
      d[c.state] += c.count;
      p.total[c.state] += c.count;
    }
  }
  const iso = (ms?: number) => (ms === undefined ? null : new Date(ms).toISOString());
  return {
    from: iso(meta.from),
    to: iso(meta.to),
    tz: meta.tz,
    receipts: raw.receipts,
    chainBreaks: raw.chainBreaks,
    purposes: [...byPurpose.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, p]) => ({
        id,
        title: p.title,
        necessity: p.necessity,
        days: [...p.days.entries()].sort(([a], [b]) => a - b).map(([day, c]) => ({ day: dayString(day), ...withRates(c) })),
        total: withRates(p.total),
      })),
  };
}
