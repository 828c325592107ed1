import { localize } from '../core/localize';
import type { NormalizedConfig } from '../core/types';
import type { StatsResult, StatsSelection } from './store/types';
import { dayString } from './query-time';

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
  /**
   * The purpose's title: from the operator's site config when it lists the purpose; otherwise one a
   * receipt carried, which any client can choose (`titleSource` says which).
   */
  title: string;
  titleSource: 'site-config' | 'receipts';
  /** From the site config when it lists the purpose, else as receipts stated it. */
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
  /**
   * The detailed purposes: the site config's (in its order) that have answers in the range, then the
   * most answered others, at most `top` in all.
   */
  purposes: PurposeStats[];
  /** Distinct purpose ids with answers in the range. */
  purposeCount: number;
  /** How many of those are not detailed (counted in `receipts`, not listed). */
  morePurposes: number;
  /**
   * Decisions of receipts deleted by retention in the range (kept as counts only). They are added to
   * the detailed purposes' days and totals; `receipts`, `chainBreaks` and `purposeCount` count stored receipts only.
   */
  prunedDecisions?: number;
}

/** Which purposes to detail: the site config's first (trusted), then the most answered, `top` in all. */
export function statsSelection(top: number, config?: NormalizedConfig): StatsSelection {
  return { top, include: [...new Set((config?.purposes ?? []).map((p) => p.id))] };
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

/** Shapes the store's grouped counts into per-purpose day series, titled from the site config first. */
export function shapeStats(raw: StatsResult, meta: { from?: number; to?: number; tz: string }, config?: NormalizedConfig): Stats {
  const configured = new Map((config?.purposes ?? []).map((p) => [p.id, p]));
  const labels = new Map(raw.labels.map((l) => [l.purposeId, l]));
  type Acc = {
    title: string;
    titleSource: PurposeStats['titleSource'];
    necessity: string;
    days: Map<number, ReturnType<typeof empty>>;
    total: ReturnType<typeof empty>;
  };
  const byPurpose = new Map<string, Acc>();
  for (const { purposeId } of raw.ranked) {
    const site = configured.get(purposeId);
    const label = labels.get(purposeId);
    byPurpose.set(purposeId, {
      title: site ? localize(site.title, config!.locale) : (label?.title ?? ''),
      titleSource: site ? 'site-config' : 'receipts',
      necessity: site ? site.necessity : (label?.necessity ?? ''),
      days: new Map(),
      total: empty(),
    });
  }
  for (const c of raw.counts) {
    const p = byPurpose.get(c.purposeId);
    if (!p) continue;
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
    purposes: [...byPurpose.entries()].map(([id, p]) => ({
      id,
      title: p.title,
      titleSource: p.titleSource,
      necessity: p.necessity,
      days: [...p.days.entries()].sort(([a], [b]) => a - b).map(([day, c]) => ({ day: dayString(day), ...withRates(c) })),
      total: withRates(p.total),
    })),
    purposeCount: raw.purposeCount,
    morePurposes: Math.max(0, raw.purposeCount - byPurpose.size),
  };
}
