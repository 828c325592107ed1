// Members through the script tag (dist/consentry.js on the BUILT demo, the collector on a real SQLite file):
// `window.consentry.identify()` links this browser's receipts to the account, `forget()` starts a new
// subject, and a `[data-consentry-rights]` element gets the rights request form. Nothing leaves the machine.
import { test, expect } from '@playwright/test';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoServer, type Demo } from './support/demo';
import { guardNetwork } from './support/google';

const ADMIN = 'members-script-tag-admin-token-0123456789';
const SECRET = 'members-script-tag-link-secret-0123456789abcdef';
let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer({
    collector: true,
    adminToken: ADMIN,
    linkSecret: SECRET,
    databaseUrl: join(mkdtempSync(join(tmpdir(), 'consentry-st-')), 'm.sqlite'),
  });
});
test.afterAll(async () => {
  await demo?.close();
});

const admin = (path: string) => fetch(`${demo.url}${path}`, { headers: { authorization: `Bearer ${ADMIN}` } }).then((r) => r.json());
/** A member proof as the site's backend signs it (HS256, 10 minutes). */
function proof(sub: string, secret = SECRET): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub, iat: now, exp: now + 600, jti: randomUUID() })}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

/** The demo's privacy page as served, with a plain `[data-consentry-rights]` element instead of the npm form. */
async function scriptTagPage(): Promise<string> {
  const html = await (await fetch(`${demo.url}/privacy/?lang=en`)).text();
  return html
    .replace(/<script type="module" src="\/dist\/demo\/rights\.js"><\/script>/, '')
    .replace('</body>', '<section aria-label="rights"><div data-consentry-rights="access"></div></section></body>');
}

test('identify() links the script tag’s receipts to the account; forget() starts a new subject; the rights form mounts', async ({
  browser,
}) => {
  const ctx = await browser.newContext();
  const net = await guardNetwork(ctx);
  const page = await ctx.newPage();
  const body = await scriptTagPage();
  await page.route(`${demo.url}/st/`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await page.goto(`${demo.url}/st/`);

  // the rights form arrives through the writer and rights parts
  const form = page.locator('[data-consentry-rights] form');
  await expect(form).toBeVisible({ timeout: 15_000 });
  await expect(form.locator('input, select, textarea').first()).toBeVisible();

  const account = 'member-' + randomUUID().slice(0, 12).replace(/-/g, '0');
  const before = await page.evaluate(() => window.consentry!.snapshot().subjectId);
  await page.evaluate(([a, p]) => window.consentry!.identify!(a, { proof: p, load: false }), [account, proof(account)] as const);
  await page.evaluate(() => window.consentry!.agreeAll());
  await page.evaluate(() => window.consentry!.receipts!.flush());
  await expect.poll(async () => (await admin(`/v1/accounts/${account}/consent`)).subjects, { timeout: 15_000 }).toBe(1);

  // sign-out: a new browser subject, and the account is not given to later receipts
  await page.evaluate(() => window.consentry!.forget!());
  const after = await page.evaluate(() => window.consentry!.snapshot().subjectId);
  expect(after).not.toBe(before);
  await page.evaluate(() => window.consentry!.disagreeAll());
  await page.evaluate(() => window.consentry!.receipts!.flush());
  expect((await admin(`/v1/accounts/${account}/consent`)).subjects).toBe(1);

  // the account id and the proof are in no browser store
  const stores = await page.evaluate(async () => {
    const idb = await Promise.all(
      (await indexedDB.databases()).map(
        (d) =>
          new Promise<string>((ok) => {
            const open = indexedDB.open(d.name!);
            open.onsuccess = () => {
              const db = open.result;
              const names = [...db.objectStoreNames];
              if (!names.length) return ok('');
              const tx = db.transaction(names, 'readonly');
              const out: unknown[] = [];
              names.forEach((n) => {
                const all = tx.objectStore(n).getAll();
                all.onsuccess = () => out.push(all.result);
              });
              tx.oncomplete = () => ok(JSON.stringify(out));
            };
            open.onerror = () => ok('');
          }),
      ),
    );
    return [document.cookie, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), ...idb].join('\n');
  });
  expect(stores).not.toContain(account);
  expect(stores).not.toContain('eyJ');
  expect(net.blocked).toEqual([]);
  await ctx.close();
});
