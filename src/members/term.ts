/** The answer term of a rights request by the controller's jurisdiction, before the collector gives the date. */
export type AnswerTerm = '10 days' | '1 month';

// the EU, the EEA and the UK answer within one month (GDPR Art. 12(3)); Korea and the rest within 10 days
const ONE_MONTH = 'EU EEA AT BE BG HR CY CZ DK EE FI FR DE GR EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB UK'.split(' ');

/** `1 month` in the EU, EEA and UK, else `10 days` (as the collector counts it). */
export const answerTerm = (jurisdiction: string | undefined): AnswerTerm =>
  ONE_MONTH.includes((jurisdiction || 'KR').toUpperCase()) ? '1 month' : '10 days';
