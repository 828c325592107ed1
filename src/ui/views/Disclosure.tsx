import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { transfers } from '../../core/kinds';
import { formatList } from '../../core/fmt';
import { localize } from '../../core/localize';
import type { Localized, Processor, Purpose } from '../../core/types';
import type { Strings } from '../types';

/** Kinds whose purpose text itself is important content (PIPA 시행령 17③: promotion contact, sensitive data…). */
const EM_PURPOSE = ['marketing', 'advertising', 'sensitive', 'unique_id', 'purpose_change'];
const EM_ITEMS = ['sensitive', 'unique_id'];

/**
 * The disclosures the law asks for, by kind, each with its own labels: purpose, items,
 * retention, the right to refuse and what refusing costs (PIPA 15②); for provision to a third party the
 * recipient, its purpose, the items provided and its retention (17②); for a transfer abroad, per receiving
 * party, the items, country, timing and method, the receiving party and its contact, purpose and retention,
 * and how to refuse (28-8②). Important content is emphasised (`.cs-em`) unless `emphasis: false`.
 */
export function Disclosure({ purpose: p, locale, t }: { purpose: Purpose; locale: string; t: Strings }) {
  const L = (v: Localized | undefined) => localize(v, locale);
  const list = (v: Localized[] | undefined) => formatList((v || []).map(L), locale);
  const em = p.emphasis !== false;
  const rows: Row[] = [];
  const add = (label: string, value: string, emph?: boolean) => rows.push([label, value, em && emph]);
  add(t.purpose, L(p.purpose), EM_PURPOSE.includes(p.kind));
  add(t.items, list(p.items), EM_ITEMS.includes(p.kind));
  add(t.retention, L(p.retention), true);
  if (p.necessity == 'notice') add(t.legalBasis, L(p.legalBasis));
  const groups: ComponentChildren[] = [];
  (p.recipients || []).forEach((r, i) =>
    groups.push(
      <Rows
        key={'r' + i}
        rows={[
          [t.recipient, L(r.name), em],
          [t.recipientPurpose, L(r.purpose), em],
          [t.recipientItems, list(r.items)],
          [t.recipientRetention, L(r.retention), em],
          [t.contact, r.contact || ''],
        ]}
      />,
    ),
  );
  transfers(p).forEach((x, i) =>
    groups.push(
      <Rows
        key={'x' + i}
        rows={[
          [t.transferRecipient, L(x.recipient), em],
          [t.contact, x.contact],
          [t.country, L(x.country), em],
          [t.timing, L(x.timing)],
          [t.method, L(x.method)],
          [t.transferItems, list(x.items)],
          [t.transferPurpose, L(x.purpose), em],
          [t.transferRetention, L(x.retention), em],
          [t.refusalMethod, L(x.refusalMethod)],
        ]}
      />,
    ),
  );
  const refusal: Row[] =
    p.necessity == 'notice' ? [] : [[t.refusal, L(p.refusal) || (p.necessity == 'required' ? t.refusalRequired : t.refusalOptional)]];
  return (
    <div class="cs-dl">
      <Rows rows={rows} />
      {groups}
      <Rows rows={refusal} />
    </div>
  );
}

/**
 * The processors notice (PIPA 26: 개인정보 처리 위탁): who processes on the controller's behalf and what task
 * they are entrusted with. Information only: entrustment needs no consent, so there is never a choice here.
 */
export function ProcessorsNotice({
  processors,
  locale,
  t,
  id = 'cs-processors',
}: {
  processors?: Processor[];
  locale: string;
  t: Strings;
  id?: string;
}) {
  if (!processors || !processors[0]) return null;
  const L = (v: Localized | undefined) => localize(v, locale);
  return (
    <div class="cs-row cs-processors" role="group" aria-labelledby={id} data-consentry-processors="">
      <p class="cs-row-title" id={id}>
        {t.processorsTitle}
        <span class="cs-badge cs-notice">{t.notice}</span>
      </p>
      <p class="cs-desc">{t.processorsText}</p>
      <div class="cs-dl">
        {processors.map((x, i) => (
          <Rows
            key={i}
            rows={[
              [t.processor, L(x.name)],
              [t.task, L(x.task)],
              [t.processorCountry, L(x.country)],
              [t.contact, x.contact || ''],
            ]}
          />
        ))}
      </div>
    </div>
  );
}

type Row = [label: string, value: string, emphasis?: boolean];

function Rows({ rows }: { rows: Row[] }) {
  rows = rows.filter((r) => r[1]);
  return rows.length ? (
    <dl>
      {rows.map(([label, value, emph]) => [
        <dt key={label}>{label}</dt>,
        <dd key={label + '.'} class={emph ? 'cs-em' : undefined}>
          {value}
        </dd>,
      ])}
    </dl>
  ) : null;
}

/** A "details" button and the region it shows and hides; `id` names the region. */
export function Toggle({ id, label, extra, children }: { id: string; label: string; extra?: string; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" class="cs-more" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {label}
        {extra && <span class="cs-sr"> {extra}</span>}
      </button>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </>
  );
}
