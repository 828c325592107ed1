type Child = Node | string | null | undefined | false;

/**
 * Builds an element: attributes from `props` (`on<event>` keys become listeners, `true` an empty
 * attribute, null/false skipped), children as nodes or text. Text is always text: never parsed as HTML.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: { [name: string]: unknown } | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const k in props) {
    const v = props[k];
    if (v == null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v as EventListener);
    // (setAttribute turns any other value into its string)
    else e.setAttribute(k, v === true ? '' : (v as string));
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

/** The focused element, looking inside open shadow roots. */
export function activeElement(): Element | null {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
