import type { Consent } from '../core/types';
import { deleteCookies as gateDelete, type DeleteOptions } from '../gate/delete-cookies';
import { pageNonce } from '../gate/nonce';
import { COOKIE_NAME, vendorDisclosure } from './disclosures';
import { purposesOf } from './purposes';
import type { IntegrationConfig, Vendor, VendorContext, VendorName, VendorSet, Win } from './types';

/** The page the integrations act on, and the tools they use; everything is injectable (tests, SSR, the script tag). */
export interface IntegrationEnv {
  /** The vendor modules to use (the script tag passes the ones it loaded; the npm entry passes all). */
  vendors: VendorSet;
  /** Default: the global window. */
  window?: Window;
  /** CSP nonce for the vendor scripts (default: the page's, from the first `script[nonce]`). */
  nonce?: string;
  /**
   * Inserts one script and calls `done` once it has run. Default: an async `<script>` with the nonce,
   * appended to `<head>`. consentry calls it at most once per URL.
   */
  loadScript?: (src: string, nonce: string, done: () => void) => void;
  /** Cookie deletion on every Domain/Path variant (default: the gate's deleteCookies). */
  deleteCookies?: (patterns: string[], opts: DeleteOptions) => string[];
  /** The running gate's refresh(), so frames tagged by the youtube integration are blocked and placeheld by it. */
  refreshGate?: () => void;
  /** True when the gate feeds Google Consent Mode (default: the config has a `google` section). */
  googleManaged?: boolean;
}

/** One vendor on this page, as it stands. */
export interface IntegrationStatus {
  vendor: VendorName;
  ids: string[];
  purposes: string[];
  /** Every purpose it needs is granted now. */
  granted: boolean;
  /** Its tag was requested in this page. */
  loaded: boolean;
  /** It ran, consent was withdrawn and it has no consent API: only a page reload stops it. */
  stale: boolean;
}

/** What startIntegrations returns. */
export interface IntegrationsController {
  status(): IntegrationStatus[];
  /** Resolves once the vendor's script has run (after consent); for vendors without a queue (`wcs.trans`, `kakaoPixel`). */
  ready(vendor: VendorName): Promise<void>;
  /** Stops following consent (tags already loaded stay). */
  stop(): void;
}

interface Group {
  v: Vendor;
  c: VendorContext;
  patterns: string[];
  loaded: boolean;
  granted: boolean;
  stale: boolean;
  ready: Promise<void>;
  resolve(): void;
}

/**
 * Runs the configured vendor integrations against a consent instance. At start, before any consent, each
 * vendor gets its global queue function and its consent default/hold, and nothing is requested. Once every
 * purpose an integration needs is granted (at start for a returning visitor, or on the change), the vendor's
 * grant call, init calls and script follow, the script once per page. When one of them stops being
 * granted (here, in another tab, on expiry) the vendor's revoke (consent API) or shutdown is called and its
 * first-party cookies are deleted on every Domain/Path variant; at start, leftovers of a refused vendor that
 * the page can see are deleted too. Entries of one vendor act together (they must share their purposes;
 * validateIntegrations says so); an entry whose vendor is not in `env.vendors` is skipped.
 */
export function startIntegrations(
  consent: Consent,
  integrations: readonly IntegrationConfig[],
  env: IntegrationEnv,
): IntegrationsController {
  const w = (env.window || window) as Win;
  const doc = w.document;
  const nonce = env.nonce ?? pageNonce(doc);
  const del = env.deleteCookies || gateDelete;
  const keep = [consent.config.cookie && consent.config.cookie.name];
  const scripts: { [src: string]: { done: boolean; waiting: (() => void)[] } } = {};
  const inject =
    env.loadScript ||
    ((src: string, n: string, done: () => void) => {
      const s = doc.createElement('script');
      s.async = true;
      s.src = src;
      if (n) s.nonce = n;
      s.onload = done;
      s.onerror = () => w.console.error('consentry: ' + src + ' did not load');
      doc.head.appendChild(s);
    });
  const run = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      w.console.error('consentry: an integration failed', e);
    }
  };

  const groups: Group[] = [];
  for (const e of integrations) {
    const v = e && env.vendors[e.vendor];
    if (!v) continue;
    // the script tag runs only a structural config check: an id that does not fit never reaches a URL or a global
    if (v.id ? !(typeof e.id == 'string' && v.id[0].test(e.id)) : e.id !== undefined) {
      w.console.error(`consentry: ${e.vendor} integration skipped: ${v.id ? v.id[1] : 'it takes no id'}`);
      continue;
    }
    let g = groups.find((x) => x.v == v);
    if (!g) {
      let resolve = () => {};
      const ready = new Promise<void>((r) => (resolve = r));
      g = {
        v,
        patterns: v.cookies.slice(),
        loaded: false,
        granted: false,
        stale: false,
        ready,
        resolve,
        c: null as unknown as VendorContext,
      };
      const grp = g;
      g.c = {
        w,
        doc,
        consent,
        entries: [],
        ids: [],
        options: {},
        purposes: [],
        googleManaged: env.googleManaged ?? !!consent.config.google,
        refreshGate: env.refreshGate,
        state: {},
        load(src, onload) {
          grp.c.state.requested = true;
          const done = () => {
            grp.resolve();
            if (onload) run(onload);
          };
          const s = scripts[src];
          if (s) return void (s.done ? done() : s.waiting.push(done));
          const entry: { done: boolean; waiting: (() => void)[] } = (scripts[src] = { done: false, waiting: [done] });
          inject(src, nonce, () => {
            entry.done = true;
            entry.waiting.splice(0).forEach((f) => f());
          });
        },
      };
      if (e.options && typeof e.options == 'object') g.c.options = e.options;
      groups.push(g);
    }
    g.c.entries.push(e);
    if (typeof e.id == 'string' && e.id && g.c.ids.indexOf(e.id) < 0) g.c.ids.push(e.id);
    // an unchecked config may give one vendor different purposes: then it needs all of them
    for (const p of purposesOf(e)) if (g.c.purposes.indexOf(p) < 0) g.c.purposes.push(p);
    const own = vendorDisclosure(v.disclosure, e.disclosure && typeof e.disclosure == 'object' ? e.disclosure : {}).cookies;
    for (const k of Array.isArray(own) ? own : [])
      if (k && k.party == 'first' && COOKIE_NAME.test(k.name) && g.patterns.indexOf(k.name) < 0) g.patterns.push(k.name);
  }

  const granted = (g: Group) => g.c.purposes.length > 0 && g.c.purposes.every((p) => consent.isGranted(p));
  const sweep = (g: Group, force: boolean) => g.patterns.length && run(() => del(g.patterns, { document: doc, force, keep }));

  function grant(g: Group): void {
    g.granted = true;
    g.stale = false;
    if (g.loaded) return g.v.grant && run(() => g.v.grant!(g.c));
    g.loaded = true;
    run(() => g.v.load(g.c));
    // a vendor without a script of its own (youtube) is ready once granted
    if (!g.c.state.requested) g.resolve();
  }

  function revoke(g: Group): void {
    g.granted = false;
    if (g.v.revoke) run(() => g.v.revoke!(g.c));
    else if (g.loaded) g.stale = true;
    sweep(g, true);
  }

  for (const g of groups) {
    if (g.v.prepare) run(() => g.v.prepare!(g.c));
    if (granted(g)) grant(g);
    else if (g.c.purposes.some((p) => consent.get(p)?.choice == 'disagree')) sweep(g, false);
  }

  const off = consent.on('change', (e) => {
    for (const g of groups) {
      if (g.v.change) run(() => g.v.change!(g.c, e.changed));
      const now = granted(g);
      if (now && !g.granted) grant(g);
      else if (!now && g.granted) revoke(g);
    }
  });

  return {
    status: () =>
      groups.map((g) => ({
        vendor: g.v.name,
        ids: g.c.ids.slice(),
        purposes: g.c.purposes.slice(),
        granted: g.granted,
        loaded: g.loaded,
        stale: g.stale,
      })),
    ready(vendor) {
      const g = groups.find((x) => x.v.name == vendor);
      return g ? g.ready : Promise.reject(new Error(`consentry: no ${vendor} integration on this page`));
    },
    stop() {
      off();
      for (const g of groups) if (typeof g.c.state.stop == 'function') g.c.state.stop();
    },
  };
}
