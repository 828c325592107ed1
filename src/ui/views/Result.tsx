import { localize } from '../../core/localize';
import type { Consent, MarketingResult } from '../../core/types';
import { channelName } from '../first-layer';
import type { Strings } from '../types';

/**
 * The marketing result notice (Network Act 50⑦, Enforcement Decree 62-2) after a visitor agreed to,
 * refused or withdrew advertising messages: the sender, the date the choice was expressed (Intl), and the
 * result per channel and night-time. The widget shows it as a panel; sites may render it themselves from the
 * `marketing-result` event (and send the same by e-mail or SMS within 14 days). `inline`: in the flow of
 * the page (the form layout) rather than a panel over it.
 */
export function MarketingResultBox(props: {
  consent: Consent;
  result: MarketingResult;
  locale: string;
  t: Strings;
  onClose?(): void;
  inline?: boolean;
}) {
  const { consent, result, locale, t, onClose } = props;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(result.at));
  const outcome = (o: string) => (t as { [k: string]: string })['mr_' + o] || o;
  return (
    // a panel over the page, or a box in the flow (the inline form, a site's own page)
    <section
      class={onClose && !props.inline ? 'cs-banner cs-result' : 'cs-box cs-result'}
      aria-labelledby="cs-mr-title"
      data-consentry-result=""
    >
      <h2 id="cs-mr-title">{t.mrTitle}</h2>
      <p>{t.mrText}</p>
      <dl>
        <dt>{t.mrSender}</dt>
        <dd data-sender="">{result.sender}</dd>
        <dt>{t.mrDate}</dt>
        <dd data-date="">{date}</dd>
      </dl>
      {result.purposes.map((r) => {
        const p = consent.config.purposes.find((x) => x.id == r.id);
        const rows: [string, string, string][] = Object.keys(r.channels || {}).map((c) => [channelName(t, c), r.channels![c], c]);
        if (r.nightTime) rows.push([t.nightTime, r.nightTime, 'nightTime']);
        if (!rows[0] && r.choice) rows.push([t.mrResult, r.choice, '']);
        return (
          <div key={r.id} data-purpose={r.id}>
            <h3>{p ? localize(p.title, locale) : r.id}</h3>
            <dl>
              {rows.map(([label, o, c]) => [
                <dt key={c + 't'}>{label}</dt>,
                <dd key={c + 'd'} data-channel={c || undefined} data-outcome={o}>
                  {outcome(o)}
                </dd>,
              ])}
            </dl>
          </div>
        );
      })}
      {onClose && (
        <div class="cs-btns">
          <button type="button" class="cs-btn" data-action="close" onClick={onClose}>
            {t.ok}
          </button>
        </div>
      )}
    </section>
  );
}
