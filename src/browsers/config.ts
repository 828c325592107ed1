import { checks } from '../core/config-check';
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

const { object, is, listOf, oneOf } = checks;

// Browsers drop tabs and newlines inside URLs ("java\nscript:" runs as "javascript:"), so it is judged without
// them; absolute URLs must be https, relative ones must not be protocol-relative.
const helpUrl = is((url) => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the control characters browsers ignore in URLs
  const u = typeof url == 'string' ? url.replace(/[\u0000-\u0020]/g, '') : '';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u);
  return u && (scheme ? scheme[1].toLowerCase() == 'https' : !/^\/\/|\\/.test(u));
}, 'expected a relative URL or an https: URL');

const section = object({ url: helpUrl, tasks: listOf(oneOf(...allTasks)) });

/**
 * Problems in the config's `guide` section (absent is fine), unknown keys included; run by the debug
 * build, `consentry check` and `validateConfig` users (the production script tag renders guide.url through
 * the same safe-URL rule instead).
 */
export function validateGuideConfig(value: unknown, path = 'guide'): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  if (value !== undefined) section(value, path, out);
  return out;
}
