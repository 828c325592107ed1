// @vitest-environment node
// The integrations import and their pure functions run with no window or document (SSR, the collector).
import { it, expect } from 'vitest';

it('imports without a DOM and answers the pure questions', async () => {
  expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  const m = await import('../../src/integrations/index');
  expect(Object.keys(m.VENDORS)).toEqual(m.VENDOR_NAMES);
  expect(m.vendorsByPurpose([{ vendor: 'hotjar', id: '1702278', purpose: 'stats' }])).toEqual({
    stats: [{ vendor: 'hotjar', label: 'Hotjar', id: '1702278' }],
  });
  expect(
    m.validateIntegrations(
      [{ vendor: 'hotjar', id: '1702278', purpose: 'stats' }],
      { purposes: [{ id: 'stats', kind: 'analytics', necessity: 'optional' }] },
      m.VENDORS,
    ),
  ).toEqual([]);
  expect(m.youtubeEmbedUrl('dQw4w9WgXcQ')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
});
