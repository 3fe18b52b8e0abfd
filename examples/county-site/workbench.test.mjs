// End to end with playwright-core and Debian's Chromium, the example site's pages against the
// reference server on PGlite — the rest of the handling desk's story (issue 10): the lead unit
// replies with the letter's scan, which the member downloads from the proposal view; the proposer
// of a proposal merged into it sees which proposal it joined and reads (and downloads) the same
// reply; the office compiles edited opinions into one issue of the 《社情民意》 journal and lists
// that issue; supervision shows each handling unit's overdue items.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { actOn, useSite } from './e2e.fixtures.mjs';

const site = useSite();
const TENANT = '211100';

/** The API as the demo accounts use it (setting up what the pages then show). */
async function api(account, method, path, body) {
  const url = (p) => new URL(`v1/${TENANT}${p}`, site.server.url).href;
  const login = await fetch(url('/auth/dev-login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  const { token } = await login.json();
  const res = await fetch(url(path), {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(method === 'POST' && { 'idempotency-key': crypto.randomUUID() }),
    },
    ...(body && { body: JSON.stringify(body) }),
  });
  const data = await res.json();
  assert.ok(res.ok, `${method} ${path} as ${account}: ${res.status} ${JSON.stringify(data).slice(0, 300)}`);
  return data;
}

/** A page of the site signed in as a demo account; page errors are collected in `errors`. */
async function pageAs(account, file, errors) {
  const context = await site.browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${account}: ${e.message}`));
  await page.goto(new URL(file, site.server.url).href);
  await page.locator('.demo-login select').selectOption(account);
  await page.getByRole('button', { name: '登录' }).click();
  // Signing in reloads the page; the widgets start again with the token.
  await page.getByText('已登录（演示）').waitFor();
  return { context, page };
}

/** Clicks a file's link and returns the saved file's name and text. */
async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('handling desk, the rest of issue 10 (example site, reference server, Chromium)', () => {
  it('the lead unit replies with the letter’s scan; the member downloads it; a merged proposal’s proposer sees the proposal it joined and its reply', async () => {
    const errors = [];
    const proposal = (title) => ({
      title,
      situation: '……',
      reasons: '……',
      suggestions: '……',
      proposerType: 'member',
      publish: { consent: true },
    });
    const title = '关于在城区主干道增设非机动车道的建议';
    const duplicateTitle = '关于完善城区非机动车通行设施的建议';
    const target = await api('member-li', 'POST', '/proposals', { ...proposal(title), intent: 'submit' });
    const duplicate = await api('member-zhao', 'POST', '/proposals', { ...proposal(duplicateTitle), intent: 'submit' });
    const filed = await api('staff', 'POST', `/proposals/${target.id}/actions`, { action: 'file' });
    await api('staff', 'POST', `/proposals/${target.id}/actions`, {
      action: 'assign',
      mode: 'single',
      leadUnitIds: ['u_housing'],
      assistingUnitIds: [],
    });
    await api('staff', 'POST', `/proposals/${duplicate.id}/actions`, { action: 'merge', into: target.id });

    // The lead unit accepts and replies with the scan of its letter.
    const unit = await pageAs('unit-housing', 'staff.html', errors);
    const bench = unit.page.locator('tx-workbench');
    const act = (action, fill) => actOn(bench, action, fill);
    await bench.getByRole('button', { name: `打开：${title}` }).click();
    await act('签收');
    const scan = '%PDF-1.4 盘住建提〔2026〕41号 答复函（扫描件）';
    await act('答复', async (form) => {
      await form.locator('[name="docNo"]').fill('盘住建提〔2026〕41号');
      await form.locator('[name="contactName"]').fill('周强');
      await form.locator('[name="contactPhone"]').fill('0427-2822222');
      await form.locator('input[name="answerCategory"][value="B"]').check();
      await form.locator('[name="text"]').fill('已将主干道非机动车道建设列入明年道路改造计划。');
      await form.getByLabel('答复函扫描件等附件（可不传）').setInputFiles({
        name: '答复函扫描件.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(scan),
      });
    });
    await bench.locator('.reply ul.files').getByRole('link', { name: '答复函扫描件.pdf' }).waitFor();
    await api('staff', 'POST', `/proposals/${target.id}/actions`, { action: 'approve_reply' });

    // The member opens the reply's file from the proposal view.
    const li = await pageAs('member-li', 'proposals.html', errors);
    const desk = li.page.locator('tx-proposal-form');
    await desk.getByRole('button', { name: `查看：${title}` }).click();
    await desk.getByText('盘住建提〔2026〕41号').waitFor();
    const mine = await download(li.page, desk.getByRole('link', { name: '答复函扫描件.pdf' }));
    assert.deepEqual(mine, { name: '答复函扫描件.pdf', text: scan });

    // The merged proposal's proposer: which proposal it joined, and that proposal's reply, file included.
    const zhao = await pageAs('member-zhao', 'proposals.html', errors);
    const hers = zhao.page.locator('tx-proposal-form');
    await hers.getByRole('button', { name: `查看：${duplicateTitle}` }).click();
    await hers.getByText(`本提案已与第${filed.number}号提案《${title}》并案办理（该提案目前：已答复）。`).waitFor();
    await hers.getByText(`以下是第${filed.number}号提案《${title}》的答复，一并答复本提案。`).waitFor();
    const theirs = await download(zhao.page, hers.getByRole('link', { name: '答复函扫描件.pdf' }));
    assert.equal(theirs.text, scan);
    await hers.getByRole('radio', { name: '满意', exact: true }).check();
    await hers.getByRole('button', { name: '提交评价' }).click();
    await hers.getByText('赵红：满意').waitFor();

    assert.deepEqual(errors, []);
    for (const c of [unit, li, zhao]) await c.context.close();
  });

  it('the office compiles edited opinions into one journal issue and lists it; supervision lists each unit’s overdue items', async () => {
    const errors = [];
    const titles = ['关于城区学校周边早晚高峰拥堵的反映', '关于农村集中供水水压不足的反映'];
    for (const title of titles) {
      const receipt = await api('citizen', 'POST', '/opinions', {
        title,
        situation: '情况属实，群众反映强烈。',
        publish: { consent: true },
        reporter: { anonymous: true },
      });
      await api('staff', 'POST', `/opinions/${receipt.id}/actions`, { action: 'receive' });
      await api('staff', 'POST', `/opinions/${receipt.id}/actions`, { action: 'edit', title, body: '核稿后的正文。' });
    }

    const staff = await pageAs('staff', 'staff.html', errors);
    const bench = staff.page.locator('tx-workbench');
    await bench.getByRole('button', { name: '社情民意', exact: true }).click();
    for (const title of titles) await bench.getByRole('checkbox', { name: `选择：${title}` }).check();
    const form = bench.locator('form.compile');
    await form.getByLabel('刊期（如 2026年第12期）').fill('2026年第30期');
    await form.getByRole('button', { name: '编入所选（2 条）' }).click();
    await bench.getByText('已将 2 条社情民意编入《社情民意》2026年第30期。').waitFor();
    await bench.locator('#opinion-caption').getByText('《社情民意》2026年第30期（2 条）').waitFor();
    const listed = await bench.locator('tbody tr td:nth-child(3)').allTextContents();
    assert.deepEqual(listed.sort(), [...titles].sort());

    // 督办: the units with overdue items; one unit's list has as many rows as its count says.
    await bench.getByRole('button', { name: '督办', exact: true }).click();
    const units = bench.locator('table', { has: staff.page.locator('caption', { hasText: '各承办单位超期情况' }) });
    const first = units.locator('tbody tr').first();
    await first.waitFor();
    const [unitName, overdue] = await first.locator('td').allTextContents();
    assert.ok(Number(overdue) > 0, `the first unit has overdue items (${unitName}: ${overdue})`);
    await first.getByRole('button', { name: `查看${unitName}的超期和即将到期提案` }).click();
    await bench.getByRole('heading', { name: `${unitName}：超期和即将到期的提案` }).waitFor();
    const late = bench.locator('table', { has: staff.page.locator('caption', { hasText: '已超期' }) });
    assert.equal(await late.locator('tbody tr').count(), Number(overdue));

    assert.deepEqual(errors, []);
    await staff.context.close();
  });
});
