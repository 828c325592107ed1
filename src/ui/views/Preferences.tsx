import { hasRequired } from '../first-layer';
import { useState } from 'preact/hooks';
import { formatList } from '../../core/fmt';
import { sellsOrShares } from '../../core/kinds';
import { localize } from '../../core/localize';
import type { Choice, Consent, DecisionInput } from '../../core/types';
import { fmt } from '../locale';
import type { MountOptions, Strings } from '../types';
import { Dialog } from './Dialog';
import { ProcessorsNotice } from './Disclosure';
import { GuideBox } from './GuideBox';
import { MyRecordBox } from './MyRecordBox';
import { GuardianForm, minimumAge } from './Guardian';
import { PurposeRow, type Answers } from './PurposeRow';
import { RefuseAll } from './RefuseAll';

export { PurposeRow, type Answer, type Answers } from './PurposeRow';
export { channelName } from '../first-layer';

/** The answers the visitor gave earlier (still valid ones), as the dialog's starting point. */
export function currentAnswers(consent: Consent): Answers {
  const out: Answers = {};
  for (const p of consent.config.purposes) {
    const s = consent.get(p.id);
    out[p.id] = {
      choice: s && s.choice,
      channels: { ...(s && s.choice && s.channels) },
      nightTime: s && s.choice ? s.nightTime : undefined,
    };
  }
  return out;
}

/**
 * Records the dialog's answers through the core: a purpose changed from agree to disagree is withdrawn
 * (`withdraw`), every other answered purpose is decided as answered (`decide`); unanswered purposes are
 * left as they are. Required purposes the visitor never agreed to cannot be refused by `decide`, so a
 * "disagree" there records nothing.
 */
export async function saveAnswers(
  consent: Consent,
  answers: Answers,
  meta: { method: 'preferences' | 'form'; locale: string },
): Promise<void> {
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

export interface PreferencesProps {
  consent: Consent;
  locale: string;
  t: Strings;
  options?: MountOptions;
  /** Called when the dialog closes; `saved` is true when a decision was recorded. */
  onClose(saved: boolean): void;
  /** Ids the banner's "Agree to all" left for the dialog to ask. */
  rest?: string[];
}

/**
 * The preferences dialog: every purpose with its disclosures and choices, the processors notice, the
 * visitor's record, the cookie guide. `rest`: the purposes the banner's "Agree to all" left to it, named
 * at the top. For a child (guardian mode) only the guardian's agreements count: the dialog says so and
 * offers the guardian's sheet instead of "Agree to all".
 */
export function Preferences({ consent, locale, t, options = {}, onClose, rest }: PreferencesProps) {
  const [answers, setAnswers] = useState(() => currentAnswers(consent));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [guardian, setGuardian] = useState(false);
  const [note, setNote] = useState('');
  const before = currentAnswers(consent);
  const purposes = consent.config.purposes;
  const required = hasRequired(consent);
  const kids = consent.config.children;
  const child = !!kids && kids.mode == 'guardian' && consent.snapshot().ageGroup == 'child';
  // the browser's GPC signal refuses selling and sharing where the region does not ask first: the visitor is
  // told before agreeing here takes precedence over it (CCPA regulations, 11 CCR § 7025(c)(3))
  const gpcConflict =
    consent.snapshot().gpc &&
    consent.config.gpc != 'ignore' &&
    (consent.region || { model: 'opt-in' }).model != 'opt-in' &&
    purposes.some(sellsOrShares);
  const meta = { method: 'preferences' as const, locale, overGpc: gpcConflict || undefined };
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
  const [asked] = useState(() => rest || []);
  const titles = asked
    .map((id) => purposes.find((p) => p.id == id))
    .filter(Boolean)
    .map((p) => localize(p!.title, locale));
  return (
    <Dialog labelledBy="cs-prefs-title" describedBy="cs-prefs-intro" onClose={() => onClose(!!note)}>
      <div class="cs-head">
        <h2 id="cs-prefs-title">{guardian ? t.guardianTitle : t.prefsTitle}</h2>
        <button type="button" class="cs-x" data-action="close" aria-label={t.close} title={t.close} onClick={() => onClose(!!note)}>
          ×
        </button>
      </div>
      {guardian ? (
        <div class="cs-body">
          <GuardianForm
            consent={consent}
            locale={locale}
            t={t}
            options={options}
            onDone={(n) => {
              setNote(n);
              setAnswers(currentAnswers(consent));
              setGuardian(false);
            }}
          />
        </div>
      ) : (
        [
          <div class="cs-body" key="b">
            <p id="cs-prefs-intro">{t.prefsIntro}</p>
            {note && (
              <p role="status" class="cs-note-ok">
                {note}
              </p>
            )}
            {titles[0] && (
              <p class="cs-rest" role="status">
                {fmt(t.restIntro, { titles: formatList(titles, locale) })}
              </p>
            )}
            {child && <p class="cs-rest">{fmt(t.childNote, { age: minimumAge(consent) })}</p>}
            {gpcConflict && (
              <p class="cs-rest" data-consentry-gpc="">
                {t.gpcConflict}
              </p>
            )}
            {/* what the banner left to the dialog comes first */}
            {purposes
              .filter((p) => asked.includes(p.id))
              .concat(purposes.filter((p) => !asked.includes(p.id)))
              .map((p) => (
                <PurposeRow
                  key={p.id}
                  purpose={p}
                  answer={answers[p.id]}
                  before={before[p.id].choice}
                  locale={locale}
                  t={t}
                  ask={asked.includes(p.id)}
                  onChange={(a) => setAnswers({ ...answers, [p.id]: a })}
                />
              ))}
            <ProcessorsNotice processors={consent.config.processors} locale={locale} t={t} />
            {options.myRecord && <MyRecordBox record={options.myRecord} consent={consent} locale={locale} t={t} />}
            {options.guide && <GuideBox guide={options.guide} locale={locale} t={t} />}
          </div>,
          <div class="cs-foot" key="f">
            <div class="cs-btns">
              {child ? (
                <button type="button" class="cs-btn" data-action="guardian" disabled={busy} onClick={() => setGuardian(true)}>
                  {t.guardianStart}
                </button>
              ) : (
                <button
                  type="button"
                  class="cs-btn"
                  data-action="agree-all"
                  disabled={busy}
                  onClick={() => run(() => consent.agreeAll(meta))}
                >
                  {t.agreeAll}
                </button>
              )}
              <RefuseAll consent={consent} meta={meta} required={required} busy={busy} run={run} t={t} />
              <button
                type="button"
                class="cs-btn"
                data-action="save"
                disabled={busy}
                onClick={() => run(() => saveAnswers(consent, answers, meta))}
              >
                {t.save}
              </button>
            </div>
            {error && (
              <p class="cs-warn" role="alert">
                {error}
              </p>
            )}
          </div>,
        ]
      )}
    </Dialog>
  );
}
