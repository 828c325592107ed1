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

/** What the collector made of one member link of an upload (`links` of the answer, by subject id). */
export interface LinkResult {
  status: 'linked' | 'unchanged' | 'rejected';
  error?: string;
}

/** What the collector made of one notice text of an upload (`texts` of the answer, by SHA-256). */
export interface TextResult {
  status: 'stored' | 'rejected';
  error?: string;
}

/** The collector's answer to an upload: per receipt (in the batch's order), per link, per text. */
export interface UploadOutcome {
  results: ReceiptResult[];
  links: Record<string, LinkResult>;
  texts: Record<string, TextResult>;
}

/** What travels beside the receipts in an upload body (never stored on the device in this form). */
export interface Envelope {
  /** Each subject's secret: proves to the collector that the chain is this device's. */
  secrets: { [subjectId: string]: string };
  /** A guardian's name and contact in plain text, by receipt id (only while the page that took them lives). */
  guardians?: { [receiptId: string]: { name: string; contact: string } };
  /**
   * Member proofs by subject id: the collector links the subject (its whole chain, past and future) to the
   * proof's account. In memory only, while the page that got the proof lives.
   */
  links?: { [subjectId: string]: string };
  /** The exact notice texts the batch's receipts refer to, by SHA-256 (lowercase hex): stored once each. */
  texts?: { [hash: string]: string };
}
