/**
 * The dashboard's member sections: Network Act notices due (mark them sent), rights requests (answer,
 * erase on a deletion request, close), and the policy and notice texts seen. Server-rendered forms, no
 * script; every value is escaped.
 */
import { esc } from './dashboard';
import type { ReconfirmNoticeJson, ResultNoticeJson } from './notices/shape';
import type { requestJson } from './routes-requests';

export interface MembersView {
  csrf: string;
  notices: {
    results: ResultNoticeJson[];
    reconfirms: ReconfirmNoticeJson[];
    counts: { results: number; overdue: number; reconfirms: number };
    days: number;
  };
  requests: { list: ReturnType<typeof requestJson>[]; counts: { open: number; overdue: number } };
  texts: {
    hash: string;
    purposeId: string;
    purposeVersion: string;
    policyVersion: string;
    locale: string;
    receivedMs: number;
    length: number;
    inConfig: boolean;
  }[];
}

const day = (iso: string | null) => (iso ? esc(iso.slice(0, 10)) : '–');

const action = (path: string, csrf: string, label: string, extra = '') =>
  `<form method="post" action="${esc(path)}" class="inline">${extra}<input type="hidden" name="csrf" value="${esc(csrf)}"><button type="submit">${esc(label)}</button></form>`;

function notices(v: MembersView): string {
  const { results, reconfirms, counts, days } = v.notices;
  const resultRows = results
    .map(
      (
        n,
      ) => `<tr${n.overdue ? ' class="overdue"' : ''}><td>${esc(n.accountId)}</td><td>${esc(n.purposeId)}</td><td>${esc(n.channel)}</td><td>${esc(n.state)}</td>
<td>${day(n.decidedAt)}</td><td>${day(n.deadline)}${n.overdue ? ' <b>overdue</b>' : ''}</td><td>${action(`/dashboard/notices/${n.id}/sent`, v.csrf, 'Mark sent')}</td></tr>`,
    )
    .join('');
  const reconfirmRows = reconfirms
    .map(
      (n) => `<tr${n.overdue ? ' class="overdue"' : ''}><td>${esc(n.accountId)}</td><td>${esc(n.purposeId)}</td><td>${esc(n.channel)}</td>
<td>${day(n.consentedAt)}</td><td>${day(n.dueAt)}${n.overdue ? ' <b>overdue</b>' : ''}</td><td>${action(`/dashboard/notices/${n.id}/sent`, v.csrf, 'Mark sent')}</td></tr>`,
    )
    .join('');
  const head = (cols: string[]) => `<thead><tr>${cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`;
  return `<section id="notices" aria-labelledby="notices-h"><h2 id="notices-h">Notices due (Network Act)</h2>
<div class="summary"><div><b>${counts.results}</b>result notices to send (14 days)</div><div><b>${counts.overdue}</b>of them overdue</div><div><b>${counts.reconfirms}</b>reconfirmations due within ${days} days</div></div>
<h3>Results of agreements, refusals and withdrawals</h3>
${results.length ? `<table>${head(['Account', 'Purpose', 'Channel', 'Decision', 'Decided', 'Send by', ''])}<tbody>${resultRows}</tbody></table>` : '<p>None to send.</p>'}
<h3>Two-year reconfirmations</h3>
${reconfirms.length ? `<table>${head(['Account', 'Purpose', 'Channel', 'Consented', 'Due', ''])}<tbody>${reconfirmRows}</tbody></table>` : '<p>None due.</p>'}
</section>`;
}

const TYPES: { [t: string]: string } = {
  access: 'Access',
  correction: 'Correction',
  deletion: 'Deletion',
  suspension: 'Suspension of processing',
  withdrawal: 'Withdrawal of consent',
};

function requests(v: MembersView): string {
  const { list, counts } = v.requests;
  const items = list
    .map((r) => {
      const who = [r.accountId ? `account ${r.accountId}` : '', r.subjectId ? `browser ${r.subjectId}` : ''].filter(Boolean).join(', ');
      const erase =
        r.type === 'deletion' && r.accountId && !r.accountId.startsWith('erased:')
          ? `<label class="check"><input type="checkbox" name="erase" value="1"> Erase the member's link (account ↔ browsers, guardians' contacts)</label>`
          : '';
      const answer =
        r.status !== 'closed'
          ? `<form method="post" action="/dashboard/requests/${esc(r.id)}/answer"><label>Answer<textarea name="answer" rows="3" required maxlength="10000">${esc(r.answer ?? '')}</textarea></label>${erase}<input type="hidden" name="csrf" value="${esc(v.csrf)}"><button type="submit">Answer</button></form>
${action(`/dashboard/requests/${r.id}/close`, v.csrf, 'Close')}`
          : '';
      return `<article class="request${r.overdue ? ' overdue' : ''}" aria-labelledby="rq-${esc(r.id)}">
<h3 id="rq-${esc(r.id)}">${esc(TYPES[r.type] ?? r.type)} <small>${esc(r.id)} · ${esc(r.status)}</small></h3>
<p>Received ${day(r.receivedAt)} · answer by <b>${day(r.answerBy)}</b>${r.overdue ? ' <b>overdue</b>' : ''} · ${esc(who)} · contact ${esc(r.contact)}</p>
<blockquote>${esc(r.message)}</blockquote>
${r.answeredAt ? `<p>Answered ${day(r.answeredAt)}${r.erasedAt ? ', link erased' : ''}.</p>` : ''}
${r.type === 'access' && r.status !== 'closed' ? "<p>Answer it with the member's receipts: <code>GET /v1/requests/" + esc(r.id) + '/receipts?format=kantara</code>.</p>' : ''}
${answer}</article>`;
    })
    .join('');
  return `<section id="requests" aria-labelledby="requests-h"><h2 id="requests-h">Rights requests</h2>
<div class="summary"><div><b>${counts.open}</b>open</div><div><b>${counts.overdue}</b>overdue</div></div>
${items || '<p>No requests.</p>'}</section>`;
}

function texts(v: MembersView): string {
  const rows = v.texts
    .map(
      (
        t,
      ) => `<tr><td>${esc(t.policyVersion)}</td><td>${esc(t.purposeId)} v${esc(t.purposeVersion)}</td><td>${esc(t.locale)}</td><td><code title="${esc(t.hash)}">${esc(t.hash.slice(0, 12))}…</code></td>
<td>${day(new Date(t.receivedMs).toISOString())}</td><td>${t.length}</td><td>${t.inConfig ? 'yes' : '<span class="unverified">not in the site config</span>'}</td></tr>`,
    )
    .join('');
  return `<section id="texts" aria-labelledby="texts-h"><h2 id="texts-h">Policy and notice texts seen</h2>
${rows ? `<table><thead><tr><th scope="col">Policy version</th><th scope="col">Purpose</th><th scope="col">Locale</th><th scope="col">SHA-256</th><th scope="col">First seen</th><th scope="col">Characters</th><th scope="col">Site config</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No texts stored yet.</p>'}
</section>`;
}

export const membersSections = (v: MembersView): string => notices(v) + requests(v) + texts(v);
