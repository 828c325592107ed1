// Valid receipts with correct hash chains, built with the receipts module's own hashReceipt. Every
// subject gets a secret (kept here, as the browser keeps it in IndexedDB); a chain's first receipt
// registers its hash, as the collector requires.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hashReceipt } from '../../src/receipts/chain';
import { receiptHash } from '../../src/server/hash';
import type { Receipt, ReceiptPurpose } from '../../src/receipts/types';

export const newSubjectId = (): string => 'sub_' + randomBytes(12).toString('base64url');

/** A subject secret as the SDK makes it: 32 random bytes, base64url without padding (43 characters). */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** `subjectKeyHash`: lowercase hex SHA-256 of the secret's UTF-8 bytes. */
export const keyHash = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

const secrets = new Map<string, string>();

/** The secret of a subject (made on first use, like the browser does with the first receipt). */
export function secretOf(subjectId: string): string {
  let s = secrets.get(subjectId);
  if (!s) secrets.set(subjectId, (s = newSecret()));
  return s;
}

/** `{ subjectId: secret }` for every subject of these receipts (what the SDK's upload carries). */
export function secretsFor(receipts: unknown[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of receipts) {
    const id = r && typeof r === 'object' ? (r as { subjectId?: unknown }).subjectId : undefined;
    if (typeof id === 'string') out[id] = secretOf(id);
  }
  return out;
}

/** A time `ms` before now, as receipts write it: recent enough for a new subject's first receipt. */
export const recent = (ms = 3_600_000): string => new Date(Math.floor((Date.now() - ms) / 1000) * 1000).toISOString();

const HEX = (c: string) => c.repeat(64);

export const PURPOSES: ReceiptPurpose[] = [
  {
    id: 'analytics',
    version: '1',
    necessity: 'optional',
    kind: 'analytics',
    state: 'given',
    title: '이용 통계 분석',
    noticeHash: HEX('a'),
  },
  {
    id: 'marketing',
    version: '2',
    necessity: 'optional',
    kind: 'marketing',
    state: 'refused',
    title: '마케팅 정보 수신',
    noticeHash: HEX('b'),
    channels: { email: 'refused', sms: 'refused' },
    nightTime: 'refused',
  },
];

/**
 * A receipt without hash (override anything). A chain's first receipt (`prev: null`) registers its
 * subject's key unless `subjectKeyHash` is given (`undefined` leaves it out).
 */
export function draft(over: Partial<Receipt> = {}): Omit<Receipt, 'hash'> {
  const subjectId = over.subjectId ?? 'sub_fixture0001';
  const first = (over.prev ?? null) === null && !('subjectKeyHash' in over);
  return {
    schema: 'consentry.receipt/1',
    id: randomUUID(),
    subjectId: 'sub_fixture0001',
    timestamp: recent(),
    method: 'banner',
    locale: 'ko',
    controller: { name: '예시 주식회사', contact: 'privacy@example.com', jurisdiction: 'KR' },
    policy: { version: '2026-02-15', url: 'https://example.com/privacy' },
    purposes: PURPOSES.map((p) => ({ ...p })),
    gpc: false,
    sdk: { name: 'consentry', version: '0.1.0' },
    prev: null,
    ...(first ? { subjectKeyHash: keyHash(secretOf(subjectId)) } : {}),
    ...over,
  };
}

/** Seals a draft with its correct hash. */
export async function seal(d: Omit<Receipt, 'hash'>): Promise<Receipt> {
  return { ...d, hash: await hashReceipt(d) } as Receipt;
}

/**
 * A correct chain of `n` receipts for one subject, one second apart from `start` (default: an hour
 * ago), alternating agree / withdraw on analytics so stats have both states.
 */
export async function chain(
  n: number,
  opts: { subjectId?: string; start?: string; prev?: string | null; purposes?: (i: number) => ReceiptPurpose[]; fast?: boolean } = {},
): Promise<Receipt[]> {
  const subjectId = opts.subjectId ?? newSubjectId();
  const start = Date.parse(opts.start ?? recent());
  const out: Receipt[] = [];
  let prev = opts.prev ?? null;
  for (let i = 0; i < n; i++) {
    const purposes = opts.purposes
      ? opts.purposes(i)
      : [{ ...PURPOSES[0], state: i % 2 === 0 ? 'given' : 'withdrawn' } as ReceiptPurpose, { ...PURPOSES[1] }];
    const d = draft({ subjectId, timestamp: new Date(start + i * 1000).toISOString(), prev, purposes });
    // `fast`: the collector's synchronous node:crypto twin of hashReceipt (checked equal in collector.test.ts),
    // for the tests that need tens of thousands of receipts.
    const r = opts.fast ? ({ ...d, hash: receiptHash(d as Receipt) } as Receipt) : await seal(d);
    out.push(r);
    prev = r.hash;
  }
  return out;
}

/** A small seeded PRNG (mulberry32) so fuzz runs are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
