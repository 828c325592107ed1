// @vitest-environment node
// The collector takes a receipt's region (region, model, where it came from) through the schema check,
// stores it with the receipt, gives it back to the subject, and exports it in the CSV columns region,
// region_model and region_from. Against real SQLite and PostgreSQL.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCollector, type RunningCollector } from '../../src/server/index';
import { draft, newSubjectId, seal } from './fixtures';
import { describeBackends, parseCsv, readSubject, request, upload } from './helpers';

const TOKEN = 'regions-admin-token-0123456789';

describeBackends('collector: regions', (backend) => {
  let c: RunningCollector;
  let db: { url: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    db = await backend.fresh();
    c = await startCollector({ databaseUrl: db.url, adminToken: TOKEN, rateLimit: false });
  });
  afterAll(async () => {
    await c?.close();
    await db?.cleanup();
  });

  it('stores and exports the region, its model and its source', async () => {
    const subjectId = newSubjectId();
    const r = await seal(draft({ subjectId, method: 'opt-out', region: { region: 'US-CA', model: 'opt-out', from: 'page' } }));
    expect((await upload(c.url, [r])).json().results[0]).toMatchObject({ status: 'stored' });
    expect((await readSubject(c.url, subjectId)).json().receipts[0].region).toEqual({ region: 'US-CA', model: 'opt-out', from: 'page' });
    const csv = parseCsv(
      (await request(`${c.url}/v1/export?format=csv`, { headers: { authorization: `Bearer ${TOKEN}` } })).text.replace(/^\ufeff/, ''),
    );
    const head = csv[0];
    const row = csv.find((x) => x[head.indexOf('subject_id')] == subjectId)!;
    expect([
      row[head.indexOf('region')],
      row[head.indexOf('region_model')],
      row[head.indexOf('region_from')],
      row[head.indexOf('method')],
    ]).toEqual(['US-CA', 'opt-out', 'page', 'opt-out']);
  });

  it('refuses a region that is not one', async () => {
    const bad = await seal(draft({ subjectId: newSubjectId(), region: { region: 'US-CA', model: 'maybe', from: 'page' } as never }));
    const res = (await upload(c.url, [bad])).json().results[0];
    expect(res.status).not.toBe('stored');
  });
});
