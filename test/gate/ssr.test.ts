// @vitest-environment node
import { it, expect } from 'vitest';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';

it('the gate and google entries import in Node without a DOM, and do nothing until started', async () => {
  expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  const gate = await import('../../src/gate/index');
  const google = await import('../../src/gate/google/index');
  expect(typeof gate.startGate).toBe('function');
  expect(typeof google.startGoogle).toBe('function');
  expect(google.SIGNALS).toHaveLength(7);
  // the built ESM files too, when they exist (npm test builds before the unit tests)
  for (const f of ['dist/gate.js', 'dist/google.js'])
    if (existsSync(f)) expect(Object.keys(await import(pathToFileURL(f).href)).length).toBeGreaterThan(3);
});
