/** Opaque keyset cursors for paginated routes: base64url of the last key of a page. */
import { httpError } from './body';

export const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | undefined): string {
  if (cursor === undefined || cursor === '') return '';
  const key = /^[A-Za-z0-9_-]{2,700}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!key || encodeCursor(key) !== cursor) throw httpError(400, 'cursor is not one this collector gave');
  return key;
}

/** `limit` from a query: a whole number from 1 to `max`, default `fallback`. */
export function parseLimit(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!/^[0-9]{1,7}$/.test(value) || n < 1 || n > max) throw httpError(400, `limit must be a whole number from 1 to ${max}`);
  return n;
}

/** An instant from a query: an ISO date-time with its zone. */
export function parseInstant(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return ms;
  }
  throw httpError(400, `${name} must be a date-time with its zone, e.g. 2026-03-01T21:30:00+09:00 (encode + as %2B)`);
}
