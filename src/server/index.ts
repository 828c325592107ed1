/**
 * `consentry/server`: the consent receipt collector. Receives receipt batches, validates them
 * against the receipt JSON Schema, authenticates each subject by its secret, verifies each subject's
 * hash chain, stores them append-only (SQLite by default, PostgreSQL at scale) and serves the
 * subject's own receipts (to the holder of its secret), admin exports (Kantara, ISO 27560 JSON-LD,
 * CSV), consent-rate stats and a dashboard; links browsers to members' accounts with signed proofs and
 * answers for the person (consent state, audience, Network Act notices, rights requests, retention).
 */
export { createCollector, startCollector, type RunningCollector } from './app';
export { DEFAULTS, type CollectorOptions } from './options';
export { openStore, parseDatabaseUrl, type DatabaseTarget, type OpenStoreOptions } from './store/open';
export type {
  Store,
  StoredReceipt,
  Known,
  NewReceipt,
  DecisionRow,
  TimeRange,
  ExportCursor,
  StatsResult,
  StatsCount,
  StatsSelection,
  ChainHead,
  SubjectKey,
  GuardianRow,
  IngestPlan,
  IngestScope,
  LinkRow,
  TextRow,
} from './store/types';
export {
  ingestBatch,
  ingestUpload,
  REASONS,
  MAX_FUTURE_MS,
  type IngestOptions,
  type ReceiptResult,
  type ReceiptValidator,
  type UploadOutcome,
  type TextResult,
} from './ingest';
export { LINK_REASONS, type LinkResult } from './accounts/links';
export { proofVerifier, PROOF_REASONS, ACCOUNT_ID_PATTERN, type ProofCheck, type VerifiedProof } from './accounts/proof';
export { prune, dailyPrune, type PruneOptions, type PruneReport } from './retention';
export { signature as webhookSignature, SIGNATURE_HEADER, EVENT_HEADER } from './notices/webhook';
export type { CollectorHandle } from './app';
export { parseUpload, type Upload, type GuardianDetails } from './envelope';
export type { Db, Sql } from './store/sql';
export { keyHashOf } from './subject-auth';
export type { Stats, PurposeStats, DayStats, StateCounts } from './stats';
export { MissingDependencyError } from './optional-packages';
export type { ExportFormat } from './receipt-export';
