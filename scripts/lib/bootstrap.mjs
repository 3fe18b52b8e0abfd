// Set-up shared by `npm start` and `npm test`: a fresh machine has only Node 20 and npm.
// Finds or installs pnpm 12.4.2, installs dependencies, and finds the browsers the tests need.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PNPM_VERSION = '12.4.2';

const log = (msg) => console.log(`\x1b[36m[tongxin]\x1b[0m ${msg}`);

export { log };

function version(cmd, args = ['--version']) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The pnpm binary to use: the one on PATH when it is 12.4.2, else a private copy in `.tools/`. */
export function pnpmBin() {
  if (version('pnpm') === PNPM_VERSION) return 'pnpm';
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  if (!existsSync(local) || version(local) !== PNPM_VERSION) {
    log(`installing pnpm ${PNPM_VERSION} into .tools/ (once)`);
    mkdirSync(join(root, '.tools'), { recursive: true });
    run('npm', ['install', '--prefix', join(root, '.tools'), '--no-save', '--no-audit', '--no-fund', `pnpm@${PNPM_VERSION}`]);
  }
  return local;
}

/** Runs a command in the repository, inheriting output; exits the process when it fails. */
export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) {
    console.error(`\x1b[31m[tongxin]\x1b[0m failed: ${cmd} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

/** Installs workspace dependencies from the lockfile (fast when nothing changed). */
export function install() {
  const pnpm = pnpmBin();
  log('installing dependencies (pnpm install --frozen-lockfile)');
  run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only'], { env: { CI: process.env.CI ?? '' } });
  return pnpm;
}

/**
 * Flags for headless Chromium as root on a closed network: no sandbox, no GPU, and none of the
 * background calls to Google hosts that this network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const first = (candidates) => candidates.find((p) => p && existsSync(p));

/** Chromium for browser tests: `CHROME_PATH`, then Debian's, then Google Chrome. */
export function findChromium() {
  const found = first([
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ]);
  if (!found) {
    console.error(`\x1b[31m[tongxin]\x1b[0m no Chromium found. Install it, then run again:
    sudo apt-get install -y chromium fonts-noto-cjk
  or set CHROME_PATH to a Chromium or Chrome binary.`);
    process.exit(1);
  }
  return found;
}

/** Firefox ESR and WebKitGTK (optional engines): paths, or undefined with the install hint printed. */
export function findOtherEngines() {
  const firefox = first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  const webkitDriver = first(['/usr/bin/WebKitWebDriver']);
  const miniBrowser = first([
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
  const xvfb = first(['/usr/bin/xvfb-run']);
  return { firefox, webkit: webkitDriver && miniBrowser && xvfb ? { driver: webkitDriver, miniBrowser } : undefined };
}
