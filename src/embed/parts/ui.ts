/**
 * dist/consentry-ui.js: the widget's Preact views (preferences dialog, guardian step, inline form) for the
 * script tag, loaded when the visitor first opens them (or at once for the form layout).
 */
import { views } from '../../ui/views/index';
import { registerPart } from '../register';

registerPart('ui', views);
