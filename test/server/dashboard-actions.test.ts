// @vitest-environment node
// The dashboard's session and actions over raw HTTP: the cookie set at sign-in, CSRF values, expiry,
// a changed admin token, against a real SQLite file and a real PostgreSQL.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCollector, type RunningCollector } from '../../src/server/index';
import { describeBackends, request, upload } from './helpers';
import { browser, marketing } from './members';
import { LINK_SECRET, proofFor } from './proofs';

const TOKEN = 'dashboard-actions-token-0123456789';
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };

describeBackends('dashboard actions', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let c: RunningCollector;
  let clock = Date.now();
  beforeAll(async () => {
    db = await backend.fresh();
    c = await startCollector({
      databaseUrl: db.url,
      adminToken: TOKEN,
      linkSecret: LINK_SECRET,
      rateLimit: false,
      retentionJob: false,
      now: () => clock,
    });
    const b = browser();
    await upload(c.url, [await b.decide([marketing('given', { sms: 'given' })])], {
      links: { [b.subjectId]: await proofFor('dash-member') },
    });
  });
  afterAll(async () => {
    await c?.close();
    await db?.cleanup();
  });

  const signIn = async () => {
    const r = await request(`${c.url}/dashboard`, {
      method: 'POST',
      headers: urlencoded,
      body: form({ token: TOKEN, from: '', to: '', tz: '+00:00' }),
    });
    expect(r.status).toBe(200);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/^consentry_dashboard=\d+\.[A-Za-z0-9_-]{43}; Path=\/dashboard; HttpOnly; SameSite=Strict; Max-Age=28800$/);
    expect(cookie).not.toContain(TOKEN);
    const csrf = /name="csrf" value="([^"]+)"/.exec(r.text)![1];
    const notice = /action="\/dashboard\/notices\/(nr_[0-9a-f]{32})\/sent"/.exec(r.text)?.[1] ?? '';
    return { cookie: cookie.split(';')[0], csrf, notice };
  };

  it('signs in with the posted token, then acts only with the session cookie and its CSRF value', async () => {
    clock = Date.now();
    const { cookie, csrf, notice } = await signIn();
    expect(notice).toMatch(/^nr_/);
    const page = await request(`${c.url}/dashboard`, { headers: { cookie } });
    expect(page.text).toContain('Notices due (Network Act)');
    expect(page.text).toContain('dash-member');
    expect((await request(`${c.url}/dashboard`)).text).not.toContain('dash-member');

    const post = (headers: Record<string, string>, fields: Record<string, string>) =>
      request(`${c.url}/dashboard/notices/${notice}/sent`, { method: 'POST', headers: { ...urlencoded, ...headers }, body: form(fields) });
    expect((await post({}, { csrf })).status).toBe(403); // no cookie
    expect((await post({ cookie }, {})).status).toBe(403); // no CSRF value
    expect((await post({ cookie }, { csrf: csrf.slice(0, -1) + (csrf.endsWith('A') ? 'B' : 'A') })).status).toBe(403);
    expect((await post({ cookie: cookie.replace(/\.[^.]+$/, '.' + 'x'.repeat(43)) }, { csrf })).status).toBe(403);
    const ok = await post({ cookie }, { csrf });
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toBe('/dashboard?done=sent');
    expect((await request(`${c.url}/dashboard?done=sent`, { headers: { cookie } })).text).toContain('Recorded as sent.');
    expect(
      (await request(`${c.url}/v1/notices?kind=result`, { headers: { authorization: `Bearer ${TOKEN}` } }))
        .json()
        .notices.map((n: any) => n.id),
    ).not.toContain(notice);

    // Eight hours later the session is over.
    clock = Date.now() + 8 * 3_600_000 + 1000;
    expect((await request(`${c.url}/dashboard`, { headers: { cookie } })).text).toMatch(/type="password" name="token"/);
    clock = Date.now();
  });

  it('a session made under another admin token is refused', async () => {
    const { cookie, csrf } = await signIn();
    const other = await startCollector({ databaseUrl: db.url, adminToken: TOKEN + '-rotated', rateLimit: false, retentionJob: false });
    try {
      const r = await request(`${other.url}/dashboard/requests/rq_${'a'.repeat(22)}/close`, {
        method: 'POST',
        headers: { ...urlencoded, cookie },
        body: form({ csrf }),
      });
      expect(r.status).toBe(403);
      expect((await request(`${other.url}/dashboard`, { headers: { cookie } })).text).toMatch(/type="password" name="token"/);
    } finally {
      await other.close();
    }
  });
});
