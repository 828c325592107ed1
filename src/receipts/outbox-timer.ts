import type { OutboxOptions } from './outbox';

/** The outbox's one retry timer: `schedule` keeps whichever try is due sooner. */
export interface RetryTimer {
  /** Calls `fire` after `ms`, unless a try already scheduled is due no later. */
  schedule(ms: number): void;
  /** Drops the scheduled try, if any. */
  cancel(): void;
  /** When the last scheduled try is (or was) due, ms since epoch (0 before the first). */
  due(): number;
}

/** A retry timer on `o.timers` (and `o.now`) that calls `fire` when it runs out. */
export function createRetryTimer(o: Pick<OutboxOptions, 'timers' | 'now'>, fire: () => void): RetryTimer {
  let timer: unknown;
  let timerAt = 0;
  const cancel = () => {
    if (timer !== undefined) o.timers.clear(timer);
    timer = undefined;
  };
  return {
    schedule(ms) {
      const at = o.now() + ms;
      if (timer !== undefined && timerAt <= at) return;
      cancel();
      timerAt = at;
      timer = o.timers.set(() => {
        timer = undefined;
        fire();
      }, ms);
    },
    cancel,
    due: () => timerAt,
  };
}
