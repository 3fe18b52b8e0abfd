// End to end: the example site as `npm start` serves it — the reference server on PGlite with the
// demo county, the site beside the API — in Debian's Chromium: the page reads the county
// configuration through the typed client and checks input with the shared validators.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '@tongxin/server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/bootstrap.mjs';
import { buildSiteBundle, siteDir } from '../../scripts/lib/site.mjs';

let browser;
let demo;

before(async () => {
  const assetsDir = await buildSiteBundle(join(mkdtempSync(join(tmpdir(), 'tongxin-site-')), 'assets'));
  demo = await startServer({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'tongxin-data-')),
    seed: true,
    staticDirs: [join(assetsDir, '..'), siteDir],
    log: () => {},
  });
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});
after(async () => {
  await browser?.close();
  await demo?.stop();
});

describe('example county site', () => {
  it('shows the county configuration read through the typed client, and validates input in Chinese', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(demo.url);
    await page.waitForFunction(() => document.getElementById('config-status')?.textContent === '配置已读取。');
    assert.equal(await page.$eval('#session', (el) => el.textContent), '第9届第5次会议');
    assert.equal(await page.$$eval('#units li', (els) => els.length), 14);

    await page.type('#phone', '+86 138-1234-1234');
    await page.type('#id-number', '11010519491231002x');
    await page.keyboard.press('Enter');
    assert.equal(await page.$eval('#phone-result', (el) => el.textContent), '✓ 有效：13812341234');
    assert.match(await page.$eval('#id-result', (el) => el.textContent), /^✓ 有效：110\*+002X，出生日期 1949-12-31$/);

    await page.$eval('#phone', (el) => {
      el.value = '';
    });
    await page.type('#phone', '12345');
    await page.click('button[type=submit]');
    assert.equal(await page.$eval('#phone-result', (el) => el.textContent), '手机号码不正确，请填写以1开头的11位手机号码');
    assert.deepEqual(errors, []);
  });

  it('answers unknown API paths with problem+json, not an HTML page', async () => {
    const response = await fetch(new URL('/v1/211100/nothing', demo.url));
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal((await response.json()).code, 'not_found');
  });
});
