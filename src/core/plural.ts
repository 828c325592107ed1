/**
 * Durations ("90 days", "13개월") in every built-in locale, with the plural form chosen by
 * `Intl.PluralRules` and the number written by `Intl.NumberFormat`.
 *
 * The words come from a fixed table rather than `Intl.NumberFormat`'s `unit` style on purpose: a
 * disclosure must read the same in every browser (receipts hash the texts a visitor saw, and ICU versions
 * differ in spacing and wording), and the unit style is missing in older browsers. No Intl object is
 * created at import time.
 */
import { LOCALES, type Locale, type Texts } from './locales';

export type DurationUnit = 'minute' | 'day' | 'month' | 'year';

/** Forms by CLDR plural category; `other` is required, `one` and `many` where the language has them. */
type Forms = { one?: string; many?: string; other: string };

const N = '{n}';
const TABLE: { [L in Locale]: { [U in DurationUnit]: Forms } } = {
  ko: { minute: { other: '{n}분' }, day: { other: '{n}일' }, month: { other: '{n}개월' }, year: { other: '{n}년' } },
  en: {
    minute: { one: '{n} minute', other: '{n} minutes' },
    day: { one: '{n} day', other: '{n} days' },
    month: { one: '{n} month', other: '{n} months' },
    year: { one: '{n} year', other: '{n} years' },
  },
  ja: { minute: { other: '{n}分' }, day: { other: '{n}日間' }, month: { other: '{n}か月' }, year: { other: '{n}年' } },
  'zh-CN': { minute: { other: '{n}分钟' }, day: { other: '{n}天' }, month: { other: '{n}个月' }, year: { other: '{n}年' } },
  'zh-TW': { minute: { other: '{n}分鐘' }, day: { other: '{n}天' }, month: { other: '{n}個月' }, year: { other: '{n}年' } },
  de: {
    minute: { one: '{n} Minute', other: '{n} Minuten' },
    day: { one: '{n} Tag', other: '{n} Tage' },
    month: { one: '{n} Monat', other: '{n} Monate' },
    year: { one: '{n} Jahr', other: '{n} Jahre' },
  },
  // French `one` covers 0 and 1 ("0 jour"); `many` is CLDR's form for round millions ("1 000 000 de jours")
  fr: {
    minute: { one: '{n} minute', many: '{n} de minutes', other: '{n} minutes' },
    day: { one: '{n} jour', many: '{n} de jours', other: '{n} jours' },
    month: { one: '{n} mois', many: '{n} de mois', other: '{n} mois' },
    year: { one: '{n} an', many: '{n} d’ans', other: '{n} ans' },
  },
  es: {
    minute: { one: '{n} minuto', many: '{n} de minutos', other: '{n} minutos' },
    day: { one: '{n} día', many: '{n} de días', other: '{n} días' },
    month: { one: '{n} mes', many: '{n} de meses', other: '{n} meses' },
    year: { one: '{n} año', many: '{n} de años', other: '{n} años' },
  },
};

// Intl objects are costly to build: one of each per locale, made on first use.
const rules: { [locale: string]: Intl.PluralRules | null } = {};
const numbers: { [locale: string]: Intl.NumberFormat | null } = {};
const made = <T>(cache: { [k: string]: T | null }, locale: string, make: () => T): T | null => {
  if (!(locale in cache))
    try {
      cache[locale] = make();
    } catch {
      cache[locale] = null; // no Intl, or no data for the locale
    }
  return cache[locale];
};

/** The CLDR plural category of `n` in `locale`; without `Intl.PluralRules`, English's rule. */
function category(n: number, locale: string): string {
  const r = made(rules, locale, () => new Intl.PluralRules(locale));
  return r ? r.select(n) : n == 1 ? 'one' : 'other';
}

function number(n: number, locale: string): string {
  const f = made(numbers, locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  return f ? f.format(n) : String(n);
}

/**
 * `n` `unit`s in `locale` (`formatDuration(90, 'day', 'de')` → `"90 Tage"`). Locales other than the
 * built-in ones get the language's table when there is one (`de-AT` → German), else English.
 */
export function formatDuration(n: number, unit: DurationUnit, locale: string): string {
  const lang = locale.split('-')[0] as Locale;
  const key: Locale = locale in TABLE ? (locale as Locale) : lang == ('zh' as string) ? 'zh-CN' : lang in TABLE ? lang : 'en';
  const forms = TABLE[key][unit];
  const form = (forms as { [c: string]: string | undefined })[category(n, key)] || forms.other;
  return form.replace(N, number(n, key));
}

/** `n` `unit`s in every built-in locale, as a `Localized` record (vendor disclosures, cookie lifetimes). */
export function durations(n: number, unit: DurationUnit): Texts {
  const out = {} as Texts;
  for (const l of LOCALES) out[l] = formatDuration(n, unit, l);
  return out;
}
