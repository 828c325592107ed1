import { transfers } from '../core/kinds';
import { localize } from '../core/localize';
import type { Localized, Processor, Purpose, Transfer } from '../core/types';
import { canonicalize, sha256Hex, sha256HexSync } from './canonical';

const text = (v: Localized | undefined, locale: string): string | undefined => localize(v, locale) || undefined;
const list = (v: Localized[] | undefined, locale: string): string[] | undefined =>
  v && v.length ? v.map((x) => localize(x, locale)) : undefined;

/**
 * The disclosure text of one purpose as shown in `locale`, in a stable, documented form: the canonical
 * JSON (see `canonicalize`) of
 * `{ format: "consentry.notice/1", title, description, purpose, items[], retention, refusal, legalBasis,
 *    recipients[{ name, purpose, items[], retention, contact }],
 *    transfer{ country, recipient, contact, timing, method, purpose, items[], retention, refusalMethod },
 *    channels[], nightTime }`
 * with every text localised by `localize(value, locale)` and empty or absent fields left out. `transfer` is
 * one object for one receiving party, a list of them for several.
 * Anyone holding the config can recompute it, and so check a receipt's `noticeHash`.
 */
export function noticeText(p: Purpose, locale: string): string {
  const xs = transfers(p).map((t: Transfer) => ({
    country: text(t.country, locale),
    recipient: text(t.recipient, locale),
    contact: t.contact || undefined,
    timing: text(t.timing, locale),
    method: text(t.method, locale),
    purpose: text(t.purpose, locale),
    items: list(t.items, locale),
    retention: text(t.retention, locale),
    refusalMethod: text(t.refusalMethod, locale),
  }));
  return canonicalize({
    format: 'consentry.notice/1',
    title: text(p.title, locale),
    description: text(p.description, locale),
    purpose: text(p.purpose, locale),
    items: list(p.items, locale),
    retention: text(p.retention, locale),
    refusal: text(p.refusal, locale),
    legalBasis: text(p.legalBasis, locale),
    recipients: p.recipients?.length
      ? p.recipients.map((r) => ({
          name: text(r.name, locale),
          purpose: text(r.purpose, locale),
          items: list(r.items, locale),
          retention: text(r.retention, locale),
          contact: r.contact || undefined,
        }))
      : undefined,
    // one receiving party hashes as before lists existed
    transfer: xs.length > 1 ? xs : xs[0],
    channels: p.channels?.length ? p.channels : undefined,
    nightTime: p.nightTime || undefined,
  });
}

/** SHA-256 (hex) of `noticeText(p, locale)`: the receipt's per-purpose `noticeHash`. */
export function noticeHash(p: Purpose, locale: string): Promise<string> {
  return sha256Hex(noticeText(p, locale));
}

/** `noticeHash`, synchronously. */
export const noticeHashSync = (p: Purpose, locale: string): string => sha256HexSync(noticeText(p, locale));

/**
 * The processors notice as shown in `locale` (PIPA 26: 수탁자 and 위탁 업무): the canonical JSON of
 * `{ format: "consentry.processors/1", processors: [{ name, task, country, contact }] }`, texts localised,
 * empty fields left out. A receipt carries its SHA-256 as `processors.noticeHash`.
 */
export function processorsText(processors: Processor[], locale: string): string {
  return canonicalize({
    format: 'consentry.processors/1',
    processors: processors.map((x) => ({
      name: text(x.name, locale),
      task: text(x.task, locale),
      country: text(x.country, locale),
      contact: x.contact || undefined,
    })),
  });
}
