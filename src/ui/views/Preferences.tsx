import { useState } from 'preact/hooks';
import { localize } from '../../core/localize';
import type { Choice, Consent, DecisionInput, Purpose } from '../../core/types';
import type { MountOptions, Strings } from '../types';
import { Dialog } from './Dialog';
import { Disclosure, Toggle } from './Disclosure';
import { GuideBox, MyRecordBox } from './extras';

/** A visitor's answer to one purpose in the dialog; nothing is pre-selected for unanswered purposes. */
export interface Answer {
  choice?: Choice;
  channels: { [channel: string]: Choice };
  nightTime?: Choice;
}
export type Answers = { [id: string]: Answer };

/** The answers the visitor gave earlier (still valid ones), as the dialog's starting point. */
export function currentAnswers(consent: Consent): Answers {
  const out: Answers = {};
  for (const p of consent.config.purposes) {
    const s = consent.get(p.id);
    out[p.id] = { choice: s && s.choice, channels: { ...(s && s.choice && s.channels) }, nightTime: s && s.choice ? s.nightTime : undefined };
  }
  return out;
}

/** The channel's label: a built-in name (`ch_email`), else the id as written. */
export const channelName = (t: Strings, ch: string): string => (t as { [k: string]: string })['ch_' + ch] || ch;

/**
 * Records the dialog's answers through the core: a purpose changed from agree to disagree is withdrawn
 * (`withdraw`), every other answered purpose is decided as answered (`decide`); unanswered purposes are
 * left as they are. Required purposes the visitor never agreed to cannot be refused by `decide`, so a
 * "disagree" there records nothing.
 */
export async function saveAnswers(consent: Consent, answers: Answers, meta: { method: 'preferences' | 'form'; locale: string }): Promise<void> {
  const decide: { [id: string]: DecisionInput } = {};
  const withdraw: string[] = [];
  for (const p of consent.config.purposes) {
    const a = answers[p.id];
    if (p.necessity == 'notice' || !a || !a.choice) continue;
    const before = consent.get(p.id);
    if (a.choice == 'disagree' && before && before.choice == 'agree') withdraw.push(p.id);
    else if (a.choice == 'disagree' && p.necessity == 'required') continue;
    else if (a.choice == 'agree' && (p.channels || p.nightTime)) {
      const channels: { [c: string]: Choice } = {};
      for (const c of p.channels || []) if (a.channels[c]) channels[c] = a.channels[c];
      decide[p.id] = { choice: 'agree', channels, ...(p.nightTime && a.nightTime ? { nightTime: a.nightTime } : {}) };
    } else decide[p.id] = a.choice;
  }
  if (withdraw.length) await consent.withdraw(withdraw, meta);
  if (Object.keys(decide).length) await consent.decide(decide, meta);
}

function Radios({ name, value, onChange, t }: { name: string; value?: Choice; onChange(c: Choice): void; t: Strings }) {
  return (
    <div class="cs-choices">
      {(['agree', 'disagree'] as const).map((c) => (
        <label key={c}>
          <input type="radio" name={name} value={c} checked={value == c} onChange={() => onChange(c)} />
          {c == 'agree' ? t.agree : t.disagree}
        </label>
      ))}
    </div>
  );
}

/** One purpose in the dialog: title and badge, summary, details, and the Agree / Disagree choice (with channels and night-time). */
export function PurposeRow(props: { purpose: Purpose; answer: Answer; before?: Choice; locale: string; t: Strings; onChange(a: Answer): void }) {
  const { purpose: p, answer: a, locale, t } = props;
  const title = localize(p.title, locale);
  const desc = localize(p.description, locale);
  const badge = <span class={`cs-badge cs-${p.necessity}`}>{t[p.necessity]}</span>;
  const details = (
    <Toggle id={`cs-d-${p.id}`} label={t.details} extra={title}>
      <Disclosure purpose={p} locale={locale} t={t} />
    </Toggle>
  );
  if (p.necessity == 'notice')
    return (
      <div class="cs-row" role="group" aria-labelledby={`cs-t-${p.id}`} data-purpose={p.id}>
        <p class="cs-row-title" id={`cs-t-${p.id}`}>
          {title}
          {badge}
        </p>
        {desc && <p class="cs-desc">{desc}</p>}
        <p class="cs-desc">{t.noticeText}</p>
        {details}
      </div>
    );
  const set = (patch: Partial<Answer>) => props.onChange({ ...a, ...patch });
  const off = a.choice != 'agree';
  const name = `cs-${p.id}`;
  return (
    <fieldset class="cs-row" data-purpose={p.id}>
      <legend>
        {title}
        {badge}
      </legend>
      {desc && <p class="cs-desc">{desc}</p>}
      {details}
      <Radios name={name} value={a.choice} onChange={(choice) => set({ choice })} t={t} />
      {p.necessity == 'required' && a.choice == 'disagree' && props.before == 'agree' && <p class="cs-warn">{t.requiredWarning}</p>}
      {p.channels && p.channels.length > 0 && (
        <fieldset class="cs-sub" disabled={off}>
          <legend>{t.channels}</legend>
          {p.channels.map((c) => (
            <fieldset class="cs-ch" key={c} data-channel={c}>
              <legend>{channelName(t, c)}</legend>
              <Radios name={`${name}-ch-${c}`} value={a.channels[c]} onChange={(v) => set({ channels: { ...a.channels, [c]: v } })} t={t} />
            </fieldset>
          ))}
        </fieldset>
      )}
      {p.nightTime && (
        <fieldset class="cs-ch cs-sub" disabled={off} data-night-time="">
          <legend>{t.nightTime}</legend>
          <Radios name={`${name}-night`} value={a.nightTime} onChange={(nightTime) => set({ nightTime })} t={t} />
        </fieldset>
      )}
    </fieldset>
  );
}

export interface PreferencesProps {
  consent: Consent;
  locale: string;
  t: Strings;
  options?: MountOptions;
  /** Called when the dialog closes; `saved` is true when a decision was recorded. */
  onClose(saved: boolean): void;
}

/** The preferences dialog: every purpose with its disclosures and choices, the visitor's record, the cookie guide. */
export function Preferences({ consent, locale, t, options = {}, onClose }: PreferencesProps) {
  const [answers, setAnswers] = useState(() => currentAnswers(consent));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const before = currentAnswers(consent);
  const required = consent.config.purposes.some((p) => p.necessity == 'required');
  const meta = { method: 'preferences' as const, locale };
  const run = (fn: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(true);
    setError('');
    fn().then(
      () => onClose(true),
      (e) => {
        console.error('consentry:', e);
        setError(t.failed);
        setBusy(false);
      },
    );
  };
  return (
    <Dialog labelledBy="cs-prefs-title" describedBy="cs-prefs-intro" onClose={() => onClose(false)}>
      <div class="cs-head">
        <h2 id="cs-prefs-title">{t.prefsTitle}</h2>
        <button type="button" class="cs-x" data-action="close" aria-label={t.close} title={t.close} onClick={() => onClose(false)}>
          ×
        </button>
      </div>
      <div class="cs-body">
        <p id="cs-prefs-intro">{t.prefsIntro}</p>
        {consent.config.purposes.map((p) => (
          <PurposeRow
            key={p.id}
            purpose={p}
            answer={answers[p.id]}
            before={before[p.id].choice}
            locale={locale}
            t={t}
            onChange={(a) => setAnswers({ ...answers, [p.id]: a })}
          />
        ))}
        {options.myRecord && <MyRecordBox record={options.myRecord} consent={consent} locale={locale} t={t} />}
        {options.guide && <GuideBox guide={options.guide} locale={locale} t={t} />}
      </div>
      <div class="cs-foot">
        <div class="cs-btns">
          <button type="button" class="cs-btn" data-action="agree-all" disabled={busy} onClick={() => run(() => consent.agreeAll(meta))}>
            {t.agreeAll}
          </button>
          <button
            type="button"
            class="cs-btn"
            data-action="disagree-all"
            disabled={busy}
            onClick={() => run(() => consent.disagreeAll({ ...meta, acceptRequired: required }))}
          >
            {required ? t.requiredOnly : t.disagreeAll}
          </button>
          <button type="button" class="cs-btn" data-action="save" disabled={busy} onClick={() => run(() => saveAnswers(consent, answers, meta))}>
            {t.save}
          </button>
        </div>
        {error && (
          <p class="cs-warn" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
