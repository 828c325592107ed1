import type { PurposeStats, Stats } from './stats';

/** HTML-escapes text and attribute values (every config- or receipt-derived string goes through here). */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface DashboardForm {
  from: string;
  to: string;
  tz: string;
}

const CSS = `
:root{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Malgun Gothic",sans-serif}
body{margin:0 auto;max-width:60rem;padding:1.5rem;line-height:1.5}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin:2rem 0 .25rem}
form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;padding:1rem;border:1px solid #8886;border-radius:.5rem}
label{display:flex;flex-direction:column;font-size:.9rem;gap:.2rem}
input{font:inherit;padding:.35rem .5rem}
button{font:inherit;padding:.4rem 1rem;cursor:pointer}
.error{color:#b00020;font-weight:600}
.summary{display:flex;gap:2rem;flex-wrap:wrap}
.summary b{font-size:1.3rem;display:block}
svg{max-width:100%;height:auto}
.agree{stroke:#1f6feb}.disagree{stroke:#d9480f}
.dot-agree{fill:#1f6feb}.dot-disagree{fill:#d9480f}
.axis{stroke:#8888}.grid{stroke:#8883}
svg text{fill:currentColor;font-size:11px}
table{border-collapse:collapse;font-size:.85rem;margin-top:.5rem}
th,td{border:1px solid #8885;padding:.2rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}
.legend span{margin-right:1rem}.legend .a{color:#1f6feb}.legend .d{color:#d9480f}
.unverified{font-size:.75rem;font-weight:600;border:1px solid currentColor;border-radius:.25rem;padding:0 .3rem;margin-left:.4rem;color:#9a6700}
nav{display:flex;gap:1rem;flex-wrap:wrap;margin:.5rem 0}
form.inline{display:inline;padding:0;border:0}
textarea{font:inherit;min-width:20rem}
.check{flex-direction:row;gap:.4rem;align-items:center}
.overdue td,.request.overdue{background:#d9480f22}
.request{border:1px solid #8886;border-radius:.5rem;padding:.5rem 1rem;margin:.75rem 0}
blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:3px solid #8888;white-space:pre-wrap}
h3{font-size:1rem;margin:1.25rem 0 .25rem}
`;

/**
 * The page's referrer policy is `same-origin`, not `no-referrer`: under `no-referrer` a browser sends
 * `Origin: null` with the form's POST, which the collector's origin check rightly refuses. Same-origin
 * requests then carry `/dashboard` as Referer (the token is never in a URL); other origins get nothing.
 */
function page(title: string, nonce: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="same-origin"><meta name="robots" content="noindex">
<title>${esc(title)}</title><style nonce="${esc(nonce)}">${CSS}</style></head>
<body>${body}</body></html>`;
}

function form(f: DashboardForm, error?: string): string {
  // POST, so the token travels in the body: never in the URL, history, logs or Referer.
  return `<form method="post" action="/dashboard" autocomplete="off">
<label>Admin token<input type="password" name="token" required autocomplete="current-password"></label>
<label>From<input type="date" name="from" value="${esc(f.from)}"></label>
<label>To<input type="date" name="to" value="${esc(f.to)}"></label>
<label>UTC offset<input name="tz" value="${esc(f.tz)}" size="6" pattern="[+\\-]?[0-9]{2}:?[0-9]{2}|Z"></label>
<button type="submit">Show</button>
${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
</form>`;
}

/** The sign-in page: the token is typed here and posted, never put in a URL. */
export function loginPage(nonce: string, f: DashboardForm, error?: string): string {
  return page(
    'consentry collector dashboard',
    nonce,
    `<h1>consentry collector</h1><p>Consent rates per purpose. Enter the admin token to see them.</p>${form(f, error)}`,
  );
}

const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 1000) / 10}%`);
const DAY = 86_400_000;

function more(stats: Stats): string {
  if (!stats.morePurposes) return '';
  return `<p class="more"><b>${stats.morePurposes} more</b> purpose ids with answers in this range are not shown: only the site config's purposes and the most answered others are (${stats.purposes.length} here). Ids outside the site config come from browsers and may be invented; export the receipts to see them all.</p>`;
}

/** One purpose's agree / disagree rate over the days, as inline SVG (server-side, no script). */
export function rateChart(p: PurposeStats, index: number): string {
  const W = 640,
    H = 220,
    L = 44,
    R = 12,
    T = 12,
    B = 34;
  const days = p.days.filter((d) => d.agreeRate !== null);
  const titleId = `chart-${index}-title`;
  const label = `Agree and disagree rate per day for ${p.id}`;
  if (!days.length) {
    return `<p>No agree or disagree answers in this range (only notices or expiries).</p>`;
  }
  const t0 = Date.parse(days[0].day);
  const t1 = Date.parse(days[days.length - 1].day);
  const span = Math.max(t1 - t0, DAY);
  const x = (day: string) => L + ((Date.parse(day) - t0) / span) * (W - L - R) + (t0 === t1 ? (W - L - R) / 2 : 0);
  const y = (r: number) => T + (1 - r) * (H - T - B);
  const line = (key: 'agreeRate' | 'disagreeRate') => days.map((d) => `${x(d.day).toFixed(1)},${y(d[key] as number).toFixed(1)}`).join(' ');
  const dots = (key: 'agreeRate' | 'disagreeRate', cls: string, name: string) =>
    days
      .map(
        (d) =>
          `<circle class="${cls}" cx="${x(d.day).toFixed(1)}" cy="${y(d[key] as number).toFixed(1)}" r="3"><title>${esc(
            `${d.day}: ${name} ${pct(d[key])}`,
          )}</title></circle>`,
      )
      .join('');
  const grid = [0, 0.5, 1]
    .map(
      (r) =>
        `<line class="grid" x1="${L}" x2="${W - R}" y1="${y(r)}" y2="${y(r)}"/><text x="${L - 6}" y="${y(r) + 4}" text-anchor="end">${r * 100}%</text>`,
    )
    .join('');
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${titleId}">
<title id="${titleId}">${esc(label)}</title>${grid}
<line class="axis" x1="${L}" x2="${W - R}" y1="${H - B}" y2="${H - B}"/>
<text x="${L}" y="${H - 10}">${esc(days[0].day)}</text>
<text x="${W - R}" y="${H - 10}" text-anchor="end">${esc(days[days.length - 1].day)}</text>
<polyline class="agree" fill="none" stroke-width="2" points="${line('agreeRate')}"/>
<polyline class="disagree" fill="none" stroke-width="2" stroke-dasharray="5 3" points="${line('disagreeRate')}"/>
${dots('agreeRate', 'dot-agree', 'agree')}${dots('disagreeRate', 'dot-disagree', 'disagree')}
</svg>`;
}

function table(p: PurposeStats): string {
  const rows = p.days
    .map(
      (d) =>
        `<tr><td>${esc(d.day)}</td><td>${d.given}</td><td>${d.refused}</td><td>${d.withdrawn}</td><td>${d.expired}</td><td>${pct(d.agreeRate)}</td></tr>`,
    )
    .join('');
  return `<details><summary>Counts per day</summary><table>
<thead><tr><th scope="col">Day</th><th scope="col">Given</th><th scope="col">Refused</th><th scope="col">Withdrawn</th><th scope="col">Expired</th><th scope="col">Agree rate</th></tr></thead>
<tbody>${rows}</tbody></table></details>`;
}

/**
 * A purpose's heading. A title the site config does not give came from a receipt, which any client
 * can write: it is shown marked as such, so nobody can pass off a name on the operator's dashboard.
 */
function heading(p: PurposeStats, i: number): string {
  const mark =
    p.titleSource === 'site-config'
      ? ''
      : `<span class="unverified" title="Not in the site config: this title and necessity are what browsers sent, unverified.">title sent by browsers, not in the site config</span>`;
  return `<h2 id="p-${i}">${esc(p.title || p.id)} <small>(${esc(p.id)}, ${esc(p.necessity)})</small>${mark}</h2>`;
}

/** The range form of a signed-in page: a GET (the session cookie authenticates; nothing secret in the URL). */
function rangeForm(f: DashboardForm, csrf: string): string {
  return `<form method="get" action="/dashboard" autocomplete="off">
<label>From<input type="date" name="from" value="${esc(f.from)}"></label>
<label>To<input type="date" name="to" value="${esc(f.to)}"></label>
<label>UTC offset<input name="tz" value="${esc(f.tz)}" size="6" pattern="[+\\-]?[0-9]{2}:?[0-9]{2}|Z"></label>
<button type="submit">Show</button>
</form>
<form method="post" action="/dashboard/logout" class="inline"><input type="hidden" name="csrf" value="${esc(csrf)}"><button type="submit">Sign out</button></form>`;
}

/**
 * The dashboard: totals, then a chart and a table per purpose (a bounded number of them), then how many
 * more; signed in (`session`), also the member sections (notices, requests, texts).
 */
export function dashboardPage(
  nonce: string,
  stats: Stats,
  f: DashboardForm,
  session?: { csrf: string; members: string; flash?: string },
): string {
  const purposes = stats.purposes
    .map(
      (p, i) => `<section aria-labelledby="p-${i}">
${heading(p, i)}
<p>Agree ${pct(p.total.agreeRate)} · disagree ${pct(p.total.disagreeRate)} · given ${p.total.given}, refused ${p.total.refused}, withdrawn ${p.total.withdrawn}, expired ${p.total.expired}</p>
${rateChart(p, i)}${table(p)}
</section>`,
    )
    .join('');
  const range = `${stats.from ? esc(stats.from.slice(0, 10)) : 'the beginning'} to ${stats.to ? esc(stats.to.slice(0, 10)) : 'now'} (UTC${esc(stats.tz)})`;
  return page(
    'consentry collector dashboard',
    nonce,
    `<h1>consentry collector: consent rates</h1>${session ? rangeForm(f, session.csrf) : form(f)}
${session ? '<nav aria-label="Sections"><a href="#rates">Consent rates</a><a href="#notices">Notices due</a><a href="#requests">Rights requests</a><a href="#texts">Policy and notice texts</a></nav>' : ''}
${session?.flash ? `<p role="status">${esc(session.flash)}</p>` : ''}
<p id="rates">From ${range}. Rates: agree = given ÷ (given + refused + withdrawn); expiries are counted but not rated.</p>
<div class="summary"><div><b>${stats.receipts}</b>receipts</div><div><b>${stats.chainBreaks}</b>with a broken hash chain</div><div><b>${stats.purposeCount}</b>purposes</div></div>
<p class="legend"><span class="a">━ agree rate</span><span class="d">╍ disagree rate</span></p>
${purposes || '<p>No receipts in this range.</p>'}${more(stats)}${session ? session.members : ''}`,
  );
}
