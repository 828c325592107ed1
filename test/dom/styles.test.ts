// @vitest-environment node
// The one stylesheet helper of the widget, the cookie guide and the gate's placeholder: a constructed sheet
// shared by every root where the DOM has them, else one <style> per root and text, with the page's nonce.
import { describe, expect, it } from 'vitest';
import { Window as HappyWindow } from 'happy-dom';
import { addStyles } from '../../src/dom/styles';

type Root = (Document | ShadowRoot) & { adoptedStyleSheets: CSSStyleSheet[] };

function page() {
  const w = new HappyWindow({ url: 'https://shop.example/' });
  const doc = w.document as unknown as Document;
  const host = doc.createElement('div');
  doc.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.append(doc.createElement('p'));
  return { w, doc, shadow };
}

describe('addStyles', () => {
  it('with constructed sheets: one sheet per text, shared by roots, added once', () => {
    const { w, doc, shadow } = page();
    (globalThis as { CSSStyleSheet?: unknown }).CSSStyleSheet = (w as unknown as { CSSStyleSheet: unknown }).CSSStyleSheet;
    try {
      addStyles(doc, '.a{color:red}');
      addStyles(doc, '.a{color:red}');
      addStyles(shadow, '.a{color:red}');
      addStyles(shadow, '.b{color:blue}');
      expect((doc as Root).adoptedStyleSheets).toHaveLength(1);
      expect((shadow as Root).adoptedStyleSheets).toHaveLength(2);
      expect((shadow as Root).adoptedStyleSheets[0]).toBe((doc as Root).adoptedStyleSheets[0]);
      // nothing a CSP could block
      expect(doc.querySelectorAll('style')).toHaveLength(0);
    } finally {
      delete (globalThis as { CSSStyleSheet?: unknown }).CSSStyleSheet;
    }
  });

  it('without them: one <style> per root and text, with the nonce, in the order added and ahead of the content', () => {
    const { doc, shadow } = page();
    // this test's global scope has no CSSStyleSheet: the fallback
    expect(typeof (globalThis as { CSSStyleSheet?: unknown }).CSSStyleSheet).toBe('undefined');
    addStyles(doc, '.a{color:red}', 'n0nce');
    addStyles(doc, '.a{color:red}', 'n0nce');
    addStyles(shadow, '.a{color:red}', 'n0nce');
    addStyles(shadow, '.b{color:blue}');
    const head = [...doc.head.querySelectorAll('style')];
    expect(head.map((s) => [s.textContent, s.getAttribute('nonce')])).toEqual([['.a{color:red}', 'n0nce']]);
    expect([...shadow.children].map((c) => c.localName + ':' + (c.textContent || ''))).toEqual([
      'style:.a{color:red}',
      'style:.b{color:blue}',
      'p:',
    ]);
    expect(shadow.children[1].hasAttribute('nonce')).toBe(false);
  });
});
