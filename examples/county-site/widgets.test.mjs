// End to end with playwright-core and Debian's Chromium: the example site's pages (plain HTML, the
// widget bundles, `<tx-provider>`) against the reference server on PGlite — a citizen files an
// opinion while offline, it is delivered when the network is back, and the citizen checks its
// progress by tracking code on the status page.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '@tongxin/server';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/bootstrap.mjs';
import { buildSiteBundle, siteDir } from '../../scripts/lib/site.mjs';

let browser;
let server;

before(async () => {
  const assetsDir = await buildSiteBundle(join(mkdtempSync(join(tmpdir(), 'tongxin-site-')), 'assets'));
  server = await startServer({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'tongxin-data-')),
    seed: true,
    staticDirs: [join(assetsDir, '..'), siteDir],
    log: () => {},
  });
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('example site widgets (reference server, Chromium)', () => {
  it('a citizen files an opinion offline; it is delivered when back online and found by its tracking code', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('opinions.html', server.url).href);
    const box = page.locator('tx-opinion-box');
    await box.getByText('受理须知').waitFor();
    // Step 1 with the keyboard: type into each field, Tab between them.
    await box.locator('#f-title').fill('小区门口路灯损坏两个月无人修');
    await box.locator('#f-category').selectOption('livelihood');
    await box.locator('#f-situation').fill('兴隆台区某小区门口三盏路灯已坏两个月，夜间老人和学生出行很不方便。');
    await box.locator('#f-situation').press('Tab');
    await box.getByRole('button', { name: '下一步' }).click();
    await box.getByRole('radio', { name: '匿名反映' }).check();
    await box.getByRole('radio', { name: '同意公开', exact: true }).check();
    // The network drops before sending.
    await context.setOffline(true);
    await box.getByRole('button', { name: '提交' }).click();
    await box.getByText('已保存在本机').first().waitFor();
    const outbox = page.locator('tx-outbox');
    await outbox.getByText('还有 1 项待发送').waitFor();
    await context.setOffline(false);
    const code = box.locator('.code').first();
    await code.waitFor({ timeout: 30_000 });
    const trackingCode = await code.textContent();
    const password = await box.locator('.code').nth(1).textContent();
    assert.match(trackingCode, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await outbox.getByText('全部已送达').waitFor();

    // The status page offers the code saved on this device; one click shows the progress.
    await page.goto(new URL('status.html', server.url).href);
    const status = page.locator('tx-opinion-status');
    await status.getByText(trackingCode, { exact: true }).waitFor();
    await status.getByRole('button', { name: '查看进度' }).first().click();
    await status.getByRole('heading', { name: '小区门口路灯损坏两个月无人修' }).waitFor();
    assert.match(await status.locator('[part="result"]').textContent(), /已提交/);

    // And by typing the code and password, as from another device.
    const other = await browser.newPage();
    await other.goto(new URL(`status.html#code=${trackingCode}`, server.url).href);
    const lookup = other.locator('tx-opinion-status');
    assert.equal(await lookup.locator('input[name="trackingCode"]').inputValue(), trackingCode);
    await lookup.locator('input[name="password"]').fill(password);
    await lookup.locator('input[name="password"]').press('Enter');
    await lookup.getByRole('heading', { name: '小区门口路灯损坏两个月无人修' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
    await other.close();
  });
});
