// The guide's and table's small stylesheet. Colours inherit from the page (or the widget's theme), so
// contrast follows the host; the sheet only adds structure. Injected once per document or shadow root,
// as a constructable stylesheet when the browser has them, else as a <style> with the page's CSP nonce.
import { addStyles } from '../dom/styles';

export const guideCss =
  '.cg{line-height:1.5}' +
  '.cg details{border:1px solid;border-radius:.4em;margin:.5em 0;padding:0 .8em}' +
  '.cg summary{cursor:pointer;font-weight:600;padding:.5em 0}' +
  '.cg summary:focus-visible,.cg a:focus-visible,.cg-scroll:focus-visible{outline:2px solid;outline-offset:2px}' +
  '.cg-badge{border:1px solid;border-radius:1em;display:inline-block;font-size:.85em;font-weight:400;margin-inline-start:.5em;padding:0 .5em}' +
  '.cg-list{list-style:none;margin:0;padding:0}' +
  '.cg-steps{padding-inline-start:1.6em}' +
  '.cg-steps li{margin:.2em 0}' +
  '.cg-when{font-size:.9em}' +
  '.cg code{font-family:ui-monospace,monospace;overflow-wrap:anywhere}' +
  '.cg-meta{font-size:.9em}' +
  '.cg-vh{clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}' +
  '.cg-scroll{overflow-x:auto}' +
  // a data table scrolls sideways on narrow screens rather than breaking words letter by letter
  '.cg-table{border-collapse:collapse;min-width:34em;width:100%}' +
  '.cg-table code{white-space:nowrap}' +
  '.cg-table caption{font-weight:600;text-align:start;padding:.3em 0}' +
  '.cg-table th,.cg-table td{border:1px solid;overflow-wrap:normal;padding:.4em .6em;text-align:start;vertical-align:top;word-break:keep-all}';

/** Adds the stylesheet to the document or shadow root `node` lives in (once). */
export function ensureStyles(node: Node, nonce?: string): void {
  const root = node.getRootNode();
  if ('querySelector' in root) addStyles(root as Document | ShadowRoot, guideCss, nonce);
}
