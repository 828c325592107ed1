/**
 * `consentry/server`: the consent receipt collector. Receives receipt batches, validates them
 * against the receipt JSON Schema, authenticates each subject by its secret, verifies each subject's
 * hash chain, stores them append-only (SQLite by default, PostgreSQL at scale) and serves the
 * subject's own receipts (to the holder of its secret), admin exports (Kantara, ISO 27560 JSON-LD,
 * CSV), consent-rate stats and a dashboard.
 */
export { createCollector, startCollector, type RunningCollector } from './app';
export { DEFAULTS, type CollectorOptions } from './options';
export { openStore, parseDatabaseUrl, type DatabaseTarget, type OpenStoreOptions } from './store/open';
export type {
  Store, StoredReceipt, Known, NewReceipt, DecisionRow, TimeRange, ExportCursor, StatsResult, StatsCount, StatsSelection,
  ChainHead, SubjectKey, GuardianRow, IngestPlan,
} from './store/types';
export { ingestBatch, REASONS, MAX_FUTURE_MS, type IngestOptions, type ReceiptResult, type ReceiptValidator } from './ingest';
export { parseUpload, type Upload, type GuardianDetails } from './envelope';
export { keyHashOf } from './subject-auth';
export type { Stats, PurposeStats, DayStats, StateCounts } from './stats';
export { MissingDependencyError } from './optional-packages';
export type { ExportFormat } from './receipt-export';
