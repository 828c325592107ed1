/**
 * Per-subject secrets. A subject's browser creates a random secret with its first receipt and keeps it
 * out of cookies; that receipt registers `subjectKeyHash` = SHA-256 of the secret, and only the holder
 * of the secret can then extend the chain or read it. The collector never stores the secret itself.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url without padding. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Lowercase hex SHA-256 of the UTF-8 bytes of a subject secret: what a chain's first receipt registers. */
export const keyHashOf = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Constant-time equality of two hex digests (different lengths are simply unequal). */
export function digestsEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The form a guardian's name or contact is hashed in: trimmed, Unicode NFC. */
export const normaliseGuardianValue = (value: string): string => value.trim().normalize('NFC');

/** Lowercase hex HMAC-SHA256 with a text key (a subject secret, or the collector's hash secret). */
export const hmacHex = (key: string, value: string): string =>
  createHmac('sha256', Buffer.from(key, 'utf8')).update(value, 'utf8').digest('hex');
