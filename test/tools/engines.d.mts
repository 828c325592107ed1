// Types for engines.mjs (plain JS so that `node` runs it before anything is built).
export type EngineName = 'chromium' | 'firefox' | 'webkit';
export interface EngineProgram {
  /** `browser`, or for WebKit `driver`, `miniBrowser`, `xvfb`. */
  id: string;
  what: string;
  path: string;
  env: string;
  pkg: string;
}
export const ENGINES: EngineName[];
export function enginePrograms(env?: NodeJS.ProcessEnv): Record<EngineName, EngineProgram[]>;
export function selectedEngines(env?: NodeJS.ProcessEnv): EngineName[];
export function missingPrograms(engine: EngineName, env?: NodeJS.ProcessEnv): EngineProgram[];
export function maySkipMissing(env?: NodeJS.ProcessEnv): boolean;
export function missingMessage(engine: EngineName, missing: EngineProgram[]): string;
