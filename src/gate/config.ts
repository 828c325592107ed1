import type { ConfigProblem } from '../core/errors';
import { BOOL, checkSection } from './section-check';

/** The `blocking` section of the config (script tag): options for startGate. */
export interface BlockingConfig {
  /** Placeholders in front of blocked iframes (default true). */
  placeholder?: boolean;
  /** Delete a purpose's cookies when it is withdrawn (default true). */
  cleanup?: boolean;
}

/** Every problem in a `blocking` config section (absent is fine). */
export function validateBlockingConfig(section: unknown, path = 'blocking'): ConfigProblem[] {
  return section === undefined ? [] : checkSection(section, path, { placeholder: BOOL, cleanup: BOOL });
}
