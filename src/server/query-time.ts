import { httpError } from './body';

const DAY = 86_400_000;

/**
 * A UTC offset from a query (`Z`, `UTC`, `+09:00`, `-0530`, `09:00`), in milliseconds. A space where
 * the sign was is read as `+`: an unencoded `+` in a query string arrives as a space.
 */
export function parseOffset(value: string | undefined): { ms: number; label: string } {
  if (value === undefined || value === '' || /^(z|utc)$/i.test(value)) return { ms: 0, label: '+00:00' };
  const m = /^([+\- ]?)(\d{2}):?(\d{2})$/.exec(value);
  if (!m || Number(m[2]) > 14 || Number(m[3]) > 59) {
    throw httpError(400, 'tz must be a UTC offset like +09:00 (encode + as %2B) or Z');
  }
  const sign = m[1] === '-' ? -1 : 1;
  const ms = sign * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  return { ms, label: `${sign < 0 ? '-' : '+'}${m[2]}:${m[3]}` };
}

/**
 * A range bound: a date (`2024-01-31`, whole day in the given offset: `to` includes all of it) or a
 * date-time with its zone (`2024-01-31T09:00:00Z`, `…+09:00`). Returns epoch milliseconds.
 */
export function parseBound(value: string | undefined, name: 'from' | 'to', offsetMs: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) {
    const [y, mo, d] = date.slice(1).map(Number);
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
      throw httpError(400, `${name} is not a calendar date: ${value}`);
    }
    return ms - offsetMs + (name === 'to' ? DAY - 1 : 0);
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return ms;
  }
  throw httpError(400, `${name} must be a date (2024-01-31) or a date-time with a zone (2024-01-31T09:00:00Z)`);
}

/** Both bounds, checked for order. */
export function parseRange(query: { from?: string; to?: string }, offsetMs: number): { from?: number; to?: number } {
  const from = parseBound(query.from, 'from', offsetMs);
  const to = parseBound(query.to, 'to', offsetMs);
  if (from !== undefined && to !== undefined && from > to) throw httpError(400, 'from is after to');
  return { from, to };
}

/** `YYYY-MM-DD` of a day number (floor((ms + offset) / day)). */
export const dayString = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
