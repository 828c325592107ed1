// Member proofs as a site's backend signs them (HS256 with CONSENTRY_LINK_SECRET), with the real
// `jose` library, plus the forgeries the collector must refuse.
import { createHmac, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';

export const LINK_SECRET = 'link-secret-for-tests-0123456789-abcdef';

/** A valid proof for `accountId`, `ttlSeconds` ahead (default 10 minutes). */
export async function proofFor(
  accountId: string,
  opts: { ttlSeconds?: number; secret?: string; alg?: string; sid?: string; nowMs?: number; noExp?: boolean } = {},
): Promise<string> {
  const now = Math.floor((opts.nowMs ?? Date.now()) / 1000);
  const jwt = new SignJWT({ ...(opts.sid ? { sid: opts.sid } : {}) })
    .setProtectedHeader({ alg: opts.alg ?? 'HS256', typ: 'JWT' })
    .setSubject(accountId)
    .setIssuedAt(now)
    .setJti(randomUUID());
  if (!opts.noExp) jwt.setExpirationTime(now + (opts.ttlSeconds ?? 600));
  return jwt.sign(new TextEncoder().encode(opts.secret ?? LINK_SECRET));
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** An unsigned token (`alg: none`), with or without a made-up signature part. */
export function unsignedProof(accountId: string, signaturePart = 'x'): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: accountId, exp: now + 600 })}.${signaturePart}`;
}

/** A proof whose payload was changed after signing (another account), keeping the signature. */
export async function tamperedProof(accountId: string, victim: string): Promise<string> {
  const [h, , s] = (await proofFor(accountId)).split('.');
  const now = Math.floor(Date.now() / 1000);
  return `${h}.${b64({ sub: victim, iat: now, exp: now + 600 })}.${s}`;
}

/** HS256 by hand, as the Python and PHP recipes in docs/accounts.md do it. */
export function handSigned(payload: Record<string, unknown>, secret = LINK_SECRET): string {
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}
