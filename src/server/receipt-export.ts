import type { ConsentConfig } from '../core/types';
import { DPV_CONTEXT, toIso27560 } from '../receipts/iso27560';
import { toKantara } from '../receipts/kantara';
import type { Receipt } from '../receipts/types';
import type { ExportCursor, Store, StoredReceipt, TimeRange } from './store/types';

export type ExportFormat = 'kantara' | 'iso27560' | 'csv';

export const exportFormats: { [f in ExportFormat]: { type: string; extension: string } } = {
  kantara: { type: 'application/json; charset=utf-8', extension: 'json' },
  iso27560: { type: 'application/ld+json; charset=utf-8', extension: 'jsonld' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
};

/**
 * Every stored receipt in the range, one page at a time (keyset on timestamp, seq): at most
 * `pageSize` rows are in memory, whatever the table holds, and no read transaction stays open
 * between pages while the client is slow.
 */
export async function* storedReceipts(store: Store, range: TimeRange, pageSize: number): AsyncGenerator<StoredReceipt[]> {
  let cursor: ExportCursor | null = null;
  for (;;) {
    const page = await store.exportPage(range, cursor, pageSize);
    if (!page.length) return;
    yield page;
    const last = page[page.length - 1];
    cursor = { tsMs: last.tsMs, seq: last.seq };
    if (page.length < pageSize) return;
  }
}

const CSV_COLUMNS = [
  'receipt_id',
  'subject_id',
  'timestamp',
  'received_at',
  'method',
  'locale',
  'controller',
  'jurisdiction',
  'policy_version',
  'policy_url',
  'gpc',
  'guardian_method',
  'purpose_id',
  'purpose_version',
  'necessity',
  'kind',
  'state',
  'title',
  'notice_hash',
  'channels',
  'night_time',
  'reconfirm_due_at',
  'prev',
  'hash',
  'chain',
  'chain_error',
  'region',
  'region_model',
  'region_from',
] as const;

/** Characters after which a spreadsheet may start a new cell inside one of ours (see `defuseFormulas`). */
const SEPARATORS = ';,\t\r\n';
/** Spaces a program may trim from the start of a cell. */
const SPACES = ' \u00a0\u3000';
/** A cell starting with one of these may run as a formula (OWASP): = + - @, their full-width forms, tab, CR. */
const FORMULA_START = '=+-@\t\r\uff1d\uff0b\uff0d\uff20';

/**
 * Puts an apostrophe before every formula start that a spreadsheet could see as the start of a cell:
 * the value's start, and after any separator a program might split on instead of ours (`;` in locales
 * with a decimal comma, `,`, tab) or a line break (an importer that ignores quotes), spaces skipped.
 * A hostile purpose title then stays text wherever the program cuts it.
 */
export function defuseFormulas(value: string): string {
  let out = '';
  let atStart = true;
  for (const ch of value) {
    if (atStart && FORMULA_START.includes(ch)) out += "'";
    out += ch;
    if (SEPARATORS.includes(ch)) atStart = true;
    else if (!(atStart && SPACES.includes(ch))) atStart = false;
  }
  return out;
}

/** One CSV cell: formula starts defused, then quoted when it holds a quote, separator or line break. */
export function csvCell(value: unknown): string {
  const s = defuseFormulas(value === null || value === undefined ? '' : String(value));
  return /[",;\r\n\t]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function csvRows(row: StoredReceipt): string {
  const r = JSON.parse(row.body) as Receipt;
  const common = [
    r.id,
    r.subjectId,
    r.timestamp,
    new Date(row.receivedMs).toISOString(),
    r.method,
    r.locale,
    r.controller.name,
    r.controller.jurisdiction,
    r.policy.version,
    r.policy.url,
    r.gpc,
    r.guardian?.method ?? '',
  ];
  const tail = [
    r.prev ?? '',
    r.hash,
    row.chainError ? 'broken' : 'ok',
    row.chainError ?? '',
    r.region?.region ?? '',
    r.region?.model ?? '',
    r.region?.from ?? '',
  ];
  const purposes = r.purposes.length ? r.purposes : [null];
  return purposes
    .map(
      (p) =>
        [
          ...common,
          ...(p
            ? [
                p.id,
                p.version,
                p.necessity,
                p.kind,
                p.state,
                p.title,
                p.noticeHash,
                p.channels
                  ? Object.entries(p.channels)
                      .map(([k, v]) => `${k}=${v}`)
                      .join(';')
                  : '',
                p.nightTime ?? '',
                p.reconfirmDueAt ?? '',
              ]
            : ['', '', '', '', '', '', '', '', '', '']),
          ...tail,
        ]
          .map(csvCell)
          .join(',') + '\r\n',
    )
    .join('');
}

/** The export as text chunks, one chunk per page of receipts. */
export async function* exportChunks(
  store: Store,
  format: ExportFormat,
  range: TimeRange,
  options: { pageSize: number; config?: ConsentConfig },
): AsyncGenerator<string> {
  const { pageSize, config } = options;
  let first = true;
  const sep = () => (first ? ((first = false), '\n') : ',\n');
  if (format === 'csv') {
    // The BOM makes spreadsheet programs read UTF-8 (Korean titles) instead of the local code page.
    yield '\ufeff' + CSV_COLUMNS.join(',') + '\r\n';
    for await (const page of storedReceipts(store, range, pageSize)) yield page.map(csvRows).join('');
    return;
  }
  if (format === 'kantara') {
    yield '[';
    for await (const page of storedReceipts(store, range, pageSize)) {
      const receipts = page.map((row) => JSON.parse(row.body) as Receipt);
      yield toKantara(receipts, config)
        .map((k) => sep() + JSON.stringify(k))
        .join('');
    }
    yield '\n]\n';
    return;
  }
  yield `{"@context":${JSON.stringify(DPV_CONTEXT)},"@graph":[`;
  for await (const page of storedReceipts(store, range, pageSize)) {
    let chunk = '';
    for (const row of page) {
      for (const record of toIso27560([JSON.parse(row.body) as Receipt], config)['@graph']) {
        // The collector's own finding travels with the record: a broken chain is reported, not hidden.
        record['consentry:chain'] = row.chainError ? 'broken' : 'ok';
        if (row.chainError) record['consentry:chainError'] = row.chainError;
        chunk += sep() + JSON.stringify(record);
      }
    }
    yield chunk;
  }
  yield '\n]}\n';
}
