/**
 * The first layer's styles: theme custom properties, the banner, buttons and the reopen button.
 * Every colour, the radius and the font are `--cs-*` custom properties (set them with the `theme`
 * option or a page rule on `[data-consentry-host]`). Dark scheme: OS preference, or `data-scheme`.
 */
const light =
  '--cs-bg:#fff;--cs-fg:#1b1f24;--cs-muted:#4a5361;--cs-border:#8c96a5;--cs-line:#d5dae1;--cs-accent:#1f4fd1;--cs-on-accent:#fff;--cs-soft:#eef2fb;--cs-em:#b3261e;--cs-focus:#0b57d0;--cs-backdrop:rgba(15,20,30,.55)';
const dark =
  '--cs-bg:#1f242c;--cs-fg:#eceef1;--cs-muted:#b7bfcb;--cs-border:#8a94a3;--cs-line:#3a424e;--cs-accent:#a8c7fa;--cs-on-accent:#0b1d3a;--cs-soft:#2a313b;--cs-em:#ffb4a9;--cs-focus:#a8c7fa;--cs-backdrop:rgba(0,0,0,.7)';

/** The host's theme (custom properties, dark scheme) and the rules every layer needs: shared by the banner and the reopen-only host. */
export const themeCss =
  `:host{all:initial;display:contents;${light};--cs-radius:12px;--cs-font:system-ui,-apple-system,"Apple SD Gothic Neo","Noto Sans KR","Malgun Gothic",sans-serif;--cs-z:2147483000}` +
  `:host([data-scheme=dark]){${dark}}` +
  `@media (prefers-color-scheme:dark){:host(:not([data-scheme=light])){${dark}}}` +
  `*{box-sizing:border-box}` +
  `[hidden]{display:none!important}` +
  `:focus-visible{outline:3px solid var(--cs-focus);outline-offset:2px}` +
  `svg{display:block;fill:currentColor}`;

/** The floating button that reopens the preferences. */
export const reopenCss =
  `.cs-reopen{position:fixed;z-index:var(--cs-z);bottom:1rem;left:1rem;width:3rem;height:3rem;border-radius:50%;border:2px solid var(--cs-bg);background:var(--cs-accent);color:var(--cs-on-accent);cursor:pointer;box-shadow:0 2px 10px #0005;padding:.6rem}` +
  `.cs-right{left:auto;right:1rem}` +
  `@media (forced-colors:active){.cs-reopen{border:2px solid CanvasText}}`;

/** The first layer: the theme, the banner, its buttons, the opt-out bar and the reopen button. */
export const baseCss =
  themeCss +
  `.cs-root{font:16px/1.55 var(--cs-font);color:var(--cs-fg);word-break:keep-all;overflow-wrap:break-word}` +
  `a{color:inherit}` +
  `.cs-banner{position:fixed;z-index:var(--cs-z);inset:auto 1rem 1rem;margin:auto;max-width:60rem;max-height:calc(100% - 2rem);overflow:auto;background:var(--cs-bg);border:1px solid var(--cs-border);border-radius:var(--cs-radius);box-shadow:0 8px 32px #0004;padding:1.25rem 1.5rem}` +
  `h2{margin:0 0 .4rem;font-size:1.15rem;line-height:1.35}` +
  `.cs-banner p{margin:0 0 .9rem;color:var(--cs-muted)}.cs-banner p:last-child{margin:.6rem 0 0}p:empty{display:none}` +
  // the first layer's list of items: title, badge, and what the banner shows of each
  `.cs-items{list-style:none;margin:0 0 .9rem;padding:0;display:grid;gap:.3rem 1.5rem;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));font-size:.94rem;line-height:1.45}` +
  `.cs-t,.cs-k{font-weight:700}.cs-sep,.cs-d{display:block;font-size:.88rem;color:var(--cs-muted)}` +
  `.cs-badge{display:inline-block;padding:0 .5rem;border:1px solid currentColor;border-radius:999px;font-size:.8rem;font-weight:700;vertical-align:.1em;line-height:1.6}` +
  `.cs-badge.cs-required{color:var(--cs-em)}` +
  `.cs-btns{display:grid;gap:.6rem;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr))}` +
  `.cs-btn{font:inherit;font-weight:700;min-height:2.75rem;padding:.55rem 1rem;border:2px solid var(--cs-accent);border-radius:calc(var(--cs-radius)*.7);background:var(--cs-accent);color:var(--cs-on-accent);cursor:pointer;line-height:1.3}` +
  `.cs-btn:disabled{cursor:not-allowed;opacity:.6}` +
  `.cs-opt-out-bar{position:fixed;z-index:var(--cs-z);bottom:0;right:0;padding:.25rem .75rem;background:var(--cs-bg);font-size:.875rem}` +
  `.cs-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}` +
  `@media (max-width:30rem){.cs-banner{inset:auto .5rem .5rem;padding:1rem;max-height:calc(100% - 1rem)}.cs-btns{grid-template-columns:1fr}}` +
  `@media (prefers-reduced-motion:no-preference){.cs-banner{animation:cs-in .25s ease-out}@keyframes cs-in{from{opacity:0;transform:translateY(1rem)}}}` +
  `@media (forced-colors:active){.cs-banner,.cs-btn{border:2px solid CanvasText}.cs-badge{border:1px solid CanvasText}}` +
  reopenCss;
