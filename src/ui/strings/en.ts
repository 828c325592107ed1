/**
 * English strings. `banner` is what the first layer needs (it ships in the script-tag bundle);
 * `more` is everything else (dialog, form, age and guardian steps, results, record), loaded with the views.
 * Slots in braces (`{age}`) are filled by `fmt`; never build sentences by concatenation.
 */
import { banner } from './first-layer/en';

export { banner };

export const more = {
  prefsTitle: 'Privacy preferences',
  prefsIntro:
    'Agree or disagree with each item. Nothing is answered for you; an item you leave unanswered counts as not agreed, and we will ask you about it again on your next visit.',
  /** Shown in the preferences when the browser sends GPC where the region does not ask first. */
  gpcConflict:
    'Your browser sends a Global Privacy Control signal, so we treat it as a request not to sell or share your personal information. If you agree here to a purpose that involves selling or sharing, that choice takes precedence over the signal on this site.',
  restIntro:
    'These items were not part of “Agree to all”, because they need to be read first: {titles}. Please read them and answer each one.',
  close: 'Close',
  save: 'Save settings',
  agree: 'Agree',
  disagree: 'Disagree',
  details: 'Details',
  choiceLegend: 'Your choice for “{title}”',
  noticeText: 'Processed without your consent, as the law or the performance of our contract with you requires.',
  purpose: 'Purpose of collection and use',
  retention: 'Retention period',
  refusal: 'Your right to refuse, and what refusing means',
  legalBasis: 'Legal basis',
  recipientPurpose: "Recipient's purpose",
  recipientRetention: "Recipient's retention period",
  contact: 'Contact',
  timing: 'When it is transferred',
  method: 'How it is transferred',
  transferPurpose: "Receiving party's purpose",
  transferRetention: "Receiving party's retention period",
  refusalMethod: 'How to refuse, the procedure, and the effect of refusing',
  refusalOptional: 'You may refuse. Refusing this item does not limit the rest of the service.',
  refusalRequired: 'You may refuse, but the service cannot be provided without this consent.',
  requiredWarning: 'Without this consent the service cannot be provided. Saving this withdraws your earlier consent.',
  nightTime: 'Advertising messages at night (9 pm to 8 am)',
  saved: 'Your choices have been saved.',
  // processors (entrustment)
  processorsTitle: 'Processors',
  processorsText:
    'We entrust the following processing to these processors. It needs no consent from you; it is shown for your information.',
  processor: 'Processor',
  task: 'Task entrusted',
  processorCountry: 'Country',
  // inline form
  formTitle: 'Terms and consent',
  formAll: 'Agree to all, including optional items',
  formAllNote: 'You can sign up without agreeing to optional items.',
  markRequired: '(Required)',
  markOptional: '(Optional)',
  markNotice: '(Notice)',
  showText: 'View',
  formInvalid: 'Please agree to every required item.',
  submit: 'Agree and continue',
  formChildRefused: 'Sorry: you must be {age} or older to sign up.',
  formGuardianAsk: 'Under {age}, your parent or guardian has to agree for you, and answers the items below.',
  formGuardianNote: 'Below are the answers your parent or guardian gave.',
  // children
  ageQuestion: 'Are you {age} or older?',
  ageYes: 'Yes, I am {age} or older',
  ageNo: 'No, I am under {age}',
  guardianNeeded: 'Under {age}, a parent or guardian has to agree for you. Ask them, or reject all optional items.',
  guardianStart: 'Ask my parent or guardian',
  ageLegend: 'Your age',
  guardianTitle: 'Consent of a parent or guardian',
  guardianText:
    'To be filled in by the parent or guardian. For a child under {age}, the law requires your consent. Enter your name and contact details, then read each item below and agree or disagree. Your name and contact are used only to confirm this consent and are not stored on this device.',
  guardianName: "Parent or guardian's name",
  guardianContact: "Parent or guardian's mobile number or e-mail",
  guardianSubmit: 'Submit consent',
  guardianFailed: 'The parent or guardian could not be verified. Please check the details and try again.',
  guardianMissing: 'Please fill in this field.',
  guardianUnanswered: 'Please agree or disagree with every item.',
  guardianDone: "Your parent or guardian's consent has been verified.",
  guardianRecorded: 'The consent your parent or guardian entered has been recorded.',
  childNote: 'Under {age}, only what your parent or guardian agreed to applies. To agree to more, ask them.',
  childRefused:
    'Sorry: this service does not take personal information of children under {age}. Every optional item has been recorded as not agreed.',
  ok: 'OK',
  // marketing result notice (Network Act 50⑦)
  mrTitle: 'Advertising messages: the result of your choice',
  mrText: 'As the law requires, here is how your choice about advertising messages was processed.',
  mrSender: 'Sender',
  mrDate: 'Date of your choice',
  mrResult: 'Result',
  mr_given: 'Opted in',
  mr_refused: 'Opted out',
  mr_withdrawn: 'Consent withdrawn',
  // my record
  recordTitle: 'My consent record',
  recordId: 'Receipt ID',
  recordDate: 'Date',
  recordPolicy: 'Privacy policy version',
  recordChoices: 'What was chosen',
  recordNone: 'No consent has been recorded yet.',
  recordLoading: 'Loading your record…',
  download: 'Download my record',
  state_given: 'agreed',
  state_refused: 'disagreed',
  state_withdrawn: 'withdrawn',
  state_expired: 'expired',
  // cookie guide
  guide: 'How to manage cookies in your browser',
};

export type Strings = { [K in keyof typeof banner | keyof typeof more]: string };
