import type { ConfigProblem } from '../core/errors';

/** The `blocking` section of the config (script tag): options for startGate. */
export interface BlockingConfig {
  /** Placeholders in front of blocked iframes (default true). */
  placeholder?: boolean;
  /** Delete a purpose's cookies when it is withdrawn (default true). */
  cleanup?: boolean;
}

/** Every problem in a `blocking` config section (absent is fine). */
export function validateBlockingConfig(section: unknown, path = 'blocking'): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (section === undefined) return problems;
  if (!section || typeof section != 'object' || Array.isArray(section)) return [{ path, message: 'expected an object' }];
  for (const [k, v] of Object.entries(section))
    if (k != 'placeholder' && k != 'cleanup') problems.push({ path: `${path}.${k}`, message: 'unknown key' });
    else if (typeof v != 'boolean') problems.push({ path: `${path}.${k}`, message: 'expected true or false' });
  return problems;
}
