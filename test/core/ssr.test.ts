// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('SSR: Node without a DOM', () => {
  it('imports without touching window or document, and works in memory', async () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
    const core = await import('../../src/core/index');
    const { config } = await import('./fixtures');
    const c = core.createConsent(config());
    const errors: unknown[] = [];
    c.on('error', (e) => void errors.push(e));
    expect(c.needsDecision()).toBe(true);
    await c.decide({ analytics: 'agree' });
    expect(c.isGranted('analytics')).toBe(true);
    await c.ready;
    expect(errors).toEqual([]);
    c.destroy();
    expect(core.VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('keeps VERSION equal to package.json', async () => {
    const { readFileSync } = await import('node:fs');
    const { VERSION } = await import('../../src/core/index');
    expect(VERSION).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });
});
