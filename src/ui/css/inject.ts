import { el } from '../dom';

const sheets: { [css: string]: CSSStyleSheet } = {};

/**
 * Adds `css` to a shadow root: a constructable stylesheet (nothing for a CSP to block), shared by
 * every widget on the page; where those are unsupported, a `<style>` carrying the CSP nonce.
 */
export function addStyles(root: ShadowRoot, css: string, nonce?: string): void {
  try {
    let sheet = sheets[css];
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets[css] = sheet;
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // keep the <style>s in the order they were added, ahead of the content
    const styles = root.querySelectorAll('style');
    root.insertBefore(el('style', { nonce: nonce || null }, css), styles.length ? styles[styles.length - 1].nextSibling : root.firstChild);
  }
}
