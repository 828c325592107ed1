import { describe, expect, it } from 'vitest';
import { validateReceiptsConfig } from '../../src/receipts/options';

const paths = (v: unknown) => validateReceiptsConfig(v).map((p) => `${p.path}: ${p.message}`);

describe('the receipts section check', () => {
  it('accepts absence and a full valid section', () => {
    expect(paths(undefined)).toEqual([]);
    expect(
      paths({
        endpoint: '/consent',
        batchSize: 100,
        headers: { 'X-Site-Key': 'k' },
        retryBaseMs: 1.5,
        retryMaxMs: 60_000,
        timeoutMs: 15_000,
        keepDelivered: 0,
        warnAt: 1,
        service: 'Shop',
      }),
    ).toEqual([]);
  });
  it('refuses non-http endpoints, out-of-range numbers and bad headers, each by path', () => {
    expect(paths({ endpoint: 'javascript:alert(1)' })).toEqual(['receipts.endpoint: expected an http(s) or relative URL']);
    expect(paths({ batchSize: 0 })).toEqual(['receipts.batchSize: expected a whole number from 1 to 100']);
    expect(paths({ batchSize: 2.5 })).toEqual(['receipts.batchSize: expected a whole number from 1 to 100']);
    expect(paths({ timeoutMs: -1 })).toEqual(['receipts.timeoutMs: expected a positive number of milliseconds']);
    expect(paths({ headers: { 'bad header': 'x' } })).toEqual(['receipts.headers: expected an object of header names to text values']);
    expect(paths({ service: ' ' })).toEqual(['receipts.service: expected text']);
  });
  it('names unknown keys with the nearest known one; a non-object is one problem', () => {
    expect(paths({ endpont: '/x' })).toEqual(['receipts.endpont: unknown key (did you mean "endpoint"?)']);
    expect(paths('https://x')).toEqual(['receipts: expected an object']);
  });
});
