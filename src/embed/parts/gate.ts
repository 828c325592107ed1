/** dist/consentry-gate.js: the gate of the script tag beyond its first bytes (src/embed/gate-part.ts). */
import { gatePart } from '../gate-part';
import { registerPart } from '../register';

registerPart('gate', gatePart);
