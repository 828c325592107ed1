// The first layer's plain-DOM code (src/ui/widget-banner.ts) reaches an npm app as a chunk of its own: a
// visitor who has decided never downloads it, one who must decide gets it at mount, and a failed load is
// shown and tried again.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { views as realViews } from '../../src/ui/views/index';
import { reopenButton } from '../../src/ui/reopen';
import { createWidget, type FirstLayer, type LoadStrings, type Views } from '../../src/ui/widget';
import { more as koMore } from '../../src/ui/strings/ko';
import { banner as koBanner } from '../../src/ui/strings/first-layer/ko';
import { $, flush, focused, makeConsent, mount, signupConfig, siteConfig } from './setup';

// counts how often the app's bundler would fetch the banner's chunk (vitest evaluates a mocked module once,
// when it is first imported)
const probe = vi.hoisted(() => ({ imports: 0 }));
vi.mock('../../src/ui/widget-banner', async (original) => {
  probe.imports++;
  return original();
});

afterEach(() => document.body.replaceChildren());

const reopenCode = () => Promise.resolve(reopenButton);

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
    const ui = createWidget(consent, {}, views, texts, firstLayer, reopenCode, 'ko');
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
    const ui = createWidget(consent, {}, views, texts, firstLayer, reopenCode, 'ko');
    await flush();
    expect(calls).toBe(0);
    await ui.optOut();
    expect(calls).toBe(1);
    expect($(ui.el.shadowRoot!, '[data-consentry-opt-out-done]')!.textContent).toContain(koBanner.optOutDone);
    ui.destroy();
  });
});

describe('opt-out and the inline form while chunks are on their way', () => {
  const koTexts: LoadStrings = (_, part) => (part == 'banner' ? koBanner : koMore);

  it('the opt-out is stored and said in the live region when the banner code cannot load', async () => {
    // a purpose that sells personal information, agreed to first
    const base = siteConfig();
    const sale = { ...base.purposes[1], id: 'sale', kind: 'sale' as const, title: { ko: '개인정보 판매', en: 'Sale' } };
    const consent = makeConsent({ ...base, purposes: [...base.purposes, sale] });
    await consent.ready;
    await consent.agreeAll();
    expect(consent.isGranted('sale')).toBe(true);
    const ui = createWidget(
      consent,
      {},
      () => realViews,
      koTexts,
      () => Promise.reject(new Error('chunk failed')),
      reopenCode,
      'ko',
    );
    await flush();
    await expect(ui.optOut()).resolves.toBeUndefined();
    expect(consent.get('sale')!.choice).toBe('disagree');
    expect(consent.isGranted('sale')).toBe(false);
    expect($(ui.el.shadowRoot!, '[role="status"]')!.textContent).toBe(koBanner.optOutDone);
    ui.destroy();
  });

  it('submit() called before the texts are here waits for the form instead of failing', async () => {
    document.body.innerHTML = '<div id="consent"></div>';
    const consent = makeConsent(signupConfig());
    let release!: () => void;
    const later = new Promise<void>((r) => (release = r));
    const texts: LoadStrings = (l, part) => later.then(() => koTexts(l, part) as { [key: string]: string });
    const ui = createWidget(
      consent,
      { layout: 'form', target: '#consent' },
      () => realViews,
      texts,
      () => Promise.reject(new Error('unused')),
      reopenCode,
      'ko',
    );
    const submitted = ui.submit();
    release();
    // the required items are not ticked: the form's own refusal, not "needs the form layout"
    await expect(submitted).rejects.toThrow(/required/);
    ui.destroy();
  });
});

describe('texts that cannot load', () => {
  it('open() (or a click on a settings link) meanwhile leaves no unhandled rejection: the failure is logged once', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const consent = makeConsent(siteConfig());
      const ui = createWidget(
        consent,
        {},
        () => realViews,
        () => Promise.reject(new Error('texts offline')),
        () => Promise.reject(new Error('unused')),
        reopenCode,
        'ko',
      );
      ui.open();
      ui.open();
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
      expect(errors.mock.calls.filter((c) => String(c[0]).includes('the texts did not load'))).toHaveLength(1);
      ui.destroy();
    } finally {
      process.off('unhandledRejection', onUnhandled);
      errors.mockRestore();
    }
  });
});

describe('`shown`: what a page loads after the banner waits for it', () => {
  const state = (p: Promise<void>) => Promise.race([p.then(() => 'settled'), flush().then(() => 'pending')]);
  const texts = (): [LoadStrings, (t: { [key: string]: string }) => void, (e: Error) => void] => {
    let give!: (t: { [key: string]: string }) => void;
    let fail!: (e: Error) => void;
    const held = new Promise<{ [key: string]: string }>((ok, no) => ((give = ok), (fail = no)));
    return [(_l, part) => (part == 'banner' ? held : koMore), give, fail];
  };
  const code = async (): Promise<FirstLayer> => {
    const m = await import('../../src/ui/widget-banner');
    return [m.makeBanner, m.showOptedOut];
  };

  it('settles once the banner is on the page, not while its texts or its code are on their way', async () => {
    const consent = makeConsent(siteConfig());
    let giveCode!: () => void;
    const codeHeld = new Promise<void>((r) => (giveCode = r));
    const [load, give] = texts();
    const ui = createWidget(
      consent,
      { locale: 'ko' },
      () => realViews,
      load,
      () => codeHeld.then(code),
      reopenCode,
      'ko',
    );
    expect(await state(ui.shown)).toBe('pending');
    give(koBanner);
    await flush();
    // the texts are here, the banner's code is not: nothing shows yet
    expect(await state(ui.shown)).toBe('pending');
    giveCode();
    await ui.shown;
    const banner = ui.el.shadowRoot!.querySelector<HTMLElement>('[data-consentry-banner]')!;
    expect(ui.el.isConnected && !banner.hidden).toBe(true);
    ui.destroy();
  });

  it('settles for a visitor who has decided (no banner to wait for), and on destroy() before anything showed', async () => {
    const consent = makeConsent(siteConfig());
    await consent.ready;
    await consent.agreeAll();
    const both: LoadStrings = (_l, part) => (part == 'banner' ? koBanner : koMore);
    const ui = createWidget(consent, { locale: 'ko', reopenButton: true }, () => realViews, both, code, reopenCode, 'ko');
    await ui.shown;
    // the reopen button does not hold `shown` back; it comes with its code
    await waitFor(() => expect(ui.el.shadowRoot!.querySelector('.cs-reopen')).not.toBeNull());
    expect(ui.el.shadowRoot!.querySelector('[data-consentry-banner]')).toBeNull();
    ui.destroy();
    const held = createWidget(consent, { locale: 'ko' }, () => realViews, texts()[0], code, reopenCode, 'ko');
    expect(await state(held.shown)).toBe('pending');
    held.destroy();
    await held.shown;
  });

  it('for a child-aware config, settles once the age step is on the page, not when it is asked for', async () => {
    const consent = makeConsent(siteConfig({ children: { minimumAge: 14 } }));
    let giveViews!: () => void;
    const viewsHeld = new Promise<void>((r) => (giveViews = r));
    const both: LoadStrings = (_l, part) => (part == 'banner' ? koBanner : koMore);
    const ui = createWidget(consent, { locale: 'ko' }, () => viewsHeld.then(() => realViews), both, code, reopenCode, 'ko');
    await consent.ready;
    expect(await state(ui.shown)).toBe('pending');
    giveViews();
    await ui.shown;
    expect(ui.el.shadowRoot!.querySelector('[data-action="age-adult"]')).not.toBeNull();
    ui.destroy();
  });

  it('settles when the banner’s code cannot load, or when the host was taken off the page', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const both: LoadStrings = (_l, part) => (part == 'banner' ? koBanner : koMore);
    const failing = createWidget(
      makeConsent(siteConfig()),
      { locale: 'ko' },
      () => realViews,
      both,
      () => Promise.reject(new Error('chunk failed')),
      reopenCode,
      'ko',
    );
    await failing.shown;
    failing.destroy();
    // a page script (a framework's hydration) removed the host before the banner was drawn
    const consent = makeConsent(siteConfig());
    const removed = createWidget(consent, { locale: 'ko' }, () => realViews, both, code, reopenCode, 'ko');
    removed.el.remove();
    await removed.shown;
    removed.destroy();
    errors.mockRestore();
  });

  it('settles when the texts cannot load, so what comes after the banner is not held forever', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const [load, , fail] = texts();
    const ui = createWidget(makeConsent(siteConfig()), {}, () => realViews, load, code, reopenCode, 'ko');
    expect(await state(ui.shown)).toBe('pending');
    fail(new Error('texts offline'));
    await ui.shown;
    expect(ui.el.isConnected).toBe(false);
    ui.destroy();
    errors.mockRestore();
  });
});

describe('focus while the banner code loads', () => {
  /**
   * A widget whose banner code waits for `release()`: the preferences are opened at start and closed with
   * Escape before the banner was ever shown.
   */
  async function dialogClosedBeforeBanner() {
    const consent = makeConsent();
    let release!: () => void;
    const code = new Promise<FirstLayer>(
      (r) => (release = () => import('../../src/ui/widget-banner').then((m) => r([m.makeBanner, m.showOptedOut]))),
    );
    const ui = createWidget(
      consent,
      { locale: 'ko' },
      () => realViews,
      (_, part) => (part == 'banner' ? koBanner : koMore),
      () => code,
      reopenCode,
      'ko',
    );
    const root = ui.el.shadowRoot!;
    await consent.ready;
    ui.open();
    await waitFor(() => expect($(root, '[role="dialog"]')).not.toBeNull());
    fireEvent.keyDown($(root, '[role="dialog"]')!, { key: 'Escape' });
    await waitFor(() => expect($(root, '[role="dialog"]')).toBeNull());
    return { ui, root, release };
  }

  it('the dialog closed before the banner code arrived: the banner takes focus when it comes', async () => {
    const { ui, root, release } = await dialogClosedBeforeBanner();
    release();
    await waitFor(() => expect($(root, '[data-consentry-banner]')).not.toBeNull());
    await waitFor(() => expect(focused(root)).toBe($(root, '[data-consentry-banner] button')));
    ui.destroy();
  });

  it('focus the visitor moved to the page while the banner code loaded stays there', async () => {
    document.body.innerHTML = '<input id="search">';
    const { ui, root, release } = await dialogClosedBeforeBanner();
    // the visitor goes on to the page's search field before the banner's code arrives
    const search = document.getElementById('search')!;
    search.focus();
    release();
    await waitFor(() => expect($(root, '[data-consentry-banner]')).not.toBeNull());
    await flush();
    expect(document.activeElement).toBe(search);
    ui.destroy();
  });
});

describe("the widget's state", () => {
  it('is out of reach of Object.prototype: a page that adds a name the state uses changes nothing', async () => {
    const consent = makeConsent(siteConfig());
    await consent.ready;
    const both: LoadStrings = (_l, part) => (part == 'banner' ? koBanner : koMore);
    const code = (): Promise<FirstLayer> => import('../../src/ui/widget-banner').then((m) => [m.makeBanner, m.showOptedOut]);
    // (not enumerable: the page's other objects, the config among them, are not what this test is about)
    for (const k of ['$dismissed', '$destroyed']) Object.defineProperty(Object.prototype, k, { value: true, configurable: true });
    try {
      const ui = createWidget(consent, { locale: 'ko' }, () => realViews, both, code, reopenCode, 'ko');
      await waitFor(() => expect($(ui.el.shadowRoot!, '[data-consentry-banner]')!.hidden).toBe(false));
      ui.destroy();
    } finally {
      for (const k of ['$dismissed', '$destroyed']) delete (Object.prototype as { [k: string]: unknown })[k];
    }
  });
});
