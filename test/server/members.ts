// Members' browsers for the account tests: a subject with its own chain and clock, and the marketing
// purpose with channel answers as the SDK writes them.
import type { Receipt, ReceiptPurpose } from '../../src/receipts/types';
import { draft, newSubjectId, PURPOSES, seal } from './fixtures';

/** The marketing purpose with channel answers (given only with the purpose given, as the SDK writes them). */
export function marketing(
  state: ReceiptPurpose['state'],
  channels: Record<string, 'given' | 'refused'>,
  night?: 'given' | 'refused',
): ReceiptPurpose {
  const { nightTime: _none, ...base } = PURPOSES[1];
  return { ...base, state, channels, ...(night ? { nightTime: night } : {}) } as ReceiptPurpose;
}

/** A browser: its subject, chain head and clock. */
export function browser(start = Date.now() - 3_600_000) {
  const subjectId = newSubjectId();
  let prev: string | null = null;
  let t = start;
  return {
    subjectId,
    async decide(purposes: ReceiptPurpose[], at?: number): Promise<Receipt> {
      t = at ?? t + 1000;
      const r = await seal(draft({ subjectId, prev, timestamp: new Date(t).toISOString(), purposes }));
      prev = r.hash;
      return r;
    },
  };
}
