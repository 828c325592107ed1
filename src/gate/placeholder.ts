import type { Locale } from '../core/locales';
import { addStyles } from '../dom/styles';
import { fmt } from '../core/fmt';

/** Placeholder texts per built-in locale; `{host}` and `{purpose}` are filled in, never concatenated. */
const TEXT: { [L in Locale]: [string, string, string] } = {
  ko: ['‘{purpose}’에 동의하면 {host} 콘텐츠를 볼 수 있습니다.', '이번만 불러오기', '항상 허용'],
  en: ['Content from {host} is blocked until you allow “{purpose}”.', 'Load once', 'Always allow'],
  ja: ['「{purpose}」に同意すると、{host} のコンテンツを表示できます。', '今回のみ読み込む', '常に許可'],
  'zh-CN': ['同意“{purpose}”后即可查看来自 {host} 的内容。', '仅本次加载', '始终允许'],
  'zh-TW': ['同意「{purpose}」後即可檢視來自 {host} 的內容。', '僅本次載入', '一律允許'],
  de: ['Inhalte von {host} sind blockiert, bis Sie „{purpose}“ erlauben.', 'Einmal laden', 'Immer erlauben'],
  fr: ['Le contenu de {host} est bloqué tant que vous n’autorisez pas «\u00a0{purpose}\u00a0».', 'Charger une fois', 'Toujours autoriser'],
  es: ['El contenido de {host} está bloqueado hasta que permita «{purpose}».', 'Cargar solo esta vez', 'Permitir siempre'],
};

// Zero specificity (:where) so any site rule wins; colours meet WCAG AA contrast. The box is an
// inline-block with hidden overflow, so (like the iframe it stands in for) it sits on the text baseline.
const CSS =
  ':where(.consentry-placeholder){box-sizing:border-box;display:inline-block;overflow:hidden;vertical-align:baseline;max-width:100%;background:#f1f3f5;color:#1b1f24;border:1px solid #aab1b9}' +
  ':where(.consentry-placeholder)>div{box-sizing:border-box;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:.75em;height:100%;padding:1em;overflow:auto;text-align:center}' +
  ':where(.consentry-placeholder) p{margin:0}' +
  ':where(.consentry-placeholder) button{font:inherit;padding:.45em 1em;border:1px solid #1b1f24;border-radius:4px;background:#fff;color:#1b1f24;cursor:pointer}';

let seq = 0;

export interface PlaceholderProps {
  /** Language of the texts: a built-in locale (others get English). */
  lang: string;
  /** Purpose title(s) the frame waits for, in that language. */
  purpose: string;
  nonce?: string;
  onOnce(): void;
  onAlways(): void;
}

/**
 * The accessible placeholder for a blocked iframe (the gate puts it in front of the frame and hides the
 * frame): a group named after the frame, a sentence saying what it waits for, and two buttons, *Load once*
 * and *Always allow*, both described by that sentence. Adds its small stylesheet to the page once.
 */
export function placeholder(frame: HTMLIFrameElement, props: PlaceholderProps): HTMLElement {
  const doc = frame.ownerDocument;
  addStyles(doc, CSS, props.nonce);
  const text = TEXT[props.lang as Locale] || TEXT.en;
  let host = '';
  try {
    host = new URL(frame.getAttribute('data-src') || '', doc.baseURI).hostname;
  } catch {
    // the gate rejects such a URL anyway
  }
  const box = doc.createElement('div');
  box.className = 'consentry-placeholder';
  box.lang = TEXT[props.lang as Locale] ? props.lang : 'en';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', frame.title || host);
  // Take the frame's exact place (outer size, margins, display, alignment): swapping one for the other
  // must not move anything on the page (no layout shift). CSSOM, so a CSP has nothing to block.
  const view = doc.defaultView;
  const cs = view && frame.isConnected ? view.getComputedStyle(frame) : null;
  const st = box.style;
  if (cs && frame.offsetWidth) {
    st.width = frame.offsetWidth + 'px';
    st.height = frame.offsetHeight + 'px';
    st.margin = cs.margin;
    st.verticalAlign = cs.verticalAlign;
    if (cs.display != 'inline') st.display = cs.display == 'block' ? 'block' : 'inline-block';
    if (cs.float != 'none') st.cssFloat = cs.float;
  } else
    for (const dim of ['width', 'height'] as const) {
      const v = frame.getAttribute(dim);
      if (v) st[dim] = /^\d+$/.test(v) ? v + 'px' : v;
    }
  const inner = doc.createElement('div');
  const p = doc.createElement('p');
  p.id = 'consentry-ph-' + ++seq;
  p.textContent = fmt(text[0], { host, purpose: props.purpose });
  inner.appendChild(p);
  [props.onOnce, props.onAlways].forEach((fn, i) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = text[i + 1];
    b.setAttribute('aria-describedby', p.id);
    b.onclick = fn;
    inner.appendChild(b);
  });
  box.appendChild(inner);
  return box;
}
