// The `consentry-collector` command. Configuration: flags or environment (see cli-args.ts / --help).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../core/errors';
import { VERSION } from '../core/version';
import { startCollector } from './app';
import { parseCli, USAGE, UsageError } from './cli-args';
import { MissingDependencyError } from './optional-packages';
import { resolveOptions } from './options';
import { prune } from './retention';
import { openStore, parseDatabaseUrl } from './store/open';

function fail(message: string, code: number): never {
  process.stderr.write(message.endsWith('\n') ? message : message + '\n');
  process.exit(code);
}

async function main(): Promise<void> {
  let command;
  try {
    command = parseCli(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof UsageError) fail(`consentry-collector: ${err.message}\nRun consentry-collector --help for the options.`, 2);
    throw err;
  }
  if (command.kind === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (command.kind === 'version') {
    process.stdout.write(`consentry-collector ${VERSION}\n`);
    return;
  }
  const { config } = command;
  const options = { ...config.options };
  if (config.siteConfigFile) {
    try {
      options.siteConfig = JSON.parse(readFileSync(config.siteConfigFile, 'utf8'));
    } catch (err) {
      fail(`consentry-collector: cannot read the site config ${config.siteConfigFile}: ${(err as Error).message}`, 2);
    }
  }
  if (command.kind === 'prune') {
    let resolved;
    try {
      resolved = resolveOptions(options);
    } catch (err) {
      fail((err as Error).message, 2);
    }
    let store;
    try {
      store = await openStore(resolved.databaseUrl, { poolSize: 2 });
    } catch (err) {
      if (err instanceof MissingDependencyError) fail(err.message, 2);
      fail(`consentry-collector: cannot open the database: ${(err as Error).message}`, 1);
    }
    try {
      const report = await prune(store.db, {
        nowMs: command.nowMs ?? Date.now(),
        retentionDays: resolved.retentionDays,
        consentDays: resolved.siteConfig?.expiry.consentDays ?? 365,
        dryRun: command.dryRun,
      });
      process.stdout.write(JSON.stringify({ dryRun: command.dryRun, retentionDays: resolved.retentionDays, ...report }) + '\n');
    } finally {
      await store.close();
    }
    return;
  }
  if (config.logLevel !== 'silent') options.logger = { level: config.logLevel };
  const warn = (m: string) => process.stderr.write(`consentry-collector: warning: ${m}\n`);
  if (!options.adminToken) warn('no admin token (CONSENTRY_ADMIN_TOKEN): export, stats and the dashboard are disabled');
  else if (options.adminToken.length < 16) warn('the admin token is shorter than 16 characters; use a long random one');
  if (!options.allowedOrigins?.length) {
    warn('no allowed origins (CONSENTRY_ALLOWED_ORIGINS): only same-origin pages and non-browser clients can send receipts');
  }

  let collector;
  try {
    collector = await startCollector({ ...options, port: config.port, host: config.host });
  } catch (err) {
    if (err instanceof MissingDependencyError || err instanceof ConfigError) fail(err.message, 2);
    const code = (err as { code?: string }).code;
    if (code === 'EADDRINUSE') fail(`consentry-collector: port ${config.port} on ${config.host} is already in use`, 1);
    if (code === 'EACCES') fail(`consentry-collector: not allowed to listen on ${config.host}:${config.port}`, 1);
    fail(`consentry-collector: cannot start: ${(err as Error).message}`, 1);
  }
  const target = parseDatabaseUrl(options.databaseUrl ?? 'consentry.sqlite');
  const where = target.kind === 'sqlite' ? `SQLite ${target.path === ':memory:' ? target.path : resolve(target.path)}` : 'PostgreSQL';
  process.stdout.write(`consentry collector ${VERSION} listening on ${collector.url} (${where})\n`);

  let stopping = false;
  const stop = (signal: string) => {
    // A second signal means "now": in-flight batches roll back, nothing half-stored remains.
    if (stopping) process.exit(1);
    stopping = true;
    process.stdout.write(`consentry collector: ${signal}, finishing in-flight requests\n`);
    collector.close().then(
      () => process.exit(0),
      (err) => fail(`consentry-collector: error while stopping: ${(err as Error).message}`, 1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err) => fail(`consentry-collector: ${(err as Error)?.stack ?? err}`, 1));
