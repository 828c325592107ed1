/**
 * How an on-demand part (src/embed/parts/<name>.ts → dist/consentry-<name>.js) hands its API to the
 * script-tag bundle. The bundle (src/embed/runtime.ts) defines `window.__consentryRuntime` with the shared
 * Preact (`preact`, `hooks`, `jsx`) and `register`; `loadPart(name)` there injects the part's <script>
 * (same folder as consentry.js, with the page's CSP nonce) and resolves with what the part registers.
 */
export interface PartRuntime {
  register(name: string, api: unknown): void;
}

/** Call once at the top level of a part with its API object. */
export function registerPart(name: string, api: unknown): void {
  (window as unknown as { __consentryRuntime: PartRuntime }).__consentryRuntime.register(name, api);
}
