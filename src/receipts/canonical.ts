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
      if (!Number.isFinite(value)) throw new TypeError(`canonicalize: non-finite number ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        // As JSON.stringify: an undefined array slot is null, so indexes never shift.
        return '[' + value.map((v) => (v === undefined ? 'null' : canonicalize(v))).join(',') + ']';
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        // Dates, Maps, class instances: their JSON form is not stable enough to be signed.
        throw new TypeError('canonicalize: not a plain object');
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

/**
 * Lower-case hex SHA-256 of the UTF-8 bytes of `text`: `globalThis.crypto.subtle` (browsers in secure
 * contexts, Node ≥ 20), else a small pure-JS implementation (plain-http pages have no SubtleCrypto).
 */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  try {
    return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
  } catch {
    // no SubtleCrypto here (a TypeError), or a digest that failed: the same hash in script
    return sha256HexJs(bytes);
  }
}

// Round constants and initial hash: the first 32 bits of the fractional parts of the cube (K) and
// square (H) roots of the first 64 (8) primes — computed on first use, not tabled, to keep the bundle small.
const K: number[] = [];
const H: number[] = [];
function tables() {
  for (let n = 2; K.length < 64; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
    if (!prime) continue;
    if (H.length < 8) H.push(((Math.sqrt(n) % 1) * 2 ** 32) | 0);
    K.push(((Math.cbrt(n) % 1) * 2 ** 32) | 0);
  }
}

/** Synchronous SHA-256 (hex) of the UTF-8 bytes of `text` (pure JS; same result as `sha256Hex`). */
export const sha256HexSync = (text: string): string => sha256HexJs(new TextEncoder().encode(text));

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => (b < 16 ? '0' : '') + b.toString(16)).join('');

/** FIPS 180-4 SHA-256 over bytes, hex (tests check it against SubtleCrypto and node:crypto). */
export const sha256HexJs = (bytes: Uint8Array): string => hex(sha256Js(bytes));

/**
 * Lower-case hex HMAC-SHA256 (RFC 2104) of the UTF-8 bytes of `message` under the UTF-8 bytes of `key`,
 * synchronously (pure JS, so a closing page can still build a receipt).
 */
export function hmacSha256HexSync(key: string, message: string): string {
  const enc = new TextEncoder();
  let k: Uint8Array = enc.encode(key);
  if (k.length > 64) k = sha256Js(k);
  const pad = (x: number, rest: Uint8Array) => {
    const out = new Uint8Array(64 + rest.length);
    for (let i = 0; i < 64; i++) out[i] = (k[i] || 0) ^ x;
    out.set(rest, 64);
    return out;
  };
  return hex(sha256Js(pad(0x5c, sha256Js(pad(0x36, enc.encode(message))))));
}

/** FIPS 180-4 SHA-256 over bytes (pure JS), as 32 bytes. */
function sha256Js(bytes: Uint8Array): Uint8Array {
  const len = bytes.length;
  // Message + 0x80 + zero padding + 64-bit big-endian bit length, in whole 64-byte blocks.
  const total = (((len + 8) >> 6) + 1) << 6;
  const m = new Uint8Array(total);
  m.set(bytes);
  m[len] = 0x80;
  const dv = new DataView(m.buffer);
  dv.setUint32(total - 8, Math.floor(len / 0x20000000));
  dv.setUint32(total - 4, (len << 3) >>> 0);
  if (!K.length) tables();
  const h = H.slice();
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let off = 0; off < total; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = dv.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15];
      const b = w[i - 2];
      w[i] = w[i - 16] + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + w[i - 7] + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10));
    }
    // Working variables a..h as a list: each round makes [t1 + t2, a, b, c, d + t1, e, f, g].
    const v = h.slice();
    for (let i = 0; i < 64; i++) {
      const [a, b, c, , e, f, g, hh] = v;
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      v.pop();
      v.unshift((t1 + t2) | 0);
      v[4] = (v[4] + t1) | 0;
    }
    for (let i = 0; i < 8; i++) h[i] = (h[i] + v[i]) | 0;
  }
  const out = new Uint8Array(32);
  const dv2 = new DataView(out.buffer);
  h.forEach((x, i) => dv2.setUint32(i * 4, x >>> 0));
  return out;
}
