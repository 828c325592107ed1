import type { EventMap, Listener } from './types';

/**
 * Typed events. A listener that throws or rejects never breaks the caller: the failure is
 * re-emitted as an `error` event (`listener-failed`). `emit` returns the listeners' settled
 * promises so `decide()` can wait for them (receipts are journaled before it resolves).
 */
export function emitter() {
  const all: { [event: string]: Listener<any>[] } = {};
  const emit = <K extends keyof EventMap>(event: K, payload: EventMap[K]): Promise<unknown>[] =>
    (all[event] || []).slice().map((fn) =>
      // the executor runs the listener now and turns a throw into a rejection
      new Promise((r) => r(fn(payload))).catch(
        (e) =>
          event != 'error' &&
          emit('error', { code: 'listener-failed', message: `a "${event}" listener failed: ${(e && e.message) || e}`, cause: e }),
      ),
    );
  const on = <K extends keyof EventMap>(event: K, fn: Listener<EventMap[K]>): (() => void) => {
    (all[event] ||= []).push(fn);
    return () => void (all[event] = all[event].filter((f) => f != fn));
  };
  return { emit, on };
}
