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

/** One item of a paged body: what goes into the array, and the key the next page starts after. */
export interface PagedItem<K> {
  json: unknown;
  key: K;
}

/**
 * A JSON body streamed page by page, so a large answer never sits in memory: `head` (which opens the
 * array), then at most `limit` items fetched `pageSize` at a time by `page(after, n)`, then `],"next":`
 * with the cursor of the following page (`cursor(key)` of the last item), or null when there is none.
 */
export async function* pagedJson<K>(
  head: string,
  page: (after: K, n: number) => Promise<PagedItem<K>[]>,
  start: K,
  limit: number,
  pageSize: number,
  cursor: (key: K) => string,
): AsyncGenerator<string> {
  yield head;
  let after = start;
  let left = limit;
  let first = true;
  let more = false;
  while (left > 0) {
    const step = Math.min(left, pageSize);
    const items = await page(after, step);
    if (items.length) {
      yield items.map((r) => (first ? '' : ',') + ((first = false), JSON.stringify(r.json))).join('');
      after = items[items.length - 1].key;
    }
    left -= items.length;
    if (items.length < step) break;
    // a full last page: one more look tells whether a next page exists
    if (left === 0) more = (await page(after, 1)).length > 0;
  }
  yield `],"next":${more ? JSON.stringify(cursor(after)) : 'null'}}`;
}
