import { isMarketing } from './kinds';
import { counts, type Purpose } from './state';
import type { Choice, ConsentSnapshot, MarketingOutcome, MarketingResult, NormalizedConfig, PurposeState } from './types';

/** A marketing answer's outcome for the result notice, or undefined when it did not change. */
const outcome = (from?: Choice, to?: Choice): MarketingOutcome | undefined =>
  from == to ? undefined : to == 'agree' ? 'given' : to && (from == 'agree' ? 'withdrawn' : 'refused');

/** What changed in marketing answers between `old` and `next` states, per purpose, channel and night-time. */
export function marketingResults(
  config: NormalizedConfig,
  state: ConsentSnapshot,
  old: PurposeState[],
  next: PurposeState[],
): MarketingResult['purposes'] {
  /**
   * The answer that counts for the purpose (`''`), a channel or night-time: a refused purpose refuses them
   * all; an agreement that does not count (a child's own) is no answer.
   */
  const value = (p: Purpose, s: PurposeState, c: string): Choice | undefined =>
    s.choice == 'agree'
      ? !counts(config, state, p, s)
        ? undefined
        : c
          ? c == 'nightTime'
            ? s.nightTime
            : (s.channels || {})[c]
          : s.choice
      : s.choice;
  const out: MarketingResult['purposes'] = [];
  next.forEach((s, i) => {
    const p = config.purposes.find((q) => q.id == s.id)!;
    if (!isMarketing(p)) return;
    const r: MarketingResult['purposes'][number] = { id: s.id };
    for (const c of ['', ...(p.channels || []), ...(p.nightTime ? ['nightTime'] : [])]) {
      const o = outcome(value(p, old[i], c), value(p, s, c));
      if (o) c == '' ? (r.choice = o) : c == 'nightTime' ? (r.nightTime = o) : ((r.channels ||= {})[c] = o);
    }
    if (r.choice || r.channels || r.nightTime) out.push(r);
  });
  return out;
}
