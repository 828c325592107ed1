// mountConsentUI asks for the banner's code at mount when the visitor must decide, so it comes in parallel
// with the texts and the core's writer chunk (a file of its own: the count below starts at the first import).
import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Consent } from '../../src/core/types';
import { mountConsentUI } from '../../src/ui/index';
import { $, makeConsent } from './setup';

const probe = vi.hoisted(() => ({ imports: 0 }));
vi.mock('../../src/ui/widget-banner', async (original) => {
  probe.imports++;
  return original();
});

describe('the prefetch at mount', () => {
  it('a visitor who must decide: the code is asked for at mount, before the widget has read the mirror', async () => {
    const real = makeConsent();
    // a consent whose mirror is never read: the widget itself never gets to draw a banner
    const consent = Object.create(real, { ready: { value: new Promise(() => {}) } }) as Consent;
    expect(consent.needsDecision()).toBe(true);
    expect(probe.imports).toBe(0);
    const ui = mountConsentUI(consent, { locale: 'ko' });
    await waitFor(() => expect(probe.imports).toBe(1));
    expect($(ui.el.shadowRoot!, '[data-consentry-banner]')).toBeNull();
    ui.destroy();
  });
});
