import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

const FOCUSABLE =
  'a[href],button:not(:disabled),input:not(:disabled),select:not(:disabled),textarea:not(:disabled),[tabindex]:not([tabindex="-1"])';

/** The focusable elements of `box` that are rendered (not inside a hidden region). */
export const focusables = (box: HTMLElement): HTMLElement[] =>
  Array.from(box.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((e) => e.getClientRects().length > 0 || !e.closest('[hidden]'));

/**
 * A modal dialog (WAI-ARIA dialog pattern): focus moves in on open, Tab and Shift+Tab cycle inside,
 * Escape calls `onClose`. The host returns focus to where it was when the dialog closes.
 */
export function Dialog(props: { labelledBy: string; describedBy?: string; onClose(): void; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current!.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key == 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
      return;
    }
    if (e.key != 'Tab') return;
    const box = ref.current!;
    const list = focusables(box);
    const active = (box.getRootNode() as Document | ShadowRoot).activeElement;
    const first = list[0];
    const last = list[list.length - 1];
    if (!first) e.preventDefault();
    else if (e.shiftKey && (active == first || active == box)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active == last) {
      e.preventDefault();
      first.focus();
    }
  };
  // Focus that lands outside (a click on the backdrop, a script) is brought back in.
  const onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (to && !ref.current!.contains(to)) ref.current!.focus();
  };
  return (
    // a press on the backdrop leaves focus in the dialog (Escape and the trap keep working)
    // biome-ignore lint/a11y/noStaticElementInteractions: not an interaction, it only keeps focus inside
    <div class="cs-backdrop" onMouseDown={(e) => e.target == e.currentTarget && e.preventDefault()}>
      <div
        ref={ref}
        class="cs-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onFocusOut={onFocusOut}
      >
        {props.children}
      </div>
    </div>
  );
}
