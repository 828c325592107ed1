/** Retry timing for the outbox. */
export interface RetryPolicy {
  /** First retry delay, ms (default 2000). */
  baseMs?: number;
  /** Longest delay, ms (default 300000 = 5 min). */
  maxMs?: number;
}

/**
 * Delay before retry number `attempt` (1, 2, 3…): exponential (base · 2^(attempt-1), capped at max) with
 * "equal jitter" — a random point in the upper half — so tabs and visitors do not retry in lockstep.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy = {}, random: () => number = Math.random): number {
  const base = policy.baseMs ?? 2000;
  const max = policy.maxMs ?? 300_000;
  const d = Math.min(max, base * 2 ** Math.min(Math.max(attempt, 1) - 1, 30));
  return Math.round(d / 2 + (random() * d) / 2);
}

/** `Retry-After` as ms from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (!header) return;
  const v = header.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
