// Types only: what travels between the browser's receipts outbox and the collector. One definition, so the
// two sides cannot drift apart.

/** The collector's answer for one receipt of an upload (`POST /v1/receipts` → `{ results: [...] }`), in the batch's order. */
export interface ReceiptResult {
  /** The receipt's id, or null when it had none usable. */
  id: string | null;
  status: 'stored' | 'duplicate' | 'rejected';
  /** Whether the receipt links into its subject's stored chain (absent when rejected). */
  chain?: 'ok' | 'broken';
  /** Why it was rejected, or why its chain is broken. */
  error?: string;
}
