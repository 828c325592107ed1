// The gate under a nonce + 'strict-dynamic' Content-Security-Policy, in real Chromium against the BUILT
// bundles: the script tag (dist/consentry.js + consentry-gate.js) and the npm entries (dist/index.js +
// dist/gate.js). Under 'strict-dynamic' a script created by trusted code runs whatever its nonce, so the gate
// itself must refuse blocked scripts that do not carry the page's nonce (markup an attacker got into the
// page), and must keep `data-consent="!unknown-id"` blocked. Nothing leaves the machine.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { guardNetwork, hostResolverArgs } from './support/google';
import { settle, watchRequests } from './support/settle';
import { chromiumPath } from '../support/chromium';
import { startSite, type Site } from './support/site';

test.use({ launchOptions: { executablePath: chromiumPath(), args: hostResolverArgs } });

const NONCE = 'c5p-n0nce-7x';
const CSP = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;

const t = (ko: string, en: string) => ({ ko, en });
const config = {
  controller: { name: t('씨에스피 상점', 'CSP Shop'), contact: 'privacy@csp.example' },
  policy: { version: '1', url: '/privacy' },
  locale: 'en',
  purposes: [
    {
      id: 'essential',
      necessity: 'notice',
      kind: 'service',
      title: t('필수 기능', 'Essential'),
      purpose: t('장바구니', 'Cart'),
      items: [t('세션', 'session')],
      retention: t('세션', 'session'),
      legalBasis: t('계약', 'contract'),
    },
    {
      id: 'stats',
      necessity: 'optional',
      kind: 'analytics',
      title: t('통계', 'Statistics'),
      purpose: t('분석', 'Analysis'),
      items: [t('방문 기록', 'visit log')],
      retention: t('1년', '1 year'),
      refusal: t('불이익 없음', 'No disadvantage'),
    },
  ],
  ui: { layout: 'banner' },
};

// The site's own tagged scripts carry the nonce; the "user content" block is what an attacker managed to
// get into the page (a comment field, a CMS widget): tags without the nonce, and a `!unknown-id` tag with it.
const body = `
<script type="text/plain" data-consent="essential" data-src="/mark.js?name=own-src" nonce="${NONCE}"></script>
<script type="text/plain" data-consent="essential" nonce="${NONCE}">window.ran.push('own-inline')</script>
<script type="text/plain" data-consent="!stats" data-src="/mark.js?name=own-not-stats" nonce="${NONCE}"></script>
<div id="ugc">
<script type="text/plain" data-consent="essential" data-src="/mark.js?name=evil-src"></script>
<script type="text/plain" data-consent="essential">window.ran.push('evil-inline')</script>
<script type="text/plain" data-consent="!unknown-id" data-src="/mark.js?name=evil-unknown" nonce="${NONCE}"></script>
<script type="text/plain" data-consent="unknown-id" data-src="/mark.js?name=evil-unknown-plain" nonce="${NONCE}"></script>
<p id="unknown-shown" data-consent="!unknown-id">shown only for an unknown purpose</p>
</div>`;

const scriptTagPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict-dynamic (script tag)</title>
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script nonce="${NONCE}">window.ran = [];</script>
<script nonce="${NONCE}" src="/dist/consentry.js"></script>
</head><body><h1>Shop</h1>${body}</body></html>`;

const npmPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict-dynamic (npm)</title>
<script type="importmap" nonce="${NONCE}">
{ "imports": { "js-cookie": "/node_modules/js-cookie/dist/js.cookie.mjs", "idb-keyval": "/node_modules/idb-keyval/dist/index.js" } }
</script>
<script nonce="${NONCE}">window.ran = [];</script>
<script type="module" nonce="${NONCE}">
  import { createConsent } from '/dist/index.js';
  import { startGate } from '/dist/gate.js';
  const consent = createConsent(${JSON.stringify(config)});
  window.app = { consent, gate: startGate(consent) };
</script>
</head><body><h1>SPA</h1>${body}</body></html>`;

let site: Site;
test.beforeAll(async () => {
  site = await startSite();
  site.page('/tag.html', scriptTagPage, { 'content-security-policy': CSP });
  site.page('/npm.html', npmPage, { 'content-security-policy': CSP });
});
test.afterAll(async () => {
  await site?.close();
});

async function open(context: BrowserContext, path: string) {
  const net = await guardNetwork(context);
  watchRequests(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() == 'warning' && warnings.push(m.text()));
  await page.goto(site.at(path));
  return { net, page, errors, warnings };
}

const ran = (page: Page) => page.evaluate(() => ((window as unknown as { ran: string[] }).ran || []).slice().sort());
const requested = () => site.requests.filter((r) => r.startsWith('/mark.js')).map((r) => new URL(r, 'http://x').searchParams.get('name')!);

/** Injects markup the way an XSS or a careless CMS would, after the gate started (the MutationObserver path). */
const inject = (page: Page) =>
  page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML =
      '<script type="text/plain" data-consent="essential" data-src="/mark.js?name=evil-late"></' +
      'script><script type="text/plain" data-consent="stats">window.ran.push("evil-late-inline")</' +
      'script><script type="text/plain" data-consent="!unknown-id" data-src="/mark.js?name=evil-late-unknown"></' +
      'script>';
    document.body.appendChild(box);
  });

for (const [entry, path, whenStarted] of [
  ['the script tag', '/tag.html', (page: Page) => page.evaluate(() => (window as any).consentry.whenGate())],
  ['the npm entry consentry/gate', '/npm.html', (page: Page) => page.waitForFunction(() => 'app' in window)],
] as const) {
  test(`${entry}: under 'strict-dynamic', only scripts with the page's nonce run; unknown ids stay blocked`, async ({ context }) => {
    site.requests.length = 0;
    const { net, page, errors, warnings } = await open(context, path);
    await whenStarted(page);
    await expect.poll(() => ran(page)).toEqual(['own-inline', 'own-not-stats', 'own-src']);
    await inject(page);
    // the visitor agrees: the stats-gated injected script must still not run, and !stats content goes
    await page.evaluate(() => ((window as any).consentry || (window as any).app.consent).decide({ stats: 'agree' }));
    await settle(page);
    await page.waitForTimeout(300);
    expect(await ran(page)).toEqual(['own-inline', 'own-not-stats', 'own-src']);
    // the refused ones are not even requested
    expect(requested().sort()).toEqual(['own-not-stats', 'own-src']);
    await expect(page.locator('#unknown-shown')).toBeHidden();
    expect(warnings.join('\n')).toContain("does not carry the page's nonce");
    expect(warnings.join('\n')).toContain('unknown purpose "!unknown-id"');
    expect(net.blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
}
