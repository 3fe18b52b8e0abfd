import { expect } from '@esm-bundle/chai';
import type { FormDefinition, FormVersion } from '@tongxin/core';
import { compileValidator, defaultOpinionForm } from '@tongxin/forms';
import type { MockApi } from '@tongxin/mock';
import '../define/tx-form-designer.js';
import { axeViolations, choose, endpoint, startMock, typeInto, waitFor } from '../test/helpers.fixtures.js';
import type { TxFormDesigner } from './form-designer.js';

let mock: MockApi;
const mounted: HTMLElement[] = [];

before(async () => {
  mock = await startMock();
});
beforeEach(() => mock.reset());
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

async function mount(setup: (el: TxFormDesigner) => void = () => {}): Promise<TxFormDesigner> {
  const el = document.createElement('tx-form-designer');
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: TxFormDesigner, selector: string) =>
  el.shadowRoot!.querySelector<E & HTMLElement>(selector);
const $$ = (el: TxFormDesigner, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
async function click(el: TxFormDesigner, selector: string): Promise<void> {
  const target = await waitFor(() => $(el, selector), selector);
  target.click();
  await el.updateComplete;
}
const problemCodes = (el: TxFormDesigner) => $$(el, '[part=problems] li').map((li) => li.dataset.code);
const fieldOrder = (el: TxFormDesigner) => $$(el, '.fields li').map((li) => li.dataset.key);

describe('<tx-form-designer>', () => {
  const config = () => mock.county().config;

  it('lets a new staff user add a field for one category, make phone required, save and publish', async () => {
    const tenant = config().tenant;
    const el = await mount((d) => {
      d.endpoint = endpoint();
      d.tenant = tenant;
      d.getToken = () => mock.token('staff');
    });
    await waitFor(() => $<HTMLButtonElement>(el, '.from-opinion:not([disabled])'), 'the county configuration');
    await click(el, '.from-opinion');
    expect(el.definition?.id).to.equal('opinion');

    // A field in the first section, after the selected one.
    choose((await waitFor(() => $<HTMLSelectElement>(el, '#add-0-0'), 'type select')) as HTMLSelectElement, 'text');
    await click(el, '.section .add-field');
    const key = 'field1';
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.id).to.equal(`${key}-label`);
    typeInto($<HTMLInputElement>(el, `#${key}-label`) as HTMLInputElement, '涉及企业名称');
    await el.updateComplete;
    $<HTMLInputElement>(el, '[part=properties] input[type=checkbox]')!.click();
    await el.updateComplete;

    // Shown only for one category: a rule built by pointing and clicking.
    const category = config().opinionCategories[0]!.code;
    await click(el, '.add-rule');
    const r = el.definition!.rules!.length - 1;
    choose($<HTMLSelectElement>(el, `#rule-${r}-targets`) as HTMLSelectElement, key);
    await el.updateComplete;
    choose($<HTMLSelectElement>(el, `#rule-${r}-cond-0-field`) as HTMLSelectElement, 'category');
    await el.updateComplete;
    choose($<HTMLSelectElement>(el, `#rule-${r}-cond-0-op`) as HTMLSelectElement, 'eq');
    await el.updateComplete;
    choose($<HTMLSelectElement>(el, `#rule-${r}-cond-0-value`) as HTMLSelectElement, category);
    await el.updateComplete;
    expect(JSON.stringify(el.definition!.rules![r])).to.equal(
      JSON.stringify({ effect: 'show', targets: [key], when: { field: 'category', op: 'eq', value: category } }),
    );

    // Phone required.
    await click(el, 'li[data-key=phone] button.name');
    $<HTMLInputElement>(el, '[part=properties] input[type=checkbox]')!.click();
    await el.updateComplete;
    expect(problemCodes(el).join()).to.equal('');
    expect($(el, '[part=problems] .ok')?.textContent).to.contain('没有发现问题');
    expect(el.dirty).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);

    // Save, then publish.
    const saved = new Promise<FormVersion>((resolve) => el.addEventListener('tx-form-saved', (e) => resolve(e.version), { once: true }));
    await click(el, '.save');
    expect((await saved).definition.version).to.equal(1);
    await waitFor(() => $(el, '.message')?.textContent?.includes('已保存为第 1 版'), 'saved message');
    expect(el.dirty).to.equal(false);
    expect($<HTMLButtonElement>(el, '.use')?.disabled, 'usable only once published').to.equal(true);
    await click(el, '.publish');
    await waitFor(() => $(el, '.message')?.textContent?.includes('第 1 版已发布'), 'published message');

    // The county's opinion box now uses it: its configuration names the form.
    expect(config().forms.opinion).to.equal(undefined);
    await click(el, '.use:not([disabled])');
    await waitFor(() => $(el, '.in-use')?.textContent?.includes('社情民意栏目正在使用这个表单'), 'in use');
    expect(config().forms.opinion).to.equal('opinion');

    // What the server now publishes validates and enforces the new rule.
    const response = await mock.fetch(`/v1/${tenant}/forms/opinion`);
    const stored = (await response.json()) as FormVersion;
    expect(stored.status).to.equal('published');
    const def: FormDefinition = stored.definition;
    const validate = compileValidator(def, { config: config() });
    const answers = {
      title: '关于道路维修的建议',
      situation: '某某路段路面破损严重，影响居民出行安全，请有关部门尽快处理。',
      publish: 'yes',
      privacy: true,
      ...(def.steps.flatMap((s) => s.sections).some((s) => s.fields.some((f) => f.key === 'identity')) && { identity: 'named' }),
      name: '张三',
    };
    const paths = (extra: Record<string, unknown>) => {
      const result = validate({ ...answers, ...extra });
      return result.ok ? [] : result.issues.map((i) => i.path.join('.'));
    };
    const other = config().opinionCategories[1]!.code;
    expect(paths({ category, phone: '13800138000' }).some((p) => p.includes(key))).to.equal(true);
    expect(paths({ category, phone: '13800138000', [key]: '某某公司' })).to.deep.equal([]);
    expect(paths({ category: other, phone: '13800138000' })).to.deep.equal([]);
    expect(paths({ category: other }).some((p) => p.includes('phone'))).to.equal(true);
  });

  it('keeps a version saved offline on the device and saves it on the server when back online', async () => {
    const tenant = config().tenant;
    const el = await mount((d) => {
      d.endpoint = endpoint();
      d.tenant = tenant;
      d.getToken = () => mock.token('staff');
      d.userKey = `staff-${Date.now()}`;
    });
    await click(el, '.from-opinion:not([disabled])');
    choose((await waitFor(() => $<HTMLSelectElement>(el, '#add-0-0'), 'type select')) as HTMLSelectElement, 'text');
    await click(el, '.section .add-field');
    typeInto($<HTMLInputElement>(el, '#field1-label') as HTMLInputElement, '离线时添加的字段');
    await el.updateComplete;
    // The connection drops: the save is kept on this device, and leaving is safe.
    mock.setScenario('offline');
    const saved = new Promise<FormVersion>((resolve) => el.addEventListener('tx-form-saved', (e) => resolve(e.version), { once: true }));
    await click(el, '.save');
    await waitFor(() => $(el, '.message')?.textContent?.includes('已保存在本机'), 'saved on the device');
    expect(el.dirty).to.equal(false);
    // Publishing needs the server's version number: it waits.
    await click(el, '.publish');
    await waitFor(() => $(el, '.message')?.textContent?.includes('上传后才能发布'), 'publish waits');
    expect(mock.county().tables.forms.size).to.equal(0);
    // Back online: the outbox delivers it, and the designer shows the server's version.
    mock.setScenario('normal');
    window.dispatchEvent(new Event('online'));
    expect((await saved).definition.version).to.equal(1);
    await waitFor(() => $(el, '.message')?.textContent?.includes('已保存为第 1 版'), 'saved on the server');
    const stored = (await (
      await mock.fetch(`/v1/${tenant}/forms/opinion?version=1`, { headers: { authorization: `Bearer ${mock.token('staff')}` } })
    ).json()) as FormVersion;
    expect(JSON.stringify(stored.definition)).to.contain('离线时添加的字段');
    await click(el, '.publish:not([disabled])');
    await waitFor(() => $(el, '.message')?.textContent?.includes('第 1 版已发布'), 'published');
  });

  it('lists the county forms and opens a saved version', async () => {
    const tenant = config().tenant;
    const headers = {
      authorization: `Bearer ${mock.token('staff')}`,
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
    };
    const body = JSON.stringify({ ...defaultOpinionForm(config()), id: 'county-opinion', title: { 'zh-Hans': '县社情民意' } });
    expect((await mock.fetch(`/v1/${tenant}/forms`, { method: 'POST', headers, body })).status).to.equal(201);
    const el = await mount((d) => {
      d.endpoint = endpoint();
      d.tenant = tenant;
      d.getToken = () => mock.token('staff');
    });
    await click(el, 'button.open[data-form=county-opinion]');
    await waitFor(() => el.definition?.id === 'county-opinion', 'the opened form');
    expect(el.dirty).to.equal(false);
    expect($(el, '[part=toolbar]')?.textContent).to.contain('第 1 版 · 草稿');
  });

  it('reorders fields with the 上移/下移 buttons, keeping focus, and by drag and drop', async () => {
    const el = await mount((d) => {
      d.definition = defaultOpinionForm(config());
    });
    const [first, second] = fieldOrder(el);
    await click(el, `li[data-key=${first}] button.down`);
    expect(fieldOrder(el).slice(0, 2).join()).to.equal(`${second},${first}`);
    await waitFor(
      () => (el.shadowRoot!.activeElement as HTMLElement | null)?.closest('li')?.dataset.key === first,
      'focus on the moved field',
    );
    expect($(el, '.message')?.textContent).to.contain('已移动');
    await click(el, `li[data-key=${first}] button.up`);
    expect(fieldOrder(el).slice(0, 2).join()).to.equal(`${first},${second}`);
    expect($<HTMLButtonElement>(el, `li[data-key=${first}] button.up`)!.disabled).to.equal(true);

    const data = new DataTransfer();
    $(el, 'li[data-key=phone]')!.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
    $(el, `li[data-key=${first}]`)!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(fieldOrder(el)[0]).to.equal('phone');
  });

  it('reorders sections with their buttons, keeping focus, and by dragging the section', async () => {
    const el = await mount((d) => {
      d.definition = defaultOpinionForm(config());
    });
    const sections = () => $$(el, 'fieldset.section').map((f) => f.dataset.section);
    // The second step has several sections (identity choice, contact, publishing).
    const [a, b, c] = sections().slice(1);
    await click(el, `fieldset[data-section=${a}] button.section-down`);
    expect(sections().slice(1, 4).join()).to.equal(`${b},${a},${c}`);
    await waitFor(
      () => (el.shadowRoot!.activeElement as HTMLElement | null)?.closest('fieldset')?.dataset.section === a,
      'focus on the moved section',
    );
    expect($(el, '.message')?.textContent).to.contain('已移动分组');
    expect($<HTMLButtonElement>(el, `fieldset[data-section=${b}] button.section-up`)!.disabled).to.equal(true);
    // A field's own buttons still move fields, and sections move by drag and drop of their grip.
    const data = new DataTransfer();
    $(el, `fieldset[data-section=${c}] .grip`)!.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
    $(el, `fieldset[data-section=${b}] li`)!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(sections().slice(1, 4).join()).to.equal(`${c},${b},${a}`);
    // Undo puts the last move back.
    await click(el, '.undo');
    expect(sections().slice(1, 4).join()).to.equal(`${b},${a},${c}`);
  });

  it('undoes and redoes edits (buttons and Ctrl+Z / Ctrl+Y), a run of typing as one step', async () => {
    const el = await mount((d) => {
      d.definition = defaultOpinionForm(config());
    });
    const original = el.definition;
    await click(el, 'li[data-key=title] button.name');
    const label = $<HTMLInputElement>(el, '#title-label') as HTMLInputElement;
    typeInto(label, '标');
    typeInto(label, '标题一');
    await el.updateComplete;
    await click(el, 'li[data-key=address] button.remove');
    expect(fieldOrder(el).includes('address')).to.equal(false);
    await click(el, '.undo');
    expect(fieldOrder(el).includes('address')).to.equal(true);
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.definition === original).to.equal(true);
    expect(el.dirty).to.equal(false);
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.definition?.steps[0]?.sections[0]?.fields[0]?.label?.['zh-Hans']).to.equal('标题一');
    await click(el, '.redo');
    expect(fieldOrder(el).includes('address')).to.equal(false);
  });

  it('explains problems in plain language: a rule on a deleted field, a select without options, a duplicate key', async () => {
    const el = await mount((d) => {
      d.definition = defaultOpinionForm(config());
    });
    expect(problemCodes(el).join()).to.equal('');
    // The built-in form has a rule on `publish`; deleting that field leaves the rule pointing nowhere.
    const ruleFields = JSON.stringify(el.definition!.rules ?? []);
    const used = ['publish', 'identity', 'category'].find((k) => ruleFields.includes(`"field":"${k}"`))!;
    await click(el, `li[data-key=${used}] button.remove`);
    expect(problemCodes(el)).to.include('rule.unknown_field');
    expect($(el, '[part=problems]')?.textContent).to.contain('但表单里没有这个字段');
    await click(el, '.undo');

    await click(el, 'li[data-key=address] button.name');
    choose($<HTMLSelectElement>(el, '#address-type') as HTMLSelectElement, 'select');
    await el.updateComplete;
    // Remove both default options.
    await click(el, '[aria-label="删除 选项1"]');
    await click(el, '[aria-label="删除 选项1"]');
    expect(problemCodes(el)).to.include('options.empty');

    typeInto($<HTMLInputElement>(el, '#address-key') as HTMLInputElement, 'title');
    await el.updateComplete;
    expect(problemCodes(el)).to.include('definition.duplicate_key');
    expect($(el, '[part=problems]')?.textContent).to.contain('编号“title”用了不止一次');
    // Saving is refused while there are problems.
    expect(await el.save()).to.equal(undefined);
  });

  it('imports and exports JSON, refusing what is not a form in plain language', async () => {
    const el = await mount((d) => {
      d.definition = defaultOpinionForm(config());
    });
    const json = el.exportJson();
    expect(JSON.parse(json).id).to.equal('opinion-builtin');
    expect(el.importJson('{ nope')[0]).to.contain('不是 JSON');
    const bad = el.importJson(
      JSON.stringify({
        ...JSON.parse(json),
        steps: [
          {
            key: 's',
            title: { 'zh-Hans': '步' },
            sections: [{ key: 'c', fields: [{ type: 'slider', key: 'x', label: { 'zh-Hans': '滑块' } }] }],
          },
        ],
      }),
    );
    expect(bad.join('\n')).to.contain('“slider”不存在');
    await el.updateComplete;
    expect($(el, '.import-problems')?.getAttribute('role')).to.equal('alert');
    const changed = { ...JSON.parse(json), title: { 'zh-Hans': '导入的表单' } };
    expect(el.importJson(JSON.stringify(changed)).length).to.equal(0);
    await el.updateComplete;
    expect(el.definition?.title['zh-Hans']).to.equal('导入的表单');
    expect(el.dirty).to.equal(true);
    await click(el, '.undo');
    expect(el.definition?.title['zh-Hans']).to.equal('社情民意信息');
  });

  it('warns before leaving with unsaved changes only', async () => {
    const el = await mount((d) => {
      d.definition = defaultOpinionForm(config());
    });
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    await click(el, 'li[data-key=title] button.down');
    expect(leave()).to.equal(true);
    el.remove();
    expect(leave()).to.equal(false);
  });

  it('shows the live preview of the edited definition and has no axe violations with a field and rule open', async () => {
    const el = await mount((d) => {
      d.definition = defaultOpinionForm(config());
      d.config = config();
    });
    await click(el, 'li[data-key=category] button.name');
    choose($<HTMLSelectElement>(el, '#category-list') as HTMLSelectElement, 'sectors');
    expect(JSON.stringify(el.definition).includes('"optionsFrom":"sectors"')).to.equal(true);
    await el.updateComplete;
    const preview = $(el, 'tx-form') as HTMLElement & { definition?: FormDefinition };
    expect(preview.definition === el.definition).to.equal(true);
    await click(el, '.add-rule');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
