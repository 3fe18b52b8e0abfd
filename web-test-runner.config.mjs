// Browser tests (`*.browser.test.ts`) in real engines from Debian: Chromium always; Firefox ESR and
// WebKitGTK when `TX_BROWSERS` names them (scripts/test.mjs does, after starting WebKitWebDriver).
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS } from './scripts/lib/bootstrap.mjs';
import { faultServer } from './test/fault-server.mjs';

const wanted = (process.env.TX_BROWSERS ?? 'chromium')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4445),
      capabilities: {
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

const mswWorker = readFileSync(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

export default {
  files: process.env.TX_BROWSER_FILES?.split(',') ?? ['packages/*/src/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['tongxin-source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  browsers: wanted.map((name) => {
    if (!launchers[name]) throw new Error(`[tongxin] unknown browser "${name}" in TX_BROWSERS (use chromium, firefox, webkit)`);
    return launchers[name]();
  }),
  // One test file at a time: a page in the background does not get focus events (the form tests move
  // focus), and the WebKit driver allows one session anyway.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: [
    // One shared fault-injecting API for every page and iframe (outbox tests).
    faultServer(),
    // msw's worker must be served from the root so its scope covers the API paths.
    (ctx, next) => {
      if (ctx.path !== '/mockServiceWorker.js') return next();
      ctx.type = 'application/javascript';
      ctx.body = mswWorker;
    },
  ],
};
