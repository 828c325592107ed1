/**
 * When a rights request must be answered: within 10 days in Korea (PIPA Enforcement Decree, on access,
 * correction/deletion and suspension requests), within one month in the EU, EEA and UK (GDPR Art. 12(3),
 * extendable by two months with reasons given to the person). Other jurisdictions get the shorter
 * Korean term; set `controller.jurisdiction` in the site config.
 */
import { addMonths, DAY_MS } from '../accounts/calendar';

const ONE_MONTH = new Set([
  'EU',
  'EEA',
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'EL',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'GB',
  'UK',
]);

export interface Deadline {
  dueMs: number;
  /** How the term is counted, for people: `10 days`, `1 month`. */
  term: string;
}

export function answerDeadline(jurisdiction: string, receivedMs: number): Deadline {
  if (ONE_MONTH.has(jurisdiction.toUpperCase())) return { dueMs: addMonths(receivedMs, 1), term: '1 month' };
  return { dueMs: receivedMs + 10 * DAY_MS, term: '10 days' };
}
