/**
 * Which browser origins may call the collector. A request without an Origin header (curl, a server,
 * a same-origin GET) is not a cross-origin browser request and passes; a request whose Origin is
 * neither listed nor (with `sameOrigin`) the collector's own host is refused with 403 before any work.
 */
export interface OriginPolicy {
  /** Listed in the allowlist (gets CORS headers). */
  listed(origin: string): boolean;
  /** May this request proceed? `host` is the request's Host (or X-Forwarded-Host behind a trusted proxy). */
  allows(origin: string | undefined, host: string | undefined): boolean;
}

type Matcher = (origin: URL) => boolean;

function matcher(entry: string): Matcher {
  const e = entry.trim();
  if (e === '*') return () => true;
  const wild = /^(https?):\/\/\*\.([a-z0-9.-]+)(:\d+)?$/i.exec(e);
  if (wild) {
    // https://*.example.com: any subdomain (not the bare domain), same scheme and port.
    const [, scheme, domain, port] = wild;
    const suffix = '.' + domain.toLowerCase();
    return (o) =>
      o.protocol === scheme.toLowerCase() + ':' && o.hostname.endsWith(suffix) && (o.port || '') === (port ? port.slice(1) : '');
  }
  let url: URL;
  try {
    url = new URL(e);
  } catch {
    throw new Error(`consentry collector: allowed origin "${e}" is not an origin like https://shop.example.com`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`consentry collector: allowed origin "${e}" must be scheme://host[:port] with nothing after it`);
  }
  const origin = url.origin;
  return (o) => o.origin === origin;
}

function parseOrigin(origin: string): URL | null {
  try {
    const u = new URL(origin);
    return /^https?:$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}

/** Builds the policy; throws on a malformed allowlist entry (a typo must not open or close the door silently). */
export function originPolicy(allowedOrigins: string[], sameOrigin: boolean): OriginPolicy {
  const matchers = allowedOrigins.filter((o) => o.trim()).map(matcher);
  const listed = (origin: string) => {
    const u = parseOrigin(origin);
    return !!u && matchers.some((m) => m(u));
  };
  return {
    listed,
    allows(origin, host) {
      if (origin === undefined) return true;
      if (listed(origin)) return true;
      if (!sameOrigin || !host) return false;
      const u = parseOrigin(origin);
      return !!u && u.host === host.toLowerCase();
    },
  };
}
