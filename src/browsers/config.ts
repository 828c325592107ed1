import type { ConfigProblem } from '../core/errors';
import { allTasks } from './tasks';
import type { GuideTask } from './types';

/** The `guide` section of the config. */
export interface GuideConfig {
  /** Where the preferences dialog links for cookie help (relative or https:); without it the dialog shows the guide inline. */
  url?: string;
  /** Tasks the guide shows, in order; default all four. */
  tasks?: GuideTask[];
}

/**
 * Problems in the config's `guide` section (absent is fine); unknown keys are reported too. The script tag
 * runs it (from the guide part) the first time it shows the guide; npm users pass options directly.
 */
export function validateGuideConfig(section: unknown, path = 'guide'): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const bad = (key: string, message: string) => out.push({ path: path + key, message });
  if (section === undefined) return out;
  if (!section || typeof section != 'object' || Array.isArray(section)) return [{ path, message: 'expected an object' }];
  const { url, tasks, ...rest } = section as Record<string, unknown>;
  for (const key in rest) bad(`.${key}`, 'unknown key (expected url, tasks)');
  if (url !== undefined) {
    // Browsers drop tabs and newlines inside URLs ("java\nscript:" runs as "javascript:"), so judge it without them;
    // absolute URLs must be https, relative ones must not be protocol-relative.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the control characters browsers ignore in URLs
    const u = typeof url == 'string' ? url.replace(/[\u0000-\u0020]/g, '') : '';
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u);
    if (!u || (scheme ? scheme[1].toLowerCase() != 'https' : /^\/\/|\\/.test(u))) bad('.url', 'expected a relative URL or an https: URL');
  }
  if (tasks !== undefined && (!Array.isArray(tasks) || !tasks.length)) bad('.tasks', `expected a non-empty list of ${allTasks}`);
  else if (tasks) (tasks as unknown[]).forEach((t, i) => (allTasks as unknown[]).includes(t) || bad(`.tasks[${i}]`, `expected one of ${allTasks}`));
  return out;
}
