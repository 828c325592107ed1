import type { JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { pickPageLocale } from '../core/locales';
import { localize } from '../core/localize';
import type { ConsentConfig, CookieInfo, Localized } from '../core/types';
import { tableStrings, type TableStrings } from './strings';
import { ensureStyles } from './styles';

export interface CookieTableProps {
  /** The site's config (reads `purposes[].cookies`, `cookie.name`/`expiresDays` and `controller.name`). */
  config: Pick<ConsentConfig, 'purposes'> & {
    locale?: string;
    controller?: { name?: Localized };
    cookie?: { name?: string; expiresDays?: number };
  };
  locale?: string;
  strings?: Partial<TableStrings>;
  /** List consentry's own consent cookie first (default true). */
  own?: boolean;
  /** Add the small stylesheet (default true). */
  styles?: boolean;
  nonce?: string;
}

export interface CookieRow {
  name: string;
  purposeId: string;
  purpose: string;
  description: string;
  lifetime: string;
  party: 'first' | 'third';
  provider: string;
}

// (its own: importing core/is.ts would bring that whole module into the npm entry, +240 B gzip)
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const asText = (v: unknown, locale: string) => (typeof v === 'string' || isObj(v) ? localize(v as Localized, locale) : '');

/**
 * The rows of the cookie table: consentry's own consent cookie (unless `own` is false or a purpose lists
 * it), then one per cookie of every purpose, in config order. Tolerates an unchecked config: entries that
 * are not objects or have no name are skipped, not thrown on.
 */
export function cookieRows(config: CookieTableProps['config'], locale: string, own = true, strings?: TableStrings): CookieRow[] {
  const rows: CookieRow[] = [];
  const lang = pickPageLocale([locale]);
  const purposes = config && Array.isArray(config.purposes) ? config.purposes : [];
  const owner = config && isObj(config.controller) ? asText(config.controller.name, locale) : '';
  for (const p of purposes) {
    if (!isObj(p) || !Array.isArray(p.cookies)) continue;
    for (const c of p.cookies as CookieInfo[]) {
      if (!isObj(c) || typeof c.name !== 'string' || !c.name) continue;
      const party = c.party === 'third' ? 'third' : 'first';
      rows.push({
        name: c.name,
        purposeId: String(p.id),
        purpose: asText(p.title, locale),
        description: asText(c.description, locale),
        lifetime: asText(c.lifetime, locale),
        party,
        provider: typeof c.provider === 'string' && c.provider ? c.provider : party === 'first' ? owner : '',
      });
    }
  }
  const ck = config && isObj(config.cookie) ? config.cookie : {};
  const name = typeof ck.name === 'string' && ck.name ? ck.name : 'consentry';
  const days = typeof ck.expiresDays === 'number' && ck.expiresDays > 0 ? ck.expiresDays : 365;
  if (own && !rows.some((r) => r.name === name)) {
    rows.unshift({
      name,
      purposeId: '',
      purpose: (strings || tableStrings[lang] || tableStrings.en).own,
      description: '',
      lifetime: new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 0 }).format(days),
      party: 'first',
      provider: owner,
    });
  }
  return rows;
}

/** The site's own cookies from its config: name, purpose, lifetime, first or third party, provider. */
export function CookieTable(props: CookieTableProps): JSX.Element {
  const lang = pickPageLocale([props.locale]);
  const s: TableStrings = { ...(tableStrings[lang] || tableStrings.en), ...props.strings };
  const rows = cookieRows(props.config, lang, props.own !== false, s);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (props.styles !== false && ref.current) ensureStyles(ref.current, props.nonce);
  }, []);
  if (!rows.length) {
    return (
      <div class="cg" ref={ref}>
        <p>{s.empty}</p>
      </div>
    );
  }
  return (
    // focusable so keyboard users can scroll it sideways on narrow screens
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
    <div class="cg cg-scroll" ref={ref} role="region" aria-label={s.caption} tabIndex={0}>
      <table class="cg-table">
        <caption>{s.caption}</caption>
        <thead>
          <tr>
            {(['name', 'purpose', 'lifetime', 'party', 'provider'] as const).map((k) => (
              <th scope="col">{s[k]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr data-cookie={r.name} data-purpose-id={r.purposeId}>
              <th scope="row">
                <code>{r.name}</code>
              </th>
              <td>
                {r.purpose}
                {r.description && <br />}
                {r.description}
              </td>
              <td>{r.lifetime}</td>
              <td>{r.party === 'first' ? s.first : s.third}</td>
              <td>{r.provider}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
