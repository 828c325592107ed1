// What a page sends when it is hidden or closed while a decision is still being journaled (happy-dom page
// events, the journal in fake-indexeddb, the real core, a recording fetch).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsent } from '../../src/core';
import { createReceipts } from '../../src/receipts';
import type { Receipt } from '../../src/receipts/types';
import { installMemoryStorage } from '../support/memory-storage';
import { shopConfig, unique } from './fixtures';

installMemoryStorage();

const stops: (() => void)[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

/** A receipts instance whose deliveries are recorded (each batch's receipt ids), and a way to hide the page. */
function setup() {
  const consent = createConsent(shopConfig({ receipts: {} }), { storage: 'memory', crossTab: false });
  const sent: string[][] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    sent.push((JSON.parse(String(init.body)).receipts as Receipt[]).map((r) => r.id));
    return new Response(JSON.stringify({ results: [] }), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  const r = createReceipts(consent, { endpoint: 'https://collector.test/v1/receipts', storeName: unique('db'), fetch, pageEvents: true });
  stops.push(() => r.stop());
  const hide = () => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  };
  return { consent, r, sent, hide };
}

describe('late receipts on page hide', () => {
  it('a tab only hidden sends no receipt built around an append under way; closing it does', async () => {
    const { consent, r, sent, hide } = setup();
    await Promise.all([consent.ready, r.ready]);
    const decided = consent.decide({ account: 'agree', stats: 'agree' }, { method: 'banner' });
    // the decision is stashed and its append starts in the next microtasks; IndexedDB answers in later tasks
    await Promise.resolve();
    await Promise.resolve();
    hide();
    expect(sent).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(sent).toHaveLength(1);
    const early = sent[0];
    await decided;
    const [journaled] = await r.list();
    // what the closing page sent is the receipt the journal holds (same id, chained the same way)
    expect(early).toEqual([journaled.id]);
  });
});
