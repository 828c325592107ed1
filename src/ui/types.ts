import type { Consent, ConsentSnapshot } from '../core/types';
import type { Strings } from './strings/en';

export type { Strings };

/** What the "My consent record" block in the preferences dialog shows (the receipts module supplies it). */
export type MyRecordSummary = {
  /** Receipt id (UUID). */
  id: string;
  /** ms since epoch. */
  at: number;
  policyVersion?: string;
  purposes: { id: string; state: 'given' | 'refused' | 'withdrawn' | 'expired' }[];
};

/** Source of the visitor's latest consent receipt and its download. */
export interface MyRecord {
  latest(): Promise<MyRecordSummary | null>;
  download(): Promise<void>;
}

/** The "How to manage cookies in your browser" entry of the preferences dialog. */
export interface GuideOption {
  /** A page with the instructions (http:, https: or relative). */
  url?: string;
  /** Renders the instructions into `el` (shown in a disclosure in the dialog). */
  mount?(el: HTMLElement, locale: string): void;
}

/** Colour scheme: follow the OS (`auto`, default) or force one. */
export type Scheme = 'auto' | 'light' | 'dark';

/**
 * A scheme, or custom property values (`{ "--cs-accent": "#0b57d0", "scheme": "dark" }`): the widget's
 * colours, radius and font are `--cs-*` custom properties (listed in the README), set on the host element.
 */
export type Theme = Scheme | ({ scheme?: Scheme } & { [property: `--cs-${string}`]: string });

/** Input to the site's guardian verification: what the guardian typed. */
export interface GuardianInput {
  name: string;
  contact: string;
  locale: string;
}

export interface MountOptions {
  /** `banner` (default): first-layer banner + preferences dialog. `form`: the inline consent form in `target`. */
  layout?: 'banner' | 'form';
  /** Element (or CSS selector) the form is rendered into; for `banner`, where the widget's host goes (default `document.body`). */
  target?: HTMLElement | string | null;
  /** Locale to show; default: the config's locale, `<html lang>`, then `navigator.languages`. */
  locale?: string;
  /** Per-locale overrides of any string: `{ ko: { agreeAll: '전부 동의' } }`. Other locales use English for missing strings. */
  strings?: { [locale: string]: Partial<Strings> };
  /** The floating button that reopens the preferences (default false). */
  reopenButton?: boolean | { position?: 'bottom-left' | 'bottom-right' };
  /** In the `opt-out` model: a "Do Not Sell or Share My Personal Information" link at the foot of the page (default false). */
  optOutLink?: boolean;
  /** CSP nonce for the fallback `<style>` when constructable stylesheets are unavailable. */
  nonce?: string;
  theme?: Theme;
  /** Form layout: render the widget's own submit button (default false: the page's form submits through `submit()`). */
  submitButton?: boolean;
  /** Form layout: called after `submit()` recorded the decision. */
  onSubmit?(snapshot: ConsentSnapshot): void;
  /** Form layout: called whenever the form's validity changes (every required item agreed, guardian recorded when needed). */
  onValidChange?(valid: boolean): void;
  /**
   * Children: verifies the guardian (SMS, card, phone…) and resolves with the method used, e.g. `'sms'`;
   * resolve `false` (or reject) when verification failed. Without it the method is recorded as `'self-declared'`.
   */
  verifyGuardian?(input: GuardianInput): Promise<string | false>;
  myRecord?: MyRecord;
  guide?: GuideOption;
}

/** What `mountConsentUI` returns. */
export interface ConsentUI {
  /** Open the preferences dialog. */
  open(): void;
  /** Close the dialog (the banner stays while a decision is needed). */
  close(): void;
  /** Remove everything the widget added to the page. */
  destroy(): void;
  /** The host element (its open shadow root holds the widget). */
  el: HTMLElement;
  /**
   * Resolves once the widget first shows something on the page (the banner, the age step or the form), or has
   * nothing to show (the reopen button, whose code may still be on its way, does not hold it), or once it cannot
   * (its texts or code did not load, the form's target is missing, the host was taken off the page, `destroy()`):
   * for loading what should come after the banner.
   */
  shown: Promise<void>;
  /** Form layout: whether every required item is agreed (and a guardian recorded when needed). */
  readonly valid: boolean;
  /** Form layout: record the form's choices (`meta.method: 'form'`); rejects while not `valid`. */
  submit(): Promise<ConsentSnapshot>;
  /**
   * What the page's "Do not sell or share" link (`[data-consentry-opt-out]`) does: refuses every optional
   * purpose of kind advertising, sale or sharing (method `opt-out`) and shows a confirmation.
   */
  optOut(): Promise<void>;
}

/** What the on-demand views need from the widget host. */
export interface ViewContext {
  consent: Consent;
  locale: string;
  t: Strings;
  options: MountOptions;
}
