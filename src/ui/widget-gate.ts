/**
 * The age question and the guardian step: while a child's consent needs them, they stand in for the first
 * layer. Their view is Preact, loaded with the other views the first time it is needed.
 */
import type { Unmount, WithViews } from './widget';

/**
 * The age step in `layer`: `show(true)` puts it there once the views are loaded (asked again meanwhile, it is
 * not put twice; taken away meanwhile, not at all), `show(false)` takes it away. The view calls `done(decided,
 * note)` when the visitor is through with it, and `hold(true)` to stay while a refusal is read (`Views.age`);
 * `shown()` is called once the step is on the page.
 */
export function ageGate(
  withViews: WithViews,
  layer: HTMLElement,
  done: (decided: boolean, note?: string) => void,
  hold: (on: boolean) => void,
  shown: () => void,
): (on: boolean) => void {
  let gate: Unmount | undefined;
  return (on) => {
    if (!on) {
      if (gate) gate();
      gate = undefined;
    } else if (!gate) {
      gate = () => {}; // taken while the views load
      withViews((v, c) => {
        if (gate) (gate = v.age(layer, c, done, hold)), shown();
      });
    }
  };
}
