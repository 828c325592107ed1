import { backoffDelay } from './backoff';
import type { FlushResult, OutboxOptions } from './outbox';
import type { Sender } from './outbox-batch';
import type { Receipt } from './types';

const MAX_BATCHES = 100;

/** The current streak of failed attempts (0 after a success) and the last failure reported in it. */
export interface Streak {
  attempts: number;
  lastReported: string;
}

/**
 * One delivery pass: sends batch after batch of what `pending` finds (but what is in flight)
 * until none is left or MAX_BATCHES were sent; on a failure, counts it in `s`, reports it and `schedule`s a
 * retry with backoff. `due` tells when the next try is due.
 */
export async function runPass(
  o: OutboxOptions,
  s: Streak,
  sender: Sender,
  pending: () => Promise<Receipt[]>,
  schedule: (ms: number) => void,
  due: () => number,
): Promise<FlushResult> {
  let delivered = 0;
  let rejected = 0;
  let left = 0;
  let i = 0;
  for (; i < MAX_BATCHES; i++) {
    const list = await pending();
    left = list.length;
    const todo = sender.idle(list);
    if (!todo.length) break;
    const res = await sender.send(sender.take(todo));
    delivered += res.delivered;
    rejected += res.rejected;
    if (res.retry) {
      s.attempts++;
      const wait = Math.max(backoffDelay(s.attempts, o.retry, o.random), res.retry.retryAfterMs || 0);
      if (s.attempts === 1 || res.retry.reason !== s.lastReported) {
        s.lastReported = res.retry.reason;
        o.report({
          code: 'send-failed',
          message: `receipts not delivered (${res.retry.reason}); retrying in ${Math.round(wait / 1000)} s`,
        });
      }
      schedule(wait);
      return { delivered, rejected, pending: (await pending()).length, error: res.retry.reason, nextAttemptAt: due() };
    }
    s.attempts = 0;
    s.lastReported = '';
  }
  if (delivered) await o.journal.prune(o.keepDelivered);
  // More than MAX_BATCHES in one go: carry on shortly rather than hog the tab.
  if (i === MAX_BATCHES) schedule(1000);
  return { delivered, rejected, pending: left, ...(i === MAX_BATCHES ? { nextAttemptAt: due() } : {}) };
}
