/**
 * dist/consentry-placeholder.js — the iframe placeholder of the gate (src/gate/placeholder.ts), loaded by
 * the script tag only on pages with a blocked iframe, so pages without one never pay for it.
 */
import { placeholder } from '../../gate/placeholder';
import type { PlaceholderPart } from '../gate';
import { registerPart } from '../register';

registerPart('placeholder', { placeholder } satisfies PlaceholderPart);
