// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('SSR-safe imports', () => {
  it('consentry/ui and the views import in Node without a DOM', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const ui = await import('../../src/ui');
    expect(typeof ui.mountConsentUI).toBe('function');
    expect(typeof ui.ConsentForm).toBe('function');
    expect(ui.validateUiConfig({ layout: 'banner' })).toEqual([]);
    expect(ui.styles).toContain('.cs-banner');
  });
});
