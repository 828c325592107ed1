import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { localize } from '../../core/localize';
import type { Localized, Purpose } from '../../core/types';
import type { Strings } from '../types';

/** Kinds whose purpose text itself is important content (PIPA 시행령 17③: promotion contact, sensitive data…). */
const EM_PURPOSE = ['marketing', 'advertising', 'sensitive', 'unique_id', 'purpose_change'];
const EM_ITEMS = ['sensitive', 'unique_id'];

/**
 * The disclosures the law asks for, by kind (standards.md §5.10): purpose, items, retention, the right to
 * refuse and what refusing costs; recipients for third-party provision; country, timing, method and the
 * recipient's contact for overseas transfer. Important content is emphasised (`.cs-em`) unless the
 * purpose sets `emphasis: false`.
 */
export function Disclosure({ purpose: p, locale, t }: { purpose: Purpose; locale: string; t: Strings }) {
  const L = (v: Localized | undefined) => localize(v, locale);
  const list = (v: Localized[] | undefined) => (v || []).map(L).join(', ');
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
      <Rows key={i} rows={[
        [t.recipient, L(r.name), em],
        [t.recipientPurpose, L(r.purpose), em],
        [t.recipientItems, list(r.items)],
        [t.recipientRetention, L(r.retention), em],
        [t.contact, r.contact || ''],
      ]} />,
    ),
  );
  const x = p.transfer;
  if (x)
    groups.push(
      <Rows key="x" rows={[
        [t.transferItems, list(x.items)],
        [t.country, L(x.country), em],
        [t.timing, L(x.timing)],
        [t.method, L(x.method)],
        [t.transferRecipient, L(x.recipient), em],
        [t.contact, x.contact],
        [t.recipientPurpose, L(x.purpose), em],
        [t.recipientRetention, L(x.retention), em],
        [t.refusalMethod, L(x.refusalMethod)],
      ]} />,
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

type Row = [label: string, value: string, emphasis?: boolean];

function Rows({ rows }: { rows: Row[] }) {
  rows = rows.filter((r) => r[1]);
  return rows.length ? (
    <dl>
      {rows.map(([label, value, emph]) => [<dt key={label}>{label}</dt>, <dd key={label + '.'} class={emph ? 'cs-em' : undefined}>{value}</dd>])}
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
