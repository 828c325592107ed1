import type { BrowserGuide, GuideData } from '../types';
import { chromeAndroid, chromeDesktop, chromeIOS } from './chrome';
import { edgeDesktop, edgeMobile } from './edge';
import { firefoxAndroid, firefoxDesktop, firefoxIOS } from './firefox';
import { inAppGuides } from './inapp';
import { ie } from './ie';
import { operaDesktop, operaMobile } from './opera';
import { safariIOS, safariMac } from './safari';
import { samsung } from './samsung';
import { whaleDesktop, whaleMobile } from './whale';

/** Every browser guide, in the order the "other browsers" list shows them (legacy last). */
export const browserGuides: BrowserGuide[] = [
  chromeDesktop,
  chromeAndroid,
  chromeIOS,
  safariIOS,
  safariMac,
  edgeDesktop,
  edgeMobile,
  samsung,
  whaleDesktop,
  whaleMobile,
  firefoxDesktop,
  firefoxAndroid,
  firefoxIOS,
  operaDesktop,
  operaMobile,
  ie,
];

/** The cookie-guide data: per-browser steps and how to leave each in-app browser. */
export const guides: GuideData = { browsers: browserGuides, inApp: inAppGuides };
