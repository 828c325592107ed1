// The reopen button's code (src/ui/reopen.ts) reaches an npm app as a chunk of its own: an app that does not
// show the button never downloads it; one that does gets it at mount. Nothing waits for it: the banner shows while
// it loads; a failed load is logged and the rest of the widget works without it; a button that arrives after
// destroy() is not put up.
import { waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Consent } from '../../src/core/types';
import { mountConsentUI } from '../../src/ui/index';
import type { reopenButton as ReopenButton } from '../../src/ui/reopen';
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

/** The widget with the reopen button, its Korean texts at once, and `loadReopen` for the button's code. */
const widget = (consent: Consent, loadReopen: () => Promise<typeof ReopenButton>) => {
  const both: LoadStrings = (_l, part) => (part == 'banner' ? koBanner : koMore);
  const code = (): Promise<FirstLayer> => import('../../src/ui/widget-banner').then((m) => [m.makeBanner, m.showOptedOut]);
  return createWidget(consent, { locale: 'ko', reopenButton: true }, () => realViews, both, code, loadReopen, 'ko');
};

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

  it('the form layout shows no reopen button: not loaded either', async () => {
    const consent = makeConsent();
    await consent.ready;
    const target = document.body.appendChild(document.createElement('div'));
    target.id = 'signup-consent';
    const ui = mountConsentUI(consent, { locale: 'ko', layout: 'form', target: '#signup-consent', reopenButton: true });
    await ui.shown;
    await flush();
    expect($(ui.el.shadowRoot!, '[data-action="reopen"]')).toBeNull();
    expect(probe.imports).toBe(0);
    ui.destroy();
  });

  it('with the button: loaded at mount, and the button shows', async () => {
    const consent = makeConsent();
    await consent.ready;
    await consent.agreeAll();
    const ui = mountConsentUI(consent, { locale: 'ko', reopenButton: true });
    await waitFor(() => expect($(ui.el.shadowRoot!, '[data-action="reopen"]')).not.toBeNull());
    expect(probe.imports).toBe(1);
    const button = $(ui.el.shadowRoot!, '[data-action="reopen"]')!;
    expect(button.closest('aside')!.hidden).toBe(false);
    expect(button.getAttribute('aria-label')).toBe(koBanner.reopen);
    ui.destroy();
  });

  it('a failed load is logged; a visitor who must decide gets the banner all the same', async () => {
    const consent = makeConsent();
    await consent.ready;
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = widget(consent, () => Promise.reject(new Error('chunk failed')));
    const root = ui.el.shadowRoot!;
    await waitFor(() => expect($(root, '[data-consentry-banner]')!.hidden).toBe(false));
    await waitFor(() => expect(error).toHaveBeenCalledWith('consentry:', expect.objectContaining({ message: 'chunk failed' })));
    expect($(root, '.cs-sr')!.textContent).toBe('');
    expect($(root, '[data-action="reopen"]')).toBeNull();
    // the banner's buttons still decide
    $<HTMLButtonElement>(root, '[data-action="disagree-all"]')!.click();
    await waitFor(() => expect($(root, '[data-consentry-banner]')!.hidden).toBe(true));
    expect(consent.needsDecision()).toBe(false);
    error.mockRestore();
    ui.destroy();
  });

  it('a load that is still on its way holds nothing back: the banner shows, `shown` settles, then the button comes', async () => {
    const consent = makeConsent();
    await consent.ready;
    let arrive!: (make: typeof ReopenButton) => void;
    const ui = widget(consent, () => new Promise((r) => (arrive = r)));
    const root = ui.el.shadowRoot!;
    await waitFor(() => expect($(root, '[data-consentry-banner]')!.hidden).toBe(false));
    await ui.shown;
    expect($(root, '[data-action="reopen"]')).toBeNull();
    arrive((await import('../../src/ui/reopen')).reopenButton);
    // hidden while the banner is due
    await waitFor(() => expect($(root, '[data-action="reopen"]')).not.toBeNull());
    expect($(root, '[data-action="reopen"]')!.closest('aside')!.hidden).toBe(true);
    $<HTMLButtonElement>(root, '[data-action="disagree-all"]')!.click();
    await waitFor(() => expect($(root, '[data-action="reopen"]')!.closest('aside')!.hidden).toBe(false));
    ui.destroy();
  });

  it('destroy() while it loads: no button afterwards, nothing logged', async () => {
    const consent = makeConsent();
    await consent.ready;
    await consent.agreeAll();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let arrive!: (make: typeof ReopenButton) => void;
    const ui = widget(consent, () => new Promise((r) => (arrive = r)));
    await ui.shown;
    // asked for once the first layer is drawn
    await waitFor(() => expect(arrive).toBeTypeOf('function'));
    ui.destroy();
    arrive((await import('../../src/ui/reopen')).reopenButton);
    await flush();
    expect($(ui.el.shadowRoot!, '[data-action="reopen"]')).toBeNull();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('the preferences closed before the button came: the button takes the focus they left', async () => {
    const consent = makeConsent();
    await consent.ready;
    await consent.agreeAll();
    let arrive!: (make: typeof ReopenButton) => void;
    const ui = widget(consent, () => new Promise((r) => (arrive = r)));
    const root = ui.el.shadowRoot!;
    await ui.shown;
    await waitFor(() => expect(arrive).toBeTypeOf('function'));
    ui.open();
    await waitFor(() => expect($(root, '[role="dialog"]')).not.toBeNull());
    ui.close();
    expect($(root, '[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(document.body);
    arrive((await import('../../src/ui/reopen')).reopenButton);
    await waitFor(() => expect(root.activeElement && root.activeElement.getAttribute('data-action')).toBe('reopen'));
    ui.destroy();
  });
});
