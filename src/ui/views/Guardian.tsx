import { useRef, useState } from 'preact/hooks';
import type { Consent } from '../../core/types';
import { fmt } from '../strings';
import type { MountOptions, Strings } from '../types';
import { Dialog } from './Dialog';

/** The minimum age the config sets (0 when children are not configured). */
export const minimumAge = (consent: Consent): number => (consent.config.children ? consent.config.children.minimumAge || 14 : 0);

/**
 * The guardian step for a child (PIPA 22-2): the guardian's name and contact, verified by the site's
 * `verifyGuardian` hook (SMS, card, phone…), then recorded with `consent.recordGuardian`.
 */
export function GuardianForm(props: { consent: Consent; locale: string; t: Strings; options?: MountOptions; onDone(): void }) {
  const { consent, locale, t } = props;
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const contactRef = useRef<HTMLInputElement>(null);
  const verify = props.options && props.options.verifyGuardian;
  const submit = () => {
    setTried(true);
    setError('');
    const n = name.trim();
    const c = contact.trim();
    if (!n || !c) return (n ? contactRef : nameRef).current!.focus();
    setBusy(true);
    Promise.resolve(verify ? verify({ name: n, contact: c, locale }) : 'self-declared')
      .then((method) => {
        if (!method) throw new Error('guardian verification failed');
        return consent.recordGuardian({ name: n, contact: c, method });
      })
      .then(props.onDone, (e) => {
        console.error('consentry:', e);
        setError(t.guardianFailed);
        setBusy(false);
      });
  };
  const field = (id: string, label: string, value: string, set: (v: string) => void, ref: typeof nameRef, auto: string) => {
    const missing = tried && !value.trim();
    return (
      <div class="cs-field">
        <label for={id}>{label}</label>
        <input
          id={id}
          ref={ref}
          type="text"
          value={value}
          autoComplete={auto}
          aria-invalid={missing}
          aria-describedby={missing ? `${id}-err` : undefined}
          onInput={(e) => set((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => e.key == 'Enter' && (e.preventDefault(), submit())}
        />
        {missing && (
          <span id={`${id}-err`} class="cs-warn">
            {t.guardianMissing}
          </span>
        )}
      </div>
    );
  };
  return (
    <div class="cs-guardian" data-consentry-guardian="">
      <p>{fmt(t.guardianText, { age: minimumAge(consent) })}</p>
      {field('cs-g-name', t.guardianName, name, setName, nameRef, 'name')}
      {field('cs-g-contact', t.guardianContact, contact, setContact, contactRef, 'tel')}
      {error && (
        <p class="cs-warn" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="cs-btn" data-action="guardian-submit" disabled={busy} onClick={submit}>
        {t.guardianSubmit}
      </button>
    </div>
  );
}

/** The guardian step as a dialog (banner layout). */
export function GuardianDialog(props: { consent: Consent; locale: string; t: Strings; options?: MountOptions; onClose(recorded: boolean): void }) {
  return (
    <Dialog labelledBy="cs-guardian-title" onClose={() => props.onClose(false)}>
      <div class="cs-head">
        <h2 id="cs-guardian-title">{props.t.guardianTitle}</h2>
        <button type="button" class="cs-x" data-action="close" aria-label={props.t.close} title={props.t.close} onClick={() => props.onClose(false)}>
          ×
        </button>
      </div>
      <div class="cs-body">
        <GuardianForm {...props} onDone={() => props.onClose(true)} />
      </div>
    </Dialog>
  );
}
