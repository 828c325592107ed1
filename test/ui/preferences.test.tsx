import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Consent } from '../../src/core';
import type { ConsentUI } from '../../src/ui';
import { $, $$, decisions, flush, focused, makeConsent, mount, signupConfig } from './setup';

let consent: Consent;
let ui: ConsentUI | undefined;

beforeEach(() => {
  document.documentElement.lang = 'ko';
  document.body.innerHTML = '<main><p>page</p></main>';
});
afterEach(() => {
  ui?.destroy();
  ui = undefined;
  consent?.destroy();
  vi.restoreAllMocks();
});

async function openDialog(c: Consent, options = {}) {
  const m = await mount(c, options);
  ui = m.ui;
  m.ui.open();
  await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
  return { ...m, dialog: $(m.root, '[role="dialog"]')! };
}
const radio = (root: ParentNode, sel: string) => $<HTMLInputElement>(root, sel)!;

describe('preferences dialog', () => {
  it('is a labelled modal dialog with one row per purpose, badges as text, and nothing pre-selected', async () => {
    consent = makeConsent();
    const { dialog, q } = await openDialog(consent);
    expect(dialog.getAttribute('aria-labelledby')).toBe('cs-prefs-title');
    expect(q.getByRole('dialog', { name: '개인정보 이용 설정' })).toBe(dialog);
    expect($$(dialog, '[data-purpose]').map((r) => r.dataset.purpose)).toEqual([
      'essential',
      'analytics',
      'marketing',
      'provision',
      'overseas',
    ]);
    expect($(dialog, '[data-purpose="essential"] .cs-badge')!.textContent).toBe('안내');
    expect($(dialog, '[data-purpose="analytics"] .cs-badge')!.textContent).toBe('선택');
    // a notice has no choice
    expect($$(dialog, '[data-purpose="essential"] input')).toHaveLength(0);
    // radios in fieldsets with legends, values agree / disagree, none checked
    const row = $(dialog, '[data-purpose="analytics"]')!;
    expect(row.tagName).toBe('FIELDSET');
    expect(row.querySelector('legend')!.textContent).toContain('이용 통계');
    const inputs = $$<HTMLInputElement>(row, ':scope > .cs-choices input[type="radio"]');
    expect(inputs.map((i) => i.value)).toEqual(['agree', 'disagree']);
    expect($$<HTMLInputElement>(dialog, 'input').some((i) => i.checked)).toBe(false);
  });

  it('shows the required badge for required purposes', async () => {
    consent = makeConsent(signupConfig());
    const { dialog } = await openDialog(consent);
    expect($(dialog, '[data-purpose="terms"] .cs-badge')!.textContent).toBe('필수');
    expect($(dialog, '[data-action="disagree-all"]')!.textContent).toBe('필수 항목만 동의');
  });

  it('Save records exactly the answers given (unanswered stay unanswered), method preferences', async () => {
    consent = makeConsent();
    const log = decisions(consent);
    const { dialog, root } = await openDialog(consent);
    fireEvent.click(radio(dialog, 'input[name="cs-analytics"][value="agree"]'));
    fireEvent.click(radio(dialog, 'input[name="cs-provision"][value="disagree"]'));
    fireEvent.click($(dialog, '[data-action="save"]')!);
    await waitFor(() => expect(log).toHaveLength(1));
    expect(log[0].method).toBe('preferences');
    expect(log[0].changes.map((c) => [c.id, c.to])).toEqual([
      ['analytics', 'agree'],
      ['provision', 'disagree'],
    ]);
    expect(consent.get('marketing')!.choice).toBeUndefined();
    expect(consent.get('overseas')!.choice).toBeUndefined();
    await flush();
    expect($(root, '[role="dialog"]')).toBeNull();
    // the visitor answered: the banner stays away on this page even though two items are open
    expect($(root, '[data-consentry-banner]')!.hidden).toBe(true);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('설정을 저장했습니다.');
  });

  it('asks channels and night-time as their own radio groups, enabled once marketing is agreed', async () => {
    consent = makeConsent();
    const { dialog } = await openDialog(consent);
    const row = $(dialog, '[data-purpose="marketing"]')!;
    expect($$(row, '[data-channel]').map((f) => f.dataset.channel)).toEqual(['email', 'sms', 'push']);
    const email = radio(row, '[data-channel="email"] input[value="agree"]');
    // (happy-dom does not apply a fieldset's disabled to its inputs; the browser tests check that)
    const groups = $$<HTMLFieldSetElement>(row, 'fieldset.cs-sub');
    expect(groups.map((g) => g.disabled)).toEqual([true, true]);
    fireEvent.click(radio(row, 'input[name="cs-marketing"][value="agree"]'));
    expect(groups.map((g) => g.disabled)).toEqual([false, false]);
    fireEvent.click(email);
    fireEvent.click(radio(row, '[data-channel="sms"] input[value="disagree"]'));
    fireEvent.click(radio(row, '[data-night-time] input[value="disagree"]'));
    fireEvent.click($(dialog, '[data-action="save"]')!);
    await waitFor(() => expect(consent.get('marketing')!.choice).toBe('agree'));
    const s = consent.get('marketing')!;
    expect(s.channels).toMatchObject({ email: 'agree', sms: 'disagree' });
    expect(s.channels!.push).not.toBe('agree');
    expect(s.nightTime).toBe('disagree');
    expect(consent.isGranted('marketing', 'email')).toBe(true);
    expect(consent.isGranted('marketing', 'sms')).toBe(false);
  });

  it('reopened, it shows the earlier answers; agree → disagree is a withdrawal', async () => {
    consent = makeConsent();
    await consent.agreeAll();
    const log = decisions(consent);
    const { dialog } = await openDialog(consent);
    expect(radio(dialog, 'input[name="cs-analytics"][value="agree"]').checked).toBe(true);
    expect(radio(dialog, '[data-channel="email"] input[value="agree"]').checked).toBe(true);
    fireEvent.click(radio(dialog, 'input[name="cs-analytics"][value="disagree"]'));
    fireEvent.click($(dialog, '[data-action="save"]')!);
    await waitFor(() => expect(log.length).toBeGreaterThan(0));
    const w = log.find((d) => d.withdrawal)!;
    expect(w.changes.map((c) => c.id)).toEqual(['analytics']);
    expect(consent.isGranted('analytics')).toBe(false);
    expect(consent.isGranted('marketing')).toBe(true);
  });

  it('withdraws a required purpose only on request, with the consequence spelled out', async () => {
    consent = makeConsent(signupConfig());
    await consent.agreeAll();
    const { dialog } = await openDialog(consent);
    expect($(dialog, '.cs-warn')).toBeNull();
    fireEvent.click(radio(dialog, 'input[name="cs-terms"][value="disagree"]'));
    expect($(dialog, '[data-purpose="terms"] .cs-warn')!.textContent).toContain('서비스를 제공받을 수 없습니다');
    fireEvent.click($(dialog, '[data-action="save"]')!);
    await waitFor(() => expect(consent.get('terms')!.choice).toBeUndefined());
    expect(consent.get('privacy')!.choice).toBe('agree');
  });

  it('"Agree to all" and "Disagree to all" inside the dialog call the core', async () => {
    consent = makeConsent();
    const log = decisions(consent);
    let m = await openDialog(consent);
    fireEvent.click($(m.dialog, '[data-action="agree-all"]')!);
    await waitFor(() => expect(log).toHaveLength(1));
    expect(log[0].method).toBe('preferences');
    expect(consent.isGranted('overseas')).toBe(true);
    m.ui.destroy();
    m = await openDialog(consent);
    fireEvent.click($(m.dialog, '[data-action="disagree-all"]')!);
    await waitFor(() => expect(log).toHaveLength(2));
    expect(consent.isGranted('overseas')).toBe(false);
  });

  it('shows the disclosures by kind behind a details toggle, important content emphasised', async () => {
    consent = makeConsent();
    const { dialog } = await openDialog(consent);
    const row = $(dialog, '[data-purpose="provision"]')!;
    const toggle = $(row, '.cs-more')!;
    const region = $(row, '#cs-d-provision')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('cs-d-provision');
    expect(region.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
    const text = region.textContent!;
    for (const s of [
      '제공받는 자',
      '(주)파트너',
      '제공받는 자의 이용 목적',
      '결제 처리',
      '제공하는 항목',
      '5년',
      '동의 거부 권리 및 거부 시 불이익',
      '할인 결제',
    ])
      expect(text).toContain(s);
    expect($$(region, '.cs-em').map((e) => e.textContent)).toEqual(['(주)파트너', '결제 처리', '5년']);
    const overseas = $(dialog, '#cs-d-overseas')!.textContent!;
    for (const s of [
      '이전되는 국가',
      '미국',
      '이전 시기',
      '발송 시',
      '이전 방법',
      'TLS 전송',
      '이전받는 자',
      'Mailer Inc.',
      'privacy@mailer.example',
      '이전받는 자의 이용 목적',
      '이전받는 자의 보유 및 이용 기간',
      '30일',
    ])
      expect(overseas).toContain(s);
    // a transfer is not a provision: none of the provision labels
    expect(overseas).not.toContain('제공받는 자');
    const notice = $(dialog, '#cs-d-essential')!.textContent!;
    expect(notice).toContain('법적 근거');
    expect(notice).not.toContain('거부 권리');
    expect($(dialog, '[data-purpose="essential"]')!.textContent).toContain('법령 또는 계약 이행에 따라 동의 없이 처리하는 항목입니다.');
    expect($(dialog, '[data-purpose="analytics"] #cs-d-analytics')!.textContent).toContain('수집·이용 목적');
  });

  it('traps Tab and Shift+Tab inside the dialog', async () => {
    consent = makeConsent();
    const { dialog, root } = await openDialog(consent);
    const all = $$(dialog, 'button:not(:disabled), input:not(:disabled), a[href]').filter((e) => !e.closest('[hidden]'));
    const first = all[0];
    const last = all[all.length - 1];
    expect(first.dataset.action).toBe('close');
    expect(last.dataset.action).toBe('save');
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(focused(root)).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(focused(root)).toBe(last);
    // from the dialog itself (where focus lands on open), Shift+Tab goes to the last control
    dialog.focus();
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(focused(root)).toBe(last);
  });

  it('keyboard only: radios and buttons work with the keyboard events the browser turns into clicks', async () => {
    consent = makeConsent();
    const { dialog } = await openDialog(consent);
    const agree = radio(dialog, 'input[name="cs-overseas"][value="agree"]');
    agree.focus();
    fireEvent.keyDown(agree, { key: ' ' });
    fireEvent.click(agree); // what Space does on a focused radio
    expect(agree.checked).toBe(true);
    const save = $(dialog, '[data-action="save"]')!;
    save.focus();
    fireEvent.keyDown(save, { key: 'Enter' });
    fireEvent.click(save);
    await waitFor(() => expect(consent.get('overseas')!.choice).toBe('agree'));
  });

  it('shows "My consent record" with the date via Intl and a working Download button', async () => {
    consent = makeConsent();
    const at = Date.UTC(2026, 2, 4, 5, 6);
    const download = vi.fn(() => Promise.resolve());
    const latest = vi.fn(() =>
      Promise.resolve({
        id: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
        at,
        policyVersion: '2026-01-01',
        purposes: [
          { id: 'analytics', state: 'given' as const },
          { id: 'marketing', state: 'withdrawn' as const },
        ],
      }),
    );
    const { dialog } = await openDialog(consent, { myRecord: { latest, download } });
    await waitFor(() => expect(dialog.textContent).toContain('1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b'));
    const box = $(dialog, '[data-consentry-record]')!;
    expect(box.textContent).toContain(new Intl.DateTimeFormat('ko', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(at)));
    expect(box.textContent).toContain('2026-01-01');
    expect(box.textContent).toContain('이용 통계: 동의');
    expect(box.textContent).toContain('광고성 정보 수신: 철회');
    fireEvent.click($(box, '[data-action="download-record"]')!);
    expect(download).toHaveBeenCalledTimes(1);
  });

  it('says when there is no record yet', async () => {
    consent = makeConsent();
    const { dialog } = await openDialog(consent, { myRecord: { latest: () => Promise.resolve(null), download: vi.fn() } });
    await waitFor(() => expect($(dialog, '[data-consentry-record]')!.textContent).toContain('아직 기록된 동의가 없습니다'));
  });

  it('links to the cookie guide, or renders it through guide.mount when opened', async () => {
    consent = makeConsent();
    let m = await openDialog(consent, { guide: { url: '/privacy/#cookies' } });
    expect(m.q.getByRole('link', { name: '브라우저에서 쿠키를 관리하는 방법' }).getAttribute('href')).toBe('/privacy/#cookies');
    m.ui.destroy();
    const mountGuide = vi.fn((el: HTMLElement, locale: string) => el.append(`guide for ${locale}`));
    m = await openDialog(consent, { guide: { mount: mountGuide } });
    const btn = m.q.getByRole('button', { name: '브라우저에서 쿠키를 관리하는 방법' });
    expect(mountGuide).not.toHaveBeenCalled();
    fireEvent.click(btn);
    await waitFor(() => expect(mountGuide).toHaveBeenCalledTimes(1));
    expect($(m.dialog, '#cs-guide')!.textContent).toBe('guide for ko');
    fireEvent.click(btn);
    fireEvent.click(btn);
    expect(mountGuide).toHaveBeenCalledTimes(1);
  });

  it('rejects a javascript: guide URL', async () => {
    consent = makeConsent();
    const m = await openDialog(consent, { guide: { url: 'javascript:alert(1)' } });
    expect($(m.dialog, 'a[href^="javascript"]')).toBeNull();
  });

  it('shows a failure and keeps the dialog open when the core rejects', async () => {
    consent = makeConsent();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { dialog, root } = await openDialog(consent);
    vi.spyOn(consent, 'decide').mockRejectedValueOnce(new Error('nope'));
    fireEvent.click(radio(dialog, 'input[name="cs-analytics"][value="agree"]'));
    fireEvent.click($(dialog, '[data-action="save"]')!);
    await waitFor(() => expect($(dialog, '[role="alert"]')!.textContent).toBe('동의 여부를 저장하지 못했습니다. 다시 시도해 주세요.'));
    expect($(root, '[role="dialog"]')).toBe(dialog);
  });
});
