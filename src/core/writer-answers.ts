import { isObject } from './is';
import { gpcApplies as gpcIn, isChild, purposeState, type Purpose, type Source } from './state';
import type { Choice, ConsentSnapshot, DecisionInput, NormalizedConfig, PurposeState } from './types';
import { fail, sec } from './writer-util';

const CHOICES: unknown[] = ['agree', 'disagree'];

/**
 * Turns answers into purpose states against the current state (`read()`), checking what callers pass:
 * `parse` and `purpose` fail with a `ConsentError` naming the purpose.
 */
export function writerAnswers(config: NormalizedConfig, read: () => ConsentSnapshot, now: () => number) {
  const list = config.purposes;
  const find = (id: string) => list.find((p) => p.id == id);
  const at = (p: Purpose) => read().purposes[p.id];
  const gpcApplies = (p: Purpose) => gpcIn(config, read(), p);
  const child = () => isChild(config, read());
  const make = (p: Purpose, choice?: Choice, source?: Source, decidedAt?: number, channels?: { [c: string]: Choice }, night?: Choice) =>
    purposeState(config, p, choice, source, decidedAt, channels, night);
  /**
   * A new answer. An agreement the visitor gives while GPC refuses the purpose is marked as given over the
   * signal only when `over` says the visitor was shown the conflict (`DecisionMeta.overGpc`).
   */
  const answer = (p: Purpose, choice: Choice, source: Source, channels?: { [c: string]: Choice }, night?: Choice, over?: boolean) => {
    const s = answered(p, choice, source, channels, night);
    if (over && choice == 'agree' && source == 'user' && gpcApplies(p)) s.overGpc = true;
    return s;
  };
  /** Channel and night-time answers given earlier are kept when an agreement is renewed. */
  const answered = (p: Purpose, choice: Choice, source: Source, channels?: { [c: string]: Choice }, night?: Choice) => {
    const prev = at(p);
    // (a guardian's agreement never takes over channels the child answered alone)
    const keep = choice == 'agree' && prev.choice == 'agree' && (source != 'guardian' || prev.source == 'guardian');
    // A child agreeing again to what the guardian agreed to keeps the guardian's agreement: the child can
    // only narrow it (refuse channels or night-time), never widen it.
    if (keep && source == 'user' && prev.source == 'guardian' && child()) {
      const no = (v?: Choice) => (v == 'disagree' ? v : undefined);
      const narrowed: { [c: string]: Choice } = { ...prev.channels };
      for (const c in channels) if (no(channels[c])) narrowed[c] = 'disagree';
      return make(p, choice, 'guardian', prev.decidedAt, narrowed, no(night) || prev.nightTime);
    }
    return make(p, choice, source, sec(now()), { ...(keep && prev.channels), ...channels }, night || (keep ? prev.nightTime : undefined));
  };

  /** The purpose `id`, which an `action` (decided, withdrawn, adopted) may change; else fails. */
  const purpose = (id: string, action: string) => {
    const p = find(id) || fail(`unknown purpose "${id}"`);
    return p.necessity == 'notice' ? fail(`"${id}" is a notice: it cannot be ${action}`) : p;
  };
  /** The checked answer `input` for purpose `id`, given by `source` (`over`: see `answer`). */
  const parse = (id: string, input: DecisionInput, source: Source = 'user', over?: boolean): PurposeState => {
    const p = purpose(id, 'decided');
    const o: any = typeof input == 'string' ? { choice: input } : input;
    const no = (why: string) => fail(`"${id}": ${why}`);
    const channel = (name: string, value: unknown, known: unknown) => {
      if (!known) no(`no channel "${name}"`);
      // Refusing the purpose refuses every channel: a channel cannot stay agreed.
      if (!CHOICES.includes(value) || (value == 'agree' && o.choice == 'disagree')) no(`${name}: cannot be "${value}" here`);
    };
    if (!isObject(o) || !CHOICES.includes(o.choice)) no('expected "agree" or "disagree"');
    if (o.choice == 'disagree' && p.necessity == 'required') no('is required: it cannot be disagreed (withdraw it instead)');
    if (o.channels !== undefined && !isObject(o.channels)) no('channels: expected an object');
    for (const c in o.channels) channel(c, o.channels[c], (p.channels || []).includes(c));
    if (o.nightTime !== undefined) channel('nightTime', o.nightTime, p.nightTime);
    return answer(p, o.choice, source, o.channels, o.nightTime, over);
  };

  return { find, at, gpcApplies, child, make, answer, purpose, parse };
}

/** What `writerAnswers` returns. */
export type Answers = ReturnType<typeof writerAnswers>;
