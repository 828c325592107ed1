import type { ConfigProblem } from '../core/errors';
import type { GuideTask } from './types';

/** The `guide` section of the config. */
export interface GuideConfig {
  /** Where the preferences dialog links for cookie help (relative or https:); without it the dialog shows the guide inline. */
  url?: string;
  /** Tasks the guide shows, in order; default all four. */
  tasks?: GuideTask[];
}

const TASKS = ['blockThirdParty', 'blockAll', 'deleteSite', 'deleteAll'];

/** Problems in the config's `guide` section (absent is fine); unknown keys are reported too. */
export function validateGuideConfig(section: unknown, path = 'guide'): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (section === undefined) return problems;
  if (!section || typeof section !== 'object' || Array.isArray(section)) return [{ path, message: 'expected an object' }];
  const g = section as Record<string, unknown>;
  for (const key of Object.keys(g)) {
    if (key !== 'url' && key !== 'tasks') problems.push({ path: `${path}.${key}`, message: 'unknown key (expected url, tasks)' });
  }
  if (g.url !== undefined) {
    // Browsers drop tabs and newlines inside URLs ("java\nscript:" runs as "javascript:"), so judge it without them.
    const url = typeof g.url === 'string' ? g.url.replace(/[\u0000-\u0020]/g, '') : '';
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
    if (!url) problems.push({ path: `${path}.url`, message: 'expected a non-empty URL string' });
    else if (scheme ? scheme[1].toLowerCase() !== 'https' : url.startsWith('//') || url.includes('\\'))
      problems.push({ path: `${path}.url`, message: 'expected a relative URL or an https: URL' });
  }
  if (g.tasks !== undefined) {
    if (!Array.isArray(g.tasks) || !g.tasks.length) problems.push({ path: `${path}.tasks`, message: `expected a non-empty array of ${TASKS.join(', ')}` });
    else
      g.tasks.forEach((t, i) => {
        if (!TASKS.includes(t as string)) problems.push({ path: `${path}.tasks[${i}]`, message: `expected one of ${TASKS.join(', ')}` });
      });
  }
  return problems;
}
