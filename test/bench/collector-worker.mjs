// One collector process of the scale benchmark (test/bench/collector-scale.mjs): the built collector
// on a free port, printing its address, until the parent ends it.
import { pathToFileURL } from 'node:url';

const [serverBuild, databaseUrl, linkSecret] = process.argv.slice(2);
const { startCollector } = await import(pathToFileURL(serverBuild).href);
const c = await startCollector({
  databaseUrl,
  linkSecret,
  rateLimit: false,
  logger: false,
  retentionJob: false,
  maxConnectionsPerIp: 0,
  poolSize: 4,
  serviceToken: 'bench-service-token-0123456789',
});
process.stdout.write(`listening ${c.url}\n`);
process.on('SIGTERM', () => c.close().then(() => process.exit(0)));
