import { describe, it, expect } from 'vitest';
import { canonicalize, sha256Hex, sha256HexJs, sha256HexSync } from '../../src/receipts/canonical';
import { hashReceipt, verifyChain } from '../../src/receipts/chain';
import type { Receipt } from '../../src/receipts/types';
import { fixedReceipt } from './fixtures';

async function chainOf(n: number, subjectId = 'sub_4J9kQ2mX7pLw', idBase = 0x10): Promise<Receipt[]> {
  const out: Receipt[] = [];
  let prev: string | null = null;
  for (let i = 0; i < n; i++) {
    const body = fixedReceipt({
      id: `3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a${(idBase + i).toString(16)}`,
      subjectId,
      timestamp: new Date(Date.UTC(2026, 2, 1, 9, 30, i)).toISOString(),
      prev,
    });
    const r = { ...body, hash: await hashReceipt(body) } as Receipt;
    out.push(r);
    prev = r.hash;
  }
  return out;
}

describe('canonicalize', () => {
  it('sorts keys, drops undefined members, keeps array slots, no whitespace', () => {
    expect(canonicalize({ b: 1, a: [1, undefined, 'x'], c: undefined, d: { z: null, y: true } })).toBe(
      '{"a":[1,null,"x"],"b":1,"d":{"y":true,"z":null}}',
    );
  });
  it('is independent of key insertion order', () => {
    expect(canonicalize({ x: 1, y: { q: 2, p: 3 } })).toBe(canonicalize({ y: { p: 3, q: 2 }, x: 1 }));
  });
  it('sorts keys by UTF-16 code units and escapes strings as JSON does', () => {
    expect(canonicalize({ é: 1, z: 2, A: 3, 한: 4 })).toBe('{"A":3,"z":2,"é":1,"한":4}');
    expect(canonicalize('line\n"q"\u0001')).toBe('"line\\n\\"q\\"\\u0001"');
  });
  it('numbers as ECMAScript serialises them (JCS)', () => {
    expect(canonicalize([1e21, 0.1, -0, 100, 1.5e-7])).toBe('[1e+21,0.1,0,100,1.5e-7]');
  });
  it('refuses values with no stable JSON form', () => {
    expect(() => canonicalize(NaN)).toThrow(TypeError);
    expect(() => canonicalize({ a: Infinity })).toThrow(TypeError);
    expect(() => canonicalize(new Date(0))).toThrow(TypeError);
    expect(() => canonicalize({ f: () => 1 })).toThrow(TypeError);
    expect(() => canonicalize(BigInt(10))).toThrow(TypeError);
  });
});

describe('sha256Hex', () => {
  it('matches known SHA-256 vectors (UTF-8)', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('the pure-JS SHA-256 (plain-http pages, closing pages)', () => {
  it('equals SubtleCrypto on random text of every length across block boundaries, Korean included', async () => {
    const alphabet = 'ab가나다🙂\n"\\é';
    for (let n = 0; n < 150; n++) {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[(i * 7 + n) % alphabet.length];
      expect(sha256HexSync(s)).toBe(await sha256Hex(s));
    }
  });
  it('handles a message of a few megabytes', async () => {
    const big = new Uint8Array(3_000_001).map((_, i) => i % 251);
    const d = new Uint8Array(await crypto.subtle.digest('SHA-256', big));
    expect(sha256HexJs(big)).toBe(Array.from(d, (b) => b.toString(16).padStart(2, '0')).join(''));
  });
});

describe('hashReceipt', () => {
  // The literal was computed independently (Python json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False) + hashlib).
  it('is stable across runs: a fixed receipt has a fixed hash', async () => {
    expect(await hashReceipt(fixedReceipt())).toBe('6fa53f8293fbf38ed1205901ab7bb1ec0067a85875086499944aae39cc6a71f6');
  });
  it('ignores the hash field and key order', async () => {
    const r = fixedReceipt();
    const reordered = Object.fromEntries(Object.entries(r).reverse()) as typeof r;
    expect(await hashReceipt({ ...reordered, hash: 'f'.repeat(64) } as Receipt)).toBe(await hashReceipt(r));
  });
  it('changes when any field changes', async () => {
    const base = await hashReceipt(fixedReceipt());
    expect(await hashReceipt(fixedReceipt({ gpc: true }))).not.toBe(base);
    const p = fixedReceipt().purposes;
    expect(await hashReceipt(fixedReceipt({ purposes: [{ ...p[0], state: 'refused' }, p[1]] }))).not.toBe(base);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain, and several subjects interleaved', async () => {
    const a = await chainOf(4);
    const b = await chainOf(3, 'sub_other_subject', 0x40);
    expect(await verifyChain(a)).toEqual({ ok: true, problems: [] });
    expect(await verifyChain([a[0], b[0], a[1], b[1], b[2], a[2], a[3]])).toEqual({ ok: true, problems: [] });
    expect(await verifyChain([])).toEqual({ ok: true, problems: [] });
  });
  it('detects an edited receipt', async () => {
    const c = await chainOf(3);
    c[1] = { ...c[1], purposes: [{ ...c[1].purposes[0], state: 'refused' }, c[1].purposes[1]] };
    expect(await verifyChain(c)).toEqual({ ok: false, problems: [{ id: c[1].id, index: 1, problem: 'hash-mismatch' }] });
  });
  it('detects an edited receipt whose hash was recomputed (the next one no longer points at it)', async () => {
    const c = await chainOf(3);
    const edited = { ...c[1], gpc: true };
    c[1] = { ...edited, hash: await hashReceipt(edited) };
    expect((await verifyChain(c)).problems).toEqual([{ id: c[2].id, index: 2, problem: 'prev-mismatch' }]);
  });
  it('detects a removed receipt, in the middle and at the start', async () => {
    const c = await chainOf(4);
    expect((await verifyChain([c[0], c[1], c[3]])).problems).toEqual([{ id: c[3].id, index: 2, problem: 'prev-mismatch' }]);
    expect((await verifyChain(c.slice(1))).problems).toEqual([{ id: c[1].id, index: 0, problem: 'prev-mismatch' }]);
  });
  it('accepts a continuation when told the stored head', async () => {
    const c = await chainOf(4);
    expect((await verifyChain(c.slice(2), { heads: { [c[0].subjectId]: c[1].hash } })).ok).toBe(true);
    expect((await verifyChain(c.slice(2), { heads: { [c[0].subjectId]: c[0].hash } })).ok).toBe(false);
  });
  it('detects reordered receipts', async () => {
    const c = await chainOf(3);
    const { problems } = await verifyChain([c[0], c[2], c[1]]);
    expect(problems).toEqual([
      { id: c[2].id, index: 1, problem: 'prev-mismatch' },
      { id: c[1].id, index: 2, problem: 'prev-mismatch' },
      { id: c[1].id, index: 2, problem: 'order' },
    ]);
  });
  it('detects a duplicated receipt id', async () => {
    const c = await chainOf(2);
    expect((await verifyChain([c[0], c[1], c[1]])).problems).toEqual([{ id: c[1].id, index: 2, problem: 'duplicate' }]);
  });
  it('detects a timestamp that does not advance', async () => {
    const c = await chainOf(1);
    const body = fixedReceipt({ id: '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5aff', timestamp: c[0].timestamp, prev: c[0].hash });
    const r = { ...body, hash: await hashReceipt(body) } as Receipt;
    expect((await verifyChain([c[0], r])).problems).toEqual([{ id: r.id, index: 1, problem: 'order' }]);
  });
});
