import { localize } from '../../core/localize';
import type { Choice, Purpose } from '../../core/types';
import { channelName } from '../first-layer';
import type { Strings } from '../types';
import { Disclosure, Toggle } from './Disclosure';

/** A visitor's answer to one purpose in the dialog; nothing is pre-selected for unanswered purposes. */
export interface Answer {
  choice?: Choice;
  channels: { [channel: string]: Choice };
  nightTime?: Choice;
}
export type Answers = { [id: string]: Answer };

function Radios({
  name,
  value,
  onChange,
  t,
  invalid,
}: {
  name: string;
  value?: Choice;
  onChange(c: Choice): void;
  t: Strings;
  invalid?: boolean;
}) {
  return (
    <div class="cs-choices">
      {(['agree', 'disagree'] as const).map((c) => (
        <label key={c}>
          <input type="radio" name={name} value={c} checked={value == c} aria-invalid={invalid || undefined} onChange={() => onChange(c)} />
          {c == 'agree' ? t.agree : t.disagree}
        </label>
      ))}
    </div>
  );
}

/**
 * One purpose in the dialog (and in the guardian's sheet): title and badge, summary, details, and the
 * Agree / Disagree choice with channels and night-time. Notices are shown with their basis, never with a
 * choice. `invalid` marks a row that still needs an answer; `ask`, one the banner left to the dialog.
 */
export function PurposeRow(props: {
  purpose: Purpose;
  answer: Answer;
  before?: Choice;
  locale: string;
  t: Strings;
  onChange(a: Answer): void;
  invalid?: boolean;
  ask?: boolean;
  prefix?: string;
}) {
  const { purpose: p, answer: a, locale, t } = props;
  const pre = props.prefix || 'cs';
  const title = localize(p.title, locale);
  const desc = localize(p.description, locale);
  const badge = <span class={`cs-badge cs-${p.necessity}`}>{t[p.necessity]}</span>;
  const details = (
    <Toggle id={`${pre}-d-${p.id}`} label={t.details} extra={title}>
      <Disclosure purpose={p} locale={locale} t={t} />
    </Toggle>
  );
  if (p.necessity == 'notice')
    return (
      <div class="cs-row" role="group" aria-labelledby={`${pre}-t-${p.id}`} data-purpose={p.id}>
        <p class="cs-row-title" id={`${pre}-t-${p.id}`}>
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
  const name = `${pre}-${p.id}`;
  return (
    <fieldset class={'cs-row' + (props.invalid ? ' cs-invalid' : props.ask ? ' cs-ask' : '')} data-purpose={p.id}>
      <legend>
        {title}
        {badge}
      </legend>
      {desc && <p class="cs-desc">{desc}</p>}
      {details}
      <Radios name={name} value={a.choice} onChange={(choice) => set({ choice })} t={t} invalid={props.invalid} />
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
