/**
 * Who may call a route: the operator (admin token), the site's backend reading (service token,
 * read-only), or a signed-in member reading their own account (their proof as the bearer token).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken, tokenMatches } from './auth';
import { httpError } from './body';
import type { ProofVerifier } from './accounts/proof';

export type Caller = { kind: 'admin' } | { kind: 'service' } | { kind: 'member'; accountId: string };

export interface Access {
  /** Admin token only (writes, personal data). */
  admin(req: FastifyRequest, reply: FastifyReply): Promise<Caller>;
  /** Admin or service token (read-only). */
  reader(req: FastifyRequest, reply: FastifyReply): Promise<Caller>;
  /** Admin, service, or the member's own proof for `accountId`. */
  accountReader(req: FastifyRequest, reply: FastifyReply, accountId: string): Promise<Caller>;
}

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function access(tokens: { adminToken: string | null; serviceToken: string | null }, verifyProof: ProofVerifier): Access {
  const { adminToken, serviceToken } = tokens;
  const unauthorized = (reply: FastifyReply, message: string) => {
    reply.header('www-authenticate', 'Bearer realm="consentry collector"');
    return httpError(401, message);
  };
  const tokenCaller = (token: string): Caller | null => {
    if (adminToken && tokenMatches(token, adminToken)) return { kind: 'admin' };
    if (serviceToken && tokenMatches(token, serviceToken)) return { kind: 'service' };
    return null;
  };
  return {
    async admin(req, reply) {
      if (!adminToken) throw httpError(403, 'the admin API is disabled: start the collector with an admin token');
      const token = bearerToken(req.headers.authorization);
      const caller = token ? tokenCaller(token) : null;
      if (caller?.kind === 'admin') return caller;
      if (caller) throw httpError(403, 'the service token is read-only: this route needs the admin token');
      throw unauthorized(reply, 'missing or wrong admin token (Authorization: Bearer <token>)');
    },
    async reader(req, reply) {
      if (!adminToken && !serviceToken)
        throw httpError(403, 'the admin API is disabled: start the collector with an admin or service token');
      const token = bearerToken(req.headers.authorization);
      const caller = token ? tokenCaller(token) : null;
      if (caller) return caller;
      throw unauthorized(reply, 'missing or wrong token (Authorization: Bearer <admin or service token>)');
    },
    async accountReader(req, reply, accountId) {
      const token = bearerToken(req.headers.authorization);
      if (!token) throw unauthorized(reply, 'a token is required (Authorization: Bearer <admin or service token, or the member proof>)');
      const caller = tokenCaller(token);
      if (caller) return caller;
      if (!JWT.test(token)) throw unauthorized(reply, 'missing or wrong token');
      const check = await verifyProof(token);
      if (!check.ok) throw unauthorized(reply, check.reason);
      if (check.proof.accountId !== accountId) throw httpError(403, 'proof is for another account');
      return { kind: 'member', accountId };
    },
  };
}
