import { createConsent } from '../../src/core';
import type { Consent, ConsentConfig, CreateOptions, EventMap } from '../../src/core';
import { config } from './fixtures';

export type Log = { [K in keyof EventMap]: EventMap[K][] } & { order: string[] };

/** Starts recording every event of `c`, in order. */
export function record(c: Consent): Log {
  const log = { change: [], decision: [], expired: [], error: [], order: [] } as unknown as Log;
  for (const e of ['change', 'decision', 'expired', 'error'] as const)
    c.on(e, (p: any) => {
      (log[e] as unknown[]).push(p);
      log.order.push(e);
    });
  return log;
}

/** A controllable clock. */
export function clock(start = Date.UTC(2025, 0, 1)) {
  let t = start;
  const now = () => t;
  return { now, set: (ms: number) => void (t = ms), add: (days: number) => void (t += days * 864e5) };
}

/** An in-memory instance of the fixture config with its events recorded. */
export function memory(over: Partial<ConsentConfig> & Record<string, unknown> = {}, opts: CreateOptions = {}) {
  const c = createConsent(config(over), { storage: 'memory', ...opts });
  return { c, log: record(c) };
}

export const DAY = 864e5;
