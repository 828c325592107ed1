import { localize } from '../../core/localize';
import type { Purpose } from '../../core/types';
import { channelName } from '../first-layer';
import type { Strings } from '../types';
import { Disclosure, Toggle } from './Disclosure';

/** One item's answer in the form: the item, each marketing channel, night-time sending. */
export interface Tick {
  on: boolean;
  channels: { [channel: string]: boolean };
  night: boolean;
}

/** Items the visitor answers (a `notice` item is only shown). */
export const choosable = (p: Purpose): boolean => p.necessity != 'notice';

interface FormItemProps {
  p: Purpose;
  k: Tick;
  locale: string;
  t: Strings;
  /** A child's items show the guardian's answers and cannot be changed. */
  locked: boolean;
  /** A required item left unticked after a submit. */
  missing: boolean;
  toggle(on: boolean): void;
  update(patch: Partial<Tick>): void;
}

/**
 * One item of the consent form: its checkbox (none for a `notice` item) with the required/optional mark,
 * its full text behind a toggle, and its marketing channels and night-time sending as checkboxes of their own.
 */
export function FormItem({ p, k, locale, t, locked, missing, toggle, update }: FormItemProps) {
  const title = localize(p.title, locale);
  const mark = (
    <span class={`cs-mark cs-${p.necessity}`}>
      {t[p.necessity == 'required' ? 'markRequired' : p.necessity == 'optional' ? 'markOptional' : 'markNotice']}
    </span>
  );
  const desc = localize(p.description, locale);
  return (
    <li class="cs-item" data-purpose={p.id}>
      <div class="cs-item-head">
        {choosable(p) ? (
          <label class="cs-check">
            <input
              type="checkbox"
              value="agree"
              checked={k.on}
              disabled={locked}
              aria-required={p.necessity == 'required'}
              aria-invalid={missing}
              aria-describedby={missing ? 'cs-form-error' : undefined}
              onChange={(e) => toggle((e.target as HTMLInputElement).checked)}
            />
            <span>
              {mark}
              {title}
            </span>
          </label>
        ) : (
          <span class="cs-check">
            <span>
              {mark}
              {title}
            </span>
          </span>
        )}
      </div>
      <Toggle id={`cs-f-${p.id}`} label={t.showText} extra={title}>
        {desc && <p class="cs-desc">{desc}</p>}
        <Disclosure purpose={p} locale={locale} t={t} />
      </Toggle>
      {choosable(p) && ((p.channels && p.channels.length > 0) || p.nightTime) && (
        <fieldset class="cs-sub">
          <legend>{t.channels}</legend>
          {(p.channels || []).map((c) => (
            <label class="cs-check" key={c}>
              <input
                type="checkbox"
                value="agree"
                data-channel={c}
                checked={k.channels[c]}
                disabled={locked}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  update({ on: on || k.on, channels: { ...k.channels, [c]: on } });
                }}
              />
              {channelName(t, c)}
            </label>
          ))}
          {p.nightTime && (
            <label class="cs-check">
              <input
                type="checkbox"
                value="agree"
                data-night-time=""
                checked={k.night}
                disabled={locked}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  update({ night: on, on: on || k.on });
                }}
              />
              {t.nightTime}
            </label>
          )}
        </fieldset>
      )}
    </li>
  );
}
