// The strict-CSP page (no inline scripts or styles, no eval, Trusted Types required) with every
// widget, against the reference server, in Debian's Chromium: using them — an opinion sent with
// its QR receipt and looked up, a station's card and the map, signed in as staff the workbench and
// a task's summary printed, the language switched (chunks loaded on demand) — raises no CSP or
// Trusted Types violation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sendAnonymousOpinion, useSite } from './e2e.fixtures.mjs';

const site = useSite();

describe('strict-CSP page (example site, Chromium)', () => {
  it('runs every widget without a single CSP or Trusted Types violation', async () => {
    const page = await site.browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // Signed out, the member and staff widgets are refused (401): the browser logs those loads.
      if (/^Failed to load resource: .* 401/.test(m.text())) return;
      if (m.type() === 'error' || /Content Security Policy|Trusted Type/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    page.on('response', (r) => r.status() >= 400 && r.status() !== 401 && problems.push(`${r.status()} ${r.url()}`));
    // Violations are events on the document (composed, so those inside shadow roots arrive too).
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()),
      );
    });
    // With tiles, as a county with a tile service runs it: its host added to img-src, as the
    // page's comment says (the demo county has no tile key).
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.route('https://tiles.test/**', (route) => route.fulfill({ contentType: 'image/png', body: PNG }));
    await page.route('**/strict-csp.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("img-src 'self' data: blob:", "img-src 'self' data: blob: https://tiles.test");
      await route.fulfill({ response, body });
    });
    await page.route('**/v1/211100/config', async (route) => {
      const response = await route.fetch();
      const config = await response.json();
      config.map.provider = { kind: 'xyz', url: 'https://tiles.test/{z}/{x}/{y}.png', crs: 'GCJ02' };
      await route.fulfill({ response, json: config });
    });
    await page.goto(new URL('strict-csp.html', site.server.url).href);
    // The policy is in force: an inline script and inline HTML are refused.
    const enforced = await page.evaluate(() => {
      let html = false;
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
      } catch {
        html = true;
      }
      return { html, policy: document.querySelector('meta[http-equiv]')?.getAttribute('content') ?? '' };
    });
    assert.equal(enforced.html, true, 'Trusted Types are required on this page');
    assert.match(enforced.policy, /require-trusted-types-for 'script'/);
    problems.splice(0); // the console's note about the refused assignment above
    const violationsSoFar = () => page.evaluate(() => window.violations.splice(0));
    // …and reported, which shows the listener catches violations.
    assert.deepEqual(
      (await violationsSoFar()).map((v) => v.split(' ')[0]),
      ['require-trusted-types-for'],
    );

    // The opinion box: fill, send, receipt with its QR code (drawn on a canvas).
    const box = page.locator('tx-opinion-box');
    await box.getByText('受理须知').waitFor();
    await sendAnonymousOpinion(box, '严格策略页面上的一条社情民意', '在严格的内容安全策略下填写并提交，检查组件是否仍然可以正常工作。');
    const code = box.locator('.code').first();
    await code.waitFor({ timeout: 30_000 });
    await box.locator('canvas').first().waitFor();
    const trackingCode = await code.textContent();
    const password = await box.locator('.code').nth(1).textContent();

    // The status lookup by code and password.
    const status = page.locator('tx-opinion-status');
    await status.locator('input[name="trackingCode"]').fill(trackingCode);
    await status.locator('input[name="password"]').fill(password);
    await status.getByRole('button', { name: '查询', exact: true }).click();
    await status.getByRole('heading', { name: '严格策略页面上的一条社情民意' }).waitFor();

    // Signed out, the member and staff widgets say so.
    await page.locator('tx-proposal-form').getByText('请先以委员身份登录').waitFor();
    await page.locator('tx-workbench').getByText('请先以工作人员或承办单位账号登录').waitFor();

    // The stations: a card, then the map (Leaflet, loaded on demand, its CSS in the shadow root).
    const map = page.locator('tx-workstation-map');
    await map.locator('button.open').first().click();
    await map.locator('#card-title').waitFor();
    await map.getByRole('button', { name: '返回列表' }).click();
    // Open on a wide screen; a narrow one shows the list and a button for the map.
    const show = map.getByRole('button', { name: '显示地图' });
    if ((await show.count()) > 0) await show.click();
    await map.locator('.leaflet-container').waitFor();

    // Signed in as office staff (the demo's sign-in, which reloads the page): the workbench's
    // inbox, and the task tracker — a task opened, then the leadership summary printed (the print
    // view renders into a frame; the test cancels the print dialog itself).
    assert.deepEqual(await violationsSoFar(), []);
    await page.locator('.demo-login select').selectOption('staff');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('tx-workbench').getByText('待审查').first().waitFor();
    const tracker = page.locator('tx-task-tracker');
    await tracker
      .getByRole('button', { name: /推进城镇老旧小区改造/ })
      .first()
      .click();
    await tracker.locator('button.back').click();
    await page.evaluate(() =>
      document.querySelector('tx-task-tracker').addEventListener('tx-task-print', (e) => {
        window.printed = e.document.body.textContent.length;
        e.preventDefault();
      }),
    );
    await tracker.getByRole('tab', { name: '汇总' }).click();
    await tracker.getByRole('button', { name: '打印汇总' }).click();
    await page.waitForFunction(() => window.printed > 0);

    // Another language: its strings and messages are chunks loaded now.
    await page.evaluate(() => document.querySelector('tx-provider').setAttribute('locale', 'en'));
    await page.locator('tx-opinion-box').getByText('What we accept').waitFor();
    await page
      .locator('tx-workstation-map')
      .getByText(/workstations/)
      .first()
      .waitFor();

    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await violationsSoFar(), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
