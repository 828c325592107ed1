import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Consent } from '../../src/core';
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

async function mountKids(options = {}) {
  consent = makeConsent(siteConfig({ children: { minimumAge: 14 } }));
  const m = await mount(consent, options);
  ui = m.ui;
  await waitFor(() => expect($(m.root, '[data-consentry-age]')).not.toBeNull());
  return m;
}

describe('children: age question first, then the guardian step', () => {
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

  it('a child gets the guardian dialog; the site hook verifies; the core records the guardian', async () => {
    const verifyGuardian = vi.fn(async () => 'sms');
    const m = await mountKids({ verifyGuardian });
    const log = decisions(consent);
    fireEvent.click($(m.root, '[data-action="age-child"]')!);
    expect(consent.snapshot().ageGroup).toBe('child');
    expect(consent.needsGuardian()).toBe(true);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    const dialog = $(m.root, '[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('cs-guardian-title');
    expect(dialog.textContent).toContain('만 14세 미만 아동');
    // empty fields are reported, nothing is sent
    fireEvent.click($(dialog, '[data-action="guardian-submit"]')!);
    await waitFor(() => expect($(dialog, '#cs-g-name')!.getAttribute('aria-invalid')).toBe('true'));
    expect(verifyGuardian).not.toHaveBeenCalled();
    type($(dialog, '#cs-g-name')!, '김보호');
    type($(dialog, '#cs-g-contact')!, '010-1234-5678');
    fireEvent.click($(dialog, '[data-action="guardian-submit"]')!);
    await waitFor(() => expect(consent.needsGuardian()).toBe(false));
    expect(verifyGuardian).toHaveBeenCalledWith({ name: '김보호', contact: '010-1234-5678', locale: 'ko' });
    const g = consent.snapshot().guardian!;
    expect(g).toMatchObject({ name: '김보호', contact: '010-1234-5678', method: 'sms' });
    expect(log.map((d) => d.method)).toEqual(['guardian']);
    // the guardian now makes the choices in the banner
    await waitFor(() => expect($(m.root, '[data-consentry-banner]')!.hidden).toBe(false));
    expect($(m.root, '[role="dialog"]')).toBeNull();
  });

  it('a failed verification is shown and nothing is recorded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const m = await mountKids({ verifyGuardian: async () => false });
    fireEvent.click($(m.root, '[data-action="age-child"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    type($(m.root, '#cs-g-name')!, '김보호');
    type($(m.root, '#cs-g-contact')!, 'parent@example.com');
    fireEvent.click($(m.root, '[data-action="guardian-submit"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"] [role="alert"]')!.textContent).toContain('법정대리인을 확인하지 못했습니다'));
    expect(consent.snapshot().guardian).toBeUndefined();
  });

  it('without a hook the method is recorded as self-declared; closing the dialog keeps the guardian step', async () => {
    const m = await mountKids();
    fireEvent.click($(m.root, '[data-action="age-child"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    fireEvent.keyDown($(m.root, '[role="dialog"]')!, { key: 'Escape' });
    await waitFor(() => expect($(m.root, '[role="dialog"]')).toBeNull());
    const age = $(m.root, '[data-consentry-age]')!;
    expect($$(age, 'button').map((b) => b.dataset.action)).toEqual(['guardian', 'disagree-all']);
    await waitFor(() => expect(focused(m.root)).toBe($(age, '[data-action="guardian"]')));
    fireEvent.click($(age, '[data-action="guardian"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    type($(m.root, '#cs-g-name')!, 'Kim');
    type($(m.root, '#cs-g-contact')!, 'kim@example.com');
    fireEvent.keyDown($(m.root, '#cs-g-contact')!, { key: 'Enter' });
    await waitFor(() => expect(consent.snapshot().guardian?.method).toBe('self-declared'));
  });

  it('a child can refuse everything without a guardian', async () => {
    const m = await mountKids();
    fireEvent.click($(m.root, '[data-action="age-child"]')!);
    await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
    fireEvent.click($(m.root, '[role="dialog"] [data-action="close"]')!);
    fireEvent.click($(m.root, '[data-consentry-age] [data-action="disagree-all"]')!);
    await waitFor(() => expect(consent.get('analytics')!.choice).toBe('disagree'));
    expect(consent.needsDecision()).toBe(false);
    await waitFor(() => expect($(m.root, '[data-consentry-age]')).toBeNull());
    expect($(m.root, '[data-consentry-banner]')).toBeNull();
  });

  it('in the form: the age question, then the guardian fields; valid only once the guardian is recorded', async () => {
    consent = makeConsent(signupConfig({ children: { minimumAge: 14 } }));
    const m = await mount(consent, { layout: 'form', target: '#consent', verifyGuardian: async () => 'card' });
    ui = m.ui;
    await waitFor(() => expect($(m.root, '[data-consentry-form]')).not.toBeNull());
    const box = $(m.root, '[data-consentry-form]')!;
    fireEvent.click($(box, 'input[data-action="agree-all"]')!);
    expect(ui.valid).toBe(false);
    fireEvent.click($(box, 'input[name="cs-age"][value="child"]')!);
    expect(ui.valid).toBe(false);
    type($(box, '#cs-g-name')!, '김보호');
    type($(box, '#cs-g-contact')!, '010-0000-0000');
    fireEvent.click($(box, '[data-action="guardian-submit"]')!);
    await waitFor(() => expect(ui!.valid).toBe(true));
    expect(consent.snapshot().guardian!.method).toBe('card');
    expect(box.textContent).toContain('법정대리인의 동의가 확인되었습니다.');
    fireEvent.click($(box, 'input[name="cs-age"][value="adult"]')!);
    expect(ui.valid).toBe(true);
  });
});
