import type { FlushResult, OutboxOptions } from './outbox';

const LOCK = 'consentry-receipts-flush';
const LEASE_MS = 30_000;

type Locks = { request(name: string, opts: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<unknown>): Promise<unknown> };

/**
 * Runs `run` as the one flusher across tabs (a Web Lock, else the lease on `o.journal` for `owner`) and
 * returns what it returned; undefined, without running it, while another tab holds the lock.
 */
export async function withFlushLock(
  o: Pick<OutboxOptions, 'journal' | 'now'>,
  owner: string,
  run: () => Promise<FlushResult>,
): Promise<FlushResult | undefined> {
  const locks = typeof navigator !== 'undefined' ? (navigator as unknown as { locks?: Locks }).locks : undefined;
  // Receipts kept only in this page's memory are invisible to other tabs: no point in asking them.
  if (o.journal.memory) return run();
  if (locks && locks.request) {
    let got = false;
    const res = await locks.request(LOCK, { ifAvailable: true }, async (lock) => {
      if (!lock) return undefined;
      got = true;
      return run();
    });
    if (got) return res as FlushResult;
  } else if (await o.journal.lease(owner, o.now(), LEASE_MS)) {
    try {
      return await run();
    } finally {
      await o.journal.release(owner);
    }
  }
}
