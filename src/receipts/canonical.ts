/**
 * Deterministic JSON for hashing (RFC 8785 / JCS style for the value types receipts use):
 * object keys sorted by UTF-16 code units, no whitespace, `undefined` members omitted,
 * numbers and strings serialised as ECMAScript `JSON.stringify` does (which is what JCS specifies).
 * Imports nothing from the DOM or the network: the Node collector bundles it.
 */
export function canonicalize(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      // NaN and Infinity have no JSON form: hashing them silently as null would hide a bug.
      if (!isFinite(value)) throw new TypeError(`canonicalize: non-finite number ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        // As JSON.stringify: an undefined array slot is null, so indexes never shift.
        return '[' + value.map((v) => (v === undefined ? 'null' : canonicalize(v))).join(',') + ']';
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        // Dates, Maps, class instances: their JSON form is not stable enough to be signed.
        throw new TypeError('canonicalize: only plain objects, arrays and primitives are supported');
      }
      const obj = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const k of Object.keys(obj).sort()) {
        if (obj[k] !== undefined) parts.push(JSON.stringify(k) + ':' + canonicalize(obj[k]));
      }
      return '{' + parts.join(',') + '}';
    }
    default:
      throw new TypeError(`canonicalize: unsupported ${typeof value}`);
  }
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`, via `globalThis.crypto.subtle` (browsers, Node ≥ 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const b of new Uint8Array(digest)) hex += (b < 16 ? '0' : '') + b.toString(16);
  return hex;
}
