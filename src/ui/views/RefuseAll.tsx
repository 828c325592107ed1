import type { Consent, DecisionMeta } from '../../core/types';
import type { Strings } from '../types';

/**
 * The banner's and the dialog's refusing button, one for both so they never drift: "Reject all", or
 * "Required only" where the config has required purposes (they stay agreed; every optional one is refused).
 */
export function RefuseAll({
  consent,
  meta,
  required,
  busy,
  run,
  t,
}: {
  consent: Consent;
  meta: DecisionMeta;
  required: boolean;
  busy: boolean;
  run(fn: () => Promise<unknown>): void;
  t: Strings;
}) {
  return (
    <button
      type="button"
      class="cs-btn"
      data-action="disagree-all"
      disabled={busy}
      onClick={() => run(() => consent.disagreeAll({ ...meta, acceptRequired: required }))}
    >
      {required ? t.requiredOnly : t.disagreeAll}
    </button>
  );
}
