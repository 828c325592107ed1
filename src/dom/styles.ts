/** Constructed sheets by their text: every root that adds the same text shares one sheet. */
const sheets: { [css: string]: CSSStyleSheet } = {};

type StyleRoot = (Document | ShadowRoot) & { adoptedStyleSheets: CSSStyleSheet[] };

/**
 * Adds `css` to a document or shadow root, once. A constructed stylesheet where the browser has them:
 * CSSOM, so a page's CSP has nothing to block and no nonce is needed. Elsewhere (Safari before 16.4) a
 * `<style>` carrying the page's `nonce`, after the ones added before it and ahead of a shadow root's content.
 */
export function addStyles(root: Document | ShadowRoot, css: string, nonce?: string): void {
  const r = root as StyleRoot;
  try {
    let sheet = sheets[css];
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets[css] = sheet;
    }
    if (!r.adoptedStyleSheets.includes(sheet)) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
  } catch {
    // (a document has no owner document)
    const doc = root.ownerDocument || (root as Document);
    const parent: ParentNode & Node = (root as Document).head || root;
    const styles = [...parent.children].filter((c) => c.localName == 'style');
    for (const s of styles) if (s.textContent == css) return;
    const style = doc.createElement('style');
    if (nonce) style.setAttribute('nonce', nonce);
    style.textContent = css;
    parent.insertBefore(style, styles.length ? styles[styles.length - 1].nextSibling : parent.firstChild);
  }
}
