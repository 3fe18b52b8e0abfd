// The README's test command (`npm test`): sets up what a fresh machine lacks, then runs every check
// the project has — lint, types, build, unit tests in Node, the size budgets, and the browser tests
// in Chromium, Firefox ESR and WebKitGTK — and exits non-zero when anything fails.
//
// Environment: TX_BROWSERS=chromium,firefox,webkit (default: every engine found; all three required
// when CI is set), CHROME_PATH, FIREFOX_PATH.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { findChromium, findOtherEngines, install, log, root, run } from './lib/bootstrap.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0 };
const failures = [];

function files(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

/** Runs a command, echoing its output, and returns that output. */
function capture(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function step(name, cmd, args) {
  log(name);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failures.push(name);
}

async function nodeTests(chromium) {
  const pattern = /(?<!\.browser)\.test\.m?[jt]s$/;
  const tests = ['packages', 'examples', 'scripts'].flatMap((dir) => files(join(root, dir), pattern));
  log(`unit tests in Node (${tests.length} files)`);
  const tap = join(mkdtempSync(join(tmpdir(), 'tongxin-')), 'node.tap');
  const { code } = await capture(
    process.execPath,
    [
      '--conditions=tongxin-source',
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...tests.map((t) => relative(root, t)),
    ],
    { CHROME_PATH: chromium },
  );
  const text = readFileSync(tap, 'utf8');
  const pass = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail;
  if (code !== 0 || fail > 0) failures.push('unit tests (Node)');
}

const waitForPort = (port, ms) =>
  new Promise((resolve, reject) => {
    const until = Date.now() + ms;
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => {
        socket.end();
        resolve();
      });
      socket.on('error', () => (Date.now() > until ? reject(new Error(`nothing listens on ${port}`)) : setTimeout(attempt, 200)));
    };
    attempt();
  });

async function browserTests(engine, env = {}) {
  log(`browser tests in ${engine}`);
  const { code, out } = await capture(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs'], { TX_BROWSERS: engine, ...env });
  const counts = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  totals.passed += Number(counts?.[1] ?? 0);
  totals.failed += Number(counts?.[2] ?? 0);
  if (code !== 0 || !counts) failures.push(`browser tests (${engine})`);
}

async function withWebKitDriver(fn) {
  const port = 4445 + Math.floor(Math.random() * 500);
  // The driver needs a display; it allows one session at a time, so each run gets its own.
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  try {
    await waitForPort(port, 20_000);
    await fn(port);
  } finally {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {}
  }
}

const started = Date.now();
install();
const chromium = findChromium();
const { firefox, webkit } = findOtherEngines();
const wanted = process.env.TX_BROWSERS?.split(',') ?? [
  'chromium',
  ...(firefox || process.env.CI ? ['firefox'] : []),
  ...(webkit || process.env.CI ? ['webkit'] : []),
];
for (const [name, found, hint] of [
  ['firefox', firefox, 'sudo apt-get install -y firefox-esr'],
  ['webkit', webkit, 'sudo apt-get install -y webkit2gtk-driver xvfb xauth'],
]) {
  if (!wanted.includes(name))
    console.warn(`\x1b[33m[tongxin]\x1b[0m ${name} not found: its browser tests are skipped here (CI runs them). To run them: ${hint}`);
  else if (!found) {
    console.error(`\x1b[31m[tongxin]\x1b[0m ${name} is required but not installed: ${hint}`);
    process.exit(1);
  }
}

if (process.env.TONGXIN_TEST_DATABASE_URL) log('the server tests also run against PostgreSQL (TONGXIN_TEST_DATABASE_URL)');
else if (process.env.CI) {
  console.error('\x1b[31m[tongxin]\x1b[0m CI must test the server on PostgreSQL too: set TONGXIN_TEST_DATABASE_URL (.ci/run does)');
  process.exit(1);
} else
  console.warn(
    '\x1b[33m[tongxin]\x1b[0m TONGXIN_TEST_DATABASE_URL is not set: the server is tested on embedded PGlite only here (CI tests PostgreSQL too).',
  );

step('lint and format (biome)', bin('biome'), ['check', '.']);
step('type check (tsc)', bin('tsc'), ['-p', 'tsconfig.json']);
run(process.execPath, ['scripts/build.mjs']);
await nodeTests(chromium);
step('size budgets', process.execPath, ['scripts/size.mjs']);
for (const engine of wanted) {
  if (engine === 'webkit') {
    await withWebKitDriver((port) => browserTests('webkit', { WEBKIT_DRIVER_PORT: String(port), WEBKIT_MINIBROWSER: webkit.miniBrowser }));
  } else {
    await browserTests(engine, engine === 'chromium' ? { CHROME_PATH: chromium } : { FIREFOX_PATH: firefox });
  }
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
if (failures.length) console.error(`\x1b[31m[tongxin]\x1b[0m failed: ${failures.join('; ')}`);
else log(`all checks passed in ${minutes} min`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failures.length ? 1 : 0);
