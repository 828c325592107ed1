// Finds Chromium for the browser tests, or installs Debian's package when we are root on Debian.
// Exits non-zero with a clear message when neither works.
import { existsSync } from 'node:fs';
import { aptInstall, canInstall, hasApt } from './apt.mjs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

if (!canInstall()) {
  console.error(
    `consentry: the browser tests need Chromium at ${path} (set CHROMIUM_PATH to use another).\n` +
      (hasApt() ? 'Install it with: sudo apt-get install -y chromium' : 'Install Chromium with your package manager.'),
  );
  process.exit(1);
}
console.log('consentry: Chromium not found.');
if (!aptInstall(['chromium'])) process.exit(1);
if (!existsSync(path)) {
  console.error(`consentry: chromium was installed but ${path} is missing; set CHROMIUM_PATH.`);
  process.exit(1);
}
