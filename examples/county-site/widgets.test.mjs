// End to end with playwright-core and Debian's Chromium: the example site's pages (plain HTML, the
// widget bundles, `<tx-provider>`) against the reference server on PGlite — a citizen files an
// opinion while offline, it is delivered when the network is back, and the citizen checks its
// progress by tracking code on the status page; the office receives, edits and reports it and the
// citizen's lookup shows it reported; a member files a joint proposal and the co-signer
// confirms it; the public task page lists the county's tasks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actOn, useSite } from './e2e.fixtures.mjs';

const site = useSite();

describe('example site widgets (reference server, Chromium)', () => {
  it('a citizen files an opinion offline; it is delivered when back online and found by its tracking code', async () => {
    const context = await site.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('opinions.html', site.server.url).href);
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
    await page.goto(new URL('status.html', site.server.url).href);
    const status = page.locator('tx-opinion-status');
    await status.getByText(trackingCode, { exact: true }).waitFor();
    await status.getByRole('button', { name: '查看进度' }).first().click();
    await status.getByRole('heading', { name: '小区门口路灯损坏两个月无人修' }).waitFor();
    assert.match(await status.locator('[part="result"]').textContent(), /已提交/);

    // And by typing the code and password, as from another device.
    const other = await site.browser.newPage();
    await other.goto(new URL(`status.html#code=${trackingCode}`, site.server.url).href);
    const lookup = other.locator('tx-opinion-status');
    assert.equal(await lookup.locator('input[name="trackingCode"]').inputValue(), trackingCode);
    await lookup.locator('input[name="password"]').fill(password);
    await lookup.locator('input[name="password"]').press('Enter');
    await lookup.getByRole('heading', { name: '小区门口路灯损坏两个月无人修' }).waitFor();
    // The status page's one script loaded the lookup's code and no other widget's.
    const defined = await other.evaluate(() =>
      ['tx-provider', 'tx-opinion-box', 'tx-proposal-form', 'tx-outbox', 'tx-task-tracker', 'tx-workbench'].filter((tag) =>
        customElements.get(tag),
      ),
    );
    assert.deepEqual(defined, []);

    // The office handles it on the workbench: receives it, edits it into an issue of the journal,
    // reports it to the city committee.
    const office = await (await site.browser.newContext({ locale: 'zh-CN' })).newPage();
    office.on('pageerror', (e) => errors.push(e.message));
    await office.goto(new URL('staff.html', site.server.url).href);
    await office.locator('.demo-login select').selectOption('staff');
    await office.getByRole('button', { name: '登录' }).click();
    const bench = office.locator('tx-workbench');
    await bench.locator('[part="tabs"]').getByRole('button', { name: '社情民意' }).click();
    await bench.getByRole('button', { name: '打开：小区门口路灯损坏两个月无人修' }).click();
    const act = (action, fill) => actOn(bench, action, fill);
    await act('受理');
    await act('编辑（核稿）', (form) => form.locator('[name="journalIssue"]').fill('2026年第12期'));
    await act('报送', (form) => form.locator('[name="level"]').selectOption('city'));

    // The citizen's lookup now shows it reported, and to whom.
    await other.reload();
    await lookup.locator('input[name="password"]').fill(password);
    await lookup.locator('input[name="password"]').press('Enter');
    await lookup.getByRole('heading', { name: '小区门口路灯损坏两个月无人修' }).waitFor();
    const result = await lookup.locator('[part="result"]').textContent();
    assert.match(result, /已报送/);
    assert.match(result, /市政协/);
    assert.deepEqual(errors, []);
    await context.close();
    await other.close();
    await office.close();
  });

  it('a member files a joint proposal; the co-signer confirms it from "awaiting my co-signature"; staff and units handle it on the workbench; the member rates the reply', async () => {
    const li = await site.browser.newContext({ locale: 'zh-CN' });
    const page = await li.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('proposals.html', site.server.url).href);
    await page.locator('.demo-login select').selectOption('member-li');
    await page.getByRole('button', { name: '登录' }).click();
    const desk = page.locator('tx-proposal-form');
    await desk.getByRole('button', { name: '撰写提案' }).click();
    await desk.getByRole('radio', { name: '委员联名提案' }).check();
    await desk.locator('#f-cosigners').fill('赵红');
    await desk.getByRole('button', { name: /^添加 赵红/ }).click();
    await desk.getByRole('button', { name: '下一步' }).click();
    await desk.locator('#f-title').fill('关于在老旧小区试点电梯共享维保的建议');
    await desk.locator('#f-category').selectOption('urban');
    await desk.locator('#f-situation').fill('全市有老旧小区二百余个，多数为六层无电梯住宅，老年居民上下楼困难。');
    await desk.locator('#f-reasons').fill('加装电梯涉及居民意见统一、资金分摊和审批流程复杂等问题，推进缓慢。');
    await desk.locator('#f-suggestions').fill('一是简化审批流程；二是设立财政补贴；三是由街道社区牵头协调居民意见。');
    await desk.getByRole('button', { name: '下一步' }).click();
    await desk.getByRole('radio', { name: '同意公开', exact: true }).check();
    await desk.getByRole('button', { name: '提交' }).click();
    await desk.getByRole('heading', { name: '核对提案' }).waitFor();
    await desk.getByRole('button', { name: '确认提交' }).click();
    await desk.getByRole('heading', { name: '关于在老旧小区试点电梯共享维保的建议' }).waitFor();
    await desk.getByText('赵红：待确认').waitFor();

    const zhao = await site.browser.newContext({ locale: 'zh-CN' });
    const other = await zhao.newPage();
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto(new URL('proposals.html', site.server.url).href);
    await other.locator('.demo-login select').selectOption('member-zhao');
    await other.getByRole('button', { name: '登录' }).click();
    const hers = other.locator('tx-proposal-form');
    await hers.getByRole('button', { name: '待我联名' }).click();
    await hers.getByRole('button', { name: '查看：关于在老旧小区试点电梯共享维保的建议' }).click();
    await hers.getByRole('button', { name: '确认联名' }).click();
    await hers.getByText('赵红：已确认').waitFor();
    // The proposer sees the co-signer's confirmation and the proposal submitted.
    await page.reload();
    await desk.getByRole('button', { name: '查看：关于在老旧小区试点电梯共享维保的建议' }).click();
    await desk.getByText('赵红：已确认').waitFor();
    await desk.locator('[part="detail"] .badge').getByText('已提交').waitFor();
    await zhao.close();

    // The handling desk (办理工作台): staff file and assign it jointly; the lead unit accepts and
    // replies with category B; the assisting unit countersigns; staff approve the reply.
    const title = '关于在老旧小区试点电梯共享维保的建议';
    const deskAs = async (account) => {
      const context = await site.browser.newContext({ locale: 'zh-CN' });
      const tab = await context.newPage();
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(new URL('staff.html', site.server.url).href);
      await tab.locator('.demo-login select').selectOption(account);
      await tab.getByRole('button', { name: '登录' }).click();
      const bench = tab.locator('tx-workbench');
      return { context, tab, bench };
    };
    const open = async (bench) => {
      await bench
        .getByRole('button', { name: `打开：${title}` })
        .first()
        .click();
      await bench.locator('#detail-title').getByText(title).waitFor();
    };
    const staff = await deskAs('staff');
    await open(staff.bench);
    await actOn(staff.bench, '立案');
    await actOn(staff.bench, '交办', async (form) => {
      await form.locator('input[name="mode"][value="joint"]').check();
      for (const box of await form.locator('input[name="leadUnitIds"]:checked').all()) await box.uncheck();
      await form.locator('input[name="leadUnitIds"][value="u_housing"]').check();
      await form.locator('input[name="assistingUnitIds"][value="u_edu"]').check();
    });
    const lead = await deskAs('unit-housing');
    await open(lead.bench);
    await actOn(lead.bench, '签收');
    await actOn(lead.bench, '答复', async (form) => {
      await form.locator('[name="docNo"]').fill('盘住建提〔2026〕12号');
      await form.locator('[name="contactName"]').fill('王科长');
      await form.locator('[name="contactPhone"]').fill('0427-2823456');
      await form.locator('input[name="answerCategory"][value="B"]').check();
      await form.locator('[name="text"]').fill('您提出的建议已列入明年工作计划，正在推进。');
    });
    const assisting = await deskAs('unit-edu');
    await open(assisting.bench);
    await actOn(assisting.bench, '会签');
    await staff.tab.reload();
    await staff.bench.getByRole('button', { name: '全部提案' }).click();
    await open(staff.bench);
    await actOn(staff.bench, '审核通过答复');

    // The member sees the reply and rates it 基本满意.
    await page.reload();
    await desk.getByRole('button', { name: `查看：${title}` }).click();
    await desk.getByText('盘住建提〔2026〕12号').waitFor();
    await desk.getByRole('radio', { name: '基本满意' }).check();
    await desk.getByRole('button', { name: '提交评价' }).click();
    await desk.getByText('李明：基本满意').waitFor();
    assert.deepEqual(errors, []);
    for (const c of [staff, lead, assisting]) await c.context.close();
    await li.close();
  });

  it('the public task page lists the key tasks without internal fields', async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL('tasks.html', site.server.url).href);
    const tracker = page.locator('tx-task-tracker');
    await tracker.getByRole('heading').first().waitFor();
    await page.waitForFunction(() => document.querySelector('tx-task-tracker')?.shadowRoot?.textContent?.includes('协商'));
    // Signed out and public: the tasks are listed, and opening one offers nothing to change.
    await tracker
      .getByRole('button', { name: /推进城镇老旧小区改造/ })
      .first()
      .click();
    await page.waitForFunction(() => document.querySelector('tx-task-tracker')?.shadowRoot?.textContent?.includes('老旧小区'));
    assert.equal(await tracker.locator('textarea, input[type="file"]').count(), 0);
    // The page's one script loaded this widget only, and a read-only page never opens an outbox.
    const loaded = await page.evaluate(async () => ({
      defined: [
        'tx-provider',
        'tx-opinion-box',
        'tx-opinion-status',
        'tx-proposal-form',
        'tx-outbox',
        'tx-task-tracker',
        'tx-workbench',
        'tx-workstation-map',
      ].filter((tag) => customElements.get(tag)),
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
    assert.deepEqual(loaded.defined, ['tx-task-tracker']);
    assert.ok(!loaded.databases.includes('tongxin-outbox'), loaded.databases.join());
    await page.close();
  });

  it('the station page lists the seed workstations without a map key, and a station card opens by keyboard', async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL('stations.html', site.server.url).href);
    const map = page.locator('tx-workstation-map');
    await map.locator('#search').fill('社区');
    const first = map.locator('button.open').first();
    await first.waitFor();
    await first.focus();
    await page.keyboard.press('Enter');
    await map.locator('#card-title').waitFor();
    assert.ok((await map.locator('#card-title').textContent()).length > 2);
    await page.close();
  });
});
