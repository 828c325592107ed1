/**
 * Policy and notice texts, stored once under the SHA-256 a receipt's purpose carries (`noticeHash`),
 * so the exact words a member was shown can be produced years later.
 */
import { createHash } from 'node:crypto';
import { LOCALES } from '../core/locales';
import { noticeText } from '../receipts/notice';
import { addVendorDisclosures } from '../integrations/disclosures';
import { VENDORS } from '../integrations/vendors/index';
import type { NormalizedConfig } from '../core/types';
import type { TextResult } from '../core/wire';
import type { Receipt } from '../receipts/types';
import type { Sql } from './store/sql';
import type { TextRow } from './store/types';

export type { TextResult } from '../core/wire';

export const TEXT_UNREFERENCED = 'text not referenced by an accepted receipt of this batch (a purpose noticeHash)';

/** A stored text as the dashboard reads it: the row as written. */
export type StoredText = TextRow;

type TextDbRow = {
  hash: string;
  text: string;
  received_ms: string | number;
  purpose_id: string;
  purpose_version: string;
  policy_version: string;
  locale: string;
};

const toText = (r: TextDbRow): StoredText => ({
  hash: r.hash,
  text: r.text,
  receivedMs: Number(r.received_ms),
  purposeId: r.purpose_id,
  purposeVersion: r.purpose_version,
  policyVersion: r.policy_version,
  locale: r.locale,
});

export async function textByHash(db: Sql, hash: string): Promise<StoredText | null> {
  const rows = await db.all<TextDbRow>(
    'SELECT hash, text, received_ms, purpose_id, purpose_version, policy_version, locale FROM consentry_texts WHERE hash = ?',
    [hash],
  );
  return rows.length ? toText(rows[0]) : null;
}

/** The most recent texts (without their bodies' length limits: the dashboard shows their size only). */
export async function recentTexts(db: Sql, limit: number): Promise<(Omit<StoredText, 'text'> & { length: number })[]> {
  const rows = await db.all<TextDbRow & { length: string | number }>(
    `SELECT hash, '' AS text, length(text) AS length, received_ms, purpose_id, purpose_version, policy_version, locale
     FROM consentry_texts ORDER BY received_ms DESC, hash LIMIT ?`,
    [limit],
  );
  return rows.map((r) => {
    const { text: _t, ...rest } = toText(r);
    return { ...rest, length: Number(r.length) };
  });
}

/** SHA-256 of every purpose's notice text in every locale the operator's site config has: the texts it vouches for. */
export function configTextHashes(config: NormalizedConfig | undefined): Set<string> {
  const out = new Set<string>();
  if (!config) return out;
  // the purposes as visitors see them: with the configured vendors' disclosures added
  if (config.integrations) config = addVendorDisclosures(structuredClone(config), VENDORS);
  // every built-in locale: a receipt made on a German page hashes the German text, which falls back per field
  const locales = new Set<string>([
    config.locale,
    ...LOCALES,
    ...Object.keys(config.purposes[0]?.title && typeof config.purposes[0].title === 'object' ? config.purposes[0].title : {}),
  ]);
  for (const p of config.purposes) {
    for (const locale of locales) out.add(createHash('sha256').update(noticeText(p, locale), 'utf8').digest('hex'));
  }
  return out;
}

/** The texts some accepted receipt of the batch refers to (by a purpose's `noticeHash`), with where it was shown. */
export function acceptTexts(
  texts: Map<string, string>,
  accepted: Receipt[],
  receivedMs: number,
): { texts: TextRow[]; results: Record<string, TextResult> } {
  const rows: TextRow[] = [];
  const results: Record<string, TextResult> = {};
  const shown = new Map<string, TextRow>();
  for (const r of accepted) {
    for (const p of r.purposes) {
      if (!texts.has(p.noticeHash) || shown.has(p.noticeHash)) continue;
      shown.set(p.noticeHash, {
        hash: p.noticeHash,
        text: texts.get(p.noticeHash)!,
        receivedMs,
        purposeId: p.id,
        purposeVersion: p.version,
        policyVersion: r.policy.version,
        locale: r.locale,
      });
    }
  }
  for (const hash of texts.keys()) {
    const row = shown.get(hash);
    if (row) {
      rows.push(row);
      results[hash] = { status: 'stored' };
    } else {
      results[hash] = { status: 'rejected', error: TEXT_UNREFERENCED };
    }
  }
  return { texts: rows, results };
}
