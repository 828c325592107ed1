// @vitest-environment node
// CSV formula injection: hostile text in receipts (titles, controller name) must stay text in the
// export however a spreadsheet cuts it: with our commas, with `;` as a decimal-comma locale does, or
// splitting again on `;` and `,` inside a cell. No piece may start a formula (= + - @, tab, CR, or
// their full-width forms), not even after spaces a program may trim.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/server/receipt-export';
import { startCollector, type RunningCollector } from '../../src/server/index';
import { chain, PURPOSES } from './fixtures';
import { parseCsv, request, upload } from './helpers';

const TOKEN = 'csv-admin-token-0123456789';

const HOSTILE = [
  'x;=1+2;y',
  'a,=HYPERLINK("http://evil.invalid","click")',
  'a; @SUM(1+1)',
  'a;  +1',
  'a;\t=1',
  'a;-2+3',
  'line\n=1+1',
  'cr\r=1+1',
  '\t=1',
  "=cmd|' /C calc'!A0",
  '＝1+1',
  'a;＠SUM(1)',
  'a;\u3000=1',
  '-1',
  '+1',
  '@x',
  ';;=1',
  'normal title, with a comma; and a semicolon',
];

const FORMULA = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** Every piece a spreadsheet could make of a cell, by splitting again on `;`, `,`, tab and line breaks. */
const pieces = (cell: string) => cell.split(/[;,\t\r\n]/);

/** The formula-starting pieces of a parsed CSV (none expected), as `row:col "piece"`. */
function formulaPieces(rows: string[][]): string[] {
  const found: string[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      for (const p of pieces(cell)) {
        if (FORMULA.test(p) || FORMULA.test(p.replace(/^[ \u00a0\u3000]+/, ''))) found.push(`${r}:${c} ${JSON.stringify(p)}`);
      }
    }),
  );
  return found;
}

describe('csvCell', () => {
  it('leaves no formula start in any piece, read with commas or with semicolons', () => {
    const line = HOSTILE.map(csvCell).join(',') + '\r\n';
    expect(formulaPieces(parseCsv(line))).toEqual([]);
    expect(formulaPieces(parseCsv(line, ';'))).toEqual([]);
    // Still the same text to a reader, with an apostrophe where a formula could have started.
    expect(parseCsv(line)[0][0]).toBe("x;'=1+2;y");
    expect(parseCsv(line)[0][HOSTILE.length - 1]).toBe('normal title, with a comma; and a semicolon');
    expect(csvCell('email=refused;sms=refused')).toBe('"email=refused;sms=refused"');
    expect(csvCell('2026-03-01T09:30:00.000Z')).toBe('2026-03-01T09:30:00.000Z');
  });
});

describe('CSV export of hostile receipts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-csv-'));
  let c: RunningCollector;
  beforeAll(async () => {
    c = await startCollector({ databaseUrl: join(dir, 'csv.sqlite'), adminToken: TOKEN, rateLimit: false });
    const rs = await Promise.all(
      HOSTILE.map((title, i) => chain(1, { purposes: () => [{ ...PURPOSES[0], id: `p${i}`, title }] }).then(async ([r]) => r)),
    );
    const res = await upload(c.url, rs);
    expect(res.json().results.every((x: any) => x.status === 'stored')).toBe(true);
  });
  afterAll(async () => {
    await c?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports no cell, nor any piece of one, that a comma- or semicolon-separator spreadsheet would run as a formula', async () => {
    const r = await request(`${c.url}/v1/export?format=csv`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.status).toBe(200);
    const text = r.text.replace(/^\ufeff/, '');
    const rows = parseCsv(text);
    const title = rows[0].indexOf('title');
    expect(rows.slice(1).map((row) => row[title])).toHaveLength(HOSTILE.length);
    expect(formulaPieces(rows)).toEqual([]);
    expect(formulaPieces(parseCsv(text, ';'))).toEqual([]);
  });
});
