import type { ReceiptExport } from './export';

/** Whether this runs in a browser page. */
export const hasWindow = () => typeof window !== 'undefined' && typeof document !== 'undefined';

/** Saves the export `exp` resolves with as a JSON file (`Receipts.download`; browser only). */
export async function download(exp: () => Promise<ReceiptExport>, now: () => number, filename?: string): Promise<void> {
  if (!hasWindow()) throw new Error('download() needs a browser page');
  const data = await exp();
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename || `consent-record-${new Date(now()).toISOString().slice(0, 10)}.json`;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
