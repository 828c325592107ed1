// The reopen button's code (src/ui/reopen.ts) reaches an npm app as a chunk of its own: an app that does not
// show the button never downloads it; one that does gets it at mount, and `shown` waits for the button. A
// failed load is said, and the rest of the widget shows without it.
import { waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountConsentUI } from '../../src/ui/index';
import { banner as koBanner } from '../../src/ui/strings/first-layer/ko';
import { more as koMore } from '../../src/ui/strings/ko';
import { views as realViews } from '../../src/ui/views/index';
import { createWidget, type FirstLayer, type LoadStrings } from '../../src/ui/widget';
import { $, flush, makeConsent, mount } from './setup';

// counts how often the app's bundler would fetch the reopen button's chunk (vitest evaluates a mocked module
// once, when it is first imported)
const probe = vi.hoisted(() => ({ imports: 0 }));
vi.mock('../../src/ui/reopen', async (original) => {
  probe.imports++;
  return original();
});

afterEach(() => document.body.replaceChildren());

describe("the reopen button's code is loaded only for a widget that shows the button", () => {
  it('without the button: never loaded', async () => {
    const consent = makeConsent();
    await consent.ready;
    await consent.agreeAll();
    const m = await mount(consent, { locale: 'ko' });
    await m.ui.shown;
    await flush();
    expect($(m.root, '[data-action="reopen"]')).toBeNull();
    expect(probe.imports).toBe(0);
    m.ui.destroy();
  });

  it('with the button: loaded at mount, and `shown` settles once the button is on the page', async () => {
    const consent = makeConsent();
    await consent.ready;
    await consent.agreeAll();
    const ui = mountConsentUI(consent, { locale: 'ko', reopenButton: true });
    await ui.shown;
    expect(probe.imports).toBe(1);
    const button = $(ui.el.shadowRoot!, '[data-action="reopen"]')!;
    expect(button.closest('aside')!.hidden).toBe(false);
    expect(button.getAttribute('aria-label')).toBe(koBanner.reopen);
    ui.destroy();
  });

  it('a failed load is said in the live region; a visitor who must decide still gets the banner', async () => {
    const consent = makeConsent();
    await consent.ready;
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const both: LoadStrings = (_l, part) => (part == 'banner' ? koBanner : koMore);
    const code = (): Promise<FirstLayer> => import('../../src/ui/widget-banner').then((m) => [m.makeBanner, m.showOptedOut]);
    const ui = createWidget(
      consent,
      { locale: 'ko', reopenButton: true },
      () => realViews,
      both,
      code,
      () => Promise.reject(new Error('chunk failed')),
      'ko',
    );
    const root = ui.el.shadowRoot!;
    await waitFor(() => expect($(root, '[data-consentry-banner]')!.hidden).toBe(false));
    expect($(root, '.cs-sr')!.textContent).toBe(koBanner.loadFailed);
    expect(error).toHaveBeenCalledWith('consentry:', expect.objectContaining({ message: 'chunk failed' }));
    expect($(root, '[data-action="reopen"]')).toBeNull();
    // the banner's buttons still decide
    $<HTMLButtonElement>(root, '[data-action="disagree-all"]')!.click();
    await waitFor(() => expect($(root, '[data-consentry-banner]')!.hidden).toBe(true));
    expect(consent.needsDecision()).toBe(false);
    error.mockRestore();
    ui.destroy();
  });
});
