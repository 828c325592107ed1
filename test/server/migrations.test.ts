// @vitest-environment node
// Published migrations are never edited: a database migrated by one release must match what the next release
// would create. The SQL each version runs is pinned here by its SHA-256, so a refactoring of how the statements
// are put together (shared table builders) cannot change a byte of them. A new version appends a row.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { postgresMigrations, sqliteMigrations, type Migration } from '../../src/server/store/migrations';

const sha256 = (m: Migration) => createHash('sha256').update(JSON.stringify(m.statements)).digest('hex');

const pinned = {
  sqlite: [
    [1, 'receipts and decisions', 'deea3dca9df3690aea618c87054417c914b9fd72a8b573ce885bfba021b49502'],
    [2, 'subject keys, guardian details, health probe', '9475caa3af17f580115123e7382df3523eec0a6d4cc363355ceb67e42921fb21'],
    [3, 'accounts, notices, requests, texts, retention', '18e4b18fef10a549d39f0b7c3b8b8fa7409abf30fd5b0794be8ddff8ac4bb918'],
  ],
  postgres: [
    [1, 'receipts and decisions', '75a317262143c4f1eaa87516faec6a90b940c71c5ad46d689f802549d18e6555'],
    [2, 'subject keys, guardian details, health probe', '8d5902e360194765ca2cb0a86c76331ec29148afd5f6c3a82019c22c495eef68'],
    [3, 'accounts, notices, requests, texts, retention', '172e873424450203e58f5dfd0e003dbda2d9964a6ca1bbff44b32e88b828811b'],
  ],
};

describe('published migrations', () => {
  it.each([
    ['sqlite', sqliteMigrations],
    ['postgres', postgresMigrations],
  ] as const)('%s: every published version runs exactly the SQL it was released with', (dialect, migrations) => {
    const published = pinned[dialect];
    expect(migrations.slice(0, published.length).map((m) => [m.version, m.name, sha256(m)])).toEqual(published);
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
  });
});
