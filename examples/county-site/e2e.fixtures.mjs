// What the example site's end-to-end tests share: the site's bundles built into a temporary
// folder, the reference server on embedded PGlite with the demo county serving them, and Debian's
// Chromium through playwright-core. Call it at the top of a test file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { startServer } from '@tongxin/server';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/bootstrap.mjs';
import { buildSiteBundle, siteDir } from '../../scripts/lib/site.mjs';

/**
 * Starts the site and a browser before the file's tests and stops them after; the returned object
 * has `server` and `browser` once started.
 * @example const site = useSite(); … await site.browser.newPage(); new URL('staff.html', site.server.url)
 */
export function useSite() {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    const assetsDir = await buildSiteBundle(join(mkdtempSync(join(tmpdir(), 'tongxin-site-')), 'assets'));
    site.server = await startServer({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'tongxin-data-')),
      seed: true,
      devLogin: true,
      staticDirs: [join(assetsDir, '..'), siteDir],
      log: () => {},
    });
    site.browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}

/**
 * Fills the built-in opinion form in `box` (a locator of `<tx-opinion-box>`) as a citizen would —
 * title, category, situation, next, anonymous, may be published — and presses 提交.
 */
export async function sendAnonymousOpinion(box, title, situation) {
  await box.locator('#f-title').fill(title);
  await box.locator('#f-category').selectOption('livelihood');
  await box.locator('#f-situation').fill(situation);
  await box.getByRole('button', { name: '下一步' }).click();
  await box.getByRole('radio', { name: '匿名反映' }).check();
  await box.getByRole('radio', { name: '同意公开', exact: true }).check();
  await box.getByRole('button', { name: '提交' }).click();
}

/**
 * Takes an action on the open record of a workbench (`bench`, a locator of `<tx-workbench>`) as
 * staff do: its button, the form (`fill`), 确定, then waits for the notice (`done`).
 */
export async function actOn(bench, action, fill = async () => {}, done = `已${action}。`) {
  await bench.locator('[part="actions"]').getByRole('button', { name: action, exact: true }).click();
  const form = bench.locator('form.action-form');
  await fill(form);
  await form.getByRole('button', { name: '确定' }).click();
  await bench.getByText(done).first().waitFor();
}
