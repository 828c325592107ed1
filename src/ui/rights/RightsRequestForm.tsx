import type { ComponentChildren, Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { RightsRequestAnswer, RightsRequestInput, RightsRequestKind } from '../../members/rights';
import { answerTerm } from '../../members/term';
import { saveReceipt } from './save-receipt';
import { rightsStrings, type RightsStrings } from './strings';

// Layout only, set through the CSSOM (no <style>, no inline style attribute for the page's CSP to refuse);
// colours and fonts are the page's.
const BLOCK = { display: 'block' };
const HINT = { display: 'block', fontSize: '0.9em', opacity: 0.85, margin: '0.1em 0 0.4em' };
const FIELD = { display: 'block', width: '100%', maxWidth: '32em', boxSizing: 'border-box' as const, font: 'inherit' };
const KIND = { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: '0.5em', alignItems: 'baseline', margin: '0.3em 0' };
const WRAP = { overflowWrap: 'anywhere' as const };

const KINDS: RightsRequestKind[] = ['access', 'correction', 'deletion', 'suspension', 'withdrawal'];
const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]{1,190}\.[^\s@<>]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ().-]{5,30}$/;

/** What a field's control carries: its ref (for focus), layout, and the ties to the field's hint and error. */
interface ControlProps<E> {
  ref: Ref<E>;
  id: string;
  style: typeof FIELD;
  required: true;
  'aria-invalid': boolean;
  'aria-describedby': string;
}

/** A labelled control with its hint and, after a failed submit, its error (announced, and tied to the control). */
function Field<E>(props: {
  id: string;
  label: string;
  hint: string;
  error?: string;
  control: Ref<E>;
  children: (control: ControlProps<E>) => ComponentChildren;
}) {
  const { id, error } = props;
  const control: ControlProps<E> = {
    ref: props.control,
    id,
    style: FIELD,
    required: true,
    'aria-invalid': !!error,
    'aria-describedby': `${id}-hint${error ? ` ${id}-err` : ''}`,
  };
  return (
    <div class="consentry-rights-field" style={{ margin: '0.8em 0' }}>
      <label for={id} style={BLOCK}>
        {props.label}
      </label>
      {props.children(control)}
      <span class="consentry-rights-hint" id={`${id}-hint`} style={HINT}>
        {props.hint}
      </span>
      {error && (
        <span class="consentry-rights-error" id={`${id}-err`} role="alert" style={{ ...BLOCK, fontWeight: 600 }}>
          {error}
        </span>
      )}
    </div>
  );
}

export interface RightsRequestFormProps {
  /** Sends the request: `members.request` of `consentry/members`. */
  submit(request: RightsRequestInput): Promise<RightsRequestAnswer>;
  /** `controller.jurisdiction` of the config: the answer term shown before sending (KR 10 days, EU/EEA/UK one month). */
  jurisdiction?: string;
  /** The page locale (default: `<html lang>`; `auto` too): Korean texts for `ko`, English for any other. */
  locale?: string;
  /** Texts to replace (plain text: never rendered as HTML). */
  strings?: Partial<RightsStrings>;
  /** Heading level of the form's title (default 2). */
  headingLevel?: 2 | 3 | 4;
  /** Preselected kind. */
  kind?: RightsRequestKind;
  /** Told after the collector took the request. */
  onSubmitted?(answer: RightsRequestAnswer): void;
}

let seq = 0;

/** The kinds of request, one radio each with its hint (called, not mounted: its arguments stay positional and mangle). */
const kindChoices = (t: RightsStrings, id: string, kind: RightsRequestKind, setKind: (k: RightsRequestKind) => void) => (
  <fieldset>
    <legend>{t.kindLegend}</legend>
    {KINDS.map((k) => (
      <div class="consentry-rights-kind" key={k} style={KIND}>
        <input
          type="radio"
          id={`${id}-${k}`}
          name={`${id}-kind`}
          value={k}
          checked={kind == k}
          onChange={() => setKind(k)}
          aria-describedby={`${id}-${k}-hint`}
        />
        <label for={`${id}-${k}`}>{t.kinds[k].label}</label>
        <span class="consentry-rights-hint" id={`${id}-${k}-hint`} style={{ ...HINT, gridColumn: 2 }}>
          {t.kinds[k].hint}
        </span>
      </div>
    ))}
  </fieldset>
);

/** Dates as the person reads them, in their language and time zone. */
const dateText = (iso: string, locale: string) => {
  const d = new Date(iso);
  return Number.isNaN(+d) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(d);
};

/**
 * A rights request form (PIPA 35–37, GDPR 15–21): access, correction, deletion, suspension of processing,
 * withdrawal of consent. Shows the answer term before sending, then the request number, the dates and the
 * receipt to keep. Errors are announced (`role="alert"`) and nothing typed is lost.
 */
export function RightsRequestForm(props: RightsRequestFormProps) {
  // The banner's order (the locale given, then `<html lang>`; `auto` means the page's) without its locale
  // tables: this entry has Korean and English texts only, and stays small.
  const locale = (props.locale != 'auto' && props.locale) || (typeof document != 'undefined' && document.documentElement.lang) || 'en';
  const t: RightsStrings = { ...rightsStrings(locale), ...props.strings };
  const id = useRef(`consentry-rights-${++seq}`).current;
  const [kind, setKind] = useState<RightsRequestKind>(props.kind || 'access');
  const [contact, setContact] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<{ contact?: string; message?: string }>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<RightsRequestAnswer | null>(null);
  const contactRef = useRef<HTMLInputElement>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const H = `h${props.headingLevel || 2}` as 'h2';
  const lang = /^ko\b/i.test(locale) ? 'ko' : 'en';

  const send = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const bad: typeof errors = {};
    const c = contact.trim();
    if (!EMAIL.test(c) && !PHONE.test(c)) bad.contact = t.badContact;
    if (!message.trim() || message.length > 2000) bad.message = t.badMessage;
    setErrors(bad);
    setFailure('');
    if (bad.contact) return contactRef.current && contactRef.current.focus();
    if (bad.message) return messageRef.current && messageRef.current.focus();
    setBusy(true);
    try {
      const answer = await props.submit({ type: kind, contact: c, message, locale: lang });
      setDone(answer);
      if (props.onSubmitted) props.onSubmitted(answer);
      setTimeout(() => doneRef.current && doneRef.current.focus(), 0);
    } catch (err) {
      const k = (err as { kind?: string }).kind;
      setFailure(
        k == 'offline'
          ? t.failedOffline
          : k == 'timeout'
            ? t.failedTimeout
            : k == 'refused'
              ? t.failedRefused.replace('{reason}', String((err as Error).message))
              : k == 'no-identity'
                ? t.failedIdentity
                : t.failedServer,
      );
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <section class="consentry-rights consentry-rights-done" aria-labelledby={`${id}-done`} data-consentry-rights-done>
        <H id={`${id}-done`} tabIndex={-1} ref={doneRef}>
          {t.doneTitle}
        </H>
        <dl>
          <dt>{t.doneId}</dt>
          <dd>
            <code data-request-id style={WRAP}>
              {done.id}
            </code>
          </dd>
          <dt>{t.doneKind}</dt>
          <dd>{t.kinds[done.type] ? t.kinds[done.type].label : done.type}</dd>
          <dt>{t.doneReceived}</dt>
          <dd>{dateText(done.receivedAt, locale)}</dd>
          <dt>{t.doneAnswerBy}</dt>
          <dd data-answer-by={done.answerBy}>
            <strong>{dateText(done.answerBy, locale)}</strong> ({done.term == '1 month' ? t.term1m : t.term10})
          </dd>
          <dt>{t.doneDigest}</dt>
          <dd>
            <code class="consentry-rights-digest" style={WRAP}>
              {done.receipt.digest}
            </code>
          </dd>
        </dl>
        <p>{t.doneKeep}</p>
        <p>
          <button type="button" onClick={() => saveReceipt(done)}>
            {t.download}
          </button>{' '}
          <button type="button" onClick={() => (setDone(null), setMessage(''))}>
            {t.another}
          </button>
        </p>
      </section>
    );

  return (
    <form class="consentry-rights" aria-labelledby={`${id}-title`} noValidate onSubmit={send} lang={lang}>
      <H id={`${id}-title`}>{t.title}</H>
      <p>{t.intro}</p>
      {kindChoices(t, id, kind, setKind)}
      <Field id={`${id}-contact`} label={t.contact} hint={t.contactHint} error={errors.contact} control={contactRef}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="email"
            autoComplete="email"
            maxLength={200}
            value={contact}
            onInput={(e) => setContact((e.target as HTMLInputElement).value)}
          />
        )}
      </Field>
      <Field id={`${id}-message`} label={t.message} hint={t.messageHint} error={errors.message} control={messageRef}>
        {(control) => (
          <textarea
            {...control}
            rows={5}
            maxLength={2000}
            value={message}
            onInput={(e) => setMessage((e.target as HTMLTextAreaElement).value)}
          />
        )}
      </Field>
      <p class="consentry-rights-term" data-term={answerTerm(props.jurisdiction)}>
        {answerTerm(props.jurisdiction) == '1 month' ? t.term1m : t.term10}
      </p>
      <div role="alert" class="consentry-rights-failure" style={{ fontWeight: 600, margin: '0.5em 0' }}>
        {failure}
      </div>
      <button type="submit" disabled={busy} aria-busy={busy}>
        {busy ? t.sending : t.submit}
      </button>
    </form>
  );
}
