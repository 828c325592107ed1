// @vitest-environment node
// `consentry/receipts` in Node: importing touches no DOM; building, hashing, verifying and exporting work
// (the collector uses them); createReceipts runs with the journal in memory and no page events.
import { describe, it, expect } from 'vitest';

describe('consentry/receipts in Node', () => {
  it('imports without window/document and works in memory', async () => {
    expect(typeof (globalThis as any).window).toBe('undefined');
    const m = await import('../../src/receipts');
    const { createConsent } = await import('../../src/core');
    const { shopConfig } = await import('./fixtures');
    const consent = createConsent(shopConfig({ receipts: {} }), { storage: 'memory', crossTab: false });
    const errors: string[] = [];
    const r = m.createReceipts(consent, { onError: (e) => void errors.push(e.code) });
    await r.ready;
    await consent.agreeAll({ method: 'api' });
    const list = await r.list();
    expect(list).toHaveLength(1);
    expect((await m.verifyChain(list)).ok).toBe(true);
    expect(m.toKantara(list)).toHaveLength(1);
    expect(errors).toEqual(['idb-failed']); // no IndexedDB in Node: said once, kept in memory
    await expect(r.download()).rejects.toThrow(/browser/);
    r.stop();
  });
});
