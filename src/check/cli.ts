/**
 * `consentry check <config.json | page.html> …`: prints every problem and warning of each site config
 * (a JSON file, or the `consentry-config` JSON of an HTML page) with its path. Exit code 1 when a file has
 * a problem or cannot be read, 0 otherwise (warnings do not fail).
 */
import { readFileSync } from 'node:fs';
import { checkConfig, configOfPage } from './index';

function checkFile(file: string): boolean {
  let config: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    config = /\.html?$/i.test(file) ? configOfPage(text) : JSON.parse(text);
  } catch (e) {
    console.error(`${file}: ${e instanceof SyntaxError ? 'invalid JSON: ' : ''}${(e as Error).message}`);
    return false;
  }
  if (config === undefined) {
    console.error(`${file}: no <script type="application/json" id="consentry-config"> in the page`);
    return false;
  }
  const { problems, warnings } = checkConfig(config);
  for (const p of problems) console.log(`${file}: problem: ${p.path}: ${p.message}`);
  for (const w of warnings) console.log(`${file}: warning: ${w.path}: ${w.message}`);
  console.log(
    `${file}: ${problems.length} problem${problems.length == 1 ? '' : 's'}, ${warnings.length} warning${warnings.length == 1 ? '' : 's'}`,
  );
  return !problems.length;
}

const [command, ...files] = process.argv.slice(2);
if (command != 'check' || !files.length) {
  console.error('usage: consentry check <config.json | page.html> …');
  process.exitCode = 2;
} else {
  let ok = true;
  for (const f of files) ok = checkFile(f) && ok;
  process.exitCode = ok ? 0 : 1;
}
