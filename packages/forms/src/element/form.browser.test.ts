// <tx-form> in a real browser: native controls with labels, rules, per-step validation, the error
// summary and focus, masking, the code-point counter, submission, form association, locales and axe.
import { expect } from '@esm-bundle/chai';
import type { FieldDefinition, FormDefinition } from '@tongxin/core';
// axe-core is a UMD script (no ES default export in the browser): importing it sets `window.axe`.
import 'axe-core';
import '../define/tx-form.js';
import { divisions, formOf, lists, members, opinionForm } from '../forms.fixtures.js';
import type { TxChangeEvent, TxSubmitEvent } from './events.js';
import type { TxForm } from './form.js';

const zh = (s: string) => ({ 'zh-Hans': s });

/** One field of every type the engine renders. */
const everyField: FieldDefinition[] = [
  { type: 'notice', key: 'intro', text: zh('请如实填写。') },
  { type: 'text', key: 'title', label: { 'zh-Hans': '标题', en: 'Title' }, required: true, maxLength: 60, help: zh('一句话概括') },
  { type: 'textarea', key: 'body', label: zh('内容'), maxLength: 1500 },
  { type: 'number', key: 'count', label: zh('次数'), integer: true, min: 0, max: 99 },
  { type: 'date', key: 'day', label: zh('日期'), min: '2020-01-01' },
  { type: 'select', key: 'category', label: zh('类别'), optionsFrom: 'opinionCategories' },
  {
    type: 'radio',
    key: 'identity',
    label: zh('反映方式'),
    options: [
      { value: 'named', label: zh('实名') },
      { value: 'anonymous', label: zh('匿名') },
    ],
  },
  {
    type: 'checkboxes',
    key: 'kinds',
    label: zh('类型'),
    options: [
      { value: 'air', label: zh('大气') },
      { value: 'water', label: zh('水') },
    ],
  },
  { type: 'phone', key: 'phone', label: zh('手机号码') },
  { type: 'resident_id', key: 'idNumber', label: zh('身份证号'), sensitive: true },
  { type: 'division', key: 'area', label: zh('所在乡镇'), level: 'town' },
  { type: 'person', key: 'cosigners', label: zh('联名委员'), multiple: true },
  { type: 'unit', key: 'unit', label: zh('承办单位') },
  { type: 'unit', key: 'units', label: zh('建议承办单位'), multiple: true, maxItems: 3 },
  { type: 'attachments', key: 'photos', label: zh('照片'), maxFiles: 2, maxSize: 1000, accept: ['image/*', '.pdf'] },
  { type: 'location', key: 'place', label: zh('位置') },
  { type: 'consent', key: 'privacy', label: zh('我同意'), notice: zh('信息仅用于核实情况。'), noticeVersion: '1', required: true },
];
const allTypes = formOf(everyField);

/** A three-step form: a required title, then a choice, then consent. */
const threeSteps: FormDefinition = {
  ...formOf([]),
  steps: [
    {
      key: 'a',
      title: zh('标题'),
      sections: [{ key: 's1', fields: [{ type: 'text', key: 'title', label: zh('标题'), required: true, minLength: 2 }] }],
    },
    {
      key: 'b',
      title: zh('电话'),
      sections: [{ key: 's2', fields: [{ type: 'phone', key: 'phone', label: zh('手机号码'), required: true }] }],
    },
    {
      key: 'c',
      title: zh('确认'),
      sections: [
        { key: 's3', fields: [{ type: 'consent', key: 'ok', label: zh('同意'), notice: zh('须知'), noticeVersion: '1', required: true }] },
      ],
    },
  ],
};

const mounted: HTMLElement[] = [];
async function mount(
  definition: FormDefinition,
  set: Partial<Pick<TxForm, 'locale' | 'elder' | 'value' | 'name' | 'divisions' | 'members'>> = {},
  parent: HTMLElement = document.body,
) {
  const el = document.createElement('tx-form');
  el.definition = definition;
  el.config = lists;
  Object.assign(el, set);
  parent.append(el);
  if (parent === document.body) mounted.push(el);
  await el.updateComplete;
  return el;
}
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

const root = (el: TxForm) => el.shadowRoot as ShadowRoot;
const q = <E extends Element = HTMLElement>(el: TxForm, selector: string) => {
  const found = root(el).querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const control = <E extends HTMLElement = HTMLInputElement>(el: TxForm, key: string) => q<E>(el, `#f-${key}`);
const field = (el: TxForm, key: string) => root(el).querySelector<HTMLElement>(`[data-key="${key}"]`);
/** What typing does: set the value, fire `input`. */
async function type(el: TxForm, key: string, value: string) {
  const input = control(el, key);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: TxForm, key: string, value: string) {
  const select = control<HTMLSelectElement>(el, key);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
/** Activates a button the way Enter/Space does on the focused button. */
async function press(el: TxForm, button: HTMLElement) {
  button.focus();
  expect(root(el).activeElement === button, 'focus is on the button').to.equal(true);
  button.click();
  await el.updateComplete;
  await el.updateComplete;
}
const footerButton = (el: TxForm, text: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.footer button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
/** The accessible label text of a control: its <label for>, or the legend of its fieldset. */
function labelOf(el: TxForm, key: string): string {
  const input = control(el, key);
  const fieldset = input.closest('fieldset');
  if (fieldset) return fieldset.querySelector('legend')?.textContent?.trim() ?? '';
  return (input.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
async function axeViolations(el: HTMLElement) {
  const { violations } = await axe.run(el);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('<tx-form>', () => {
  it('renders every field type as a labelled native control', async () => {
    const el = await mount(allTypes);
    const expectations: [string, string, string][] = [
      ['title', 'input[type=text]', '标题'],
      ['body', 'textarea', '内容'],
      ['count', 'input[type=number]', '次数'],
      ['day', 'input[type=date]', '日期'],
      ['category', 'select', '类别'],
      ['identity', 'input[type=radio]', '反映方式'],
      ['kinds', 'input[type=checkbox]', '类型'],
      ['phone', 'input[type=tel]', '手机号码'],
      ['idNumber', 'input[type=text]', '身份证号'],
      ['area', 'input[type=text]', '所在乡镇'],
      ['cosigners', 'input[type=text]', '联名委员'],
      ['unit', 'select', '承办单位'],
      ['units', 'input[type=checkbox]', '建议承办单位'],
      ['photos', 'input[type=file]', '照片'],
      ['place', 'input[type=number]', '位置'],
      ['privacy', 'input[type=checkbox]', '我同意'],
    ];
    for (const [key, selector, label] of expectations) {
      expect(control(el, key).matches(selector), `${key} is ${selector}`).to.equal(true);
      expect(labelOf(el, key), `${key} label`).to.contain(label);
    }
    expect(labelOf(el, 'title')).to.contain('（必填）');
    expect(labelOf(el, 'privacy')).to.contain('（必填）');
    expect(control(el, 'title').getAttribute('aria-describedby')).to.contain('f-title-help');
    expect(q(el, '#f-title-help').textContent).to.equal('一句话概括');
    expect(q(el, '[role=note]').textContent).to.contain('请如实填写。');
    // select: an empty "请选择" first, then the county list
    const options = [...control<HTMLSelectElement>(el, 'category').options].map((o) => o.textContent);
    expect(options).to.deep.equal(['请选择', '民生保障', '生态环境', '社会治理']);
    // radio and checkbox groups in a fieldset with a legend
    expect(field(el, 'identity')?.tagName).to.equal('FIELDSET');
    expect(root(el).querySelectorAll('[data-key=identity] input[type=radio]')).to.have.length(2);
    expect(root(el).querySelectorAll('[data-key=units] input[type=checkbox]')).to.have.length(4);
    // phone, file accept, consent notice above the box, two location inputs
    const phone = control(el, 'phone');
    expect([phone.inputMode, phone.autocomplete]).to.deep.equal(['tel', 'tel']);
    expect(control(el, 'photos').accept).to.equal('image/*,.pdf');
    const consent = field(el, 'privacy') as HTMLElement;
    expect(consent.querySelector('.notice')?.textContent).to.equal('信息仅用于核实情况。');
    expect(control(el, 'privacy').checked).to.equal(false);
    expect(control(el, 'privacy').getAttribute('aria-describedby')).to.contain('f-privacy-notice');
    expect(root(el).querySelectorAll('[data-key=place] input[type=number]')).to.have.length(2);
    expect(q(el, '#f-area-help').textContent).to.contain('12 位');
  });

  it('shows a field when its category is chosen and hides it again', async () => {
    const el = await mount(opinionForm);
    expect(field(el, 'pollution')).to.equal(null);
    await choose(el, 'category', 'environment');
    expect(field(el, 'pollution')?.tagName).to.equal('FIELDSET');
    expect(labelOf(el, 'pollution')).to.contain('污染类型');
    await choose(el, 'category', 'livelihood');
    expect(field(el, 'pollution')).to.equal(null);
  });

  it('marks a field required by a rule, and hides a section by a rule', async () => {
    const el = await mount(opinionForm, { value: { identity: 'named' } });
    (el as unknown as { stepIndex: number }).stepIndex = 1;
    await el.updateComplete;
    expect(labelOf(el, 'name')).to.contain('必填');
    expect(control(el, 'phone').getAttribute('aria-required')).to.equal('true');
    expect(labelOf(el, 'idNumber')).not.to.contain('必填');
    control(el, 'identity-1').click(); // 匿名反映
    await el.updateComplete;
    expect(field(el, 'name')).to.equal(null);
    expect(field(el, 'phone')).to.equal(null);
    control(el, 'identity').click(); // 实名反映
    await el.updateComplete;
    expect(labelOf(el, 'phone')).to.contain('必填');
  });

  it('disables fields the rules disable and everything when disabled', async () => {
    const def = formOf(
      [
        { type: 'radio', key: 'lock', label: zh('锁定'), options: [{ value: 'yes', label: zh('是') }] },
        { type: 'text', key: 'note', label: zh('备注') },
      ],
      [{ when: { field: 'lock', op: 'eq', value: 'yes' }, effect: 'disable', targets: ['note'] }],
    );
    const el = await mount(def);
    expect(control(el, 'note').disabled).to.equal(false);
    control(el, 'lock').click();
    await el.updateComplete;
    expect(control(el, 'note').disabled).to.equal(true);
    el.disabled = true;
    await el.updateComplete;
    expect(control(el, 'lock').disabled).to.equal(true);
    expect(footerButton(el, '提交').disabled).to.equal(true);
  });

  it('completes the opinion form with the keyboard alone', async () => {
    const el = await mount(opinionForm);
    const changes: TxChangeEvent[] = [];
    el.addEventListener('tx-change', (e) => changes.push(e));
    // Tab order of step 1 is the visual order of the fields, then the button.
    const tabbable = [...root(el).querySelectorAll<HTMLElement>('input, select, textarea, button')].filter((n) => n.tabIndex >= 0);
    expect(tabbable.map((n) => n.id || n.textContent?.trim())).to.deep.equal([
      'f-title',
      'f-category',
      'f-situation',
      'f-suggestion',
      'f-area',
      'f-place',
      'f-place-lat',
      'f-noticedOn',
      'f-photos',
      '下一步',
    ]);
    await type(el, 'title', '兴隆台区某小区路灯长期不亮');
    expect(root(el).activeElement?.id).to.equal('f-title');
    await choose(el, 'category', 'livelihood');
    await type(el, 'situation', '兴隆台区某小区内多盏路灯自去年冬天起一直不亮，居民夜间出行很不方便。');
    await press(el, footerButton(el, '下一步'));
    expect(q(el, '.step-heading').textContent).to.equal('第 2 步，共 2 步：反映人信息');
    expect(root(el).activeElement?.classList.contains('step-heading')).to.equal(true);
    const named = control(el, 'identity');
    named.focus();
    named.click(); // Space on a focused radio
    await el.updateComplete;
    await type(el, 'name', '张𣵦');
    await type(el, 'phone', '+86 138-1234-1234');
    const privacy = control(el, 'privacy');
    privacy.focus();
    privacy.click();
    await el.updateComplete;
    let submitted: TxSubmitEvent | undefined;
    el.addEventListener('tx-submit', (e) => {
      submitted = e;
    });
    await press(el, footerButton(el, '提交'));
    expect(submitted?.value).to.include({
      title: '兴隆台区某小区路灯长期不亮',
      identity: 'named',
      name: '张𣵦',
      phone: '13812341234',
      privacy: true,
    });
    expect(changes.length).to.be.greaterThan(5);
    expect(changes.at(-1)?.value).to.include({ privacy: true, phone: '+86 138-1234-1234' });
  });

  it('shows errors in text, marks fields invalid and focuses the summary on a failed submit', async () => {
    const el = await mount(formOf(everyField.slice(0, 3).concat(everyField.slice(-1))));
    await press(el, footerButton(el, '提交'));
    const summary = q(el, '[part~=summary]');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(root(el).activeElement).to.equal(summary);
    expect(summary.textContent).to.contain('有 2 处需要修改');
    expect(summary.textContent).to.contain('标题：此项还没有填写，请填写');
    const title = control(el, 'title');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')?.split(' ')).to.include('f-title-error');
    expect(q(el, '#f-title-error').textContent).to.equal('此项还没有填写，请填写');
    expect(control(el, 'privacy').getAttribute('aria-invalid')).to.equal('true');
    expect(control(el, 'body').getAttribute('aria-invalid')).to.equal('false');
    // A summary entry moves focus to its field.
    (summary.querySelector('button') as HTMLButtonElement).click();
    expect(root(el).activeElement).to.equal(title);
    // Fixing the field clears its error as the user types.
    await type(el, 'title', '路灯');
    expect(root(el).querySelector('#f-title-error')).to.equal(null);
    expect(title.getAttribute('aria-invalid')).to.equal('false');
  });

  it('counts code points in the character counter', async () => {
    const el = await mount(allTypes);
    await type(el, 'body', `${'𣵦'.repeat(10)}路灯`);
    expect(q(el, '#f-body-counter [aria-hidden]').textContent).to.equal('12/1500');
    expect(q(el, '#f-body-counter .visually-hidden').textContent).to.equal('已写 12 字，最多 1500 字');
    expect(control(el, 'body').getAttribute('aria-describedby')).to.contain('f-body-counter');
  });

  it('masks a resident ID unless it is being edited', async () => {
    const el = await mount(allTypes);
    await type(el, 'idNumber', '11010519491231002X');
    const input = control(el, 'idNumber');
    expect(input.value).to.equal('11010519491231002X');
    input.blur();
    await el.updateComplete;
    expect(input.value).to.equal('110***********002X');
    expect(el.value.idNumber).to.equal('11010519491231002X');
    input.focus();
    await el.updateComplete;
    expect(input.value).to.equal('11010519491231002X');
  });

  it('validates one step at a time and moves between steps', async () => {
    const el = await mount(threeSteps);
    const status = q(el, '[role=status]');
    expect(q(el, '.step-heading').textContent).to.equal('第 1 步，共 3 步：标题');
    expect(q(el, '.steps [aria-current=step]').textContent).to.equal('标题');
    expect(footerButton(el, '上一步')).to.equal(undefined);
    await press(el, footerButton(el, '下一步'));
    expect(q(el, '.step-heading').textContent).to.contain('第 1 步');
    expect(Object.keys((el as unknown as { errors: object }).errors)).to.deep.equal(['title']);
    await type(el, 'title', '路灯');
    await press(el, footerButton(el, '下一步'));
    expect(q(el, '.step-heading').textContent).to.equal('第 2 步，共 3 步：电话');
    expect(q(el, '.steps [aria-current=step]').textContent).to.equal('电话');
    expect(status.textContent).to.equal('第 2 步，共 3 步：电话');
    expect(root(el).querySelector('.summary')).to.equal(null);
    await type(el, 'phone', '123');
    await press(el, footerButton(el, '下一步'));
    expect(q(el, '#f-phone-error').textContent).to.contain('手机号码不正确');
    await press(el, footerButton(el, '上一步'));
    expect(q(el, '.step-heading').textContent).to.contain('第 1 步');
    expect(control(el, 'title').value).to.equal('路灯');
    await press(el, footerButton(el, '下一步'));
    await type(el, 'phone', '13812341234');
    await press(el, footerButton(el, '下一步'));
    expect(q(el, '.step-heading').textContent).to.equal('第 3 步，共 3 步：确认');
    expect(footerButton(el, '提交')).to.be.instanceOf(HTMLButtonElement);
  });

  it('goes back to the first step with issues when the last step is submitted', async () => {
    const el = await mount(threeSteps, { value: { title: '路灯', phone: '13812341234' } });
    await press(el, footerButton(el, '下一步'));
    await press(el, footerButton(el, '下一步'));
    control(el, 'ok').click();
    el.value = { ...el.value, title: '' };
    await el.updateComplete;
    let submitted = false;
    el.addEventListener('tx-submit', () => {
      submitted = true;
    });
    await press(el, footerButton(el, '提交'));
    expect(submitted).to.equal(false);
    expect(q(el, '.step-heading').textContent).to.equal('第 1 步，共 3 步：标题');
    expect(q(el, '[role=status]').textContent).to.equal('第 1 步，共 3 步：标题');
    expect(root(el).activeElement).to.equal(q(el, '.summary'));
    expect(el.validate().ok).to.equal(false);
  });

  it('dispatches tx-submit with the normalised value and the chosen files', async () => {
    const el = await mount(allTypes);
    await type(el, 'title', '路灯长期不亮');
    await type(el, 'phone', '+86 138-1234-1234');
    await type(el, 'cosigners', 'm_001, m_002');
    await type(el, 'count', '3');
    const files = new DataTransfer();
    files.items.add(new File(['%PDF'], 'letter.pdf', { type: 'application/pdf' }));
    files.items.add(new File(['x'.repeat(2000)], 'big.png', { type: 'image/png' }));
    const picker = control(el, 'photos');
    picker.files = files.files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value.photos).to.deep.equal(['local:0']);
    expect(el.files.photos?.map((f) => f.name)).to.deep.equal(['letter.pdf']);
    expect(q(el, '.files').textContent).to.contain('letter.pdf');
    expect(q(el, '#f-photos-error').textContent).to.contain('big.png');
    control(el, 'privacy').click();
    let event: TxSubmitEvent | undefined;
    el.addEventListener('tx-submit', (e) => {
      event = e;
    });
    document.body.addEventListener('tx-submit', (e) => expect(e.composed && e.bubbles && e.cancelable).to.equal(true), { once: true });
    await press(el, footerButton(el, '提交'));
    expect(event?.value).to.deep.equal({
      title: '路灯长期不亮',
      phone: '13812341234',
      cosigners: ['m_001', 'm_002'],
      count: 3,
      photos: ['local:0'],
      privacy: true,
    });
    expect(event?.files.photos?.[0]?.name).to.equal('letter.pdf');
    expect(el.validate()).to.deep.equal({ ok: true, value: event?.value });
    // Removing the file keeps focus in the field.
    q(el, '.file-item button').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value.photos).to.equal(undefined);
    expect(root(el).activeElement).to.equal(picker);
    el.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal({});
    expect(control(el, 'title').value).to.equal('');
  });

  it('takes part in a host page form: JSON value, invalid until filled', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    try {
      const el = await mount(threeSteps, { name: 'answers' }, form);
      let submits = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submits += 1;
      });
      expect(form.checkValidity()).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      form.requestSubmit();
      expect(submits).to.equal(0);
      await type(el, 'title', '路灯');
      expect(form.checkValidity()).to.equal(false);
      el.value = { title: '路灯', phone: '+86 138-1234-1234', ok: true };
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(JSON.parse(new FormData(form).get('answers') as string)).to.deep.equal({ title: '路灯', phone: '13812341234', ok: true });
      form.requestSubmit();
      expect(submits).to.equal(1);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal({});
    } finally {
      form.remove();
    }
  });

  it('uses the locale for labels, UI strings and messages, falling back to zh-Hans', async () => {
    const el = await mount(allTypes, { locale: 'en' });
    // The English strings and messages are a separate chunk: zh-Hans until they arrive.
    for (let i = 0; i < 200 && labelOf(el, 'title') !== 'Title(required)'; i++) await new Promise((r) => setTimeout(r, 25));
    expect(labelOf(el, 'title')).to.equal('Title(required)');
    expect(labelOf(el, 'body')).to.equal('内容');
    expect(control<HTMLSelectElement>(el, 'category').options[0]?.textContent).to.equal('Please choose');
    expect(footerButton(el, 'Submit')).to.be.instanceOf(HTMLButtonElement);
    await press(el, footerButton(el, 'Submit'));
    expect(q(el, '.summary-title').textContent).to.equal('There are 2 problems to fix');
  });

  it('picks a division level by level down to the field level, and says which level is missing', async () => {
    const el = await mount(formOf([{ type: 'division', key: 'area', label: zh('所在乡镇'), level: 'town', required: true }]), {
      divisions,
    });
    const selects = () => [...root(el).querySelectorAll<HTMLSelectElement>('[data-key="area"] select')];
    // The city is the only root above the wanted level: chosen implicitly, so the first select lists districts.
    expect(selects().map((s) => [...s.options].map((o) => o.text))).to.deep.equal([['请选择', '双台子区', '兴隆台区']]);
    expect(labelOf(el, 'area')).to.contain('所在乡镇');
    expect(selects()[0]!.labels?.[0]?.textContent).to.contain('区（县）');
    await choose(el, 'area', '211102');
    expect(el.value.area).to.equal('211102');
    expect(selects().map((s) => [...s.options].map((o) => o.value))).to.deep.equal([
      ['', '211102', '211103'],
      ['', '211102001000', '211102002000'],
    ]);
    await press(el, footerButton(el, '提交'));
    expect(field(el, 'area')?.querySelector('.error')?.textContent).to.equal('请选择到乡镇（街道）一级');
    const town = selects()[1]!;
    town.value = '211102002000';
    town.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value.area).to.equal('211102002000');
    expect(selects()).to.have.length(2); // town level: no village select
    // Another district drops the town chosen under the first one.
    await choose(el, 'area', '211103');
    expect(el.value.area).to.equal('211103');
    expect(selects()[1]!.value).to.equal('');
    // Clearing the town goes back to the district.
    const submitted = new Promise<TxSubmitEvent>((resolve) =>
      el.addEventListener('tx-submit', (e) => resolve(e as TxSubmitEvent), { once: true }),
    );
    selects()[1]!.value = '211103001000';
    selects()[1]!.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await press(el, footerButton(el, '提交'));
    expect((await submitted).value).to.deep.equal({ area: '211103001000' });
  });

  it('finds members by name, sector or party, adds and removes them, and keeps to the maximum', async () => {
    const el = await mount(formOf([{ type: 'person', key: 'cosigners', label: zh('联名委员'), multiple: true, maxItems: 2 }]), { members });
    const search = control(el, 'cosigners');
    expect(search.labels?.[0]?.textContent).to.contain('查找委员');
    await type(el, 'cosigners', '李');
    const matches = () =>
      [...root(el).querySelectorAll<HTMLButtonElement>('[data-key="cosigners"] .files button')].map((b) => b.textContent?.trim());
    expect(matches()).to.deep.equal(['添加 李明（农业和农村界，无党派）', '添加 李𠮷华（中国共产党，中共）']);
    expect(field(el, 'cosigners')?.querySelector('[role="status"]')?.textContent).to.equal('找到 2 位委员');
    // Enter in the search box does not submit the form.
    let submits = 0;
    el.addEventListener('tx-submit', () => submits++);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(submits).to.equal(0);
    await press(
      el,
      [...root(el).querySelectorAll<HTMLButtonElement>('[data-key="cosigners"] button')].find((b) => b.textContent?.includes('李𠮷华'))!,
    );
    expect(el.value.cosigners).to.deep.equal(['m_lin']);
    expect(control(el, 'cosigners').value).to.equal('');
    await type(el, 'cosigners', '农业');
    expect(matches()).to.deep.equal(['移除', '添加 李明（农业和农村界，无党派）', '添加 孙立（农业和农村界）']);
    await press(el, [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('孙立'))!);
    expect(el.value.cosigners).to.deep.equal(['m_lin', 'm_sun']);
    expect(control(el, 'cosigners').disabled).to.equal(true);
    expect(field(el, 'cosigners')?.textContent).to.contain('最多选择 2 位');
    await type(el, 'cosigners', '赵');
    expect(field(el, 'cosigners')?.querySelector('[role="status"]') ?? 'no status').to.equal('no status');
    const remove = root(el).querySelector<HTMLButtonElement>('[aria-label="移除 李𠮷华（中国共产党，中共）"]')!;
    await press(el, remove);
    expect(el.value.cosigners).to.deep.equal(['m_sun']);
    await type(el, 'cosigners', '没有这个人');
    expect(field(el, 'cosigners')?.querySelector('[role="status"]')?.textContent).to.equal('没有找到符合的委员');
  });

  it('has no axe violations, in normal and elder mode, with errors shown', async () => {
    const el = await mount(allTypes, { value: { identity: 'named', idNumber: '11010519491231002X', body: '𣵦' } });
    const pickers = await mount(formOf([everyField[10]!, everyField[11]!]), {
      divisions,
      members,
      value: { area: '211102001000', cosigners: ['m_li'] },
    });
    await type(pickers, 'cosigners', '李');
    expect(await axeViolations(pickers)).to.deep.equal([]);
    pickers.elder = true;
    await pickers.updateComplete;
    expect(await axeViolations(pickers)).to.deep.equal([]);
    expect(await axeViolations(el)).to.deep.equal([]);
    el.elder = true;
    await el.updateComplete;
    expect(Number.parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(20);
    const title = control(el, 'title');
    expect(title.getBoundingClientRect().height).to.be.at.least(44);
    expect(Number.parseFloat(getComputedStyle(title).lineHeight) / Number.parseFloat(getComputedStyle(title).fontSize)).to.be.at.least(1.5);
    expect(await axeViolations(el)).to.deep.equal([]);
    await press(el, footerButton(el, '提交'));
    expect(await axeViolations(el)).to.deep.equal([]);
    const multi = await mount(threeSteps);
    expect(await axeViolations(multi)).to.deep.equal([]);
  });
});
