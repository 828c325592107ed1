/**
 * dist/consentry-gate.js — the gate of the script tag beyond the first paint (src/gate/part.ts): gtag.js /
 * GTM loading, opt-out and GA cookie deletion, declarative blocking (`data-consent`) and per-purpose cookie
 * cleanup. The first paint pushes the Consent Mode default and loads this part at once on pages that need it.
 */
import { gatePart } from '../../gate/part';
import { registerPart } from '../register';

registerPart('gate', gatePart);
