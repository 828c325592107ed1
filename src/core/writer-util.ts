import { ConsentError } from './errors';

/** Stored times are whole seconds; keep memory the same so every tab and reload agrees. */
export const sec = (ms: number) => ms - (ms % 1000);
/** Runs `fn` once the current synchronous code is done (in a microtask). */
export const later = (fn: () => unknown) => void Promise.resolve().then(fn);
/** A deep copy of plain data: what callers and listeners get, so they cannot alter the state. */
export const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));
/** The ids of purposes or purpose states. */
export const ids = (list: { id: string }[]) => list.map((p) => p.id);
/** Throws a `ConsentError` with `message`. */
export const fail = (message: string): never => {
  throw new ConsentError(message);
};
