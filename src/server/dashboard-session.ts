/**
 * The dashboard's sign-in: the admin token is typed once and posted; the answer sets a session cookie
 * (HttpOnly, SameSite=Strict, path /dashboard, 8 hours) holding an expiry and its HMAC under the admin
 * token, so any collector of the deployment accepts it and changing the token signs everyone out.
 * Each action form also carries a CSRF value derived the same way.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'consentry_dashboard';
export const SESSION_MS = 8 * 3_600_000;

const mac = (key: string, label: string, exp: number) =>
  createHmac('sha256', Buffer.from(key, 'utf8')).update(`${label}:${exp}`).digest('base64url');

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export interface Session {
  exp: number;
  csrf: string;
}

export function newSession(adminToken: string, nowMs: number): { cookie: string; session: Session } {
  const exp = nowMs + SESSION_MS;
  return { cookie: `${exp}.${mac(adminToken, 'session', exp)}`, session: { exp, csrf: mac(adminToken, 'csrf', exp) } };
}

/** The session a Cookie header carries, if valid now. */
export function readSession(cookieHeader: string | undefined, adminToken: string | null, nowMs: number): Session | null {
  if (!adminToken || !cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, value = ''] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    const m = /^(\d{13,16})\.([A-Za-z0-9_-]{43})$/.exec(value);
    if (!m) continue;
    const exp = Number(m[1]);
    if (exp < nowMs || !same(m[2], mac(adminToken, 'session', exp))) continue;
    return { exp, csrf: mac(adminToken, 'csrf', exp) };
  }
  return null;
}

export function sessionCookie(value: string, secure: boolean, maxAgeS: number): string {
  return `${SESSION_COOKIE}=${value}; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=${maxAgeS}${secure ? '; Secure' : ''}`;
}

export const csrfMatches = (given: unknown, session: Session) => typeof given === 'string' && same(given, session.csrf);
