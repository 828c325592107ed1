/**
 * Slow clients must not hold the collector: requests have a deadline (headers, then the whole body),
 * idle connections close, and one address cannot open more than a set number of connections, so a
 * few hundred half-sent bodies neither exhaust file descriptors nor keep `/healthz` from answering.
 * These apply to the collector's own HTTP server (`startCollector`, `app.listen`); a host server that
 * mounts the collector with `app.routing` keeps its own settings.
 */
import type { Server } from 'node:http';
import { isIP, type Socket } from 'node:net';

export interface ConnectionLimits {
  requestTimeout: number;
  headersTimeout: number;
  maxConnectionsPerIp: number;
}

/**
 * The key a connection counts under: the IPv4 address (also when IPv4-mapped), or the /64 of an IPv6
 * address (one host usually owns a whole /64, so counting single addresses would not stop it).
 */
export function addressKey(address: string | undefined): string {
  if (!address) return '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return (
    groups
      .slice(0, 4)
      .map((g) => g.replace(/^0+(?=.)/, ''))
      .join(':') + '::/64'
  );
}

/** Applies deadlines and the per-address cap to the server (before it listens). */
export function limitConnections(server: Server, limits: ConnectionLimits): void {
  server.requestTimeout = limits.requestTimeout;
  server.headersTimeout = limits.headersTimeout;
  // Node checks both deadlines on this interval (30 s by default, which would let a slow body live
  // that much longer than its deadline); a fifth of the shorter one, within 100 ms .. 5 s.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(
    5000,
    Math.max(100, Math.floor(Math.min(limits.requestTimeout, limits.headersTimeout) / 5)),
  );
  if (!limits.maxConnectionsPerIp) return;
  const open = new Map<string, number>();
  // Before Node's own listener: a connection over the cap is closed before any byte is parsed.
  server.prependListener('connection', (socket: Socket) => {
    const key = addressKey(socket.remoteAddress);
    const count = open.get(key) ?? 0;
    if (count >= limits.maxConnectionsPerIp) {
      socket.destroy();
      return;
    }
    open.set(key, count + 1);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
}
