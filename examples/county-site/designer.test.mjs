// End to end with playwright-core and Debian's Chromium, tried as a new staff user would, on the
// example site against the reference server: on the form designer page, start from the default
// opinion form, add a field shown (and required) only for one category, make phone required,
// save, publish and put it to use; then on the opinion page a citizen sees the new field only for
// that category, cannot send without it or without a phone, and sends; and the server accepts
// exactly what the new version allows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toOpinionInput } from '@tongxin/forms';
import { useSite } from './e2e.fixtures.mjs';

const site = useSite();

const api = (path, init) => fetch(new URL(`v1/211100/${path}`, site.server.url), init);

describe('form designer → opinion box (example site, reference server, Chromium)', () => {
  it('staff add a field for one category and make phone required; citizens and the server follow the new version', async () => {
    const errors = [];
    const staff = await (await site.browser.newContext({ locale: 'zh-CN' })).newPage();
    staff.on('pageerror', (e) => errors.push(e.message));
    await staff.goto(new URL('designer.html', site.server.url).href);
    await staff.locator('.demo-login select').selectOption('staff');
    await staff.getByRole('button', { name: '登录' }).click();
    const designer = staff.locator('tx-form-designer');
    await designer.getByRole('button', { name: '从内置的社情民意表单开始' }).click();

    // A text field after 类别, required, shown only for 生态环境.
    await designer.locator('#add-0-0').selectOption('text');
    await designer.locator('.section .add-field').first().click();
    await designer.locator('#field1-label').fill('事发地点所在河段');
    await designer.locator('[part=properties] input[type=checkbox]').first().check();
    await designer.getByRole('button', { name: '添加规则' }).click();
    const rule = (part) => designer.locator(`[id^="rule-"][id$="-${part}"]`).last();
    await rule('targets').selectOption('field1');
    await rule('cond-0-field').selectOption('category');
    await rule('cond-0-op').selectOption('eq');
    await rule('cond-0-value').selectOption('environment');
    // Phone required.
    await designer.locator('li[data-key=phone] button.name').click();
    await designer.locator('[part=properties] input[type=checkbox]').first().check();
    await designer.getByText('没有发现问题').waitFor();

    await designer.getByRole('button', { name: '保存为新版本' }).click();
    await designer.getByText('已保存为第 1 版').waitFor();
    await designer.getByRole('button', { name: '发布', exact: true }).click();
    await designer.getByText('第 1 版已发布').waitFor();
    await designer.getByRole('button', { name: '用于社情民意栏目' }).click();
    await designer.locator('.in-use').waitFor();
    assert.match(await designer.locator('.in-use').textContent(), /社情民意栏目正在使用这个表单/);
    const config = await (await api('config')).json();
    assert.equal(config.forms.opinion, 'opinion');

    // A citizen on the opinion page: the new field only for 生态环境, required there.
    const citizen = await (await site.browser.newContext({ locale: 'zh-CN' })).newPage();
    citizen.on('pageerror', (e) => errors.push(e.message));
    await citizen.goto(new URL('opinions.html', site.server.url).href);
    const box = citizen.locator('tx-opinion-box');
    await box.locator('#f-title').fill('辽河某河段岸边堆放垃圾');
    await box.locator('#f-situation').fill('辽河兴隆台区河段岸边长期堆放生活垃圾，夏季气味很大，影响附近居民。');
    await box.locator('#f-category').selectOption('livelihood');
    assert.equal(await box.locator('#f-field1').count(), 0, 'hidden for another category');
    await box.locator('#f-category').selectOption('environment');
    await box.getByText('事发地点所在河段').waitFor();
    await box.getByRole('button', { name: '下一步' }).click();
    await box.getByText('此项还没有填写').first().waitFor();
    await box.locator('#f-field1').fill('兴隆台区双兴桥至渤海桥段');
    await box.getByRole('button', { name: '下一步' }).click();
    // Named: phone is required.
    await box.getByRole('radio', { name: /实名反映/ }).check();
    await box.locator('#f-name').fill('张秀兰');
    await box.getByRole('radio', { name: '同意公开', exact: true }).check();
    await box.locator('#f-privacy').check();
    await box.getByRole('button', { name: '提交' }).click();
    await box.locator('[data-key="phone"]').getByText('此项还没有填写').waitFor();
    await box.locator('#f-phone').fill('138 0427 1234');
    await box.getByRole('button', { name: '提交' }).click();
    const code = box.locator('.code').first();
    await code.waitFor({ timeout: 30_000 });
    assert.match(await code.textContent(), /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // The server holds submissions to the version they name.
    const { definition } = await (await api('forms/opinion')).json();
    assert.equal(definition.version, 1);
    const answers = {
      title: '河道垃圾无人清理',
      situation: '某河段岸边堆放垃圾已有一个多月，附近居民反映强烈，希望尽快清理。',
      category: 'environment',
      identity: 'named',
      name: '李卫国',
      phone: '13904271234',
      privacy: true,
      publish: 'yes',
    };
    const post = async (extra) => {
      const body = toOpinionInput({ ...answers, ...extra }, definition, new Date());
      const res = await api('opinions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify(body),
      });
      return { status: res.status, paths: res.ok ? [] : ((await res.json()).issues ?? []).map((i) => i.path.join('.')) };
    };
    const missing = await post({});
    assert.equal(missing.status, 422);
    assert.ok(
      missing.paths.some((p) => p.endsWith('field1')),
      missing.paths.join(),
    );
    const noPhone = await post({ field1: '双兴桥段', phone: undefined });
    assert.equal(noPhone.status, 422);
    assert.ok(
      noPhone.paths.some((p) => p.includes('phone')),
      noPhone.paths.join(),
    );
    assert.equal((await post({ field1: '双兴桥段' })).status, 201);
    // For another category the field is not asked, and not needed.
    assert.equal((await post({ category: 'livelihood' })).status, 201);
    assert.deepEqual(errors, []);
  });
});
