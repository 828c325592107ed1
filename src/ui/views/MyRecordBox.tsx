import { useEffect, useState } from 'preact/hooks';
import { localize } from '../../core/localize';
import type { Consent } from '../../core/types';
import type { MyRecord, MyRecordSummary, Strings } from '../types';

/** A date and time in the visitor's locale, via Intl. */
export const formatDate = (at: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(at));

/** "My consent record": the latest receipt's id, date, policy version and choices, and a Download button. */
export function MyRecordBox({ record, consent, locale, t }: { record: MyRecord; consent: Consent; locale: string; t: Strings }) {
  const [summary, setSummary] = useState<MyRecordSummary | null | undefined>();
  const [failed, setFailed] = useState('');
  useEffect(() => {
    let live = true;
    record.latest().then(
      (s) => live && setSummary(s),
      (e) => {
        console.error('consentry:', e);
        if (live) setSummary(null);
      },
    );
    return () => void (live = false);
  }, [record]);
  const title = (id: string) => {
    const p = consent.config.purposes.find((x) => x.id == id);
    return p ? localize(p.title, locale) : id;
  };
  const download = () => {
    setFailed('');
    record.download().catch((e) => {
      console.error('consentry:', e);
      setFailed(t.failed);
    });
  };
  return (
    <section class="cs-box" aria-labelledby="cs-record-title" data-consentry-record="">
      <h3 id="cs-record-title">{t.recordTitle}</h3>
      {summary === undefined ? (
        <p>{t.recordLoading}</p>
      ) : summary === null ? (
        <p>{t.recordNone}</p>
      ) : (
        <>
          <dl>
            <dt>{t.recordId}</dt>
            <dd>
              <code>{summary.id}</code>
            </dd>
            <dt>{t.recordDate}</dt>
            <dd>{formatDate(summary.at, locale)}</dd>
            {summary.policyVersion && [<dt key="p">{t.recordPolicy}</dt>, <dd key="pv">{summary.policyVersion}</dd>]}
            <dt>{t.recordChoices}</dt>
            <dd>
              <ul>
                {summary.purposes.map((p) => (
                  <li key={p.id}>
                    {title(p.id)}: {t[`state_${p.state}`]}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
          <button type="button" class="cs-btn" data-action="download-record" onClick={download}>
            {t.download}
          </button>
          {failed && (
            <p class="cs-warn" role="alert">
              {failed}
            </p>
          )}
        </>
      )}
    </section>
  );
}
