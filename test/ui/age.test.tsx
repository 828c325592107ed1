import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Consent, ConsentConfig } from '../../src/core';
import type { ConsentUI } from '../../src/ui';
import { $, $$, decisions, focused, makeConsent, mount, signupConfig, siteConfig } from './setup';

let consent: Consent;
let ui: ConsentUI | undefined;

beforeEach(() => {
  document.documentElement.lang = 'ko';
  document.body.innerHTML = '<main><div id="consent"></div></main>';
});
afterEach(() => {
  ui?.destroy();
  ui = undefined;
  consent?.destroy();
  vi.restoreAllMocks();
});

const type = (el: Element, value: string) => fireEvent.input(el, { target: { value } });
const processors = [
  {
    name: { ko: '(주)클라우드호스팅', en: 'Cloud Hosting Co.' },
    task: { ko: '서버 운영과 데이터 보관', en: 'Running servers and storing data' },
    country: { ko: '대한민국', en: 'Korea' },
  },
];

async function mountKids(options = {}, children: ConsentConfig['children'] = { minimumAge: 14 }) {
  consent = makeConsent(siteConfig({ children, processors }));
  const m = await mount(consent, options);
  ui = m.ui;
  await waitFor(() => expect($(m.root, '[data-consentry-age]')).not.toBeNull());
  return m;
}

/** Answers every item of the guardian's sheet: agree to analytics and e-mail marketing, disagree with the rest. */
function answerSheet(sheet: Element) {
  fireEvent.click($(sheet, 'input[name="cs-g-analytics"][value="agree"]')!);
  fireEvent.click($(sheet, 'input[name="cs-g-marketing"][value="agree"]')!);
  fireEvent.click($(sheet, 'input[name="cs-g-marketing-ch-email"][value="agree"]')!);
  fireEvent.click($(sheet, 'input[name="cs-g-provision"][value="disagree"]')!);
  fireEvent.click($(sheet, 'input[name="cs-g-overseas"][value="disagree"]')!);
}

describe('children: the age question first', () => {
  it('asks the age before anything else; an adult goes on to the banner with focus carried over', async () => {
    const m = await mountKids();
    const age = $(m.root, '[data-consentry-age]')!;
    expect($(m.root, '[data-consentry-banner]')).toBeNull();
    expect(age.textContent).toContain('만 14세 이상이신가요?');
    const adult = $(age, '[data-action="age-adult"]')!;
    expect(adult.textContent).toBe('네, 만 14세 이상입니다');
    adult.focus();
    fireEvent.click(adult);
    expect(consent.snapshot().ageGroup).toBe('adult');
    await waitFor(() => expect($(m.root, '[data-consentry-banner]')!.hidden).toBe(false));
    expect($(m.root, '[data-consentry-age]')).toBeNull();
    expect(focused(m.root)).toBe($(m.root, '[data-consentry-banner] button'));
  });
});

describe("children: the guardian's sheet", () => {
  it('the child asks the guardian; the guardian answers every item; one guardian decision; the verified hook is named', async () => {
    const verifyGuardian = vi.fn(async () => 'sms');
    const m = await mountKids({ verifyGuardian, reopenButton: true });
    const log = decisions(consent);
    fireEvent.click($(m.root, '[data-action="age-child"]')!);
    expect(consent.snapshot().ageGroup).toBe('child');
    await waitFor(() => expect($(m.root, '[data-consentry-age] [data-action="guardian"]')).not.toBeNull());
    const age = $(m.root, '[data-consentry-age]')!;
    expect($$(age, 'button').map((b) => [b.dataset.action, b.textContent])).toEqual([
      ['guardian', '법정대리인에게 동의 요청'],
      ['disagree-all', '모두 거부'],
    ]);
    // nothing opens until the child presses the button
    expect($(m.root, '[role="dialog"]')).toBeNull();
    fireEvent.click($(age, '[data-action="guardian"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    const dialog = $(m.root, '[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('cs-guardian-title');
    expect(dialog.textContent).toContain('법정대리인께서 직접 작성해 주세요.');
    // every item with its disclosures, the notice without a choice, and the processors
    expect($$(dialog, '[data-purpose]').map((e) => e.dataset.purpose)).toEqual([
      'essential',
      'analytics',
      'marketing',
      'provision',
      'overseas',
    ]);
    expect($(dialog, '[data-purpose="essential"] input')).toBeNull();
    expect($(dialog, '[data-purpose="provision"] .cs-more')).not.toBeNull();
    expect($(dialog, '[data-consentry-processors]')!.textContent).toContain('(주)클라우드호스팅');
    // name and contact first, then every item
    fireEvent.click($(dialog, '[data-action="guardian-submit"]')!);
    await waitFor(() => expect($(dialog, '#cs-g-name')!.getAttribute('aria-invalid')).toBe('true'));
    type($(dialog, '#cs-g-name')!, '김보호');
    type($(dialog, '#cs-g-contact')!, '010-1234-5678');
    fireEvent.click($(dialog, '[data-action="guardian-submit"]')!);
    await waitFor(() => expect($(dialog, '[role="alert"]')!.textContent).toBe('모든 항목에 대해 동의 여부를 정해 주세요.'));
    expect(focused(m.root)).toBe($(dialog, 'input[name="cs-g-analytics"]'));
    expect($(dialog, '[data-purpose="analytics"]')!.className).toContain('cs-invalid');
    expect(verifyGuardian).not.toHaveBeenCalled();
    answerSheet(dialog);
    fireEvent.click($(dialog, '[data-action="guardian-submit"]')!);
    await waitFor(() => expect(consent.needsGuardian()).toBe(false));
    expect(verifyGuardian).toHaveBeenCalledWith({ name: '김보호', contact: '010-1234-5678', locale: 'ko' });
    expect(consent.snapshot().guardian).toEqual({ method: 'sms', verifiedAt: expect.any(Number), verified: true });
    expect(log.map((d) => d.method)).toEqual(['guardian']);
    expect(log[0].changes.map((c) => [c.id, c.to])).toEqual([
      ['analytics', 'agree'],
      ['marketing', 'agree'],
      ['provision', 'disagree'],
      ['overseas', 'disagree'],
    ]);
    expect(log[0].guardian).toMatchObject({ name: '김보호', contact: '010-1234-5678', verified: true });
    expect(consent.isGranted('analytics')).toBe(true);
    expect(consent.isGranted('marketing', 'email')).toBe(true);
    expect(consent.isGranted('marketing', 'sms')).toBe(false);
    expect(consent.isGranted('provision')).toBe(false);
    // answered by the guardian: no banner; the visitor is told the consent was verified
    await waitFor(() => expect($(m.root, '[data-consentry-age]')).toBeNull());
    expect($(m.root, '[data-consentry-banner]')).toBeNull();
    expect($(m.root, '[role="status"]')!.textContent).toBe('법정대리인의 동의가 확인되었습니다.');
    // the guardian's dialog that had focus is gone: focus is on the reopen button
    await waitFor(() => expect(focused(m.root)).toBe($(m.root, '[data-action="reopen"]')));
  });

  it('a failed verification is shown and nothing is recorded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const m = await mountKids({ verifyGuardian: async () => false });
    fireEvent.click($(m.root, '[data-action="age-child"]')!);
    await waitFor(() => expect($(m.root, '[data-action="guardian"]')).not.toBeNull());
    fireEvent.click($(m.root, '[data-action="guardian"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    type($(m.root, '#cs-g-name')!, '김보호');
    type($(m.root, '#cs-g-contact')!, 'parent@example.com');
    answerSheet($(m.root, '[role="dialog"]')!);
    fireEvent.click($(m.root, '[data-action="guardian-submit"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"] [role="alert"]')!.textContent).toContain('법정대리인을 확인하지 못했습니다'));
    expect(consent.snapshot().guardian).toBeUndefined();
    expect(consent.isGranted('analytics')).toBe(false);
  });

  it('without a hook: self-declared, verified false, and no text claims a verification', async () => {
    const m = await mountKids();
    const log = decisions(consent);
    fireEvent.click($(m.root, '[data-action="age-child"]')!);
    await waitFor(() => expect($(m.root, '[data-action="guardian"]')).not.toBeNull());
    fireEvent.click($(m.root, '[data-action="guardian"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    // closing the sheet keeps the guardian step
    fireEvent.keyDown($(m.root, '[role="dialog"]')!, { key: 'Escape' });
    await waitFor(() => expect($(m.root, '[role="dialog"]')).toBeNull());
    const age = $(m.root, '[data-consentry-age]')!;
    await waitFor(() => expect(focused(m.root)).toBe($(age, '[data-action="guardian"]')));
    fireEvent.click($(age, '[data-action="guardian"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    type($(m.root, '#cs-g-name')!, 'Kim');
    type($(m.root, '#cs-g-contact')!, 'kim@example.com');
    answerSheet($(m.root, '[role="dialog"]')!);
    fireEvent.keyDown($(m.root, '#cs-g-contact')!, { key: 'Enter' });
    await waitFor(() => expect(consent.snapshot().guardian).toMatchObject({ method: 'self-declared', verified: false }));
    expect(log[0].guardian).toMatchObject({ method: 'self-declared', verified: false });
    await waitFor(() => expect($(m.root, '[role="status"]')!.textContent).toBe('법정대리인이 입력한 동의 내용을 기록했습니다.'));
    expect(m.root.textContent).not.toContain('확인되었습니다');
  });

  it('a child can reject all optional items without a guardian; nothing is granted', async () => {
    const m = await mountKids();
    fireEvent.click($(m.root, '[data-action="age-child"]')!);
    await waitFor(() => expect($(m.root, '[data-consentry-age] [data-action="disagree-all"]')).not.toBeNull());
    fireEvent.click($(m.root, '[data-consentry-age] [data-action="disagree-all"]')!);
    await waitFor(() => expect(consent.get('analytics')!.choice).toBe('disagree'));
    expect(consent.needsDecision()).toBe(false);
    await waitFor(() => expect($(m.root, '[data-consentry-age]')).toBeNull());
    expect($(m.root, '[data-consentry-banner]')).toBeNull();
  });

  it('after the guardian, the dialog tells the child that only the guardian’s answers apply, and offers the sheet instead of Agree all', async () => {
    consent = makeConsent(siteConfig({ children: { minimumAge: 14 } }));
    consent.setAgeGroup('child');
    await consent.recordGuardian({ name: 'Kim', contact: 'k@example.com', method: 'self-declared' }, { analytics: 'agree' });
    const m = await mount(consent);
    ui = m.ui;
    ui.open();
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    const dialog = $(m.root, '[role="dialog"]')!;
    expect(dialog.textContent).toContain('만 14세 미만은 법정대리인이 동의한 항목만 적용됩니다.');
    expect($$(dialog, '.cs-foot button').map((b) => b.dataset.action)).toEqual(['guardian', 'disagree-all', 'save']);
    // the child saving does not take the guardian's agreement away, nor add one
    fireEvent.click($(dialog, 'input[name="cs-provision"][value="agree"]')!);
    fireEvent.click($(dialog, '[data-action="save"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).toBeNull());
    expect(consent.isGranted('analytics')).toBe(true);
    expect(consent.isGranted('provision')).toBe(false);
  });
});

describe("children: mode 'refuse'", () => {
  it('the "under 14" answer ends in a polite refusal; optional items are refused; nothing is granted', async () => {
    const m = await mountKids({}, { minimumAge: 14, mode: 'refuse' });
    const log = decisions(consent);
    fireEvent.click($(m.root, '[data-action="age-child"]')!);
    await waitFor(() => expect(log).toHaveLength(1));
    const age = $(m.root, '[data-consentry-age]')!;
    expect(age.hasAttribute('data-refused')).toBe(true);
    expect(age.textContent).toContain('죄송합니다. 이 서비스는 만 14세 미만 아동의 개인정보를 받지 않습니다.');
    expect($$(age, 'button').map((b) => b.dataset.action)).toEqual(['close']);
    expect($(m.root, '[data-action="guardian"]')).toBeNull();
    for (const id of ['analytics', 'marketing', 'provision', 'overseas']) expect(consent.isGranted(id)).toBe(false);
    fireEvent.click($(age, '[data-action="close"]')!);
    await waitFor(() => expect($(m.root, '[data-consentry-age]')).toBeNull());
    expect($(m.root, '[data-consentry-banner]')).toBeNull();
    // even an API agreement grants a child nothing
    await consent.agreeAll({ method: 'api' });
    expect(consent.isGranted('analytics')).toBe(false);
  });

  it('in the form: a child is told sign-up is not possible; the form stays invalid', async () => {
    consent = makeConsent(signupConfig({ children: { minimumAge: 14, mode: 'refuse' } }));
    const m = await mount(consent, { layout: 'form', target: '#consent' });
    ui = m.ui;
    await waitFor(() => expect($(m.root, '[data-consentry-form]')).not.toBeNull());
    const box = $(m.root, '[data-consentry-form]')!;
    fireEvent.click($(box, 'input[name="cs-age"][value="child"]')!);
    await waitFor(() => expect($(box, '[data-refused]')!.textContent).toBe('죄송합니다. 만 14세 미만은 가입할 수 없습니다.'));
    expect($(box, '[data-action="guardian"]')).toBeNull();
    expect($$(box, '.cs-item-head input').every((i) => (i as HTMLInputElement).disabled)).toBe(true);
    expect(ui.valid).toBe(false);
    await expect(ui.submit()).rejects.toThrow(/not complete/);
  });
});

describe('children in the form', () => {
  it("a child's items are locked; the guardian answers them in the sheet; the form is then valid and submit records nothing more", async () => {
    consent = makeConsent(signupConfig({ children: { minimumAge: 14 } }));
    const log = decisions(consent);
    const m = await mount(consent, { layout: 'form', target: '#consent', verifyGuardian: async () => 'card' });
    ui = m.ui;
    await waitFor(() => expect($(m.root, '[data-consentry-form]')).not.toBeNull());
    const box = $(m.root, '[data-consentry-form]')!;
    fireEvent.click($(box, 'input[name="cs-age"][value="child"]')!);
    await waitFor(() => expect($(box, '[data-action="guardian"]')).not.toBeNull());
    expect($$(box, '.cs-item-head input').every((i) => (i as HTMLInputElement).disabled)).toBe(true);
    // no "agree to all" for a child: the guardian answers
    expect($(box, 'input[data-action="agree-all"]')).toBeNull();
    expect(box.textContent).toContain('만 14세 미만은 법정대리인의 동의가 필요하며, 아래 항목의 동의 여부는 법정대리인이 정합니다.');
    expect(ui.valid).toBe(false);
    fireEvent.click($(box, '[data-action="guardian"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    const sheet = $(m.root, '[role="dialog"]')!;
    type($(sheet, '#cs-g-name')!, '김보호');
    type($(sheet, '#cs-g-contact')!, '010-0000-0000');
    fireEvent.click($(sheet, 'input[name="cs-g-terms"][value="agree"]')!);
    fireEvent.click($(sheet, 'input[name="cs-g-privacy"][value="agree"]')!);
    answerSheet(sheet);
    fireEvent.click($(sheet, '[data-action="guardian-submit"]')!);
    await waitFor(() => expect(ui!.valid).toBe(true));
    expect($(m.root, '[role="dialog"]')).toBeNull();
    expect(consent.snapshot().guardian).toMatchObject({ method: 'card', verified: true });
    expect(box.textContent).toContain('법정대리인의 동의가 확인되었습니다.');
    expect(($(box, '[data-purpose="analytics"] .cs-item-head input') as HTMLInputElement).checked).toBe(true);
    expect(($(box, '[data-purpose="provision"] .cs-item-head input') as HTMLInputElement).checked).toBe(false);
    expect(($(box, '[data-purpose="marketing"] input[data-channel="email"]') as HTMLInputElement).checked).toBe(true);
    expect(($(box, '[data-purpose="marketing"] input[data-channel="sms"]') as HTMLInputElement).checked).toBe(false);
    await ui.submit();
    expect(log.map((d) => d.method)).toEqual(['guardian']);
  });
});
