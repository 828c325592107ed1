// Starts the demo server (demo/server.mjs) for one spec file, on a free port.
// @ts-expect-error plain JS module
import { startDemo } from '../../../demo/server.mjs';

export interface Demo {
  url: string;
  port: number;
  collector: unknown;
  close(): Promise<void>;
}

export function demoServer(
  opts: { collector?: boolean; databaseUrl?: string; adminToken?: string; linkSecret?: string } = {},
): Promise<Demo> {
  return startDemo({ collector: false, ...opts });
}
