import type { ConsentConfig, NormalizedConfig } from './types';

const https = () => typeof location != 'undefined' && location.protocol == 'https:';

/**
 * On https, a cookie kept to this host (no `domain`, path `/`, secure) is named `__Host-<name>`: browsers
 * then refuse any copy another host would set for it, so a sibling subdomain cannot toss a consent cookie
 * in. With `domain` (shared on purpose), another path, `secure: false` or on http the name stays as set.
 */
const hostOnly = (ck: NormalizedConfig['cookie']): NormalizedConfig['cookie'] =>
  https() && !ck.domain && ck.path == '/' && ck.secure ? { ...ck, name: '__Host-' + ck.name } : ck;

/**
 * The config with every default filled in. It trusts the shapes: for a config that passed a check
 * (`validateConfig`), or one whose check (`structureProblems`) is still to come, read fail-closed meanwhile
 * (see `createReader`); it may throw on a config that is not even an object with `policy` and `purposes`.
 */
export const normalize = (c: ConsentConfig): NormalizedConfig => ({
  ...c,
  locale: c.locale || 'auto',
  policy: { reconsent: 'all', ...c.policy, version: '' + c.policy.version },
  purposes: c.purposes.map((p) => ({ ...p, version: '' + (p.version == null ? 1 : p.version) })),
  expiry: { consentDays: 395, refusalDays: 182, marketingReconfirmDays: 730, ...c.expiry },
  gpc: c.gpc || 'respect',
  children: c.children && { minimumAge: 14, mode: 'guardian', requiredBeforeGuardian: false, ...c.children },
  cookie: hostOnly({
    name: 'consentry',
    path: '/',
    sameSite: 'Lax',
    expiresDays: 365,
    // Browsers keep SameSite=None cookies only when secure.
    secure: (c.cookie || {}).sameSite == 'None' || https(),
    ...c.cookie,
  }),
  mirror: c.mirror != false,
});
