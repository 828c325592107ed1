import { checks } from '../core/config-check';
import type { ConfigProblem } from '../core/errors';
import { isObject } from '../core/is';

/** The `receipts` section of the config (JSON in the script tag, or the object passed to `createConsent`). */
export interface ReceiptsConfig {
  /** Where receipts are POSTed (`{ receipts: [...] }`); http(s) or relative. Without it receipts stay local. */
  endpoint?: string;
  /** Receipts per POST (1–100, default 20). */
  batchSize?: number;
  /** Extra request headers (e.g. a site key). They make cross-origin requests preflighted. */
  headers?: Record<string, string>;
  /** First retry delay in ms (default 2000); doubles per failure, with jitter. */
  retryBaseMs?: number;
  /** Longest retry delay in ms (default 300000). */
  retryMaxMs?: number;
  /** Per-request timeout in ms (default 15000). */
  timeoutMs?: number;
  /** Delivered receipts kept on the device (default 50); older delivered ones are pruned. */
  keepDelivered?: number;
  /** Report `journal-large` once undelivered receipts exceed this (default 500). */
  warnAt?: number;
  /** Service name in Kantara exports (default: the controller's name). */
  service?: string;
}

/**
 * `v` as an absolute http(s) URL, resolved against `base`; undefined for anything else (`javascript:`,
 * `data:`, …). Checked on what the URL parser makes of it, i.e. what fetch() would actually request.
 */
export function httpUrl(v: unknown, base?: string): string | undefined {
  if (typeof v != 'string' || !v.trim()) return;
  try {
    const u = base ? new URL(v, base) : new URL(v);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return;
  }
}

const { object, is, text } = checks;
const whole = (min: number, max: number, message: string) =>
  is((v) => typeof v == 'number' && v >= min && v <= max && Number.isInteger(v), message);
const ms = is((v) => typeof v == 'number' && v >= 1 && v <= 86_400_000, 'expected a positive number of milliseconds');

const section = object({
  endpoint: is((v) => !!httpUrl(v, 'http://localhost/'), 'expected an http(s) or relative URL'),
  batchSize: whole(1, 100, 'expected a whole number from 1 to 100'),
  headers: is(
    (v) => isObject(v) && Object.keys(v).every((h) => /^[A-Za-z0-9-]+$/.test(h) && typeof v[h] == 'string'),
    'expected an object of header names to text values',
  ),
  retryBaseMs: ms,
  retryMaxMs: ms,
  timeoutMs: ms,
  keepDelivered: whole(0, 100_000, 'expected a whole number ≥ 0'),
  warnAt: whole(1, 1_000_000, 'expected a whole number ≥ 1'),
  service: text,
});

/** Problems in a `receipts` config section, named by path (`receipts.endpoint: …`); [] when it is fine. */
export function validateReceiptsConfig(value: unknown, path = 'receipts'): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  if (value !== undefined) section(value, path, out);
  return out;
}
