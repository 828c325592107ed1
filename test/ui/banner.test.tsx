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
    expect(m.q.getByRole('heading', { name: '쿠키 및 개인정보 수집·이용 동의' })).toBeTruthy();
    const buttons = $$(banner, 'button');
    expect(buttons.map((b) => b.dataset.action)).toEqual(['agree-all', 'disagree-all', 'preferences']);
    expect(buttons.map((b) => b.textContent)).toEqual(['모두 동의', '모두 거부', '항목별 설정']);
    // same size, same style: one class for all three
    expect(new Set(buttons.map((b) => b.className))).toEqual(new Set(['cs-btn']));
    expect($(banner, 'a')!.getAttribute('href')).toBe('/privacy');
  });

  it('names every purpose with its badge; what "Agree to all" cannot grant from the banner is marked as asked separately', async () => {
    consent = makeConsent();
    const m = await mount(consent);
    ui = m.ui;
    const items = $$(m.root, '[data-consentry-banner] .cs-items li');
    expect(items.map((li) => li.dataset.item)).toEqual(['essential', 'analytics', 'marketing', 'provision', 'overseas']);
    expect(items.map((li) => li.querySelector('.cs-badge')!.textContent)).toEqual(['안내', '선택', '선택', '선택', '선택']);
    expect(items.map((li) => !!li.querySelector('.cs-sep'))).toEqual([false, false, true, true, true]);
    expect(items[3].textContent).toBe('제3자 제공 선택항목별 설정에서 따로 동의');
    expect($(m.root, '.cs-items')!.getAttribute('aria-label')).toBe('항목');
  });

  it('"Agree to all" grants what the banner shows; the dialog then asks for the rest, named at the top', async () => {
    consent = makeConsent();
    const log = decisions(consent);
    const m = await mount(consent);
    ui = m.ui;
    fireEvent.click(m.q.getByRole('button', { name: '모두 동의' }));
    await waitFor(() => expect(log).toHaveLength(1));
    expect(log[0].method).toBe('banner');
    expect(log[0].locale).toBe('ko');
    expect(log[0].changes.map((c) => c.id)).toEqual(['analytics']);
    expect(consent.isGranted('analytics')).toBe(true);
    for (const id of ['marketing', 'provision', 'overseas']) {
      expect(consent.get(id)!.choice).toBeUndefined();
      expect(consent.isGranted(id)).toBe(false);
    }
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    expect($(m.root, '[data-consentry-banner]')!.hidden).toBe(true);
    expect($(m.root, '[role="dialog"] .cs-rest')!.textContent).toBe(
      '다음 항목은 내용을 먼저 확인하셔야 하므로 ‘모두 동의’에 포함하지 않았습니다: 광고성 정보 수신, 제3자 제공 및 국외 이전. 내용을 확인하고 항목마다 동의 여부를 정해 주세요.',
    );
    fireEvent.click($(m.root, 'input[name="cs-provision"][value="agree"]')!);
    fireEvent.click($(m.root, '[role="dialog"] [data-action="save"]')!);
    await waitFor(() => expect(consent.isGranted('provision')).toBe(true));
  });

  it('with bannerDetails the banner shows recipients, country, items and channels, and "Agree to all" grants them', async () => {
    const cfg = siteConfig();
    for (const p of cfg.purposes) if (p.kind != 'analytics') p.bannerDetails = true;
    cfg.purposes.find((p) => p.id == 'overseas')!.transfer = [
      cfg.purposes.find((p) => p.id == 'overseas')!.transfer as any,
      {
        country: { ko: '일본', en: 'Japan' },
        recipient: 'Tokyo Mail KK',
        contact: 'dpo@tokyo.example',
        timing: 'x',
        method: 'y',
        purpose: 'z',
        items: [{ ko: '이름', en: 'name' }],
        retention: '1y',
      },
    ];
    consent = makeConsent(cfg);
    const log = decisions(consent);
    const m = await mount(consent);
    ui = m.ui;
    const text = (id: string) => $(m.root, `[data-item="${id}"]`)!.textContent;
    expect(text('provision')).toBe('제3자 제공 선택제공받는 자: (주)파트너제공하는 항목: 이름');
    expect(text('overseas')).toBe(
      '국외 이전 선택이전받는 자: Mailer Inc.이전되는 국가: 미국이전되는 항목: 이메일 주소이전받는 자: Tokyo Mail KK이전되는 국가: 일본이전되는 항목: 이름',
    );
    expect(text('marketing')).toBe(
      '광고성 정보 수신 선택수집 항목: 이메일 주소 및 휴대전화번호광고성 정보 수신 방법: 이메일, 문자 메시지(SMS), 앱 푸시 알림 및 야간(오후 9시~다음 날 오전 8시) 수신 포함',
    );
    expect(text('essential')).toBe('필수 쿠키 안내수집 항목: 세션 쿠키');
    fireEvent.click($(m.root, '[data-action="agree-all"]')!);
    await waitFor(() => expect(log).toHaveLength(1));
    for (const id of ['analytics', 'marketing', 'provision', 'overseas']) expect(consent.isGranted(id)).toBe(true);
    for (const ch of ['email', 'sms', 'push', 'nightTime']) expect(consent.isGranted('marketing', ch)).toBe(true);
    await flush();
    expect($(m.root, '[data-consentry-banner]')!.hidden).toBe(true);
    expect($(m.root, '[role="dialog"]')).toBeNull();
  });

  it('"Reject all" refuses every optional purpose; nothing is granted', async () => {
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
    await waitFor(() => expect(banner.textContent).toContain('동의 여부를 저장하지 못했습니다'));
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
    expect($(m.root, '[data-action="disagree-all"]')!.textContent).toBe('Reject all');
    // the decision records the locale that was shown
    const log = decisions(consent);
    fireEvent.click($(m.root, '[data-action="disagree-all"]')!);
    await waitFor(() => expect(log).toHaveLength(1));
    expect(log[0].locale).toBe('en');
  });

  it('falls back to the browser languages, then Korean', async () => {
    document.documentElement.lang = '';
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['it-IT', 'en-US']);
    consent = makeConsent();
    let m = await mount(consent);
    expect($(m.root, '[data-action="agree-all"]')!.textContent).toBe('Agree to all');
    m.ui.destroy();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['it-IT']);
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
    m = await mount(consent, { locale: 'it', strings: { it: { agreeAll: 'Accetta tutto' } } });
    ui = m.ui;
    expect($(m.root, '[data-action="agree-all"]')!.textContent).toBe('Accetta tutto');
    expect($(m.root, '[data-action="preferences"]')!.textContent).toBe('Customize');
  });

  it('sets the scheme and --cs-* custom properties on the host; adopts its stylesheet', async () => {
    consent = makeConsent();
    const m = await mount(consent, { theme: { scheme: 'dark', '--cs-accent': 'rebeccapurple' } });
    ui = m.ui;
    expect(ui.el.getAttribute('data-scheme')).toBe('dark');
    expect(ui.el.style.getPropertyValue('--cs-accent')).toBe('rebeccapurple');
    const sheets = m.root.adoptedStyleSheets;
    const css = sheets.length
      ? Array.from(sheets[0].cssRules)
          .map((r) => r.cssText)
          .join('')
      : m.root.querySelector('style')!.textContent!;
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
    const { strings } = await import('../../src/ui');
    const { Banner } = await import('../../src/ui/components');
    consent = makeConsent(signupConfig());
    const onChoose = vi.fn();
    const onDone = vi.fn();
    const { container } = render(<Banner consent={consent} locale="en" t={strings.en} onChoose={onChoose} onDone={onDone} />);
    const buttons = $$(container, 'button');
    expect(buttons.map((b) => [b.dataset.action, b.textContent])).toEqual([
      ['agree-all', 'Agree to all'],
      ['disagree-all', 'Required only'],
      ['preferences', 'Customize'],
    ]);
    fireEvent.click(buttons[2]);
    expect(onChoose).toHaveBeenCalledTimes(1);
    fireEvent.click(buttons[1]);
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(consent.get('terms')!.choice).toBe('agree');
    expect(consent.get('analytics')!.choice).toBe('disagree');
  });
});

describe('both first layers agree', () => {
  it('the plain-DOM banner and the Preact Banner show the same title, text, items, badges and details, in ko and en', async () => {
    const { render } = await import('@testing-library/preact');
    const { strings } = await import('../../src/ui');
    const { Banner } = await import('../../src/ui/components');
    const cfg = signupConfig();
    cfg.purposes.find((p) => p.id == 'provision')!.bannerDetails = true;
    for (const lang of ['ko', 'en'] as const) {
      document.documentElement.lang = lang;
      consent = makeConsent(cfg);
      const m = await mount(consent);
      const { container, unmount } = render(<Banner consent={consent} locale={lang} t={strings[lang]} onChoose={() => {}} />);
      const dom = $(m.root, '[data-consentry-banner]')!;
      const pre = $(container, '[data-consentry-banner]')!;
      const texts = (e: Element) => [...e.querySelectorAll('h2, p, li, button, a')].map((x) => x.textContent!.trim());
      expect(texts(pre)).toEqual(texts(dom));
      expect($$(pre, 'li').map((li) => li.outerHTML)).toEqual($$(dom, 'li').map((li) => li.outerHTML));
      // the whole first layer, tag for tag; the only difference allowed: the Preact banner's status is its own live
      // region, while the plain-DOM banner announces through the widget's single live region
      const html = (e: Element) => e.outerHTML.replace(' aria-live="polite"', '');
      expect(html(pre)).toBe(html(dom));
      expect(texts(dom)).toContain(
        lang == 'ko'
          ? '제3자 제공 선택제공받는 자: (주)파트너제공하는 항목: 이름'
          : 'Sharing with a partner OptionalRecipient: Partner Co.Information provided: name',
      );
      unmount();
      m.ui.destroy();
      consent.destroy();
    }
  });

  it('the Preact Banner asks for the rest after "Agree to all" (onChoose with the ids left)', async () => {
    const { render } = await import('@testing-library/preact');
    const { strings } = await import('../../src/ui');
    const { Banner } = await import('../../src/ui/components');
    consent = makeConsent();
    const onChoose = vi.fn();
    const { container } = render(<Banner consent={consent} locale="ko" t={strings.ko} onChoose={onChoose} />);
    fireEvent.click($(container, '[data-action="agree-all"]')!);
    await waitFor(() => expect(onChoose).toHaveBeenCalledWith(['marketing', 'provision', 'overseas']));
    expect(consent.isGranted('analytics')).toBe(true);
    expect(consent.isGranted('provision')).toBe(false);
  });
});
