/**
 * The one reader of the `{slot}` template syntax used by every visitor-facing string: the template split into
 * its text and the slot values, in order. An unknown slot stays as written.
 */
export const slotParts = <T>(template: string, slots: { [name: string]: T }): (string | T)[] =>
  template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? (piece in slots ? slots[piece] : `{${piece}}`) : piece));

/** Fills `{slot}`s in a string template: `fmt('Are you {age} or older?', { age: 14 })`. */
export const fmt = (template: string, slots: { [name: string]: string | number }): string => slotParts(template, slots).join('');
