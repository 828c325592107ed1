// A page for the integration tests: happy-dom, with every script request and every call a vendor's script
// receives recorded in one ordered log. Scripts do not run by themselves: `arrive()` plays the network, so a
// test sees what was queued before the vendor's code was there. Each simulated vendor script does what
// the real one does with its queue: replays the calls made before it arrived, in order, then records
// live calls.
import { Window as HappyWindow } from 'happy-dom';
import { VENDORS } from '../../src/integrations/vendors/index';
import type { IntegrationEnv } from '../../src/integrations/layer';
import type { Win } from '../../src/integrations/types';

export type Entry = unknown[];

const args = (a: ArrayLike<unknown>) => Array.from(a);

/** What the vendor's real script does when it arrives, recording into `log`. */
function simulate(w: Win, src: string, log: Entry[]): void {
  const u = new URL(src);
  const rec =
    (name: string) =>
    (...a: unknown[]) =>
      void log.push([name, ...a]);
  if (u.pathname.endsWith('/fbevents.js')) {
    const q = w.fbq.queue.splice(0);
    w.fbq.callMethod = rec('fbq');
    for (const a of q) log.push(['fbq', ...args(a)]);
  } else if (u.pathname.endsWith('/events.js')) {
    if (w.ttq.__live) return; // a second pixel's events.js: the first one already took the queue
    const q = w.ttq.splice(0);
    for (const m of w.ttq.methods) w.ttq[m] = rec('ttq.' + m);
    w.ttq.__live = true;
    for (const [m, ...a] of q) log.push(['ttq.' + m, ...a]);
  } else if (u.pathname == '/bat.js') {
    w.UET = function (this: { push: unknown }, o: { ti: string; q: unknown[] }) {
      log.push(['new UET', o.ti]);
      for (let i = 0; i < o.q.length; ) {
        if (o.q[i] == 'consent') log.push(['uetq', ...o.q.slice(i, i + 3)]), (i += 3);
        else log.push(['uetq', o.q[i++]]);
      }
      this.push = rec('uetq');
    };
  } else if (u.hostname == 'static.hotjar.com') {
    const q = (w.hj.q || []).splice(0);
    w.hj = rec('hj');
    for (const a of q) log.push(['hj', ...args(a)]);
  } else if (u.pathname == '/wcslog.js') {
    w.wcs = { inflow: (d?: string) => log.push(['wcs.inflow', w.wcs_add && w.wcs_add.wa, d]), trans: rec('wcs.trans') };
    w.wcs_do = () => log.push(['wcs_do', w.wcs_add && w.wcs_add.wa]);
  } else if (u.pathname.endsWith('/kp.js')) {
    w.kakaoPixel = (id: string) =>
      new Proxy(
        {},
        {
          get:
            (_, m) =>
            (...a: unknown[]) =>
              log.push(['kakaoPixel', id, m, ...a]),
        },
      );
  } else if (u.hostname == 'cdn.channel.io') {
    const q = w.ChannelIO.q.splice(0);
    w.ChannelIO = rec('ChannelIO');
    for (const a of q) log.push(['ChannelIO', ...args(a)]);
  } else if (u.pathname == '/gtag/js') {
    log.push(['gtag.js sees', layer(w).map(cmd)]);
  }
}

const isArgs = (x: unknown) => Object.prototype.toString.call(x) == '[object Arguments]';
/** The data layer, gtag commands as plain arrays. */
export const layer = (w: Win, name = 'dataLayer'): Entry[] =>
  ((w[name] as unknown[]) || []).map((e) => (isArgs(e) ? args(e as IArguments) : [e]));
/** `consent default`, `config AW-…`, `js`, or the event name of a plain push. */
export const cmd = (e: Entry) =>
  e.length == 1 ? String((e[0] as { event?: string }).event) : e[0] == 'js' ? 'js' : e.slice(0, 2).join(' ');

export interface Page {
  w: Win;
  log: Entry[];
  /** Every document.cookie write (happy-dom ignores max-age=0, so writes are what we check). */
  writes: string[];
  /** Runs every requested script that has not arrived yet, in request order, then its onload. */
  arrive(): void;
  requests(): string[];
  env(extra?: Partial<IntegrationEnv>): IntegrationEnv;
}

export function page(cookies = '', html = ''): Page {
  const hw = new HappyWindow({ url: 'https://www.shop.example.co.kr/app/' });
  const w = hw as unknown as Win;
  w.document.body.innerHTML = html;
  const writes: string[] = [];
  Object.defineProperty(w.document, 'cookie', { get: () => cookies, set: (v: string) => void writes.push(v), configurable: true });
  const log: Entry[] = [];
  const pending: { src: string; done: () => void }[] = [];
  return {
    w,
    log,
    writes,
    arrive() {
      while (pending.length) {
        const p = pending.shift()!;
        simulate(w, p.src, log);
        p.done();
      }
    },
    requests: () => log.filter((e) => e[0] == 'request').map((e) => e[1] as string),
    env: (extra = {}) => ({
      window: w,
      vendors: VENDORS,
      nonce: 'n0nce',
      loadScript(src, nonce, done) {
        log.push(['request', src, nonce]);
        pending.push({ src, done });
      },
      ...extra,
    }),
  };
}

/** Names deleted in `writes` (expired writes), in order, once each. */
export const deleted = (writes: string[]) => [...new Set(writes.filter((x) => /max-age=0/.test(x)).map((x) => x.split('=')[0]))];
