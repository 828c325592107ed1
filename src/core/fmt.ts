/**
 * The one reader of the `{slot}` template syntax used by every visitor-facing string: the template split into
 * its text and the slot values, in order. An unknown slot stays as written.
 */
export const slotParts = <T>(template: string, slots: { [name: string]: T }): (string | T)[] =>
  template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? (piece in slots ? slots[piece] : `{${piece}}`) : piece));

/** Fills `{slot}`s in a string template: `fmt('Are you {age} or older?', { age: 14 })`. */
export const fmt = (template: string, slots: { [name: string]: string | number }): string => slotParts(template, slots).join('');

type ListFormatCtor = new (locale: string, options: { type: 'conjunction' }) => { format(items: string[]): string };

/**
 * `items` as one list in the words of `locale` (`A, B and C`, `A, B 및 C`, `A、B、C`), with `Intl.ListFormat`;
 * a plain comma list where the browser has no `Intl.ListFormat` or does not know the locale tag.
 */
export function formatList(items: string[], locale: string): string {
  // one item is itself in every locale: no Intl.ListFormat, whose first use costs a long task on a slow phone
  if (items.length < 2) return items.join('');
  const ListFormat = (Intl as unknown as { ListFormat?: ListFormatCtor }).ListFormat;
  try {
    if (ListFormat) return new ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    // a malformed locale tag: the comma list below
  }
  return items.join(', ');
}
