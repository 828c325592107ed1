// Starts one engine by name, with the programs test/tools/engines.mjs finds (the same ones the install step
// checked), every request for another host sent to `proxy` (`host:port`).
import { enginePrograms, type EngineName } from '../../tools/engines.mjs';
import type { Engine } from './browser';
import { launchPuppeteer } from './puppeteer';
import { launchWebKit } from './webkit';

export function launchEngine(name: EngineName, proxy: string): Promise<Engine> {
  const path = (id: string) => enginePrograms()[name].find((p) => p.id === id)!.path;
  if (name !== 'webkit') return launchPuppeteer(name, path('browser'), proxy);
  return launchWebKit({ driver: path('driver'), miniBrowser: path('miniBrowser'), xvfb: path('xvfb') }, proxy);
}
