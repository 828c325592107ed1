// The rights request form's two text fields: each control is required, tied to its hint (and to its error
// after a failed submit), and the first invalid one takes the focus. The browser round trip is in
// test/e2e/members.spec.ts.
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RightsRequestForm } from '../../src/ui/rights';

afterEach(() => {
  document.body.innerHTML = '';
});

const mountForm = () => {
  const submit = vi.fn(async () => {
    throw Object.assign(new Error('down'), { kind: 'server' });
  });
  const view = render(<RightsRequestForm locale="en" submit={submit} />);
  const contact = view.container.querySelector('input[type="text"]') as HTMLInputElement;
  const message = view.container.querySelector('textarea') as HTMLTextAreaElement;
  return { view, submit, contact, message, form: view.container.querySelector('form')! };
};

describe('rights request form fields', () => {
  it('ties each control to its label and hint, and marks it required', () => {
    const { view, contact, message } = mountForm();
    for (const control of [contact, message]) {
      expect(control.required).toBe(true);
      expect(control.getAttribute('aria-invalid')).toBe('false');
      expect(control.getAttribute('aria-describedby')).toBe(`${control.id}-hint`);
      expect(view.container.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
      expect(view.container.querySelector(`#${control.id}-hint`)!.textContent).not.toBe('');
    }
    expect(contact.id).toMatch(/-contact$/);
    expect(message.id).toMatch(/-message$/);
  });

  it('after an empty submit: both invalid, each tied to its own error, the contact focused, nothing sent', async () => {
    const { view, submit, contact, message, form } = mountForm();
    fireEvent.submit(form);
    await waitFor(() => expect(contact.getAttribute('aria-invalid')).toBe('true'));
    for (const control of [contact, message]) {
      expect(control.getAttribute('aria-invalid')).toBe('true');
      expect(control.getAttribute('aria-describedby')).toBe(`${control.id}-hint ${control.id}-err`);
      expect(view.container.querySelector(`#${control.id}-err`)!.getAttribute('role')).toBe('alert');
    }
    expect(document.activeElement).toBe(contact);
    expect(submit).not.toHaveBeenCalled();
  });

  it('focuses the message when only the message is missing, and keeps what was typed', async () => {
    const { submit, contact, message, form } = mountForm();
    fireEvent.input(contact, { target: { value: 'me@example.com' } });
    fireEvent.submit(form);
    await waitFor(() => expect(document.activeElement).toBe(message));
    expect(contact.getAttribute('aria-invalid')).toBe('false');
    expect(contact.value).toBe('me@example.com');
    expect(submit).not.toHaveBeenCalled();
  });
});

describe('rights request form language', () => {
  const formLang = (el: Element) => el.querySelector('form')!.getAttribute('lang');
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it("the locale given, then <html lang> ('auto' and none mean the page's); Korean or English", () => {
    const submit = vi.fn();
    expect(formLang(render(<RightsRequestForm locale="en-GB" submit={submit} />).container)).toBe('en');
    document.documentElement.lang = 'ko-KR';
    const ko = render(<RightsRequestForm submit={submit} />).container;
    expect(formLang(ko)).toBe('ko');
    expect(ko.textContent).toContain('개인정보 열람 등 요구');
    expect(formLang(render(<RightsRequestForm locale="auto" submit={submit} />).container)).toBe('ko');
    document.documentElement.lang = 'it';
    const it = render(<RightsRequestForm submit={submit} />).container;
    expect(formLang(it)).toBe('en');
    expect(it.textContent).toContain('Your privacy rights');
  });
});
