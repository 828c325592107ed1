/** When the script tag's later work runs, so that none of it holds back the banner's first paint. */

/** When the browser is idle (soon after, where it cannot say). */
export const idle = (fn: () => void): unknown => (window.requestIdleCallback || setTimeout)(fn);

/** After the next frame is painted (at once in a hidden tab, which paints none). */
export const afterPaint = (fn: () => void): unknown => (document.hidden ? fn() : requestAnimationFrame(() => setTimeout(fn)));

/** Once the document is parsed (at once if it is). */
export const onReady = (fn: () => void): unknown =>
  document.readyState == 'loading' ? document.addEventListener('DOMContentLoaded', fn, { once: true }) : fn();
