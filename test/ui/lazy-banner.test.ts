// The first layer's plain-DOM code (src/ui/widget-banner.ts) reaches an npm app as a chunk of its own: a
// visitor who has decided never downloads it, one who must decide gets it at mount, and a failed load is
// shown and tried again.
import { waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWidget, type FirstLayer, type Views } from '../../src/ui/widget';
import { banner as koBanner } from '../../src/ui/strings/first-layer/ko';
import { $, flush, makeConsent, mount } from './setup';

// counts how often the app's bundler would fetch the banner's chunk (vitest evaluates a mocked module once,
// when it is first imported)
const probe = vi.hoisted(() => ({ imports: 0 }));
vi.mock('../../src/ui/widget-banner', async (original) => {
  probe.imports++;
  return original();
});

afterEach(() => document.body.replaceChildren());

describe('the banner code is loaded only for a visitor who must decide', () => {
  it('a visitor who has decided: reopen button, no banner code', async () => {
    const consent = makeConsent();
    await consent.ready;
    await consent.agreeAll();
    const m = await mount(consent, { reopenButton: true });
    await waitFor(() => expect($(m.root, '.cs-reopen')).not.toBeNull());
    await flush();
    expect($(m.root, '[data-consentry-banner]')).toBeNull();
    expect(probe.imports).toBe(0);
    // once a decision is needed again (the answers were reset), the code comes and the banner shows
    await consent.reset();
    await waitFor(() => expect($(m.root, '[data-consentry-banner]')!.hidden).toBe(false));
    expect(probe.imports).toBe(1);
    m.ui.destroy();
  });

  it('a visitor who must decide: the banner, in the page locale', async () => {
    const m = await mount(makeConsent(), { locale: 'ko' });
    await waitFor(() => expect($(m.root, '[data-consentry-banner] h2')!.textContent).toBe(koBanner.bannerTitle));
    m.ui.destroy();
  });
});

describe('when the banner code does not load', () => {
  const views = () => Promise.reject(new Error('no views in this test')) as Promise<Views>;
  const texts = () => koBanner;
  // imported here, not at the top: the first tests count the imports
  const code = async (): Promise<FirstLayer> => {
    const m = await import('../../src/ui/widget-banner');
    return [m.makeBanner, m.showOptedOut];
  };

  it('says so in the live region, and the next refresh tries again', async () => {
    const consent = makeConsent();
    let calls = 0;
    const firstLayer = () => (++calls == 1 ? Promise.reject(new Error('chunk failed')) : code());
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = createWidget(consent, {}, views, texts, firstLayer);
    const root = ui.el.shadowRoot!;
    await consent.ready;
    await waitFor(() => expect($(root, '[role="status"]')!.textContent).toBe(koBanner.loadFailed));
    expect($(root, '[data-consentry-banner]')).toBeNull();
    expect(error).toHaveBeenCalled();
    // any change refreshes the widget: the code is asked for again and the banner shows (one item is
    // answered, the others still wait for the visitor)
    await consent.decide({ analytics: 'agree' });
    expect(consent.needsDecision()).toBe(true);
    await waitFor(() => expect($(root, '[data-consentry-banner]')).not.toBeNull());
    expect(calls).toBe(2);
    error.mockRestore();
    ui.destroy();
  });

  it('an opt-out from the page link waits for the code to confirm it', async () => {
    const consent = makeConsent();
    await consent.ready;
    await consent.agreeAll();
    let calls = 0;
    const firstLayer = () => (calls++, code());
    const ui = createWidget(consent, {}, views, texts, firstLayer);
    await flush();
    expect(calls).toBe(0);
    await ui.optOut();
    expect(calls).toBe(1);
    expect($(ui.el.shadowRoot!, '[data-consentry-opt-out-done]')!.textContent).toContain(koBanner.optOutDone);
    ui.destroy();
  });
});
