/** Styles of the views loaded on demand: the preferences and guardian dialogs and the inline form. */
export const viewsCss =
  `.cs-backdrop{position:fixed;inset:0;z-index:var(--cs-z);background:var(--cs-backdrop);display:flex;align-items:center;justify-content:center;padding:1rem}` +
  `.cs-dialog{background:var(--cs-bg);color:var(--cs-fg);border:1px solid var(--cs-border);border-radius:var(--cs-radius);box-shadow:0 12px 48px rgba(0,0,0,.35);width:100%;max-width:44rem;max-height:100%;display:flex;flex-direction:column;outline:0}` +
  `.cs-head{display:flex;align-items:center;justify-content:space-between;gap:1rem;padding:1rem 1.25rem;border-bottom:1px solid var(--cs-line)}` +
  `.cs-head h2{margin:0;font-size:1.2rem;line-height:1.35;min-width:0;overflow-wrap:break-word;hyphens:auto}` +
  `.cs-x{font:inherit;font-size:1.5rem;line-height:1;width:2.75rem;height:2.75rem;flex:none;border:1px solid var(--cs-border);border-radius:50%;background:transparent;color:inherit;cursor:pointer}` +
  `.cs-body{overflow:auto;overscroll-behavior:contain;padding:1rem 1.25rem;flex:1 1 auto}` +
  `.cs-body>p{margin:0 0 1rem;color:var(--cs-muted)}` +
  `.cs-foot{padding:1rem 1.25rem;border-top:1px solid var(--cs-line)}` +
  // three equal buttons in one row, also on phones: the list above keeps the room
  `.cs-foot .cs-btns{grid-template-columns:repeat(3,1fr)}.cs-foot .cs-btn{padding:.5rem .4rem}` +
  `.cs-row{border:1px solid var(--cs-line);border-radius:calc(var(--cs-radius)*.7);padding:.8rem 1rem;margin:0 0 .8rem;min-width:0}` +
  `.cs-row>legend,.cs-row-title{font-weight:700;font-size:1.05rem;padding:0;margin:0}` +
  `.cs-row>legend{float:left;width:100%;padding:0;margin:0 0 .3rem}.cs-row>legend+*{clear:both}` +
  `.cs-row .cs-badge{margin-inline-start:.5rem}` +
  `.cs-desc{margin:.2rem 0 .4rem;color:var(--cs-muted)}` +
  `.cs-more{font:inherit;font-size:.92rem;background:none;border:0;padding:.35rem 0;color:inherit;text-decoration:underline;text-underline-offset:.15em;cursor:pointer;min-height:2rem}` +
  `.cs-more::after{content:" ▾"}.cs-more[aria-expanded=true]::after{content:" ▴"}` +
  `.cs-dl{margin:.4rem 0 .6rem;padding:.6rem .8rem;background:var(--cs-soft);border-radius:calc(var(--cs-radius)*.5);font-size:.93rem}` +
  `.cs-dl dl{margin:0}.cs-dl dl+dl{margin-top:.6rem;padding-top:.6rem;border-top:1px solid var(--cs-line)}` +
  `.cs-dl dt{font-weight:700;margin-top:.35rem}.cs-dl dt:first-child{margin-top:0}.cs-dl dd{margin:0}` +
  `.cs-dl h4{margin:.6rem 0 .2rem;font-size:.95rem}` +
  `.cs-em{font-weight:800;font-size:1.2em;color:var(--cs-em)}` +
  `.cs-choices{display:flex;flex-wrap:wrap;gap:.4rem 1.25rem;margin:.3rem 0 0}` +
  `.cs-choices label,.cs-check{display:inline-flex;align-items:center;gap:.45rem;min-height:2.25rem;cursor:pointer}` +
  `input[type=radio],input[type=checkbox]{width:1.25rem;height:1.25rem;margin:0;flex:none;accent-color:var(--cs-accent)}` +
  `.cs-sub{border:0;border-top:1px dashed var(--cs-line);margin:.6rem 0 0;padding:.5rem 0 0;min-width:0}` +
  `.cs-sub>legend{font-weight:700;font-size:.95rem;padding:0}` +
  `.cs-ch{border:0;margin:.2rem 0;padding:0;display:flex;flex-wrap:wrap;align-items:center;gap:0 1rem;min-width:0}` +
  `.cs-ch>legend{float:left;min-width:12rem;padding:0;margin-inline-end:.5rem;line-height:2.25rem}` +
  `fieldset:disabled label{cursor:not-allowed;opacity:.65}` +
  `.cs-warn{margin:.5rem 0 0;color:var(--cs-em);font-weight:700}` +
  `.cs-body>.cs-rest{padding:.6rem .8rem;border-inline-start:4px solid var(--cs-accent);background:var(--cs-soft);color:var(--cs-fg)}` +
  `.cs-body>.cs-note-ok,.cs-note-ok{font-weight:700;color:var(--cs-fg)}` +
  `.cs-invalid{border-color:var(--cs-em);border-width:2px}.cs-ask{border-color:var(--cs-accent);border-width:2px}` +
  `.cs-result dl{display:grid;grid-template-columns:fit-content(55%) 1fr;gap:.15rem 1rem;margin:0 0 .6rem}.cs-result dt{font-weight:700}.cs-result dd{margin:0}` +
  `.cs-result h3{margin:.4rem 0 .2rem;font-size:1rem}` +
  `.cs-guardian-box .cs-btn{width:100%}` +
  `.cs-box{border-top:1px solid var(--cs-line);margin-top:1rem;padding-top:.8rem}` +
  `.cs-box h3{margin:0 0 .4rem;font-size:1.05rem}` +
  `.cs-box dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 .6rem}.cs-box dt{font-weight:700}.cs-box dd{margin:0;overflow-wrap:anywhere}` +
  `.cs-box ul{margin:0;padding-inline-start:1.2rem}` +
  `.cs-link{font:inherit;background:none;border:0;padding:0;color:inherit;text-decoration:underline;cursor:pointer}` +
  // inline form
  `.cs-form{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-bg);padding:1rem 1.1rem}` +
  `.cs-form h2{margin:0 0 .8rem;font-size:1.1rem}` +
  `.cs-all{padding:.7rem .8rem;border:2px solid var(--cs-accent);border-radius:calc(var(--cs-radius)*.7);margin-bottom:.6rem}` +
  `.cs-all .cs-check{font-weight:800;font-size:1.05rem}` +
  `.cs-note{margin:.2rem 0 0 1.7rem;font-size:.9rem;color:var(--cs-muted)}` +
  `.cs-list{list-style:none;margin:0;padding:0}` +
  `.cs-item{display:grid;grid-template-columns:1fr auto;align-items:center;gap:0 .75rem;padding:.45rem 0;border-bottom:1px solid var(--cs-line)}.cs-item:last-child{border-bottom:0}` +
  `.cs-item>:not(.cs-item-head):not(.cs-more){grid-column:1/-1}.cs-item>.cs-more{white-space:nowrap}` +
  `.cs-mark{font-weight:700;margin-inline-end:.25rem}.cs-mark.cs-required{color:var(--cs-em)}` +
  `.cs-item .cs-sub{margin-inline-start:1.7rem}` +
  `.cs-item .cs-sub .cs-check{margin-inline-end:1rem}` +
  `.cs-error{color:var(--cs-em);font-weight:700;margin:.6rem 0 0}` +
  `.cs-age{border:0;padding:0;margin:0 0 .8rem;min-width:0}.cs-age>legend{font-weight:700;padding:0;margin-bottom:.2rem}` +
  `.cs-field{display:grid;gap:.25rem;margin:.6rem 0}.cs-field label{font-weight:700}` +
  `.cs-field input{font:inherit;padding:.55rem .7rem;border:1px solid var(--cs-border);border-radius:calc(var(--cs-radius)*.5);background:var(--cs-bg);color:var(--cs-fg);min-width:0}` +
  `.cs-field [aria-invalid=true]{border-color:var(--cs-em);border-width:2px}` +
  `.cs-form>.cs-btn,.cs-guardian .cs-btn{margin-top:.8rem;width:100%}` +
  `@media (max-width:30rem){.cs-backdrop{padding:0}.cs-dialog{border-radius:0;height:100%;border:0}.cs-head,.cs-body,.cs-foot{padding-left:1rem;padding-right:1rem}.cs-foot .cs-btns{grid-template-columns:repeat(auto-fit,minmax(min(100%,8.5rem),1fr))}}` +
  // on a phone the footer has two columns: a third button alone on its row takes the whole row, so a long word fits
  `@media (max-width:24rem){.cs-foot .cs-btn:last-child:nth-child(odd){grid-column:1/-1}}` +
  `@media (prefers-reduced-motion:no-preference){.cs-dialog{animation:cs-in .2s ease-out}}` +
  `@media (forced-colors:active){.cs-dialog,.cs-row,.cs-x,.cs-all,.cs-form{border:1px solid CanvasText}.cs-em{text-decoration:underline}}`;
