// `node test/bench/profile.mjs` (after `npm run build`): where the main thread's time goes when a first-time
// visitor opens the demo's home page, by function and source module. Chromium's sampling CPU profiler over
// several fresh loads at a CPU slowdown; each sample's minified position is mapped back to its source through
// the built files' source maps. Also prints each load's timeline: the long animation frames (which scripts ran
// in them), the script tag's fetches and when the banner became visible. Requests to anything but the local
// server are answered locally (204); nothing leaves the machine.
//
//   node test/bench/profile.mjs                       # 5 loads at CPU ×4, after one warm-up
//   PROFILE_RATE=1 PROFILE_LOADS=10 node test/bench/profile.mjs
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemo } from '../../demo/server.mjs';
import { segments } from './parts.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const RATE = Number(process.env.PROFILE_RATE ?? 4);
const LOADS = Number(process.env.PROFILE_LOADS ?? 5);
const flags = JSON.parse(readFileSync(join(root, 'test/support/chromium-flags.json'), 'utf8'));

const maps = new Map();
/** `dist/<file>` position (0-based line and column) → `module:line`, or the file's name when it has no map. */
function origin(url, line, column) {
  const name = url.split('/').pop();
  if (!/^consentry[\w.-]*\.js$/.test(name)) return name || '(native)';
  if (!maps.has(name)) maps.set(name, existsSync(join(root, 'dist', name + '.map')) ? segments(join(root, 'dist', name)) : null);
  const m = maps.get(name);
  const segs = m && m.lines[line];
  if (!segs) return name;
  let hit = null;
  for (const s of segs) if (s[0] <= column) hit = s;
  return hit && hit[1] != null ? `${m.sources[hit[1]]}:${hit[2] + 1}` : name;
}

// Runs in the page first: the long animation frames and the moment the banner's Agree all is visible.
const probe = () => {
  const w = window;
  w.__profile = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      w.__profile.push([
        e.startTime,
        `frame ${Math.round(e.duration)} ms: ` +
          (e.scripts.map((s) => `${s.sourceURL.split('/').pop() || s.invokerType} ${Math.round(s.duration)} ms`).join(', ') ||
            'no script (parsing, style, layout)'),
      ]);
  }).observe({ type: 'long-animation-frame', buffered: true });
  const tick = () => {
    const host = document.querySelector('[data-consentry-host]');
    const b = host && host.shadowRoot && host.shadowRoot.querySelector('[data-action="agree-all"]');
    if (b && b.getBoundingClientRect().width) return void w.__profile.push([performance.now(), 'banner visible']);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

const demo = await startDemo({ collector: false });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [...flags.quiet, `--host-resolver-rules=${flags.loopbackOnly}`],
});
const self = new Map();
try {
  for (let i = 0; i <= LOADS; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.route('**/*', (r) => (new URL(r.request().url()).hostname == '127.0.0.1' ? r.continue() : r.fulfill({ status: 204 })));
    await page.addInitScript(probe);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(demo.url + '/', { waitUntil: 'load' });
    await page.waitForTimeout(2000);
    const { profile } = await cdp.send('Profiler.stop');
    const timeline = await page.evaluate(() => [
      ...window.__profile,
      ...performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/dist/'))
        .map((e) => [e.startTime, `fetch ${e.name.split('/').pop()} (done at ${Math.round(e.responseEnd)})`]),
    ]);
    await ctx.close();
    if (i == 0) continue; // a warm-up load for the server and the browser
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, k) => {
      const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
      if (!url) return; // idle, program, garbage collection
      const key = `${functionName || '(anonymous)'} ${origin(url, lineNumber, columnNumber)}`;
      self.set(key, (self.get(key) || 0) + (profile.timeDeltas[k] || 0) / 1000 / LOADS);
    });
    console.log(`load ${i} (CPU ×${RATE}), ms since navigation:`);
    for (const [t, what] of timeline.sort((a, b) => a[0] - b[0])) console.log(`  ${String(Math.round(t)).padStart(5)}  ${what}`);
  }
} finally {
  await browser.close();
  await demo.close();
}
console.log(`\nself time per load (ms, CPU ×${RATE}, mean of ${LOADS} loads), scripts only:`);
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(7)}  ${k}`);
