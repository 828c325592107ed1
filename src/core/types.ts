/**
 * The public data model of consentry.
 * Every other module (ui, gate, receipts, browsers, server) codes against these types;
 * change them only with care: they are the contract.
 */

import type { RegionDecision, RegionsConfig } from './regions';

/** A text in several languages (`{ ko: '…', en: '…' }`) or one plain string for all. */
export type Localized = string | { [locale: string]: string };

/** `required`: must agree to proceed; `optional`: free choice; `notice`: information only, no choice. */
export type Necessity = 'required' | 'optional' | 'notice';

/** What a purpose is about; drives GPC defaults, Consent Mode mapping and emphasis. */
export type PurposeKind =
  | 'service'
  | 'analytics'
  | 'marketing'
  | 'advertising'
  | 'functional'
  | 'personalization'
  | 'security'
  | 'third_party'
  | 'overseas_transfer'
  | 'purpose_change'
  | 'sensitive'
  | 'unique_id'
  | 'sale'
  | 'sharing';

/** A visitor's answer. `undefined` (no key) means unanswered. */
export type Choice = 'agree' | 'disagree';

/** Third-party recipient (PIPA 17②): who receives, why, what, for how long. */
export interface Recipient {
  name: Localized;
  purpose: Localized;
  items: Localized[];
  retention: Localized;
  contact?: string;
}

/** Overseas transfer disclosures (PIPA 28-8②), one per receiving party. */
export interface Transfer {
  /** Country (or countries) the data goes to, e.g. `"US"` or `{ ko: '미국', en: 'United States' }`. */
  country: Localized;
  recipient: Localized;
  /** Recipient's contact (e-mail, phone or URL). */
  contact: string;
  timing: Localized;
  method: Localized;
  purpose: Localized;
  items: Localized[];
  retention: Localized;
  /** How to refuse the transfer, the procedure and its effect (28-8② 5). Falls back to the purpose's `refusal`. */
  refusalMethod?: Localized;
}

/** One cookie a purpose sets; feeds the cookie table on the policy page and the cleanup on withdrawal. */
export interface CookieInfo {
  /** Cookie name; `*` is a wildcard (`_ga_*`). */
  name: string;
  party: 'first' | 'third';
  lifetime: Localized;
  provider?: string;
  description?: Localized;
}

/** Extra cookies to delete when a purpose is withdrawn. Names may use `*`. */
export interface CleanupRule {
  cookies: string[];
  /** Extra domains to try besides the current host and its parents. */
  domains?: string[];
  /** Extra paths to try besides `/` and the current path's prefixes. */
  paths?: string[];
}

/** One consent matter, as the site writes it in the config. */
export interface Purpose {
  /** Stable id, `[a-z0-9_-]`, unique in the config. */
  id: string;
  necessity: Necessity;
  kind: PurposeKind;
  /** Bump when the purpose's meaning changes: only this purpose is asked again. Default 1. */
  version?: number | string;
  title: Localized;
  /** Short summary shown in the row. */
  description?: Localized;
  /** Purpose of the processing (15② 1). */
  purpose?: Localized;
  /** Data items (15② 2). */
  items?: Localized[];
  /** Retention and use period (15② 3). */
  retention?: Localized;
  /** The right to refuse and what refusing costs (15② 4). */
  refusal?: Localized;
  /** Legal basis for `notice` purposes (e.g. PIPA 15①4 contract). */
  legalBasis?: Localized;
  /** Third-party recipients (`third_party` kind). */
  recipients?: Recipient[];
  /** Overseas transfer disclosures (`overseas_transfer` kind): one receiving party, or a list of them. */
  transfer?: Transfer | Transfer[];
  /** Marketing channels each agreed or not (`email`, `sms`, `push`, `phone`, `kakao`, …). */
  channels?: string[];
  /** Whether to ask separately for night-time (21:00–08:00) sending. */
  nightTime?: boolean;
  /** Emphasise this purpose's important content (PIPA 22②); defaults by kind. */
  emphasis?: boolean;
  /** Cookies this purpose sets (cookie table, cleanup). */
  cookies?: CookieInfo[];
  /** Extra cleanup rules applied on withdrawal. */
  cleanup?: CleanupRule;
  /** Whether GPC defaults this purpose to disagree; defaults to true for advertising / sale / sharing kinds. */
  gpc?: boolean;
  /**
   * How long an answer counts before it is asked again, overriding the default of its kind: days for both
   * agreement and refusal, `false` for no time limit, or `{ consent, refusal }` separately.
   */
  expiryDays?: ExpiryDays | { consent?: ExpiryDays; refusal?: ExpiryDays };
  /**
   * Show this purpose's recipients or destination country, its items and its channels on the first layer
   * (banner). Purposes that disclose to others or that PIPA asks to consent to separately (third-party
   * provision, transfer abroad, sensitive data, unique identifiers, use for another purpose, marketing and
   * channels) are granted by the banner's "Agree to all" only with this; otherwise the dialog asks for them.
   */
  bannerDetails?: boolean;
}

/** Days an answer lasts, or `false`: no time limit in the browser. */
export type ExpiryDays = number | false;

/** A processor the controller entrusts with processing (PIPA 26: 수탁자): disclosed, never consented to. */
export interface Processor {
  /** The processor's name (수탁자). */
  name: Localized;
  /** The task entrusted (위탁 업무 내용). */
  task: Localized;
  /** Where it processes the data, when abroad. */
  country?: Localized;
  /** E-mail, phone or URL. */
  contact?: string;
}

export interface Controller {
  name: Localized;
  /** E-mail, phone or URL to reach the privacy officer. */
  contact: string;
  email?: string;
  phone?: string;
  url?: string;
  address?: Localized;
  /** ISO 3166 code of the controller's jurisdiction, default `"KR"`. */
  jurisdiction?: string;
}

export interface PolicyConfig {
  /** Version of the privacy policy the consent refers to. */
  version: string;
  /** URL of that policy (relative or https:). */
  url: string;
  /** When `version` changes: ask again for `all` purposes (default), or only the ids listed in `changed`. */
  reconsent?: 'all' | 'changed';
  /** With `reconsent: 'changed'`: the ids whose terms changed in this policy version. */
  changed?: string[];
}

/**
 * Time limits of answers in the browser. They apply to the cookie and tracking kinds (`analytics`,
 * `advertising`, `functional`, `personalization`, `sale`, `sharing`); other kinds do not expire by time
 * unless a purpose sets `expiryDays`.
 */
export interface ExpiryConfig {
  /** Days an agreement to a cookie or tracking purpose counts before asking again. Default 395 (13 months). */
  consentDays?: number;
  /** Days a refusal of a cookie or tracking purpose is remembered. Default 182 (≈6 months); sale/sharing at least 365. */
  refusalDays?: number;
  /** Days after which marketing consent must be reconfirmed (Network Act 50⑧). Default 730. */
  marketingReconfirmDays?: number;
}

export interface CookieConfig {
  name?: string;
  domain?: string;
  path?: string;
  sameSite?: 'Lax' | 'Strict' | 'None';
  secure?: boolean;
  /** Cookie lifetime in days. Default 365. */
  expiresDays?: number;
}

export interface ChildrenConfig {
  /** Below this age a guardian must consent. Default 14 (Korea). */
  minimumAge?: number;
  /**
   * `'guardian'` (default): a child's consent is the guardian's, given item by item in the guardian step.
   * `'refuse'`: the service does not take children; a child is told so and nothing is granted.
   */
  mode?: 'guardian' | 'refuse';
  /**
   * Whether a child's own agreement to `required` purposes counts before a guardian answered (default
   * false: nothing a child agrees to counts until the guardian did). Set it only where the required items
   * do not rest on consent for a child.
   */
  requiredBeforeGuardian?: boolean;
}

/**
 * The config a site writes (JSON in the script tag, or the object passed to `createConsent`).
 * `google`, `receipts`, `ui`, `blocking`, `guide` belong to their modules; the core only checks they are objects.
 */
export interface ConsentConfig {
  controller: Controller;
  policy: PolicyConfig;
  /** `'auto'` (default), `'ko'`, `'en'`, … */
  locale?: string;
  purposes: Purpose[];
  /** Processors entrusted with processing (PIPA 26), shown as a notice beside the consent items. */
  processors?: Processor[];
  expiry?: ExpiryConfig;
  /** `'respect'` (default) or `'ignore'` the Global Privacy Control signal. */
  gpc?: 'respect' | 'ignore';
  children?: ChildrenConfig;
  cookie?: CookieConfig;
  /** Mirror the consent in IndexedDB (default true) so Safari's 7-day cookie cap does not drop it. */
  mirror?: boolean;
  google?: Record<string, unknown>;
  receipts?: Record<string, unknown>;
  ui?: Record<string, unknown>;
  blocking?: Record<string, unknown>;
  guide?: Record<string, unknown>;
  /** Vendor tags loaded only after consent (`consentry/integrations`); the core checks their shape only. */
  integrations?: IntegrationEntry[];
  /**
   * The consent model per region (`{ KR: 'opt-in', EU: 'opt-in', 'US-CA': 'opt-out', default: 'opt-in' }`);
   * without it every region is `opt-in`. See docs/regions.md.
   */
  regions?: RegionsConfig;
}

/** One entry of `integrations`: a vendor, its account id and the purposes it needs (all of them). */
export interface IntegrationEntry {
  vendor: string;
  id?: string;
  purpose: string | string[];
  options?: Record<string, unknown>;
  disclosure?: Record<string, unknown>;
}

/**
 * Where a stored state came from. `region-default`: no answer, the region's `opt-out` or `notice` model
 * lets the purpose run until the visitor refuses (never stored, never counted as an agreement).
 */
export type DecisionSource = 'user' | 'guardian' | 'gpc' | 'withdraw' | 'expiry' | 'region-default';

/**
 * How a decision was made; recorded in receipts. `notice`: the visitor acknowledged the `notice` model's
 * notice; `opt-out`: the page's "Do not sell or share" link.
 */
export type DecisionMethod =
  | 'banner'
  | 'preferences'
  | 'form'
  | 'api'
  | 'gpc'
  | 'expiry'
  | 'guardian'
  | 'placeholder'
  | 'notice'
  | 'opt-out';

/** The stored state of one purpose. */
export interface PurposeState {
  id: string;
  /** `undefined`: never answered, or its answer no longer counts (version bump, expiry). */
  choice?: Choice;
  /** The purpose version the choice was made for. */
  version: string;
  source?: DecisionSource;
  /** ms since epoch. */
  decidedAt?: number;
  /** ms since epoch when this answer stops counting (consent or refusal lifetime). */
  expiresAt?: number;
  /** Per-channel answers for marketing purposes. */
  channels?: { [channel: string]: Choice };
  /** Night-time sending answer, when asked. */
  nightTime?: Choice;
  /** ms since epoch when marketing consent must be reconfirmed (2 years from the consent date). */
  reconfirmDueAt?: number;
  /**
   * The visitor agreed while the browser sent GPC, to a purpose GPC refuses: the visitor confirmed the
   * agreement over the signal, so GPC does not refuse it again where the region runs opt-out.
   */
  overGpc?: true;
}

/**
 * Guardian consent for a child under the minimum age (PIPA 22-2), as kept by the browser: how, when, and
 * whether it was verified. Never the guardian's name or contact (those are in the `decision` event only).
 */
export interface GuardianRecord {
  /** How the guardian was verified (`sms`, `card`, `phone`, `email`, `paper`, …), or `self-declared`. */
  method: string;
  /** ms since epoch. */
  verifiedAt: number;
  /** True when the site's verification (`verifyGuardian`) confirmed the guardian; false when self-declared. */
  verified: boolean;
}

/** The guardian's details as given, in the guardian's `decision` event only (memory, never stored by the core). */
export interface GuardianDetails {
  name: string;
  contact: string;
  method: string;
  verifiedAt: number;
  verified: boolean;
}

/** What `recordGuardian` takes: the guardian's details and how they were verified. */
export interface GuardianRecordInput {
  name: string;
  contact: string;
  /** How the guardian was verified; `'self-declared'` when not verified. */
  method: string;
  /** ms since epoch; default now. */
  verifiedAt?: number;
  /** True only when a verification confirmed the guardian (default false). */
  verified?: boolean;
}

/** A marketing answer's result as the Network Act 50⑦ notice states it. */
export type MarketingOutcome = 'given' | 'refused' | 'withdrawn';

/**
 * The result notice of a marketing decision (Network Act 50⑦, Enforcement Decree 62-2): who sends, when the
 * visitor expressed it, and what changed per channel. Payload of the `marketing-result` event, and carried
 * by the `decision` event that caused it.
 */
export interface MarketingResult {
  /** The sender: the controller's name in `locale`. */
  sender: string;
  /** ms since epoch: when the visitor expressed the choice. */
  at: number;
  locale: string;
  /** One entry per marketing purpose whose answer changed. */
  purposes: {
    id: string;
    /** The purpose's own change, when it changed. */
    choice?: MarketingOutcome;
    channels?: { [channel: string]: MarketingOutcome };
    nightTime?: MarketingOutcome;
  }[];
}

/** Everything the core knows about the visitor's consent. */
export interface ConsentSnapshot {
  /** Pseudonymous subject id, created on the first decision. */
  subjectId?: string;
  policyVersion?: string;
  /** ms since epoch of the last decision. */
  updatedAt?: number;
  purposes: { [id: string]: PurposeState };
  /** Age group answered in the age question, when children are configured. */
  ageGroup?: 'adult' | 'child';
  guardian?: GuardianRecord;
  /** `navigator.globalPrivacyControl` was true at start. */
  gpc: boolean;
}

/** One purpose's answer in `decide()`: a choice, or a choice with channel / night-time answers. */
export type DecisionInput = Choice | { choice: Choice; channels?: { [channel: string]: Choice }; nightTime?: Choice };

/** Extra facts about a decision, for receipts. */
export interface DecisionMeta {
  /** Default `'api'`. */
  method?: DecisionMethod;
  /** Locale of the text the visitor saw. */
  locale?: string;
  /**
   * The visitor was told that their browser sends Global Privacy Control and that an agreement given here
   * takes precedence over it on this site (CCPA regulations, 11 CCR § 7025(c)(3)): agreements in this
   * decision to purposes GPC refuses are kept over the signal (`PurposeState.overGpc`). Without it, such an
   * agreement is set aside again on the next page view where the region does not ask first. The widget's
   * preferences dialog sets it when it shows that notice.
   */
  overGpc?: boolean;
}

/** One purpose that changed in a decision. */
export interface PurposeChange {
  id: string;
  from?: Choice;
  to?: Choice;
  state: PurposeState;
}

/** Payload of the `decision` event: a decision made in this tab. */
export interface DecisionEvent {
  method: DecisionMethod;
  locale: string;
  /** ms since epoch. */
  at: number;
  /** The purposes answered in this decision (changed or re-confirmed). */
  changes: PurposeChange[];
  /** `true` for `withdraw()`. */
  withdrawal: boolean;
  snapshot: ConsentSnapshot;
  /** The guardian's details, on the guardian's decision only. In memory: the core never stores them. */
  guardian?: GuardianDetails;
  /** The marketing result notice, when a marketing answer changed (Network Act 50⑦). */
  marketingResult?: MarketingResult;
  /** The region, its model and where the region came from, for this page view. */
  region?: RegionDecision;
}

/**
 * Payload of the `change` event: the state changed here (`local`), in another tab (`remote`), after a
 * restore from the IndexedDB mirror (`restore`), by GPC or expiry, or (`checked`) because the stored answers
 * started to count once the config passed the check a production build runs after `createConsent` returned.
 */
export interface ChangeEvent {
  snapshot: ConsentSnapshot;
  /** Ids whose effective grant changed; with origin `gpc`, also the purposes GPC refused. */
  changed: string[];
  origin: 'local' | 'remote' | 'restore' | 'gpc' | 'expiry' | 'checked';
}

/** Payload of the `expired` event. */
export interface ExpiredEvent {
  ids: string[];
  snapshot: ConsentSnapshot;
}

/** Payload of the `error` event: something went wrong that did not stop consentry. */
export interface ErrorEvent {
  code: 'cookie-invalid' | 'storage-unavailable' | 'idb-failed' | 'listener-failed' | string;
  message: string;
  cause?: unknown;
}

export interface EventMap {
  change: ChangeEvent;
  decision: DecisionEvent;
  expired: ExpiredEvent;
  error: ErrorEvent;
  'marketing-result': MarketingResult;
}

/** A listener may return a promise: `decide()` waits for `decision` listeners (receipts are written first). */
export type Listener<T> = (payload: T) => void | Promise<unknown>;

/** The consent instance returned by `createConsent(config)`. */
export interface Consent {
  /** The config with defaults filled in: checked before `createConsent` returned (Node, tests), or by the check a production build runs after. */
  readonly config: NormalizedConfig;
  /**
   * Resolves when the writing code is there and the IndexedDB mirror has been read (restores a consent whose
   * cookie was dropped). Rejects with the `ConfigError` when a production build's check refused the config, and
   * with the loading error when the writing code could not load.
   */
  readonly ready: Promise<void>;
  /** State of one purpose, or `undefined` for an unknown id. */
  get(id: string): PurposeState | undefined;
  /** A copy of the whole state. */
  snapshot(): ConsentSnapshot;
  /**
   * True when the purpose (and, if given, the marketing channel) is agreed and still valid. `notice` purposes
   * are granted, once the config passed its check; nothing is while a write waits for the writing code.
   */
  isGranted(id: string, channel?: string): boolean;
  /** Record answers. Throws `ConsentError` for unknown ids, notice purposes, or disagreeing with a required purpose. */
  decide(choices: { [id: string]: DecisionInput }, meta?: DecisionMeta): Promise<ConsentSnapshot>;
  /**
   * Agree to every required and optional purpose, every channel and night-time sending. With
   * `method: 'banner'` only to what the first layer may grant (`bannerGrants`): the others stay unanswered.
   */
  agreeAll(meta?: DecisionMeta): Promise<ConsentSnapshot>;
  /**
   * Disagree with every optional purpose; with `acceptRequired`, also agree to required ones ("required only"),
   * from the banner only to those it may grant.
   */
  disagreeAll(meta?: DecisionMeta & { acceptRequired?: boolean }): Promise<ConsentSnapshot>;
  /** Withdraw consent for the given purposes (all agreed ones when omitted). Works for required purposes too. */
  withdraw(ids?: string | string[], meta?: DecisionMeta): Promise<ConsentSnapshot>;
  /** True when the visitor must be asked: nothing decided, a purpose's version or the policy changed, or an answer expired. */
  needsDecision(): boolean;
  /** Ids of the purposes that need an answer now. */
  pending(): string[];
  /** The region, its consent model and where the region came from (absent on the inert instance). */
  readonly region?: RegionDecision;
  /**
   * Records that the visitor saw the `notice` model's notice (a decision with method `notice` and no
   * answers); `needsDecision()` is then false until the policy version changes.
   */
  acknowledge?(meta?: Pick<DecisionMeta, 'locale'>): Promise<ConsentSnapshot>;
  /** Record the answer to the age question. */
  setAgeGroup(group: 'adult' | 'child'): void;
  /** True when children are configured (mode `guardian`), the visitor said they are a child, and no guardian consent is recorded. */
  needsGuardian(): boolean;
  /**
   * Records a guardian's answers for a child: one `decision` (method `guardian`) covering every purpose that
   * is not a notice — the answers in `choices`, optional purposes left out as refused, required ones left out
   * as not agreed. Only the guardian's agreements count for a child. The guardian's name and contact go into
   * that `decision` event only; the stored record keeps `{ method, verifiedAt, verified }`.
   */
  recordGuardian(
    details: GuardianRecordInput,
    choices?: { [id: string]: DecisionInput },
    meta?: Pick<DecisionMeta, 'locale'>,
  ): Promise<ConsentSnapshot>;
  /** Subscribe; returns the unsubscribe function. */
  on<K extends keyof EventMap>(event: K, fn: Listener<EventMap[K]>): () => void;
  /**
   * Gives the visitor a new pseudonymous subject id and stores it like any change (cookie, mirror, other
   * tabs); answers and dates stay as they are, no event is emitted. Returns the new id. The receipts module
   * calls it when this device no longer has the secret of the current subject's receipt chain.
   */
  renewSubject(): string;
  /**
   * Takes answers made on the member's other devices (loaded from the collector by `consentry/members`) as
   * this browser's: stored like any change (cookie, mirror, other tabs) with their own decision times, then
   * a `change` event (origin `remote`); no `decision` event, so no receipt here — each answer's proof is the
   * receipt of the device where it was made. A required purpose not agreed becomes unanswered.
   * (Absent on the script tag's inert instance after a config error.)
   */
  adoptAnswers?(
    answers: {
      id: string;
      choice: Choice;
      decidedAt: number;
      source?: 'user' | 'withdraw';
      channels?: { [channel: string]: Choice };
      nightTime?: Choice;
    }[],
  ): void;
  /** Forget everything stored here (cookie, mirror) and start over. */
  reset(): Promise<void>;
  /** Stop listening to other tabs and timers. */
  destroy(): void;
}

/** The config after validation, with defaults applied. */
export interface NormalizedConfig extends ConsentConfig {
  locale: string;
  purposes: (Purpose & { version: string })[];
  expiry: Required<ExpiryConfig>;
  children?: Required<ChildrenConfig>;
  gpc: 'respect' | 'ignore';
  cookie: Required<Omit<CookieConfig, 'domain'>> & { domain?: string };
  mirror: boolean;
}

/** Options for `createConsent` beyond the config: the environment, injectable for tests and SSR. */
export interface CreateOptions {
  /** Clock, ms since epoch. Default `Date.now`. */
  now?: () => number;
  /** Overrides `navigator.globalPrivacyControl`. */
  globalPrivacyControl?: boolean;
  /** `'auto'` (default): cookie + IndexedDB mirror when available, memory otherwise. `'memory'`: never persist. */
  storage?: 'auto' | 'memory';
  /** Sync with other tabs (default true in browsers). */
  crossTab?: boolean;
  /** The visitor's region as the site's server knows it (`KR`, `US-CA`, …); else, with a `regions` section, the time zone hints. */
  region?: string;
  /** Overrides the browser's IANA time zone (the region hint when `region` is not given; read only with a `regions` section). */
  timeZone?: string;
}
