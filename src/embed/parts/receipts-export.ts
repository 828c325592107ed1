/**
 * dist/consentry-receipts-export.js — Kantara v1.1 and ISO 27560 (DPV JSON-LD) exports for the script
 * tag's receipts part, loaded only when the visitor downloads their record or the page calls `export()`.
 */
import { exportReceipts } from '../../receipts/export';
import { registerPart } from '../register';

registerPart('receipts-export', { exportReceipts });
