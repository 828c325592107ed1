// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('SSR-safe imports', () => {
  it('consentry/ui and its components import in Node without a DOM', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const ui = await import('../../src/ui');
    const components = await import('../../src/ui/components');
    expect(typeof ui.mountConsentUI).toBe('function');
    expect(typeof components.ConsentForm).toBe('function');
    expect(ui.validateUiConfig({ layout: 'banner' })).toEqual([]);
    expect(ui.styles).toContain('.cs-banner');
  });
});
