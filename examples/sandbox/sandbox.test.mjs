// The sandbox as a web team would try it: a static folder on a plain file server, no API at all.
// In Chromium the mock (msw's service worker) answers for the server: the widgets show the demo
// county, an opinion sent gets a tracking code that the status lookup finds, and with the
// "断网" scenario the opinion is kept on the device instead.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/bootstrap.mjs';
import { sendAnonymousOpinion } from '../county-site/e2e.fixtures.mjs';
import { buildSandbox } from './build.mjs';

let http;
let origin;
let browser;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

before(async () => {
  const dir = await buildSandbox(mkdtempSync(join(tmpdir(), 'tongxin-sandbox-')));
  // Nothing but files: every /api/… request must be answered by the mock in the page.
  http = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    try {
      const body = readFileSync(join(dir, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${http.address().port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  http?.close();
});

describe('sandbox without a server (msw in Chromium)', () => {
  it('runs the widgets on the demo county; an opinion sent is found by its code; offline it is kept on the device', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/index.html`);
    await page.locator('#mock-status').getByText('模拟接口已启动').waitFor();
    await page
      .locator('tx-workstation-map')
      .getByText(/共 \d+ 个工作站/)
      .waitFor();
    const box = page.locator('tx-opinion-box');
    await box.getByText('受理须知').waitFor();
    await sendAnonymousOpinion(box, '沙盒里提交的一条社情民意', '在没有服务器的静态页面上试用组件，检查提交和查询是否都能正常工作。');
    const code = await box.locator('.code').first();
    await code.waitFor({ timeout: 30_000 });
    const trackingCode = await code.textContent();
    const password = await box.locator('.code').nth(1).textContent();
    const status = page.locator('tx-opinion-status');
    await status.locator('input[name="trackingCode"]').fill(trackingCode);
    await status.locator('input[name="password"]').fill(password);
    await status.getByRole('button', { name: '查询', exact: true }).click();
    await status.getByRole('heading', { name: '沙盒里提交的一条社情民意' }).waitFor();

    // The 断网 scenario (chosen in the page; it reloads with ?tx-scenario=offline).
    await page.locator('#scenario').selectOption('offline');
    await page.waitForURL(/tx-scenario=offline/);
    await page.locator('#mock-status').getByText('断网').waitFor();
    await sendAnonymousOpinion(box, '断网时提交的一条社情民意', '断网时提交，内容应当先保存在本机，联网后再自动发送，不会丢失。');
    await page
      .locator('tx-outbox')
      .getByText(/待发送/)
      .first()
      .waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
