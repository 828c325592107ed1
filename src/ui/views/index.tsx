/** The Preact views the widget host opens: one object, so the script tag can load them as one part. */
import { render } from 'preact';
import { viewsCss } from '../css/views';
import { el } from '../../dom/element';
import type { FormView, Views } from '../widget';
import { ConsentForm, type FormApi } from './ConsentForm';
import { AgeGate } from './AgeGate';
import { Preferences } from './Preferences';
import { MarketingResultBox } from './Result';

/** Renders `vnode` into a fresh box in `root`; returns what unmounts it. */
function show(root: HTMLElement, vnode: preact.VNode): () => void {
  const box = el('div');
  root.append(box);
  render(vnode, box);
  return () => {
    render(null, box);
    box.remove();
  };
}

export const views: Views = {
  css: viewsCss,
  preferences: (root, ctx, done, rest) => show(root, <Preferences {...ctx} onClose={done} rest={rest} />),
  age: (root, ctx, done, hold) => show(root, <AgeGate {...ctx} onDone={done} hold={hold} />),
  result: (root, ctx, result, done) =>
    show(
      root,
      <MarketingResultBox
        consent={ctx.consent}
        locale={ctx.locale}
        t={ctx.t}
        result={result}
        onClose={done}
        inline={ctx.options.layout == 'form'}
      />,
    ),
  form(root, ctx): FormView {
    const api: { current: FormApi | null } = { current: null };
    const unmount = show(root, <ConsentForm {...ctx} apiRef={api} />);
    return { valid: () => api.current!.valid(), submit: () => api.current!.submit(), unmount };
  },
};
