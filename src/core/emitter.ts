import type { EventMap, Listener } from './types';

/**
 * Typed events. A listener that throws or rejects never breaks the caller: the failure is
 * re-emitted as an `error` event (`listener-failed`). `emit` returns the listeners' settled
 * promises so `decide()` can wait for them (receipts are journaled before it resolves).
 */
export function emitter() {
  const all: { [K in keyof EventMap]?: Set<Listener<EventMap[K]>> } = {};
  const fail = (event: string, cause: unknown) => {
    if (event != 'error') emit('error', { code: 'listener-failed', message: `a "${event}" listener failed: ${String((cause as Error)?.message ?? cause)}`, cause });
  };
  function emit<K extends keyof EventMap>(event: K, payload: EventMap[K]): Promise<unknown>[] {
    const waits: Promise<unknown>[] = [];
    for (const fn of [...(all[event] || [])]) {
      try {
        const r = fn(payload);
        if (r && typeof r.then == 'function') waits.push(Promise.resolve(r).catch((e) => fail(event, e)));
      } catch (e) {
        fail(event, e);
      }
    }
    return waits;
  }
  function on<K extends keyof EventMap>(event: K, fn: Listener<EventMap[K]>): () => void {
    const set = (all[event] ||= new Set() as any) as Set<Listener<EventMap[K]>>;
    set.add(fn);
    return () => void set.delete(fn);
  }
  return { emit, on };
}
