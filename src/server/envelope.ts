/**
 * The body of `POST /v1/receipts`: a bare array of receipts (accepted, but it carries no secret, so
 * every receipt in it is refused), or
 * `{ "receipts": [...], "secrets": { subjectId: secret }, "guardians": { receiptId: { name, contact } },
 *    "links": { subjectId: proof }, "texts": { sha256: text } }`.
 * The envelope is checked as a whole (400 with the reason) before any receipt is looked at; no value
 * of a secret or a guardian's details is ever echoed in an error.
 */
import { createHash } from 'node:crypto';
import { httpError } from './body';
import { isObject as isPlainObject } from '../core/is';
import { normaliseGuardianValue, SECRET_PATTERN } from './subject-auth';

/** A guardian's details as the page sent them (normalised: trimmed, NFC). */
export interface GuardianDetails {
  name: string;
  contact: string;
}

export interface Upload {
  items: unknown[];
  /** Subject id → secret (own entries of the body only). */
  secrets: Map<string, string>;
  /** Receipt id → guardian details. */
  guardians: Map<string, GuardianDetails>;
  /** Subject id → member proof (a JWT, verified later). */
  links: Map<string, string>;
  /** SHA-256 hex → the exact text it is the hash of (checked here). */
  texts: Map<string, string>;
}

/** Longest notice text accepted, in characters. */
export const TEXT_MAX = 65_536;

const ENVELOPE_KEYS = new Set(['receipts', 'secrets', 'guardians', 'links', 'texts']);

/** Longest guardian name or contact accepted, in characters. */
export const GUARDIAN_VALUE_MAX = 200;

const NOT_A_BATCH =
  'expected a JSON array of receipts, or {"receipts": [...], "secrets": {...}, "guardians": {...}, "links": {...}, "texts": {...}}';

const stringField = (item: unknown, key: 'id' | 'subjectId'): string | undefined => {
  const v = isPlainObject(item) ? item[key] : undefined;
  return typeof v === 'string' ? v : undefined;
};

/** Reads and checks the body; throws a 400/413 error with the reason. */
export function parseUpload(body: unknown, maxBatch: number): Upload {
  let items: unknown[];
  let secretsIn: unknown;
  let guardiansIn: unknown;
  let linksIn: unknown;
  let textsIn: unknown;
  if (Array.isArray(body)) {
    items = body;
  } else if (isPlainObject(body) && Array.isArray(body.receipts) && Object.keys(body).every((k) => ENVELOPE_KEYS.has(k))) {
    items = body.receipts;
    secretsIn = body.secrets;
    guardiansIn = body.guardians;
    linksIn = body.links;
    textsIn = body.texts;
  } else {
    throw httpError(400, NOT_A_BATCH);
  }
  if (items.length > maxBatch) throw httpError(413, `the batch has ${items.length} receipts; the limit is ${maxBatch} per request`);

  const links = new Map<string, string>();
  if (linksIn !== undefined) {
    if (!isPlainObject(linksIn)) throw httpError(400, 'links must be an object of subject id to member proof');
    const keys = Object.keys(linksIn);
    if (keys.length > maxBatch) throw httpError(400, `links has ${keys.length} entries; send one per subject (at most ${maxBatch})`);
    for (const key of keys) {
      const value = linksIn[key];
      if (typeof value !== 'string' || !value || value.length > 4096)
        throw httpError(400, 'links: each value must be a member proof (a JWT of at most 4096 characters)');
      if (!isPlainObject(secretsIn) || !Object.hasOwn(secretsIn, key) || typeof secretsIn[key] !== 'string') {
        throw httpError(400, 'links: a subject to link must come with its secret in secrets (the same body)');
      }
      links.set(key, value);
    }
  }
  if (!items.length && !links.size && (secretsIn !== undefined || guardiansIn !== undefined || textsIn !== undefined)) {
    throw httpError(400, "receipts is empty: an upload carries receipts, or links with their subjects' secrets");
  }

  const secrets = new Map<string, string>();
  if (secretsIn !== undefined) {
    if (!isPlainObject(secretsIn)) throw httpError(400, 'secrets must be an object of subject id to secret');
    const keys = Object.keys(secretsIn);
    if (keys.length > maxBatch)
      throw httpError(400, `secrets has ${keys.length} entries; send one per subject of the batch (at most ${maxBatch})`);
    const subjects = new Set(items.map((i) => stringField(i, 'subjectId')));
    for (const key of keys) {
      const value = secretsIn[key];
      if (typeof value !== 'string' || !SECRET_PATTERN.test(value)) {
        throw httpError(400, "secrets: each value must be the subject's secret (43 characters of base64url)");
      }
      if (!subjects.has(key) && !links.has(key)) {
        throw httpError(400, 'secrets: a secret was sent for a subject that has no receipt and no link in this batch');
      }
      secrets.set(key, value);
    }
  }

  const guardians = new Map<string, GuardianDetails>();
  if (guardiansIn !== undefined) {
    if (!isPlainObject(guardiansIn)) throw httpError(400, 'guardians must be an object of receipt id to { name, contact }');
    const keys = Object.keys(guardiansIn);
    if (keys.length > maxBatch)
      throw httpError(400, `guardians has ${keys.length} entries; at most one per receipt of the batch (${maxBatch})`);
    const ids = new Set(items.map((i) => stringField(i, 'id')));
    for (const key of keys) {
      const g = guardiansIn[key];
      if (!isPlainObject(g) || Object.keys(g).length !== 2 || typeof g.name !== 'string' || typeof g.contact !== 'string') {
        throw httpError(400, 'guardians: each entry must be { "name": "…", "contact": "…" } with text values');
      }
      const name = normaliseGuardianValue(g.name);
      const contact = normaliseGuardianValue(g.contact);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refuses NUL on purpose
      if (!name || !contact || name.length > GUARDIAN_VALUE_MAX || contact.length > GUARDIAN_VALUE_MAX || /\u0000/.test(name + contact)) {
        throw httpError(400, `guardians: name and contact must each be 1 to ${GUARDIAN_VALUE_MAX} characters, without NUL`);
      }
      if (!ids.has(key)) throw httpError(400, 'guardians: details were sent for a receipt id that is not in this batch');
      guardians.set(key, { name, contact });
    }
  }
  const texts = new Map<string, string>();
  if (textsIn !== undefined) {
    if (!isPlainObject(textsIn)) throw httpError(400, 'texts must be an object of SHA-256 (lowercase hex) to the exact text');
    const keys = Object.keys(textsIn);
    if (keys.length > maxBatch) throw httpError(400, `texts has ${keys.length} entries; at most ${maxBatch}`);
    for (const key of keys) {
      const text = textsIn[key];
      if (!/^[0-9a-f]{64}$/.test(key)) throw httpError(400, 'texts: each key must be a SHA-256 in lowercase hex');
      if (typeof text !== 'string' || !text || text.length > TEXT_MAX || text.includes('\u0000')) {
        throw httpError(400, `texts: each value must be a text of 1 to ${TEXT_MAX} characters, without NUL`);
      }
      if (createHash('sha256').update(text, 'utf8').digest('hex') !== key) {
        throw httpError(400, 'texts: a text does not hash to its key (SHA-256 of its UTF-8 bytes, lowercase hex)');
      }
      texts.set(key, text);
    }
  }
  return { items, secrets, guardians, links, texts };
}
