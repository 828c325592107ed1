// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
// @ts-expect-error plain JS module
import { renderPage } from '../../demo/server.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkConfig, configOfPage } from '../../src/check';
import { config } from '../core/fixtures';

const root = process.cwd();
const cli = join(root, 'dist/check-cli.js');
let dir: string;
const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const page = (json: string) =>
  `<!doctype html><title>x</title><script type="application/json" id="consentry-config">${json}</script><p>hi</p>`;

beforeAll(() => {
  // build the command as npm ships it (only this group: a few seconds), never a stale dist/
  execFileSync('npx', ['rollup', '-c', '--silent'], { cwd: root, env: { ...process.env, CONSENTRY_BUILD: 'check' }, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'consentry-check-'));
}, 120_000);

describe('consentry check (built command)', () => {
  it('passes a good config file and the demo page', () => {
    // the demo home page as the demo server serves it (the site's config rendered into its tag)
    const demoPage = join(dir, 'demo');
    mkdirSync(demoPage, { recursive: true });
    writeFileSync(join(demoPage, 'index.html'), renderPage(readFileSync(join(root, 'demo/index.html'), 'utf8')));
    const r = run('check', file('good.json', JSON.stringify(config())), join(demoPage, 'index.html'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('good.json: 0 problems, 0 warnings');
    expect(r.out).toContain('demo/index.html: 0 problems, 0 warnings');
  });

  it('prints every problem and warning of every section with paths, and fails', () => {
    const c: any = config({ ui: { layuot: 'banner' }, receipts: { endpoint: 'javascript:alert(1)' }, google: { ads: 'nope' } } as any);
    c.purposes[2].retension = 'x';
    delete c.purposes[0].legalBasis;
    const r = run('check', file('bad.json', JSON.stringify(c)));
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad.json: problem: purposes[2].retension: unknown key (did you mean "retention"?)');
    expect(r.out).toMatch(/bad\.json: problem: ui\.layuot: unknown key/);
    expect(r.out).toMatch(/bad\.json: problem: receipts\.endpoint: /);
    expect(r.out).toMatch(/bad\.json: problem: google\.ads: /);
    expect(r.out).toMatch(/bad\.json: warning: purposes\[0\]\.legalBasis: is recommended/);
  });

  it('reads the config of a page, and fails on a page without one', () => {
    const c: any = config();
    c.purposes[1].necessity = 'mandatory';
    const bad = run('check', file('bad.html', page(JSON.stringify(c))));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('problem: purposes[1].necessity: expected one of "required", "optional", "notice"');
    const none = run('check', file('none.html', '<!doctype html><script>var x = 1</script>'));
    expect(none.code).toBe(1);
    expect(none.err).toContain('none.html: no <script type="application/json" id="consentry-config"> in the page');
  });

  it('reports invalid JSON and missing files as failures', () => {
    const json = run('check', file('broken.json', '{"controller": '));
    expect(json.code).toBe(1);
    expect(json.err).toContain('broken.json: invalid JSON');
    const html = run('check', file('broken.html', page('{ purposes: [] }')));
    expect(html.code).toBe(1);
    expect(html.err).toContain('broken.html: invalid JSON');
    const missing = run('check', join(dir, 'missing.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('missing.json');
    expect(run().code).toBe(2);
  });
});

describe('checkConfig', () => {
  it('checks the integrations list as its own section', () => {
    const ok = checkConfig({ ...config(), integrations: [{ vendor: 'hotjar', id: '1702278', purpose: 'analytics' }] });
    expect(ok.problems).toEqual([]);
    const bad = checkConfig({ ...config(), integrations: [{ vendor: 'hotjar', id: '1702278', purpose: 'nope' }] });
    expect(bad.problems.map((p) => p.path)).toContain('integrations[0].purpose');
  });
  it('refuses what is not an object', () =>
    expect(checkConfig(null).problems).toEqual([{ path: '(config)', message: 'expected an object' }]));
  it('finds the config among other scripts, whatever the attribute order', () => {
    expect(configOfPage('<script>1</script><script id="consentry-config" type="application/json">{"a":1}</script>')).toEqual({ a: 1 });
    expect(configOfPage('<script type="application/json" id="other">{}</script>')).toBeUndefined();
  });
});
