/** Inserts a live copy of a blocked script in its place; resolves when the next one may run. */
export const runScript = (doc: Document, old: HTMLScriptElement, url: string | null) =>
  new Promise<void>((next) => {
    const parent = old.parentNode;
    if (!parent) return next(); // removed before its turn
    const s = doc.createElement('script');
    for (const a of Array.from(old.attributes))
      if (!/^(type|src|nonce|data-(src|type|consent))$/.test(a.name)) s.setAttribute(a.name, a.value);
    const type = old.getAttribute('data-type');
    if (type) s.type = type;
    // Only the script's own nonce: lending it the page's would let injected markup run under the CSP.
    const n = old.nonce || old.getAttribute('nonce');
    if (n) s.nonce = n;
    // scripts inserted from JS are async by default; keep them ordered unless the page said async
    s.async = old.hasAttribute('async');
    const wait = !!url && !s.async;
    if (wait) s.onload = s.onerror = () => next();
    if (url) s.src = url;
    else s.text = old.text;
    parent.replaceChild(s, old);
    if (!wait) next();
  });
