/**
 * Request bodies, parsed strictly: UTF-8 only (invalid bytes are refused, not replaced, so what is
 * stored is what the client hashed), bounded nesting, and no prototype-pollution keys.
 */

/** An error that answers with its status code and message (the error handler passes 4xx through). */
export function httpError(statusCode: number, message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const MAX_DEPTH = 32;

/** Refuses a declared charset other than UTF-8 (RFC 8259 JSON is UTF-8). */
export function checkCharset(contentType: string | undefined): void {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  if (m && !/^utf-?8$/i.test(m[1])) throw httpError(415, `unsupported charset "${m[1].slice(0, 40)}": send UTF-8`);
}

export function decodeUtf8(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw httpError(400, 'the body is not valid UTF-8');
  }
}

/** Walks the parsed value without recursion: too deep or a `__proto__`/`constructor.prototype` key is refused. */
function checkShape(root: unknown): void {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) throw httpError(400, `the JSON is nested deeper than ${MAX_DEPTH} levels`);
    if (Array.isArray(value)) {
      for (const v of value) stack.push([v, depth + 1]);
      continue;
    }
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (key === '__proto__' || (key === 'constructor' && v && typeof v === 'object' && 'prototype' in v)) {
        throw httpError(400, `forbidden key "${key}" in the JSON`);
      }
      stack.push([v, depth + 1]);
    }
  }
}

/** Parses a JSON request body (also sent as text/plain, the type `navigator.sendBeacon` can use without a preflight). */
export function parseJsonBody(body: Buffer, contentType?: string): unknown {
  checkCharset(contentType);
  const text = decodeUtf8(body);
  if (!text.trim()) throw httpError(400, 'the body is empty: send a JSON array of receipts');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw httpError(400, `the body is not valid JSON: ${(err as Error).message.slice(0, 200)}`);
  }
  checkShape(value);
  return value;
}

/** Parses an HTML form post into a prototype-less record of strings (last value wins). */
export function parseFormBody(body: Buffer, contentType?: string): Record<string, string> {
  checkCharset(contentType);
  const out: Record<string, string> = Object.create(null);
  for (const [k, v] of new URLSearchParams(decodeUtf8(body))) out[k] = v;
  return out;
}
