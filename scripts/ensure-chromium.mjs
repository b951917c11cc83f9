// The browser tests need a Chromium. Find one, install Debian's when we are root with apt,
// or stop with a message that says exactly what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);

const found = candidates.find((path) => existsSync(path));
if (found) {
  if (!process.env.CHROME_PATH && found !== '/usr/bin/chromium') {
    console.log(`Using ${found} (set CHROME_PATH to choose another browser).`);
  }
  process.exit(0);
}

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but nothing is there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian\'s "chromium" package (about 2 minutes)…');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}

console.error(
  [
    'The browser tests need Chromium, and none was found.',
    '  On Debian or Ubuntu:  sudo apt-get install chromium',
    '  Or point at a Chrome or Chromium you have:  export CHROME_PATH=/path/to/chrome',
  ].join('\n'),
);
process.exit(1);
