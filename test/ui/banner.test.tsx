import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Consent } from '../../src/core';
import type { ConsentUI } from '../../src/ui';
import { $, $$, decisions, flush, focused, makeConsent, mount, signupConfig, siteConfig } from './setup';

let consent: Consent;
let ui: ConsentUI | undefined;

beforeEach(() => {
  document.documentElement.lang = 'ko';
  document.body.innerHTML = '<header><a href="/">home</a></header><main><p>page</p></main>';
});
afterEach(() => {
  ui?.destroy();
  ui = undefined;
  consent?.destroy();
  vi.restoreAllMocks();
});

describe('banner (first layer)', () => {
  it('shows for a new visitor, first in the body, inside an open shadow root, with three equal buttons', async () => {
    consent = makeConsent();
    const m = await mount(consent);
    ui = m.ui;
    expect(document.body.firstElementChild).toBe(ui.el);
    expect(ui.el.shadowRoot!.mode).toBe('open');
    const banner = $(m.root, '[data-consentry-banner]')!;
    expect(banner.hidden).toBe(false);
    expect(banner.getAttribute('aria-labelledby')).toBe('cs-banner-title');
    expect(m.q.getByRole('heading', { name: '개인정보 이용에 대한 선택' })).toBeTruthy();
    const buttons = $$(banner, 'button');
    expect(buttons.map((b) => b.dataset.action)).toEqual(['agree-all', 'disagree-all', 'preferences']);
    expect(buttons.map((b) => b.textContent)).toEqual(['모두 동의', '모두 거부', '항목별 선택']);
    // same size, same style: one class for all three
    expect(new Set(buttons.map((b) => b.className))).toEqual(new Set(['cs-btn']));
    expect($(banner, 'a')!.getAttribute('href')).toBe('/privacy');
  });

  it('"Agree to all" records every optional purpose, channel and night-time as agreed, method banner, locale shown', async () => {
    consent = makeConsent();
    const log = decisions(consent);
    const m = await mount(consent);
    ui = m.ui;
    fireEvent.click(m.q.getByRole('button', { name: '모두 동의' }));
    await waitFor(() => expect(log).toHaveLength(1));
    expect(log[0].method).toBe('banner');
    expect(log[0].locale).toBe('ko');
    for (const id of ['analytics', 'marketing', 'provision', 'overseas']) expect(consent.isGranted(id)).toBe(true);
    expect(consent.get('marketing')!.channels).toEqual({ email: 'agree', sms: 'agree', push: 'agree' });
    expect(consent.get('marketing')!.nightTime).toBe('agree');
    await flush();
    expect($(m.root, '[data-consentry-banner]')!.hidden).toBe(true);
  });

  it('"Disagree to all" refuses every optional purpose; nothing is granted', async () => {
    consent = makeConsent();
    const log = decisions(consent);
    const m = await mount(consent);
    ui = m.ui;
    fireEvent.click($(m.root, '[data-action="disagree-all"]')!);
    await waitFor(() => expect(log).toHaveLength(1));
    for (const id of ['analytics', 'marketing', 'provision', 'overseas']) {
      expect(consent.get(id)!.choice).toBe('disagree');
      expect(consent.isGranted(id)).toBe(false);
    }
    expect(consent.needsDecision()).toBe(false);
  });

  it('offers "Required only" when required purposes exist: required agreed, optional refused', async () => {
    consent = makeConsent(signupConfig());
    const m = await mount(consent);
    ui = m.ui;
    const b = $(m.root, '[data-action="disagree-all"]')!;
    expect(b.textContent).toBe('필수 항목만 동의');
    fireEvent.click(b);
    await waitFor(() => expect(consent.get('terms')!.choice).toBe('agree'));
    expect(consent.get('privacy')!.choice).toBe('agree');
    expect(consent.get('analytics')!.choice).toBe('disagree');
  });

  it('is never created for a returning visitor; the reopen button is there instead', async () => {
    consent = makeConsent();
    await consent.disagreeAll();
    const m = await mount(consent, { reopenButton: { position: 'bottom-right' } });
    ui = m.ui;
    expect($(m.root, '[data-consentry-banner]')).toBeNull();
    const reopen = $(m.root, '[data-action="reopen"]')!;
    expect(reopen.closest('aside')!.hidden).toBe(false);
    expect(reopen.getAttribute('aria-label')).toBe('개인정보 설정');
    expect(reopen.className).toContain('cs-right');
    fireEvent.click(reopen);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
  });

  it('does not close on Escape (it needs an answer); a failed decision is shown and the buttons come back', async () => {
    consent = makeConsent();
    const m = await mount(consent);
    ui = m.ui;
    const banner = $(m.root, '[data-consentry-banner]')!;
    fireEvent.keyDown(banner.querySelector('button')!, { key: 'Escape' });
    expect(banner.hidden).toBe(false);
    vi.spyOn(consent, 'agreeAll').mockRejectedValueOnce(new Error('disk full'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fireEvent.click($(banner, '[data-action="agree-all"]')!);
    await waitFor(() => expect(banner.textContent).toContain('선택을 저장하지 못했습니다'));
    expect(banner.hidden).toBe(false);
    expect($$(banner, 'button').every((b) => !(b as HTMLButtonElement).disabled)).toBe(true);
  });

  it('"Choose" opens the preferences dialog over a hidden banner; Escape closes it, the banner returns and focus goes back', async () => {
    consent = makeConsent();
    const m = await mount(consent);
    ui = m.ui;
    const choose = $(m.root, '[data-action="preferences"]')!;
    choose.focus();
    fireEvent.click(choose);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    const dialog = $(m.root, '[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect($(m.root, '[data-consentry-banner]')!.hidden).toBe(true);
    await waitFor(() => expect(focused(m.root)).toBe(dialog));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect($(m.root, '[role="dialog"]')).toBeNull();
    expect($(m.root, '[data-consentry-banner]')!.hidden).toBe(false);
    expect(focused(m.root)).toBe(choose);
  });

  it('any page element with data-consentry-open opens the preferences; so does ui.open()', async () => {
    document.body.insertAdjacentHTML('beforeend', '<footer><a href="#settings" data-consentry-open><span>쿠키 설정</span></a></footer>');
    consent = makeConsent();
    await consent.agreeAll();
    const m = await mount(consent);
    ui = m.ui;
    const link = document.querySelector('[data-consentry-open] span') as HTMLElement;
    const ev = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(true);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    fireEvent.click($(m.root, '[data-action="close"]')!);
    expect($(m.root, '[role="dialog"]')).toBeNull();
    ui.open();
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    ui.close();
    expect($(m.root, '[role="dialog"]')).toBeNull();
  });

  it('hides when the decision is made elsewhere (another tab, the API)', async () => {
    consent = makeConsent();
    const m = await mount(consent);
    ui = m.ui;
    expect($(m.root, '[data-consentry-banner]')!.hidden).toBe(false);
    await consent.agreeAll();
    expect($(m.root, '[data-consentry-banner]')!.hidden).toBe(true);
  });

  it('destroy() removes the host and stops listening to data-consentry-open', async () => {
    document.body.insertAdjacentHTML('beforeend', '<button data-consentry-open>settings</button>');
    consent = makeConsent();
    const m = await mount(consent);
    m.ui.destroy();
    expect(document.querySelector('[data-consentry-host]')).toBeNull();
    const ev = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('[data-consentry-open]')!.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(false);
  });
});

describe('locale, strings, theme', () => {
  it('follows <html lang>, then the config, with the option first', async () => {
    document.documentElement.lang = 'en';
    consent = makeConsent();
    let m = await mount(consent);
    expect($(m.root, '[data-action="agree-all"]')!.textContent).toBe('Agree to all');
    expect(m.ui.el.getAttribute('lang')).toBe('en');
    m.ui.destroy();
    consent.destroy();
    consent = makeConsent(siteConfig({ locale: 'ko' }));
    m = await mount(consent);
    expect($(m.root, '[data-action="agree-all"]')!.textContent).toBe('모두 동의');
    m.ui.destroy();
    m = await mount(consent, { locale: 'en-GB' });
    ui = m.ui;
    expect($(m.root, '[data-action="disagree-all"]')!.textContent).toBe('Disagree to all');
    // the decision records the locale that was shown
    const log = decisions(consent);
    fireEvent.click($(m.root, '[data-action="disagree-all"]')!);
    await waitFor(() => expect(log).toHaveLength(1));
    expect(log[0].locale).toBe('en');
  });

  it('falls back to the browser languages, then Korean', async () => {
    document.documentElement.lang = '';
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'en-US']);
    consent = makeConsent();
    let m = await mount(consent);
    expect($(m.root, '[data-action="agree-all"]')!.textContent).toBe('Agree to all');
    m.ui.destroy();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR']);
    m = await mount(consent);
    ui = m.ui;
    expect($(m.root, '[data-action="agree-all"]')!.textContent).toBe('모두 동의');
  });

  it('takes per-locale string overrides, and a site locale of its own (English fills the gaps)', async () => {
    consent = makeConsent();
    let m = await mount(consent, { strings: { ko: { agreeAll: '전부 동의합니다' } } });
    expect($(m.root, '[data-action="agree-all"]')!.textContent).toBe('전부 동의합니다');
    expect($(m.root, '[data-action="disagree-all"]')!.textContent).toBe('모두 거부');
    m.ui.destroy();
    m = await mount(consent, { locale: 'ja', strings: { ja: { agreeAll: 'すべて同意' } } });
    ui = m.ui;
    expect($(m.root, '[data-action="agree-all"]')!.textContent).toBe('すべて同意');
    expect($(m.root, '[data-action="preferences"]')!.textContent).toBe('Choose');
  });

  it('sets the scheme and --cs-* custom properties on the host; adopts its stylesheet', async () => {
    consent = makeConsent();
    const m = await mount(consent, { theme: { scheme: 'dark', '--cs-accent': 'rebeccapurple' } });
    ui = m.ui;
    expect(ui.el.getAttribute('data-scheme')).toBe('dark');
    expect(ui.el.style.getPropertyValue('--cs-accent')).toBe('rebeccapurple');
    const sheets = m.root.adoptedStyleSheets;
    const css = sheets.length ? Array.from(sheets[0].cssRules).map((r) => r.cssText).join('') : m.root.querySelector('style')!.textContent!;
    expect(css).toContain('--cs-accent');
    m.ui.destroy();
    const m2 = await mount(consent, { theme: 'light' });
    ui = m2.ui;
    expect(ui.el.getAttribute('data-scheme')).toBe('light');
  });

  it('never renders config text as HTML', async () => {
    consent = makeConsent();
    const m = await mount(consent, { strings: { ko: { bannerTitle: '<img src=x onerror=alert(1)>' } } });
    ui = m.ui;
    expect($(m.root, '#cs-banner-title')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect($(m.root, 'img')).toBeNull();
  });
});

describe('Banner component (apps rendering it themselves)', () => {
  it('renders the same hooks in the app’s tree and calls the core', async () => {
    const { render } = await import('@testing-library/preact');
    const { Banner, strings } = await import('../../src/ui');
    consent = makeConsent(signupConfig());
    const onChoose = vi.fn();
    const onDone = vi.fn();
    const { container } = render(<Banner consent={consent} locale="en" t={strings.en} onChoose={onChoose} onDone={onDone} />);
    const buttons = $$(container, 'button');
    expect(buttons.map((b) => [b.dataset.action, b.textContent])).toEqual([
      ['agree-all', 'Agree to all'],
      ['disagree-all', 'Required only'],
      ['preferences', 'Choose'],
    ]);
    fireEvent.click(buttons[2]);
    expect(onChoose).toHaveBeenCalledTimes(1);
    fireEvent.click(buttons[1]);
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(consent.get('terms')!.choice).toBe('agree');
    expect(consent.get('analytics')!.choice).toBe('disagree');
  });
});
