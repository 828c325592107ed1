// What the receipts module leaves on the device, in real Chromium on the BUILT npm entries (dist/index.js +
// dist/receipts.js) with real IndexedDB, localStorage and BroadcastChannel, delivering to the test collector
// on 127.0.0.1 (test/support/receipt-server.ts, which checks secrets and guardian HMACs as the collector does).
// A guardian decision is fed to the receipts module in the form the core's `decision` event has by contract
// (the guardian's name and contact beside the snapshot, in memory only): afterwards every store of the page
// is read out and searched. Nothing leaves the machine.
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { guardNetwork, hostResolverArgs } from './support/google';
import { chromiumPath } from '../support/chromium';
import { startReceiptServer, type ReceiptServer } from '../support/receipt-server';
import { startSite, type Site } from './support/site';

test.use({ launchOptions: { executablePath: chromiumPath(), args: hostResolverArgs } });

const NAME = '김보호자';
const PHONE = '010-9876-5432';
const t = (ko: string, en: string) => ({ ko, en });

function pageHtml(endpoint: string): string {
  const config = {
    controller: { name: t('비밀 상점', 'Secret Shop'), contact: 'privacy@secret.example' },
    policy: { version: '1', url: '/privacy' },
    locale: 'ko',
    children: { minimumAge: 14 },
    purposes: [
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
    receipts: { endpoint },
  };
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>secrets</title>
<script type="importmap">
{ "imports": { "js-cookie": "/node_modules/js-cookie/dist/js.cookie.mjs", "idb-keyval": "/node_modules/idb-keyval/dist/index.js" } }
</script>
<script>
  // every message on consentry's cross-tab channel, as another tab would receive it
  window.__messages = [];
  new BroadcastChannel('consentry:consentry').onmessage = (e) => window.__messages.push(String(e.data));
</script>
<script type="module">
  import { createConsent } from '/dist/index.js';
  import { createReceipts } from '/dist/receipts.js';
  const consent = createConsent(${JSON.stringify(config)});
  const receipts = createReceipts(consent, { listen: false });
  consent.on('decision', (e) => receipts.record(e.method == 'guardian' ? { ...e, guardian: window.__guardian } : e));
  window.app = { consent, receipts };
</script></head><body><h1>Shop</h1></body></html>`;
}

/** Everything the page can store, as text: cookies, localStorage, sessionStorage, every IndexedDB database, channel messages. */
const dumpStores = (page: Page) =>
  page.evaluate(async () => {
    const idb: Record<string, unknown> = {};
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(name!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store);
        const [keys, values] = await Promise.all(
          ['getAllKeys', 'getAll'].map(
            (m) =>
              new Promise<unknown[]>((ok) => {
                const r = (tx.objectStore(store) as any)[m]();
                r.onsuccess = () => ok(r.result);
              }),
          ),
        );
        idb[`${name}/${store}`] = keys.map((k, i) => [k, values[i]]);
      }
      db.close();
    }
    const ls = Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]));
    const ss = Object.fromEntries(Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)]));
    return {
      cookie: document.cookie,
      localStorage: JSON.stringify(ls),
      sessionStorage: JSON.stringify(ss),
      indexedDB: idb,
      messages: JSON.stringify((window as any).__messages),
    };
  });

let rs: ReceiptServer;
let site: Site;
test.beforeAll(async () => {
  rs = await startReceiptServer();
  site = await startSite();
  site.page('/', pageHtml(rs.endpoint));
});
test.afterAll(async () => {
  await site?.close();
  await rs?.close();
});

test("after a guardian decision: the guardian's name and phone are in no store, the secret only in the journal", async ({ context }) => {
  const net = await guardNetwork(context);
  const page = await context.newPage();
  await page.goto(site.at('/'));
  await page.waitForFunction(() => 'app' in window);
  await page.evaluate(
    ([name, contact]) => {
      const app = (window as any).app;
      app.consent.setAgeGroup('child');
      (window as any).__guardian = { name, contact, method: 'sms', verifiedAt: Date.now(), verified: false };
      // the guardian's decision, as the core records it (method "guardian"), then the child's next one
      return app.consent.decide({ stats: 'agree' }, { method: 'guardian' }).then(() => app.consent.decide({ stats: 'disagree' }));
    },
    [NAME, PHONE],
  );
  const subject = await page.evaluate(() => (window as any).app.consent.snapshot().subjectId as string);
  await rs.waitFor(() => [...rs.stored.values()].filter((r) => r.subjectId == subject).length == 2);

  const stores = await dumpStores(page);
  const journal = JSON.stringify(stores.indexedDB['consentry-receipts/receipts']);
  const secret = (stores.indexedDB['consentry-receipts/receipts'] as [string, string][]).find(([k]) => k == 's:' + subject)![1];
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // the collector registered it from the first receipt, and every upload proved it
  expect(rs.keys.get(subject)).toBe(createHash('sha256').update(secret).digest('hex'));
  for (const body of rs.bodies as { receipts: { subjectId: string }[]; secrets: Record<string, string> }[])
    if (body.receipts.some((r) => r.subjectId == subject)) expect(body.secrets[subject]).toBe(secret);

  const everything = { ...stores, indexedDB: JSON.stringify(stores.indexedDB), cookies: JSON.stringify(await context.cookies()) };
  for (const [where, text] of Object.entries(everything)) {
    expect(text, where).not.toContain(NAME);
    // the number as typed and as digits only (a part of it alone, such as 9876, turns up in random ids and hashes)
    expect(text, where).not.toContain(PHONE);
    expect(text, where).not.toContain(PHONE.replace(/-/g, ''));
    // the secret: in the receipts journal only
    if (where != 'indexedDB') expect(text, where).not.toContain(secret);
  }
  expect(
    JSON.stringify(Object.fromEntries(Object.entries(stores.indexedDB).filter(([k]) => k != 'consentry-receipts/receipts'))),
  ).not.toContain(secret);
  expect(journal).toContain(secret);
  // the messages other tabs got were real (the channel was listened to), and hold neither
  expect(stores.messages).toMatch(/c1(\.[0-9a-z]+)?\|/);

  // the plain text went to the collector only, beside the guardian receipt, and matched its HMACs there
  const guardianReceipt = [...rs.stored.values()].find((r) => r.subjectId == subject && r.method == 'guardian')!;
  expect(guardianReceipt.guardian).toMatchObject({ method: 'sms', verified: false, nameHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(rs.guardians.get(guardianReceipt.id)).toEqual({ name: NAME, contact: PHONE });
  const withPlain = (rs.bodies as { guardians?: unknown }[]).filter((b) => JSON.stringify(b).includes(NAME));
  expect(withPlain.length).toBeGreaterThan(0);
  for (const b of withPlain) expect(Object.keys(b.guardians as object)).toEqual([guardianReceipt.id]);
  expect(net.blocked).toEqual([]);
});
