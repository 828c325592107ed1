/**
 * `/dashboard`: the operator's page. The admin token is typed into a form and posted (never in a URL);
 * the answer signs the browser in with a session cookie, and the page then shows consent rates, the
 * Network Act notices due, the rights requests and the texts seen, with forms to act on them.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NormalizedConfig } from '../core/types';
import { eraseAccount } from './accounts/erase';
import { tokenMatches } from './auth';
import { dashboardPage, loginPage, type DashboardForm } from './dashboard';
import { membersSections, type MembersView } from './dashboard-members';
import { csrfMatches, newSession, readSession, SESSION_MS, sessionCookie, type Session } from './dashboard-session';
import { markSent, noticeCounts, reconfirmsDue, resultsPending } from './notices/queries';
import { reconfirmJson, resultJson } from './notices/shape';
import { answerRequest, closeRequest, getRequest, listRequests, requestCounts } from './requests/queries';
import { statsOf } from './routes-admin';
import { requestJson } from './routes-requests';
import type { Store } from './store/types';
import { configTextHashes, recentTexts } from './texts';
import type { Stats } from './stats';

export interface DashboardContext {
  store: Store;
  adminToken: string | null;
  linkSecret: string | null;
  siteConfig?: NormalizedConfig;
  statsTopPurposes: number;
  now: () => number;
}

const SHOWN = 50;
const NOTICE_DAYS = 30;
const DISABLED = 'The admin API is disabled: start the collector with an admin token.';

export function dashboardRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const { store, adminToken } = ctx;
  const configTexts = configTextHashes(ctx.siteConfig);

  const pageHeaders = (reply: FastifyReply, nonce: string) =>
    reply
      .type('text/html; charset=utf-8')
      .header(
        'content-security-policy',
        `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
      )
      .header('x-frame-options', 'DENY')
      .header('referrer-policy', 'same-origin');

  const defaults = (): DashboardForm => {
    // The server's own offset: an operator in Seoul sees days in KST without configuring anything.
    const minutes = -new Date().getTimezoneOffset();
    const abs = Math.abs(minutes);
    const tz = `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    const day = (ms: number) => new Date(ms + minutes * 60_000).toISOString().slice(0, 10);
    return { from: day(Date.now() - 89 * 86_400_000), to: day(Date.now()), tz };
  };

  const members = async (session: Session): Promise<string> => {
    const nowMs = ctx.now();
    const [results, reconfirms, counts, open, answered, rcounts, texts] = await Promise.all([
      resultsPending(store.db, { untilMs: null, after: null, limit: SHOWN }),
      reconfirmsDue(store.db, { untilMs: nowMs + NOTICE_DAYS * 86_400_000, after: null, limit: SHOWN }),
      noticeCounts(store.db, nowMs, NOTICE_DAYS),
      listRequests(store.db, { status: 'open', after: null, limit: SHOWN }),
      listRequests(store.db, { status: 'answered', after: null, limit: SHOWN }),
      requestCounts(store.db, nowMs),
      recentTexts(store.db, SHOWN),
    ]);
    const view: MembersView = {
      csrf: session.csrf,
      notices: {
        results: results.map((n) => resultJson(n, nowMs)),
        reconfirms: reconfirms.map((r) => reconfirmJson(r, nowMs)),
        counts,
        days: NOTICE_DAYS,
      },
      requests: { list: [...open, ...answered].map((r) => requestJson(r, nowMs)), counts: rcounts },
      texts: texts.map((t) => ({ ...t, inConfig: configTexts.has(t.hash) })),
    };
    return membersSections(view);
  };

  /** Renders the signed-in page, or the sign-in form with the range problem. */
  const render = async (reply: FastifyReply, form: DashboardForm, session: Session, flash?: string) => {
    const nonce = randomBytes(16).toString('base64');
    pageHeaders(reply, nonce);
    let stats: Stats;
    try {
      stats = await statsOf(store, form, ctx.statsTopPurposes, ctx.siteConfig);
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      if (status && status < 500) return reply.code(400).send(loginPage(nonce, form, (err as Error).message));
      throw err;
    }
    return reply.send(dashboardPage(nonce, stats, form, { csrf: session.csrf, members: await members(session), flash }));
  };

  const sessionOf = (req: FastifyRequest) => readSession(req.headers.cookie, adminToken, ctx.now());
  const formBody = (req: FastifyRequest) => {
    const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, string>) : {};
    return (k: string, max = 200) => (typeof body[k] === 'string' ? body[k].slice(0, max) : '');
  };

  app.get<{ Querystring: Record<string, string> }>('/dashboard', async (req, reply) => {
    const session = sessionOf(req);
    const q = req.query ?? {};
    const str = (k: string) => (typeof q[k] === 'string' ? q[k].slice(0, 200) : '');
    if (session) {
      const form =
        q.from !== undefined || q.to !== undefined || q.tz !== undefined ? { from: str('from'), to: str('to'), tz: str('tz') } : defaults();
      return render(reply, form, session, typeof q.done === 'string' ? FLASH[q.done] : undefined);
    }
    const nonce = randomBytes(16).toString('base64');
    return pageHeaders(reply, nonce).send(loginPage(nonce, defaults(), adminToken ? undefined : DISABLED));
  });

  app.post('/dashboard', async (req, reply) => {
    const str = formBody(req);
    const form: DashboardForm = { from: str('from'), to: str('to'), tz: str('tz') };
    const nonce = randomBytes(16).toString('base64');
    if (!adminToken)
      return pageHeaders(reply, nonce)
        .code(403)
        .send(loginPage(nonce, form, DISABLED));
    if (!tokenMatches(str('token', 4096), adminToken))
      return pageHeaders(reply, nonce)
        .code(401)
        .send(loginPage(nonce, form, 'Wrong admin token.'));
    const { cookie, session } = newSession(adminToken, ctx.now());
    reply.header('set-cookie', sessionCookie(cookie, req.protocol === 'https', SESSION_MS / 1000));
    return render(reply, form, session);
  });

  /** An action: a valid session and its CSRF value, or back to the sign-in page. */
  const act = (path: string, run: (req: FastifyRequest, str: (k: string, max?: number) => string) => Promise<string>) =>
    app.post(path, async (req, reply) => {
      const session = sessionOf(req);
      const str = formBody(req);
      if (!session || !csrfMatches(str('csrf'), session)) {
        const nonce = randomBytes(16).toString('base64');
        return pageHeaders(reply, nonce)
          .code(403)
          .send(loginPage(nonce, defaults(), 'Your session ended, or the form is stale: sign in again.'));
      }
      const done = await run(req, str);
      return reply.code(303).header('location', `/dashboard?done=${done}`).send();
    });

  act('/dashboard/notices/:id/sent', async (req) => {
    const { id } = req.params as { id: string };
    if (!/^n[rc]_[0-9a-f]{32}$/.test(id)) return 'unknown';
    return (await markSent(store.db, id, ctx.now())) ? 'sent' : 'unknown';
  });
  act('/dashboard/requests/:id/answer', async (req, str) => {
    const r = await getRequest(store.db, (req.params as { id: string }).id);
    const answer = str('answer', 10_000).trim();
    if (!r || r.status === 'closed' || !answer) return 'unknown';
    if (str('erase') === '1' && r.type === 'deletion' && r.accountId && !r.accountId.startsWith('erased:') && ctx.linkSecret) {
      await eraseAccount(store.db, r.accountId, ctx.linkSecret);
      await store.db.run('UPDATE consentry_requests SET erased_ms = ? WHERE id = ?', [ctx.now(), r.id]);
    }
    await answerRequest(store.db, r.id, answer, ctx.now());
    return 'answered';
  });
  act('/dashboard/requests/:id/close', async (req) =>
    (await closeRequest(store.db, (req.params as { id: string }).id, ctx.now())) ? 'closed' : 'unknown',
  );
  app.post('/dashboard/logout', async (req, reply) => {
    reply.header('set-cookie', sessionCookie('', req.protocol === 'https', 0));
    return reply.code(303).header('location', '/dashboard').send();
  });
}

const FLASH: { [k: string]: string } = {
  sent: 'Recorded as sent.',
  answered: 'Answer recorded.',
  closed: 'Request closed.',
  unknown: 'Nothing changed: no such open item.',
};
