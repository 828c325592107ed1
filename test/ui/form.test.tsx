import { fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Consent } from '../../src/core';
import { strings, type ConsentUI } from '../../src/ui';
import { ConsentForm, type FormApi } from '../../src/ui/components';
import { $, $$, decisions, focused, makeConsent, mount, signupConfig } from './setup';

let consent: Consent;
let ui: ConsentUI | undefined;

beforeEach(() => {
  document.documentElement.lang = 'ko';
  document.body.innerHTML = '<main><form id="signup"><div id="consent"></div><button>가입</button></form></main>';
});
afterEach(() => {
  ui?.destroy();
  ui = undefined;
  consent?.destroy();
  vi.restoreAllMocks();
});

async function mountForm(options = {}) {
  consent = makeConsent(signupConfig());
  const valid: boolean[] = [];
  const onSubmit = vi.fn();
  const m = await mount(consent, {
    layout: 'form',
    target: '#consent',
    onValidChange: (v: boolean) => valid.push(v),
    onSubmit,
    ...options,
  });
  ui = m.ui;
  await waitFor(() => expect($(m.root, '[data-consentry-form]')).not.toBeNull());
  const box = $(m.root, '[data-consentry-form]')!;
  const check = (id: string) => $<HTMLInputElement>(box, `[data-purpose="${id}"] .cs-item-head input`)!;
  return { ...m, box, valid, onSubmit, check, all: $<HTMLInputElement>(box, 'input[data-action="agree-all"]')! };
}

describe('inline consent form (layout: form)', () => {
  it('renders into the target with the master checkbox above the individual items, required ones marked', async () => {
    const { ui, box, check } = await mountForm();
    expect(document.getElementById('consent')!.contains(ui.el)).toBe(true);
    expect($$(box, '[data-purpose]').map((e) => e.dataset.purpose)).toEqual([
      'terms',
      'privacy',
      'essential',
      'analytics',
      'marketing',
      'provision',
      'overseas',
    ]);
    expect($(box, '[data-purpose="terms"] .cs-mark')!.textContent).toBe('(필수)');
    expect($(box, '[data-purpose="analytics"] .cs-mark')!.textContent).toBe('(선택)');
    expect(check('terms').getAttribute('aria-required')).toBe('true');
    expect($(box, '[data-purpose="essential"] input')).toBeNull();
    expect($$<HTMLInputElement>(box, 'input').some((i) => i.checked)).toBe(false);
    // the page's form is not rendered a form inside it
    expect(box.querySelector('form')).toBeNull();
  });

  it('the master checkbox toggles every item, channel and night-time, and reflects them', async () => {
    const { box, all, check } = await mountForm();
    fireEvent.click(all);
    expect($$<HTMLInputElement>(box, '.cs-list input[type="checkbox"]').every((i) => i.checked)).toBe(true);
    expect(all.checked).toBe(true);
    fireEvent.click(check('overseas'));
    expect(all.checked).toBe(false);
    fireEvent.click(check('overseas'));
    expect(all.checked).toBe(true);
    fireEvent.click(all);
    expect($$<HTMLInputElement>(box, 'input[type="checkbox"]').some((i) => i.checked)).toBe(false);
  });

  it('is valid only when every required item is agreed; refusing optional items never blocks', async () => {
    const { ui, valid, check } = await mountForm();
    expect(ui.valid).toBe(false);
    await waitFor(() => expect(valid).toEqual([false]));
    fireEvent.click(check('terms'));
    expect(ui.valid).toBe(false);
    fireEvent.click(check('privacy'));
    expect(ui.valid).toBe(true);
    await waitFor(() => expect(valid).toEqual([false, true]));
    fireEvent.click(check('terms'));
    expect(ui.valid).toBe(false);
    await waitFor(() => expect(valid).toEqual([false, true, false]));
  });

  it('submit() records ticked items as agreed and unticked optional ones as disagreed, method form; then onSubmit', async () => {
    const { ui, box, check, onSubmit } = await mountForm();
    const log = decisions(consent);
    fireEvent.click(check('terms'));
    fireEvent.click(check('privacy'));
    fireEvent.click(check('marketing'));
    // ticking marketing ticks its channels: untick SMS
    fireEvent.click($(box, 'input[data-channel="sms"]')!);
    const snap = await ui.submit();
    expect(log).toHaveLength(1);
    expect(log[0].method).toBe('form');
    expect(log[0].locale).toBe('ko');
    expect(Object.fromEntries(log[0].changes.map((c) => [c.id, c.to]))).toEqual({
      terms: 'agree',
      privacy: 'agree',
      analytics: 'disagree',
      marketing: 'agree',
      provision: 'disagree',
      overseas: 'disagree',
    });
    expect(snap.purposes.marketing.channels).toEqual({ email: 'agree', sms: 'disagree', push: 'agree' });
    expect(snap.purposes.marketing.nightTime).toBe('disagree');
    expect(onSubmit).toHaveBeenCalledWith(snap);
  });

  it('submit() while invalid rejects, records nothing, marks the missing item and moves focus to it', async () => {
    const { ui, root, box, check } = await mountForm();
    const log = decisions(consent);
    fireEvent.click(check('terms'));
    await expect(ui.submit()).rejects.toThrow(/required/);
    expect(log).toHaveLength(0);
    await waitFor(() => expect($(box, '[role="alert"]')!.textContent).toBe('필수 항목에 모두 동의해 주세요.'));
    expect(check('privacy').getAttribute('aria-invalid')).toBe('true');
    expect(check('privacy').getAttribute('aria-describedby')).toBe('cs-form-error');
    expect(focused(root)).toBe(check('privacy'));
  });

  it('a channel or night-time tick alone ticks marketing', async () => {
    const { box, check } = await mountForm();
    fireEvent.click($(box, 'input[data-night-time]')!);
    expect(check('marketing').checked).toBe(true);
    fireEvent.click(check('marketing'));
    expect($<HTMLInputElement>(box, 'input[data-night-time]')!.checked).toBe(false);
    expect($$<HTMLInputElement>(box, 'input[data-channel]').some((i) => i.checked)).toBe(false);
  });

  it('each item’s full text expands', async () => {
    const { box } = await mountForm();
    const item = $(box, '[data-purpose="provision"]')!;
    const toggle = $(item, '.cs-more')!;
    expect($(item, '#cs-f-provision')!.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect($(item, '#cs-f-provision')!.textContent).toContain('(주)파트너');
  });

  it('its own submit button (submitButton: true) submits and shows the error when incomplete', async () => {
    const { box, check, onSubmit } = await mountForm({ submitButton: true });
    const btn = $(box, '[data-action="save"]')!;
    expect(btn.textContent).toBe('동의하고 계속하기');
    fireEvent.click(btn);
    await waitFor(() => expect($(box, '[role="alert"]')).not.toBeNull());
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(check('terms'));
    fireEvent.click(check('privacy'));
    fireEvent.click(btn);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(consent.get('terms')!.choice).toBe('agree');
  });

  it('reports a missing target instead of rendering elsewhere', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    consent = makeConsent(signupConfig());
    const m = await mount(consent, { layout: 'form', target: '#nowhere' });
    ui = m.ui;
    expect(err).toHaveBeenCalledWith(expect.stringContaining('#nowhere'));
    expect(m.ui.el.isConnected).toBe(false);
    await expect(m.ui.submit()).rejects.toThrow();
  });
});

describe('ConsentForm component (apps rendering it themselves)', () => {
  it('renders in the app’s own tree and hands valid()/submit() to apiRef', async () => {
    consent = makeConsent(signupConfig());
    const api: { current: FormApi | null } = { current: null };
    const { container } = render(<ConsentForm consent={consent} locale="en" t={strings.en} apiRef={api} />);
    expect(container.querySelector('h2')!.textContent).toBe('Terms and consent');
    expect(api.current!.valid()).toBe(false);
    fireEvent.click(container.querySelector('input[data-action="agree-all"]')!);
    await waitFor(() => expect(api.current!.valid()).toBe(true));
    const snap = await api.current!.submit();
    expect(snap.purposes.overseas.choice).toBe('agree');
  });
});
