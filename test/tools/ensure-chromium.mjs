// Finds Chromium for the browser tests, or installs Debian's package when we are root on Debian.
// Exits non-zero with a clear message when neither works.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `consentry: the browser tests need Chromium at ${path} (set CHROMIUM_PATH to use another).\n` +
      (hasApt ? 'Install it with: sudo apt-get install -y chromium' : 'Install Chromium with your package manager.'),
  );
  process.exit(1);
}
console.log('consentry: Chromium not found; installing Debian package "chromium" (apt-get)…');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} catch {
  console.error('consentry: apt-get could not install chromium; install it by hand and rerun.');
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`consentry: chromium was installed but ${path} is missing; set CHROMIUM_PATH.`);
  process.exit(1);
}
