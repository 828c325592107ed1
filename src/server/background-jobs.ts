/**
 * What a collector does on its own, besides answering requests: delivering webhook events, and the
 * daily retention run (checked hourly; the last run is recorded in the database, and on PostgreSQL one
 * collector at a time runs it). Both stop when the app closes.
 */
import type { FastifyInstance } from 'fastify';
import { webhookDispatcher, type Dispatcher } from './notices/webhook';
import type { ResolvedOptions } from './options';
import { dailyPrune, type PruneReport } from './retention';
import type { Store } from './store/types';

export function backgroundJobs(
  app: FastifyInstance,
  store: Store,
  o: ResolvedOptions,
): { dispatcher: Dispatcher | null; retention: () => Promise<PruneReport | null> } {
  const dispatcher = o.webhook
    ? webhookDispatcher(store.db, { ...o.webhook, reconfirmDays: o.webhookReconfirmDays, now: o.now, log: app.log, ...o.webhookTiming })
    : null;
  const retention = () =>
    dailyPrune(store.db, { nowMs: o.now(), retentionDays: o.retentionDays, consentDays: o.siteConfig?.expiry.consentDays ?? 365 });
  const timers: NodeJS.Timeout[] = [];
  if (o.retentionJob) {
    const tick = () =>
      void retention().then(
        (r) => r && app.log.info({ retention: r }, 'retention: deleted what was past its retention period'),
        (err) => app.log.warn({ err }, 'retention run failed; retried within the hour'),
      );
    timers.push(setInterval(tick, 3_600_000), setTimeout(tick, 60_000));
    for (const t of timers) t.unref();
  }
  app.addHook('onClose', async () => {
    for (const t of timers) clearTimeout(t);
    await dispatcher?.close();
  });
  return { dispatcher, retention };
}
