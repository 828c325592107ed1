/**
 * The public body of `POST /v1/requests`, checked strictly: the browser form posts exactly this.
 *
 * ```json
 * { "type": "access" | "correction" | "deletion" | "suspension" | "withdrawal",
 *   "subject": { "id": "<subject id>", "secret": "<its secret>" },   // and/or
 *   "proof": "<member proof JWT>",
 *   "contact": "<e-mail address or phone number for the answer>",
 *   "message": "<plain text, 1–2000 characters>",
 *   "locale": "ko" }                                                 // optional
 * ```
 */
import { SECRET_PATTERN } from '../subject-auth';

export const REQUEST_TYPES = ['access', 'correction', 'deletion', 'suspension', 'withdrawal'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const MESSAGE_MAX = 2000;
export const CONTACT_MAX = 200;

export interface RequestBody {
  type: RequestType;
  subject?: { id: string; secret: string };
  proof?: string;
  contact: string;
  message: string;
  locale?: string;
}

/** JSON Schema of the body (Fastify validates it before the handler; unknown keys are refused). */
export const requestBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'contact', 'message'],
  properties: {
    type: { enum: REQUEST_TYPES },
    subject: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'secret'],
      properties: {
        id: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$' },
        secret: { type: 'string', pattern: SECRET_PATTERN.source },
      },
    },
    proof: { type: 'string', minLength: 1, maxLength: 4096 },
    contact: { type: 'string', minLength: 3, maxLength: CONTACT_MAX },
    message: { type: 'string', minLength: 1, maxLength: MESSAGE_MAX },
    locale: { type: 'string', pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$', maxLength: 35 },
  },
} as const;

const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]{1,190}\.[^\s@<>]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ().-]{5,30}$/;
/** Markup, or a control character other than tab and line breaks. */
const HTML = /<\s*[A-Za-z!/?]|&#?[A-Za-z0-9]{1,10};/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matches control characters on purpose
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** What is wrong with a body that passed the schema, or null. */
export function requestBodyProblem(b: RequestBody): string | null {
  if (!b.subject && !b.proof) return 'a request needs the subject (id and secret) or the member proof, to find whose data it is about';
  const contact = b.contact.trim();
  if (!EMAIL.test(contact) && !PHONE.test(contact)) return 'contact must be an e-mail address or a phone number';
  if (HTML.test(b.message)) return 'message must be plain text (no HTML)';
  if (CONTROL.test(b.message) || CONTROL.test(b.contact)) return 'message and contact must not contain control characters';
  if (!b.message.trim()) return 'message is empty';
  return null;
}
