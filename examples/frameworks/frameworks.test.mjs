// The widgets inside a React 19 page and a Vue 3 page, each built with esbuild and run in Debian's
// Chromium against the reference server: the frameworks hand <tx-workstation-map> an array as a
// property (the list shows exactly those stations, not the server's) and receive its event.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '@tongxin/server';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/bootstrap.mjs';
import { buildFrameworks } from './build.mjs';

let server;
let browser;
before(async () => {
  const out = await buildFrameworks(mkdtempSync(join(tmpdir(), 'tongxin-frameworks-')));
  server = await startServer({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'tongxin-data-')),
    seed: true,
    staticDirs: [out],
    log: () => {},
  });
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('widgets in framework pages (Chromium, reference server)', () => {
  for (const framework of ['react', 'vue']) {
    it(`${framework}: passes stations as a property and receives the selection event`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Failed loads are listed by URL (a browser asks for /favicon.ico on its own).
      page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
      page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
      await page.goto(new URL(`${framework}/index.html`, server.url).href);
      await page
        .getByRole('heading', { name: framework === 'react' ? 'React 19 页面中的委员工作站' : 'Vue 3 页面中的委员工作站' })
        .waitFor();
      const map = page.locator('tx-workstation-map');
      // Exactly the two stations the page gave (the server's seed has others).
      await map.locator('[part="status"]').getByText('共 2 个工作站').waitFor();
      assert.equal(await page.locator('#chosen').textContent(), '尚未选择工作站');
      await map.locator('button.open').first().click();
      await map.locator('#card-title').getByText('示例第一社区委员工作站').waitFor();
      await page.locator('#chosen').getByText('已选择：示例第一社区委员工作站').waitFor();
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
