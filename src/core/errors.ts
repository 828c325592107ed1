/** One thing wrong in a config, named by its path (`purposes[2].retention`). */
export interface ConfigProblem {
  path: string;
  message: string;
}

/**
 * Thrown when a config is invalid: one error listing every problem, never a crash deep inside.
 * `message` has one line per problem: `purposes[2].retention: expected a localized string`.
 */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[], what = 'consentry config') {
    super(
      `Invalid ${what} (${problems.length} problem${problems[1] ? 's' : ''}):` +
        problems.map((p) => `\n  ${p.path}: ${p.message}`).join(''),
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Thrown when the API is called wrongly (unknown purpose id, disagreeing with a required purpose, …). */
export class ConsentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConsentError';
  }
}
