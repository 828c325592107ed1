import { useEffect, useRef, useState } from 'preact/hooks';
import { ConsentError } from '../../core/errors';
import type { Choice, Consent, ConsentSnapshot, DecisionInput, Purpose } from '../../core/types';
import { fmt } from '../locale';
import type { MountOptions, Strings } from '../types';
import { ProcessorsNotice } from './Disclosure';
import { choosable, FormItem, type Tick } from './FormItem';
import { GuardianDialog, minimumAge } from './Guardian';

/** The form's controls, for the page that submits it. */
export interface FormApi {
  /** Every required item agreed (and the age / guardian step done when children are configured). */
  valid(): boolean;
  /** Records the form (`method: 'form'`): ticked items agreed, unticked optional items disagreed. Rejects while not valid. */
  submit(): Promise<ConsentSnapshot>;
}

type Ticks = { [id: string]: Tick };

const yes = (b: boolean): Choice => (b ? 'agree' : 'disagree');

/** What counts now (for a child: what the guardian agreed to), as ticks. */
function initial(consent: Consent): Ticks {
  const out: Ticks = {};
  for (const p of consent.config.purposes) {
    const on = (c?: string) => consent.isGranted(p.id, c);
    const channels: { [c: string]: boolean } = {};
    for (const c of p.channels || []) channels[c] = on(c);
    out[p.id] = { on: on(), channels, night: on('nightTime') };
  }
  return out;
}

function everything(consent: Consent, on: boolean): Ticks {
  const out: Ticks = {};
  for (const p of consent.config.purposes) {
    const channels: { [c: string]: boolean } = {};
    for (const c of p.channels || []) channels[c] = on;
    out[p.id] = { on, channels, night: on && !!p.nightTime };
  }
  return out;
}

/** The decision the ticks make: unticked items disagreed; a ticked item with channels or night-time sending answers each. */
function choicesOf(list: Purpose[], ticks: Ticks): { [id: string]: DecisionInput } {
  const choices: { [id: string]: DecisionInput } = {};
  for (const p of list) {
    const k = ticks[p.id];
    if (k.on && (p.channels || p.nightTime)) {
      const channels: { [c: string]: Choice } = {};
      for (const c of p.channels || []) channels[c] = yes(k.channels[c]);
      choices[p.id] = { choice: 'agree', channels, ...(p.nightTime ? { nightTime: yes(k.night) } : {}) };
    } else choices[p.id] = yes(k.on);
  }
  return choices;
}

/** The age question (children configured): `age` is the minimum age, `invalid` marks it unanswered on a failed submit. */
function AgeQuestion({
  t,
  age,
  group,
  invalid,
  answer,
}: {
  t: Strings;
  age: number;
  group?: string;
  invalid: boolean;
  answer(g: 'adult' | 'child'): void;
}) {
  return (
    <fieldset class="cs-age" data-consentry-age="">
      <legend>{t.ageLegend}</legend>
      <div class="cs-choices">
        {(['adult', 'child'] as const).map((g) => (
          <label key={g}>
            <input type="radio" name="cs-age" value={g} checked={group == g} aria-invalid={invalid} onChange={() => answer(g)} />
            {fmt(g == 'adult' ? t.ageYes : t.ageNo, { age })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface ConsentFormProps {
  consent: Consent;
  locale: string;
  t: Strings;
  /** `submitButton`, `onSubmit`, `onValidChange`, `verifyGuardian` are used. */
  options?: MountOptions;
  /** Receives the form's `valid()` / `submit()`. */
  apiRef?: { current: FormApi | null };
}

/**
 * The inline consent form for sign-up pages, Korean style: an "agree to all" master checkbox above the
 * individual items, each with its full text behind a toggle, required items marked, marketing channels
 * and night-time sending as their own checkboxes, and the processors notice. Refusing optional items never
 * makes it invalid. Children: the age question first; a child's items are answered by the guardian in the
 * guardian's sheet ("법정대리인에게 동의 요청"), and the form then shows those answers, read-only; with
 * `children.mode: 'refuse'` a child is told that sign-up is not possible.
 */
export function ConsentForm({ consent, locale, t, options = {}, apiRef }: ConsentFormProps) {
  const purposes = consent.config.purposes;
  const age = minimumAge(consent);
  const [ticks, setTicks] = useState(() => initial(consent));
  const [ageGroup, setAgeGroup] = useState(() => consent.snapshot().ageGroup);
  const [guardian, setGuardian] = useState(() => !!consent.snapshot().guardian);
  const [sheet, setSheet] = useState(false);
  const [note, setNote] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  const list = purposes.filter(choosable);
  const refuse = !!age && consent.config.children!.mode == 'refuse';
  const child = ageGroup == 'child';
  // a child's items are the guardian's answers: shown, not changed here
  const locked = child;
  const ageOk = !age || ageGroup == 'adult' || (child && !refuse && guardian);
  const valid = ageOk && list.every((p) => p.necessity != 'required' || (locked ? consent.isGranted(p.id) : ticks[p.id].on));
  const all = list.every((p) => {
    const k = ticks[p.id];
    return k.on && (p.channels || []).every((c) => k.channels[c]) && (!p.nightTime || k.night);
  });

  useEffect(() => {
    if (options.onValidChange) options.onValidChange(valid);
  }, [valid]);

  const submit = (): Promise<ConsentSnapshot> => {
    if (!valid) {
      setShowErrors(true);
      // bring the visitor to the first thing still missing
      const missing = list.find((p) => p.necessity == 'required' && !ticks[p.id].on);
      const sel = !ageOk || locked ? (ageGroup ? '[data-action="guardian"]' : '[name="cs-age"]') : `[data-purpose="${missing!.id}"] input`;
      const first = box.current && box.current.querySelector<HTMLElement>(sel);
      if (first) first.focus();
      return Promise.reject(new ConsentError('consent form is not complete: every required item must be agreed'));
    }
    // the guardian's decision is the form's decision for a child
    if (locked) {
      const snapshot = consent.snapshot();
      if (options.onSubmit) options.onSubmit(snapshot);
      return Promise.resolve(snapshot);
    }
    setBusy(true);
    return consent.decide(choicesOf(list, ticks), { method: 'form', locale }).then(
      (snapshot) => {
        setBusy(false);
        if (options.onSubmit) options.onSubmit(snapshot);
        return snapshot;
      },
      (e) => {
        setBusy(false);
        throw e;
      },
    );
  };
  if (apiRef) apiRef.current = { valid: () => valid, submit };

  const update = (id: string, patch: Partial<Tick>) => setTicks({ ...ticks, [id]: { ...ticks[id], ...patch } });
  const toggleItem = (p: Purpose, on: boolean) => {
    const k = ticks[p.id];
    const channels = { ...k.channels };
    // ticking marketing ticks its channels (the visitor unticks the ones they do not want); unticking clears them
    if (!on || !Object.values(channels).some(Boolean)) for (const c of p.channels || []) channels[c] = on;
    update(p.id, { on, channels, night: on && k.night });
  };
  const answerAge = (g: 'adult' | 'child') => {
    consent.setAgeGroup(g);
    setAgeGroup(g);
    setTicks(g == 'child' ? initial(consent) : ticks);
  };
  const guardianDone = (n?: string) => {
    setSheet(false);
    if (!n) return;
    setGuardian(true);
    setNote(n);
    setTicks(initial(consent));
  };

  return (
    <div class="cs-form" ref={box} role="group" aria-labelledby="cs-form-title" data-consentry-form="">
      <h2 id="cs-form-title">{t.formTitle}</h2>
      {age > 0 && <AgeQuestion t={t} age={age} group={ageGroup} invalid={showErrors && !ageGroup} answer={answerAge} />}
      {child && refuse && (
        <p class="cs-error" role="alert" data-refused="">
          {fmt(t.formChildRefused, { age })}
        </p>
      )}
      {child && !refuse && (
        <section class="cs-box cs-guardian-box" aria-labelledby="cs-g-title">
          <h3 id="cs-g-title">{t.guardianTitle}</h3>
          <p>{fmt(guardian ? t.formGuardianNote : t.formGuardianAsk, { age })}</p>
          {note && (
            <p role="status" class="cs-note-ok">
              {note}
            </p>
          )}
          <button type="button" class="cs-btn" data-action="guardian" aria-invalid={showErrors && !guardian} onClick={() => setSheet(true)}>
            {t.guardianStart}
          </button>
        </section>
      )}
      {sheet && <GuardianDialog consent={consent} locale={locale} t={t} options={options} onClose={guardianDone} />}
      {!locked && (
        <div class="cs-all">
          <label class="cs-check">
            <input type="checkbox" data-action="agree-all" checked={all} onChange={() => setTicks(everything(consent, !all))} />
            {t.formAll}
          </label>
          <p class="cs-note">{t.formAllNote}</p>
        </div>
      )}
      <ul class="cs-list">
        {purposes.map((p) => (
          <FormItem
            key={p.id}
            p={p}
            k={ticks[p.id]}
            locale={locale}
            t={t}
            locked={locked}
            missing={showErrors && p.necessity == 'required' && !ticks[p.id].on}
            toggle={(on) => toggleItem(p, on)}
            update={(patch) => update(p.id, patch)}
          />
        ))}
      </ul>
      <ProcessorsNotice processors={consent.config.processors} locale={locale} t={t} id="cs-f-processors" />
      {showErrors && !valid && (
        <p class="cs-error" id="cs-form-error" role="alert">
          {t.formInvalid}
        </p>
      )}
      {options.submitButton && (
        <button type="button" class="cs-btn" data-action="save" disabled={busy} onClick={() => submit().catch(() => {})}>
          {t.submit}
        </button>
      )}
    </div>
  );
}
