import type { Receipt } from '../../src/receipts/types';

/** A fixed receipt without `hash` (its hash is a literal in chain.test.ts). */
export function fixedReceipt(over: Partial<Receipt> = {}): Omit<Receipt, 'hash'> {
  return {
    schema: 'consentry.receipt/1',
    id: '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
    subjectId: 'sub_4J9kQ2mX7pLw',
    timestamp: '2026-03-01T09:30:00.000Z',
    method: 'banner',
    locale: 'ko',
    controller: { name: '예시 주식회사', contact: 'privacy@example.com', jurisdiction: 'KR' },
    policy: { version: '2026-02-15', url: 'https://example.com/privacy' },
    purposes: [
      {
        id: 'analytics',
        version: '1',
        necessity: 'optional',
        kind: 'analytics',
        state: 'given',
        title: '이용 통계 분석',
        noticeHash: 'a'.repeat(64),
      },
      {
        id: 'marketing',
        version: '2',
        necessity: 'optional',
        kind: 'marketing',
        state: 'refused',
        title: '마케팅 정보 수신',
        noticeHash: 'b'.repeat(64),
        channels: { email: 'refused', sms: 'refused' },
        nightTime: 'refused',
      },
    ],
    gpc: false,
    sdk: { name: 'consentry', version: '0.1.0' },
    prev: null,
    ...over,
  };
}
