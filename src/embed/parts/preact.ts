/**
 * dist/consentry-preact.js: Preact for the on-demand parts. The first-paint bundle has no Preact (its
 * banner is plain DOM), so this part carries it and publishes it on `window.__consentryRuntime`
 * (`preact`, `hooks`, `jsx`); `loadPart()` loads it before any other part, so every part shares this
 * one instance (built with Preact inside: see rollup.config.mjs).
 */
import * as preact from 'preact';
import * as hooks from 'preact/hooks';
import * as jsx from 'preact/jsx-runtime';
import type { ConsentryRuntime } from '../runtime';

const rt = (window as unknown as { __consentryRuntime: ConsentryRuntime }).__consentryRuntime;
rt.preact = preact;
rt.hooks = hooks;
rt.jsx = jsx;
rt.register('preact', { preact, hooks, jsx });
