import type { RightsRequestAnswer } from '../../members/rights';

/** Saves the receipt as a JSON file: the person's own copy of what was sent. */
export function saveReceipt(done: RightsRequestAnswer) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(done.receipt, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `privacy-request-${done.id}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
