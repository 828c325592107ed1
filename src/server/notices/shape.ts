/**
 * Network Act notices as the API and the webhook show them. A result notice (50⑦) tells a member
 * what became of their agreement, refusal or withdrawal of advertising on a channel, within 14 days;
 * a reconfirmation notice (50⑧) reminds them every two years from the consent date that they agreed.
 */
import { createHash } from 'node:crypto';
import { channelOf } from '../accounts/items';
import { DAY_MS } from '../accounts/calendar';

/** The decree's deadline for a result notice, in days after the member's decision. */
export const RESULT_NOTICE_DAYS = 14;
/** Years between reconfirmations, counted from the consent date. */
export const RECONFIRM_YEARS = 2;

/** A result notice row (`consentry_notices`, kind `result`), or a reconfirmation marked sent. */
export interface NoticeRow {
  id: string;
  kind: 'result' | 'reconfirm';
  accountId: string;
  purposeId: string;
  item: string;
  state: string;
  /** Decision time (result) or consent time (reconfirm). */
  eventMs: number;
  /** Deadline (result: event + 14 days) or due date (reconfirm). */
  dueMs: number;
  receiptId: string;
  createdMs: number;
  sentMs: number | null;
}

/** A reconfirmation coming due (from the account's channel rows). */
export interface ReconfirmDue {
  id: string;
  accountId: string;
  purposeId: string;
  item: string;
  consentMs: number;
  dueMs: number;
  receiptId: string;
}

const digest = (parts: string[]) => createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex').slice(0, 32);

/** Stable id of the result notice a receipt's answer on one item causes. */
export const resultNoticeId = (accountId: string, receiptId: string, purposeId: string, item: string) =>
  'nr_' + digest([accountId, receiptId, purposeId, item]);

/** Stable id of one reconfirmation (one account, purpose, channel and due date). */
export const reconfirmNoticeId = (accountId: string, purposeId: string, item: string, dueMs: number) =>
  'nc_' + digest([accountId, purposeId, item, String(dueMs)]);

const iso = (ms: number) => new Date(ms).toISOString();
/** `sms`, `email`, … or `nightTime` for the night-time (21:00–08:00) consent. */
const channelName = (item: string) => channelOf(item) ?? 'nightTime';

export interface ResultNoticeJson {
  id: string;
  kind: 'result';
  accountId: string;
  purposeId: string;
  channel: string;
  state: string;
  decidedAt: string;
  deadline: string;
  receiptId: string;
  overdue: boolean;
  sentAt: string | null;
}

export interface ReconfirmNoticeJson {
  id: string;
  kind: 'reconfirm';
  accountId: string;
  purposeId: string;
  channel: string;
  consentedAt: string;
  dueAt: string;
  receiptId: string;
  overdue: boolean;
}

export function resultJson(n: NoticeRow, nowMs: number): ResultNoticeJson {
  return {
    id: n.id,
    kind: 'result',
    accountId: n.accountId,
    purposeId: n.purposeId,
    channel: channelName(n.item),
    state: n.state,
    decidedAt: iso(n.eventMs),
    deadline: iso(n.dueMs),
    receiptId: n.receiptId,
    overdue: n.sentMs === null && n.dueMs < nowMs,
    sentAt: n.sentMs === null ? null : iso(n.sentMs),
  };
}

export function reconfirmJson(r: ReconfirmDue, nowMs: number): ReconfirmNoticeJson {
  return {
    id: r.id,
    kind: 'reconfirm',
    accountId: r.accountId,
    purposeId: r.purposeId,
    channel: channelName(r.item),
    consentedAt: iso(r.consentMs),
    dueAt: iso(r.dueMs),
    receiptId: r.receiptId,
    overdue: r.dueMs < nowMs,
  };
}

/** The result deadline of a decision made at `eventMs`. */
export const resultDeadline = (eventMs: number) => eventMs + RESULT_NOTICE_DAYS * DAY_MS;
