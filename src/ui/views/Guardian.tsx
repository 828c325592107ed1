import { useRef, useState } from 'preact/hooks';
import type { Consent, DecisionInput } from '../../core/types';
import { fmt } from '../locale';
import type { MountOptions, Strings } from '../types';
import { Dialog } from './Dialog';
import { ProcessorsNotice } from './Disclosure';
import { PurposeRow, type Answers } from './PurposeRow';

/** The minimum age the config sets (0 when children are not configured). */
export const minimumAge = (consent: Consent): number => (consent.config.children ? consent.config.children.minimumAge || 14 : 0);

/** The guardian's earlier answers (a guardian asked again sees them), else nothing answered. */
function guardianAnswers(consent: Consent): Answers {
  const out: Answers = {};
  for (const p of consent.config.purposes) {
    const s = consent.get(p.id);
    const own = s && s.source == 'guardian' && s.choice;
    out[p.id] = { choice: own || undefined, channels: { ...(own && s!.channels) }, nightTime: own ? s!.nightTime : undefined };
  }
  return out;
}

/**
 * The guardian's answers as `recordGuardian` choices: every channel and night-time answered (what the
 * guardian left open is refused); a required item the guardian did not agree to is left out (not agreed).
 */
function choicesOf(consent: Consent, answers: Answers): { [id: string]: DecisionInput } {
  const out: { [id: string]: DecisionInput } = {};
  for (const p of consent.config.purposes) {
    const a = answers[p.id];
    if (p.necessity == 'notice' || !a.choice || (p.necessity == 'required' && a.choice != 'agree')) continue;
    if (a.choice == 'agree' && (p.channels || p.nightTime)) {
      const channels: { [c: string]: 'agree' | 'disagree' } = {};
      for (const c of p.channels || []) channels[c] = a.channels[c] || 'disagree';
      out[p.id] = { choice: 'agree', channels, ...(p.nightTime ? { nightTime: a.nightTime || 'disagree' } : {}) };
    } else out[p.id] = a.choice;
  }
  return out;
}

/**
 * The guardian's sheet for a child (PIPA 22-2), filled in by the guardian: name and contact, then every item
 * with its disclosures, each answered (and the processors notice). On submit the site's `verifyGuardian`
 * hook verifies the guardian (SMS, card, phone…); without it the consent is recorded as `self-declared`
 * and `verified: false`, and nothing claims a verification. `onDone(note)` with what to tell the visitor.
 */
export function GuardianForm(props: { consent: Consent; locale: string; t: Strings; options?: MountOptions; onDone(note: string): void }) {
  const { consent, locale, t } = props;
  const purposes = consent.config.purposes;
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [answers, setAnswers] = useState(() => guardianAnswers(consent));
  const [tried, setTried] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const contactRef = useRef<HTMLInputElement>(null);
  const verify = props.options && props.options.verifyGuardian;
  const open = purposes.filter((p) => p.necessity != 'notice' && !answers[p.id].choice);
  const submit = () => {
    setTried(true);
    setError('');
    const n = name.trim();
    const c = contact.trim();
    if (!n || !c) return (n ? contactRef : nameRef).current!.focus();
    if (open[0]) {
      setError(t.guardianUnanswered);
      const first = box.current!.querySelector<HTMLElement>(`[data-purpose="${open[0].id}"] input`);
      if (first) first.focus();
      return;
    }
    setBusy(true);
    Promise.resolve(verify ? verify({ name: n, contact: c, locale }) : 'self-declared')
      .then((method) => {
        if (!method) throw new Error('guardian verification failed');
        return consent
          .recordGuardian({ name: n, contact: c, method, verified: !!verify }, choicesOf(consent, answers), { locale })
          .then(() => props.onDone(verify ? t.guardianDone : t.guardianRecorded));
      })
      .catch((e) => {
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
    <div class="cs-guardian" ref={box} data-consentry-guardian="">
      <p>{fmt(t.guardianText, { age: minimumAge(consent) })}</p>
      {field('cs-g-name', t.guardianName, name, setName, nameRef, 'off')}
      {field('cs-g-contact', t.guardianContact, contact, setContact, contactRef, 'off')}
      {purposes.map((p) => (
        <PurposeRow
          key={p.id}
          prefix="cs-g"
          purpose={p}
          answer={answers[p.id]}
          locale={locale}
          t={t}
          invalid={tried && p.necessity != 'notice' && !answers[p.id].choice}
          onChange={(a) => setAnswers({ ...answers, [p.id]: a })}
        />
      ))}
      <ProcessorsNotice processors={consent.config.processors} locale={locale} t={t} id="cs-g-processors" />
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

/** The guardian's sheet as a dialog; `onClose(note)` with a note when the guardian's consent was recorded. */
export function GuardianDialog(props: {
  consent: Consent;
  locale: string;
  t: Strings;
  options?: MountOptions;
  onClose(note?: string): void;
}) {
  return (
    <Dialog labelledBy="cs-guardian-title" onClose={() => props.onClose()}>
      <div class="cs-head">
        <h2 id="cs-guardian-title">{props.t.guardianTitle}</h2>
        <button
          type="button"
          class="cs-x"
          data-action="close"
          aria-label={props.t.close}
          title={props.t.close}
          onClick={() => props.onClose()}
        >
          ×
        </button>
      </div>
      <div class="cs-body">
        <GuardianForm {...props} onDone={(note) => props.onClose(note)} />
      </div>
    </Dialog>
  );
}
