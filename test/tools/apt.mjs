// Installs Debian packages for the test steps when this process may (root, with apt-get), as CI does on a
// bare machine. Everywhere else the caller says what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Whether this process can install Debian packages itself. */
export function canInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get');
}

/** Whether apt-get exists at all (to word the advice). */
export const hasApt = () => existsSync('/usr/bin/apt-get');

/** `apt-get update` then `apt-get install -y <packages>`; returns whether both succeeded. */
export function aptInstall(packages) {
  console.log(`consentry: installing Debian package${packages.length > 1 ? 's' : ''} ${packages.join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    return true;
  } catch {
    console.error(`consentry: apt-get could not install ${packages.join(', ')}; install by hand and rerun.`);
    return false;
  }
}
