import { localize } from '../core/localize';
import type { ConsentConfig, DecisionEvent, Purpose, PurposeChange } from '../core/types';
import { VERSION } from '../core/version';
import { vendorsByPurpose } from '../integrations/purposes';
import { canonicalize, hmacSha256HexSync, sha256Hex, sha256HexSync } from './canonical';
import { noticeText, processorsText } from './notice';
import { randomId } from './stash';
import type { Receipt, ReceiptPurpose, ReceiptState } from './types';

/** What the builder needs besides the event and the config. */
export interface BuildContext {
  /** `hash` of the subject's previous receipt (null for the first). */
  prev: string | null;
  /** `timestamp` of the subject's previous receipt: the new one is made strictly later (≥ 1 ms). */
  prevTimestamp?: string;
  /** Receipt id; default a fresh UUID v4. */
  id?: string;
  /** Resolves a relative `policy.url` (the page URL in browsers). */
  baseUrl?: string;
  /** Subject id to use when the snapshot has none. */
  fallbackSubjectId?: string;
  /** Subject id to use instead of the snapshot's (the receipts module moved the subject to a new id). */
  subjectId?: string;
  /**
   * The subject's secret: keys the guardian hashes, and on a first receipt (`prev: null`) its SHA-256 is
   * the `subjectKeyHash`. Without it the receipt has neither.
   */
  secret?: string;
  /** The guardian's name and contact in plain text (only while the page that took them lives). */
  guardian?: { name: string; contact: string };
}

/**
 * The receipt state of one purpose in a decision: `expired` for expiry, `withdrawn` when an agreement is
 * taken back (withdraw(), or agree → disagree), `given` / `refused` for answers.
 */
export function receiptState(change: PurposeChange, e: Pick<DecisionEvent, 'method' | 'withdrawal'>): ReceiptState {
  const to = change.to ?? change.state.choice;
  if (to === 'agree') return 'given';
  if (e.method === 'expiry' || change.state.source === 'expiry') return 'expired';
  if (e.withdrawal || change.from === 'agree' || change.state.source === 'withdraw') return 'withdrawn';
  return 'refused';
}

/** A guardian's name or contact as hashed (and as sent to the collector): trimmed, Unicode NFC. */
export const normalizeName = (s: string): string => s.trim().normalize('NFC');

/** The guardian hash of `value`: lower-case hex HMAC-SHA256 under the subject's secret, of `normalizeName(value)`. */
export const guardianHash = (secret: string, value: string): string => hmacSha256HexSync(secret, normalizeName(value));

/**
 * The guardian's name and contact (normalised) when `e` is the guardian decision and carries them, in
 * memory: `e.guardian`, or a core's snapshot that still holds them. A decision replayed from the stash has
 * none (they are never stored), nor has any later decision.
 */
export function guardianDecision(e: DecisionEvent): { name: string; contact: string } | undefined {
  const g = (e.guardian || (e.method == 'guardian' && e.snapshot.guardian)) as { name?: unknown; contact?: unknown } | undefined;
  if (g && typeof g.name == 'string' && typeof g.contact == 'string')
    return { name: normalizeName(g.name), contact: normalizeName(g.contact) };
}

const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const iso = (ms: number) => new Date(ms).toISOString();

function guardianOf(e: DecisionEvent, ctx: BuildContext): Receipt['guardian'] {
  const g = (e.guardian || e.snapshot.guardian) as { method?: unknown; verifiedAt?: unknown; verified?: unknown } | undefined;
  if (!g) return;
  const out: NonNullable<Receipt['guardian']> = {
    method: String(g.method ?? '').slice(0, 64) || 'unspecified',
    verified: g.verified === true,
    verifiedAt: iso(Number(g.verifiedAt)),
  };
  const plain = ctx.guardian || guardianDecision(e);
  if (plain && ctx.secret) {
    out.nameHash = guardianHash(ctx.secret, plain.name);
    out.contactHash = guardianHash(ctx.secret, plain.contact);
  }
  return out;
}

/** Lower-case hex SHA-256 of a text, synchronously. */
type Hash = (text: string) => string;

function purposeOf(
  change: PurposeChange,
  e: DecisionEvent,
  config: ConsentConfig,
  vendors: ReturnType<typeof vendorsByPurpose>,
  hash: Hash,
): ReceiptPurpose {
  const p: Purpose = config.purposes.find((x) => x.id === change.id) ?? {
    // A purpose the config no longer has: record what we know rather than lose the decision.
    id: change.id,
    necessity: 'optional',
    kind: 'service',
    title: change.id,
  };
  const state = receiptState(change, e);
  const given = state === 'given';
  const s = change.state;
  const out: ReceiptPurpose = {
    id: p.id,
    version: String(s.version || p.version || '1'),
    necessity: p.necessity,
    kind: p.kind,
    state,
    title: localize(p.title, e.locale).slice(0, 500),
    noticeHash: hash(noticeText(p, e.locale)),
  };
  // Only answered channels are recorded; without the purpose, no channel counts as given.
  if (s.channels) {
    const ch: { [k: string]: 'given' | 'refused' } = {};
    for (const k of Object.keys(s.channels)) ch[k] = given && s.channels[k] === 'agree' ? 'given' : 'refused';
    if (Object.keys(ch).length) out.channels = ch;
  }
  if (s.nightTime) out.nightTime = given && s.nightTime === 'agree' ? 'given' : 'refused';
  if (given && s.reconfirmDueAt) out.reconfirmDueAt = iso(s.reconfirmDueAt);
  const names = (vendors[p.id] || []).map((v) => v.label).filter((l, i, all) => all.indexOf(l) == i);
  if (names[0]) out.vendors = names;
  return out;
}

/** The receipt of `e` without its own `hash`; every other hash is taken with `hash`. */
function receiptBody(e: DecisionEvent, config: ConsentConfig, ctx: BuildContext, hash: Hash): Omit<Receipt, 'hash'> {
  const snap = e.snapshot;
  let at = e.at;
  // Strictly increasing timestamps per subject, so ordering by time is ordering by chain.
  if (ctx.prevTimestamp) at = Math.max(at, Date.parse(ctx.prevTimestamp) + 1);
  let policyUrl = config.policy.url;
  if (ctx.baseUrl) {
    try {
      policyUrl = new URL(policyUrl, ctx.baseUrl).href;
    } catch {
      // keep it as configured
    }
  }
  const locale = LOCALE.test(e.locale) ? e.locale : 'und';
  const body: Omit<Receipt, 'hash'> = {
    schema: 'consentry.receipt/1',
    id: ctx.id ?? randomId(),
    subjectId: ctx.subjectId ?? snap.subjectId ?? ctx.fallbackSubjectId ?? 'anon-' + randomId(),
    timestamp: iso(at),
    method: e.method,
    locale,
    controller: {
      name: localize(config.controller.name, locale).slice(0, 500),
      contact: String(config.controller.contact).slice(0, 500),
      jurisdiction: config.controller.jurisdiction || 'KR',
    },
    policy: { version: config.policy.version, url: policyUrl },
    purposes: [],
    gpc: !!snap.gpc,
    sdk: { name: 'consentry', version: VERSION },
    prev: ctx.prev,
  };
  const vendors = vendorsByPurpose(config.integrations);
  for (const c of e.changes) body.purposes.push(purposeOf(c, e, config, vendors, hash));
  // The processors notice shown beside the items (PIPA 26): names and the hash of the exact text.
  const processors = config.processors || [];
  if (processors[0])
    body.processors = {
      names: processors.map((x) => localize(x.name, locale).slice(0, 500)),
      noticeHash: hash(processorsText(processors, locale)),
    };
  const m = e.marketingResult;
  if (m) body.marketingResult = { sender: m.sender.slice(0, 500) || body.controller.name, at: iso(m.at), purposes: m.purposes };
  const r = e.region;
  if (r) body.region = { region: String(r.region).slice(0, 16), model: r.model, from: r.from };
  const guardian = guardianOf(e, ctx);
  if (guardian) body.guardian = guardian;
  if (ctx.prev === null && ctx.secret) body.subjectKeyHash = hash(ctx.secret);
  return body;
}

/**
 * Builds the hash-chained receipt of one `decision` event (one receipt per event), synchronously — so a
 * page that is being closed can still build and send it. Deterministic for a given event, config and context.
 */
export function buildReceiptSync(e: DecisionEvent, config: ConsentConfig, ctx: BuildContext): Receipt {
  const body = receiptBody(e, config, ctx, sha256HexSync);
  // the same value as hashReceipt(body), computed synchronously
  return { ...body, hash: sha256HexSync(canonicalize(body)) };
}

/**
 * `buildReceiptSync`'s receipt (the same bytes), with its SHA-256 hashes taken by SubtleCrypto where the page
 * has it: native code instead of tens of milliseconds of script on the main thread right after a click.
 */
export async function buildReceipt(e: DecisionEvent, config: ConsentConfig, ctx: BuildContext): Promise<Receipt> {
  // a first pass collects what the receipt hashes (none of it depends on the receipt's id or time)
  const texts: string[] = [];
  receiptBody(e, config, ctx, (t) => (texts.push(t), ''));
  const hashes = await Promise.all(texts.map(sha256Hex));
  const body = receiptBody(e, config, ctx, (t) => hashes[texts.indexOf(t)]);
  return { ...body, hash: await sha256Hex(canonicalize(body)) };
}
