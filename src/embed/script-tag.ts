/**
 * dist/consentry.js — the script-tag bundle (IIFE). Reads the JSON config from
 * `<script type="application/json" id="consentry-config">`, validates it, creates the consent instance,
 * starts the gate, mounts the widget and exposes the instance as `window.consentry` (with `open()`).
 * A bad config logs ONE console.error listing every problem and leaves an inert `window.consentry`
 * that grants nothing, so the page keeps working.
 */
import type { ConfigProblem } from '../core/errors';
import { installRuntime, loadPart, scriptNonce } from './runtime';

installRuntime();

/** Reads and parses the config tag; pushes a problem and returns undefined when it is missing or not JSON. */
function readConfig(problems: ConfigProblem[]): Record<string, unknown> | undefined {
  const tag = document.getElementById('consentry-config');
  if (!tag) {
    problems.push({ path: '(config)', message: 'no <script type="application/json" id="consentry-config"> on the page' });
    return;
  }
  try {
    const config = JSON.parse(tag.textContent || '');
    if (config && typeof config === 'object' && !Array.isArray(config)) return config;
    problems.push({ path: '(config)', message: 'expected a JSON object' });
  } catch (e) {
    problems.push({ path: '(config)', message: `not valid JSON: ${(e as Error).message}` });
  }
}

function start(): void {
  const problems: ConfigProblem[] = [];
  const config = readConfig(problems);
  void config;
  void loadPart;
  void scriptNonce;

  // Variables the blocks below can use: `config` (parsed JSON), `problems` (push config problems here,
  // before the check below), `consent` (the instance, once created), `ui` (options for mountConsentUI),
  // `loadPart(name)` (on-demand parts), `scriptNonce()`.

  // <gate>
  // gate helper: validate config.google / config.blocking into `problems`; once `consent` exists and there
  // are no problems, start Google Consent Mode + declarative blocking synchronously, before the UI mounts.
  // </gate>

  // <receipts>
  // receipts helper: forward `decision` events to the receipts part; supply `ui.myRecord`.
  // </receipts>

  // <guide>
  // browsers helper: supply `ui.guide.mount`; render the guide into `[data-consentry-guide]` elements.
  // </guide>
}

start();
