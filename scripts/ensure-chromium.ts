/**
 * The browser tests need Debian's Chromium at /usr/bin/chromium. `npm test` runs this first so a
 * missing browser is installed when we can (root with apt-get), or the run fails with the one
 * command to type — a browser test is never skipped silently.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Chromium is missing (${CHROMIUM}). Install it, then run the tests again:\n  sudo apt-get update && sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log('Chromium is missing: installing Debian\'s chromium (apt-get) …');
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit' });
}
