// <tx-workbench> in a real browser against the mock API: staff file a submitted proposal and assign
// it jointly (lead + assisting unit); the lead unit accepts and replies; the assisting unit
// countersigns; staff approve the reply. A refused action shows the server's reason and what is
// possible now; the supervision list buckets by working-day deadline; opinions are received,
// edited and reported; the lead unit's reply carries the letter's scan (uploaded by the outbox first,
// offline too); edited opinions are compiled into one journal issue and listed by it; supervision
// per handling unit; a merged proposal names the one it joined; keyboard only; axe in normal and
// elder mode.
import { expect } from '@esm-bundle/chai';
import { addWorkingDays, chinaToday, type Opinion, type Proposal } from '@tongxin/core';
import type { MockApi } from '@tongxin/mock';
import '../define/tx-workbench.js';
import { axeViolations, chooseIn, endpoint, savedBy, startMock, typeInto, waitFor } from '../test/helpers.fixtures.js';
import type { TxWorkbench } from './workbench.js';

let mock: MockApi;
const mounted: HTMLElement[] = [];
before(async () => {
  mock = await startMock();
});
beforeEach(() => {
  mock.reset();
  mock.setScenario('normal');
});
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

let n = 0;
async function mountAs(account: string, attributes: Record<string, string> = {}) {
  const el = document.createElement('tx-workbench');
  el.setAttribute('endpoint', endpoint());
  el.setAttribute('tenant', '211100');
  el.setAttribute('user-key', `${account}-${n++}-${Date.now()}`);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  const token = mock.token(account);
  el.getToken = () => token;
  document.body.append(el);
  mounted.push(el);
  await waitFor(() => el.shadowRoot!.querySelector('table, [role="alert"]'), 'the workbench to load', 30_000);
  return el;
}

const root = (el: TxWorkbench) => el.shadowRoot!;
const q = <E extends Element = HTMLElement>(el: TxWorkbench, selector: string) => root(el).querySelector<E & HTMLElement>(selector);
const buttonIn = (scope: ParentNode, text: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text);
const text = (el: TxWorkbench) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';
const stored = (id: string) => mock.county('211100').tables.proposals.get(id) as Proposal;
const storedOpinion = (id: string) => mock.county('211100').tables.opinions.get(id)!.opinion;
const unitName = (id: string) => {
  const unit = mock.county('211100').config.units.find((u) => u.id === id)!;
  return unit.shortName ?? unit.name;
};
/** Puts `files` into a file input as a person choosing them would. */
function chooseFiles(input: HTMLInputElement, files: File[]) {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
/** Makes stored opinions edited (核稿 done), ready to be compiled into an issue. */
function edited(count: number): Opinion[] {
  const table = mock.county('211100').tables.opinions;
  const picked = [...table.values()].filter((x) => x.opinion.status === 'received' || x.opinion.status === 'editing').slice(0, count);
  return picked.map((x) => {
    const o: Opinion = {
      ...x.opinion,
      status: 'edited',
      edited: {
        title: x.opinion.title,
        body: x.opinion.situation,
        by: { id: 'u_staff', name: '王静', role: 'staff' },
        at: x.opinion.createdAt,
      },
    };
    table.set(o.id, { ...x, opinion: o });
    return o;
  });
}

async function click(el: TxWorkbench, label: string, scope: ParentNode = root(el)) {
  const b = await waitFor(() => buttonIn(scope, label), `button "${label}"`);
  b.click();
  await el.updateComplete;
}
async function openRow(el: TxWorkbench, title: string) {
  const b = await waitFor(() => root(el).querySelector<HTMLButtonElement>(`button[aria-label="打开：${title}"]`), `row "${title}"`);
  b.click();
  await waitFor(() => q(el, '#detail-title')?.textContent === title, 'the detail view');
}
/** Chooses an action and waits for its form. */
async function chooseAction(el: TxWorkbench, label: string) {
  await click(el, label, await waitFor(() => q(el, '[part="actions"]'), 'the action buttons'));
  return waitFor(() => q<HTMLFormElement>(el, 'form.action-form'), `the "${label}" form`);
}
async function submitAction(el: TxWorkbench, form: HTMLFormElement, done: string) {
  buttonIn(form, '确定')!.click();
  await waitFor(() => text(el).includes(done) || q(el, '#problem'), `"${done}"`);
  expect(q(el, '#problem')?.textContent?.trim() ?? '', 'no refusal').to.equal('');
}
const check = (form: HTMLFormElement, name: string, value: string, on = true) => {
  const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  input.checked = on;
};

/** Real key presses through the test runner (Chrome DevTools Protocol). */
async function sendKeys(payload: { press: string } | { type: string }): Promise<void> {
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const socket = '/__web-dev-server__web-socket.js';
  const { sendMessageWaitForResponse } = (await import(/* @vite-ignore */ socket)) as {
    sendMessageWaitForResponse(message: object): Promise<{ executed?: boolean }>;
  };
  const response = await sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command: 'send-keys', payload });
  if (!response.executed) throw new Error('send-keys was not executed by the test runner');
}
/** Presses Tab until the focused element inside the widget matches. */
async function tabTo(el: TxWorkbench, matches: (e: Element) => boolean, what: string) {
  for (let i = 0; i < 60; i++) {
    const active = root(el).activeElement;
    if (active && matches(active)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

const TITLE = '关于建设科技成果概念验证中心的建议'; // p_005, submitted

describe('<tx-workbench>', () => {
  it('takes a proposal from review to an approved reply: staff, lead unit, assisting unit, staff', async function () {
    this.timeout(90_000);
    // Staff: file, then assign jointly to 住建 (lead) and 教育 (assisting).
    const staff = await mountAs('staff');
    expect(text(staff)).to.include('待审查');
    await openRow(staff, TITLE);
    expect(buttonIn(q(staff, '[part="actions"]')!, '立案') !== undefined, 'file offered').to.equal(true);
    expect(buttonIn(q(staff, '[part="actions"]')!, '签收') === undefined, 'unit actions not offered to staff').to.equal(true);
    let form = await chooseAction(staff, '立案');
    await submitAction(staff, form, '已立案。');
    expect(stored('p_005').status).to.equal('filed');
    expect(stored('p_005').number ?? '').to.match(/^\d{4}$/);

    form = await chooseAction(staff, '交办');
    check(form, 'mode', 'joint');
    check(form, 'leadUnitIds', 'u_dev', false);
    check(form, 'leadUnitIds', 'u_housing');
    check(form, 'assistingUnitIds', 'u_edu');
    await submitAction(staff, form, '已交办。');
    const assigned = stored('p_005');
    expect(assigned.status).to.equal('assigned');
    expect(assigned.handling?.mode).to.equal('joint');
    expect(assigned.handling?.units.map((u) => `${u.unitId}:${u.role}`).join(',')).to.equal('u_housing:lead,u_edu:assisting');
    expect(text(staff)).to.include('住建');

    // Lead unit: accept, then reply with document number, contact, category and text.
    const lead = await mountAs('unit-housing');
    expect(text(lead)).to.include('交办给本单位');
    await openRow(lead, TITLE);
    form = await chooseAction(lead, '签收');
    await submitAction(lead, form, '已签收。');
    form = await chooseAction(lead, '答复');
    typeInto(form.querySelector<HTMLInputElement>('[name="docNo"]')!, '盘住建提〔2026〕12号');
    typeInto(form.querySelector<HTMLInputElement>('[name="contactName"]')!, '王科长');
    typeInto(form.querySelector<HTMLInputElement>('[name="contactPhone"]')!, '0427-2823456');
    check(form, 'answerCategory', 'B');
    typeInto(form.querySelector<HTMLTextAreaElement>('[name="text"]')!, '您提出的建议已列入明年工作计划，正在推进。');
    await submitAction(lead, form, '已答复。');
    expect(stored('p_005').status).to.equal('countersigning');

    // Assisting unit: countersign (it may not reply).
    const assisting = await mountAs('unit-edu');
    await openRow(assisting, TITLE);
    expect(buttonIn(q(assisting, '[part="actions"]')!, '答复') === undefined, 'assisting unit cannot reply').to.equal(true);
    form = await chooseAction(assisting, '会签');
    await submitAction(assisting, form, '已会签。');
    expect(stored('p_005').status).to.equal('reviewing');

    // Staff: back to the list (which reloads), find it under all proposals, approve (keeping its category).
    await click(staff, '返回列表');
    await click(staff, '全部提案');
    await openRow(staff, TITLE);
    form = await chooseAction(staff, '审核通过答复');
    await submitAction(staff, form, '已审核通过答复。');
    const answered = stored('p_005');
    expect(answered.status).to.equal('answered');
    expect(answered.replies[0]?.answerCategory).to.equal('B');
    expect(answered.replies[0]?.countersignedBy.map((c) => c.unitId).join(',')).to.equal('u_edu');
  });

  it('sends the reply letter’s scan with the reply: uploaded first, then named by the reply, and downloadable', async function () {
    this.timeout(60_000);
    const p = stored('p_015'); // assigned to 住建 alone
    const scan = new File(['%PDF-1.4 盘住建提〔2026〕9号'], '答复函扫描件.pdf', { type: 'application/pdf' });
    const table = new File([new Uint8Array(3000)], '改造计划表.pdf', { type: 'application/pdf' });
    const unit = await mountAs('unit-housing');
    await openRow(unit, p.title);
    const form = await chooseAction(unit, '答复');
    const picker = form.querySelector<HTMLInputElement>('input[type="file"][name="attachments"]')!;
    expect(form.querySelector(`label[for="${picker.id}"]`)?.textContent).to.equal('答复函扫描件等附件（可不传）');
    expect(root(unit).getElementById(picker.getAttribute('aria-describedby')!)?.textContent).to.contain('最多 20 个');
    typeInto(form.querySelector<HTMLInputElement>('[name="docNo"]')!, '盘住建提〔2026〕9号');
    typeInto(form.querySelector<HTMLInputElement>('[name="contactName"]')!, '赵科长');
    typeInto(form.querySelector<HTMLInputElement>('[name="contactPhone"]')!, '0427-2825555');
    check(form, 'answerCategory', 'A');
    typeInto(form.querySelector<HTMLTextAreaElement>('[name="text"]')!, '已将雨污分流改造列入明年计划。');
    chooseFiles(picker, [scan, table]);
    await submitAction(unit, form, '已答复。');
    const reply = stored('p_015').replies.at(-1)!;
    expect(reply.attachments.map((a) => a.name)).to.deep.equal(['答复函扫描件.pdf', '改造计划表.pdf']);
    const files = mock.county('211100').tables.attachments;
    expect(new TextDecoder().decode(files.get(reply.attachments[0]!.id)!.data)).to.equal('%PDF-1.4 盘住建提〔2026〕9号');
    // The reply on screen lists them; staff download one (with their token) under its name.
    const staff = await mountAs('staff', { view: 'all' });
    await openRow(staff, p.title);
    const links = [...root(staff).querySelectorAll<HTMLAnchorElement>('.reply ul.files a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['答复函扫描件.pdf', '改造计划表.pdf']);
    const saved = await savedBy(() => links[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(saved.name).to.equal('改造计划表.pdf');
    expect(saved.blob.size).to.equal(3000);
    expect(await axeViolations(staff)).to.deep.equal([]);
  });

  it('keeps a reply and its scan on the device while offline, and sends both when back', async function () {
    this.timeout(60_000);
    const p = stored('p_015');
    const unit = await mountAs('unit-housing');
    await openRow(unit, p.title);
    const form = await chooseAction(unit, '答复');
    typeInto(form.querySelector<HTMLInputElement>('[name="docNo"]')!, '盘住建提〔2026〕10号');
    typeInto(form.querySelector<HTMLInputElement>('[name="contactName"]')!, '赵科长');
    typeInto(form.querySelector<HTMLInputElement>('[name="contactPhone"]')!, '0427-2825555');
    check(form, 'answerCategory', 'B');
    typeInto(form.querySelector<HTMLTextAreaElement>('[name="text"]')!, '正在推进。');
    chooseFiles(form.querySelector<HTMLInputElement>('input[name="attachments"]')!, [
      new File(['scan'], '答复函.pdf', { type: 'application/pdf' }),
    ]);
    const uploads = mock.county('211100').tables.attachments.size;
    mock.setScenario('offline');
    buttonIn(form, '确定')!.click();
    await new Promise((r) => setTimeout(r, 500));
    expect(stored('p_015').replies.length, 'nothing sent yet').to.equal(p.replies.length);
    expect(q(unit, '#problem') === null, 'a network failure is not a refusal').to.equal(true);
    mock.setScenario('normal');
    await waitFor(() => text(unit).includes('已答复。'), 'delivery after the network is back', 45_000);
    expect(mock.county('211100').tables.attachments.size).to.equal(uploads + 1);
    expect(
      stored('p_015')
        .replies.at(-1)
        ?.attachments.map((a) => a.name),
    ).to.deep.equal(['答复函.pdf']);
  });

  it('says on the picker when a file is too large for the device to keep, and sends nothing', async () => {
    const unit = await mountAs('unit-housing');
    await openRow(unit, stored('p_015').title);
    const form = await chooseAction(unit, '答复');
    typeInto(form.querySelector<HTMLInputElement>('[name="docNo"]')!, '盘住建提〔2026〕11号');
    typeInto(form.querySelector<HTMLInputElement>('[name="contactName"]')!, '赵科长');
    typeInto(form.querySelector<HTMLInputElement>('[name="contactPhone"]')!, '0427-2825555');
    check(form, 'answerCategory', 'B');
    typeInto(form.querySelector<HTMLTextAreaElement>('[name="text"]')!, '正在推进。');
    const picker = form.querySelector<HTMLInputElement>('input[name="attachments"]')!;
    chooseFiles(picker, [new File([new Uint8Array(11 * 1024 * 1024)], '高清扫描.pdf', { type: 'application/pdf' })]);
    buttonIn(form, '确定')!.click();
    await new Promise((r) => setTimeout(r, 300));
    expect(picker.validationMessage).to.equal('附件“高清扫描.pdf”超过 10 MB，请压缩或拆分后再上传。');
    expect(stored('p_015').replies.length).to.equal(0);
    // Choosing another file clears the complaint.
    chooseFiles(picker, [new File(['ok'], '答复函.pdf', { type: 'application/pdf' })]);
    expect(picker.validationMessage).to.equal('');
  });

  it('shows the server’s reason and the possible actions when an action is refused', async () => {
    const staff = await mountAs('staff');
    await openRow(staff, TITLE);
    // Meanwhile the proposer withdraws it (same version: the state, not the version, refuses).
    const p = stored('p_005');
    mock.county('211100').tables.proposals.set(p.id, { ...p, status: 'withdrawn' });
    const form = await chooseAction(staff, '立案');
    buttonIn(form, '确定')!.click();
    const alert = await waitFor(() => q(staff, '#problem'), 'the refusal');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.include('服务器未接受这一操作');
    expect(alert.textContent).to.include('现在不能立案（当前状态：已撤回）');
    expect(alert.textContent).to.include('当前状态下您没有可做的操作');
    expect(root(staff).activeElement?.id).to.equal('problem');
    expect(stored('p_005').status).to.equal('withdrawn');
  });

  it('asks to check again when someone else changed the proposal first', async () => {
    const staff = await mountAs('staff');
    await openRow(staff, TITLE);
    const p = stored('p_005');
    mock.county('211100').tables.proposals.set(p.id, { ...p, version: p.version + 1 });
    const form = await chooseAction(staff, '退回修改');
    typeInto(form.querySelector<HTMLTextAreaElement>('[name="note"]')!, '请补充分析部分。');
    buttonIn(form, '确定')!.click();
    const alert = await waitFor(() => q(staff, '#problem'), 'the refusal');
    expect(alert.textContent).to.include('已被他人修改');
    expect(stored('p_005').status).to.equal('submitted');
  });

  it('does not file with a reason outside the county’s list, and files with one from it', async () => {
    const staff = await mountAs('staff');
    await openRow(staff, TITLE);
    const form = await chooseAction(staff, '不予立案');
    const select = form.querySelector<HTMLSelectElement>('[name="reasonCode"]')!;
    expect(select.required).to.equal(true);
    expect(select.options.length > 1, 'reasons from config').to.equal(true);
    chooseIn(select, select.options[1]!.value);
    await submitAction(staff, form, '已不予立案。');
    const p = stored('p_005');
    expect(p.status).to.equal('not_filed');
    expect(p.notFiledReasonCode).to.equal(select.options[1]!.value);
  });

  it('lists overdue, due-soon, countersigning and answered proposals in supervision', async () => {
    const staff = await mountAs('staff', { view: 'supervision' });
    await waitFor(() => root(staff).querySelectorAll('table').length === 5, 'four buckets and the units');
    const captions = [...root(staff).querySelectorAll('caption')].map((c) => c.textContent ?? '');
    expect(captions.map((c) => c.replace(/（\d+）/, '')).join(',')).to.equal('已超期,即将到期,待会签,待委员评价,各承办单位超期情况');
    const count = (i: number) => Number(/（(\d+)）/.exec(captions[i] ?? '')?.[1]);
    const all = [...mock.county('211100').tables.proposals.values()] as Proposal[];
    expect(count(2)).to.equal(all.filter((p) => p.status === 'countersigning').length);
    expect(count(3)).to.equal(all.filter((p) => p.status === 'answered').length);
    // Make one overdue: its deadline passed.
    const handling = all.find((p) => p.status === 'handling')!;
    mock.county('211100').tables.proposals.set(handling.id, { ...handling, handling: { ...handling.handling!, deadline: '2026-01-05' } });
    await click(staff, '督办');
    await waitFor(
      () => root(staff).querySelector('table caption')?.textContent?.includes('（') && root(staff).querySelectorAll('table').length === 5,
      'reload',
    );
    const overdue = root(staff).querySelector('table')!;
    expect(overdue.textContent).to.include(handling.title);
    expect(overdue.querySelector('.badge.overdue') !== null, 'overdue badge').to.equal(true);
  });

  it('counts each unit’s overdue and due-soon items and lists them, by keyboard too', async function () {
    this.timeout(60_000);
    const table = mock.county('211100').tables.proposals;
    const today = chinaToday();
    const config = mock.county('211100').config;
    const set = (id: string, deadline: string) => {
      const p = stored(id);
      table.set(id, { ...p, handling: { ...p.handling!, deadline, units: p.handling!.units.map((u) => ({ ...u, deadline })) } });
    };
    // 住建: p_029 (rework, its part open) overdue, p_015 (assigned) due in two working days; p_019 is
    // overdue too, but 住建 replied: it waits for 民政's countersignature and counts for 民政 only.
    set('p_029', '2026-01-05');
    set('p_015', addWorkingDays(today, 2, config.calendar));
    set('p_019', '2026-01-06');
    const staff = await mountAs('staff', { view: 'supervision' });
    const units = await waitFor(() => root(staff).querySelectorAll('table')[4], 'the per-unit table');
    const rowOf = (name: string) => [...units.querySelectorAll('tbody tr')].find((tr) => tr.firstElementChild?.textContent === name);
    const cells = (name: string) => [...(rowOf(name)?.querySelectorAll('td') ?? [])].slice(1, 3).map((td) => Number(td.textContent));
    expect(cells(unitName('u_housing'))).to.deep.equal([1, 1]);
    expect(cells(unitName('u_civil'))[0]).to.equal(1);

    // By keyboard: Tab to 住建's button, Enter; the unit's list opens with focus on its heading.
    const open = rowOf(unitName('u_housing'))!.querySelector('button')!;
    expect(open.getAttribute('aria-label')).to.equal(`查看${unitName('u_housing')}的超期和即将到期提案`);
    q<HTMLButtonElement>(staff, '[part="tabs"] button')!.focus();
    await tabTo(staff, (e) => e === open, '住建’s button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(staff).activeElement?.id === 'unit-title', 'focus on the unit’s heading');
    expect(q(staff, '#unit-title')!.textContent).to.equal(`${unitName('u_housing')}：超期和即将到期的提案`);
    const [overdue, soon] = [...root(staff).querySelectorAll('table')];
    expect(overdue!.querySelector('caption')!.textContent).to.equal('已超期（1）');
    expect(overdue!.textContent).to.contain(stored('p_029').title).and.not.contain(stored('p_019').title);
    expect(soon!.querySelector('caption')!.textContent).to.equal('即将到期（1）');
    expect(soon!.textContent).to.contain(stored('p_015').title);
    // A row opens; back from it returns to the unit's list, then to the overview.
    await openRow(staff, stored('p_029').title);
    await click(staff, '返回列表');
    await waitFor(() => root(staff).activeElement?.id === 'unit-title', 'back on the unit’s list');
    await click(staff, '返回督办总览');
    await waitFor(() => root(staff).querySelectorAll('table').length === 5, 'the overview');
  });

  it('compiles several edited opinions into one journal issue in one step, and lists that issue', async function () {
    this.timeout(60_000);
    const [a, b, c] = edited(3);
    const staff = await mountAs('staff', { view: 'opinions' });
    await waitFor(() => q(staff, 'input.pick'), 'tick boxes on edited opinions');
    const tick = (o: Opinion) => {
      const box = q<HTMLInputElement>(staff, `input.pick[aria-label="选择：${o.title}"]`)!;
      box.click();
    };
    tick(a!);
    tick(b!);
    const form = q<HTMLFormElement>(staff, 'form.compile')!;
    await waitFor(() => buttonIn(form, '编入所选（2 条）'), 'the count on the button');
    typeInto(form.querySelector<HTMLInputElement>('[name="journalIssue"]')!, '2026年第30期');
    buttonIn(form, '编入所选（2 条）')!.click();
    await waitFor(() => text(staff).includes('已将 2 条社情民意编入《社情民意》2026年第30期。'), 'the notice');
    expect([a!, b!].map((o) => storedOpinion(o.id).journalIssue)).to.deep.equal(['2026年第30期', '2026年第30期']);
    expect(storedOpinion(c!.id).journalIssue).to.equal(undefined);
    // The list now shows that issue, and only it.
    await waitFor(() => q(staff, '#opinion-caption')?.textContent === '《社情民意》2026年第30期（2 条）', 'the issue’s list');
    const titles = [...root(staff).querySelectorAll('tbody tr td:nth-child(3)')].map((td) => td.textContent);
    expect(titles.sort()).to.deep.equal([a!.title, b!.title].sort());
    await click(staff, '显示全部');
    await waitFor(() => q(staff, '#opinion-caption')?.textContent === '社情民意', 'all opinions');
    // Filtering by an issue typed in.
    typeInto(q<HTMLInputElement>(staff, '#issue-filter')!, '2026年第30期');
    await click(staff, '查看本期');
    await waitFor(() => root(staff).querySelectorAll('tbody tr').length === 2, 'the issue again');
  });

  it('names the opinions it could not compile, with the server’s reason, and compiles the rest', async () => {
    const [a, b] = edited(2);
    const staff = await mountAs('staff', { view: 'opinions' });
    await waitFor(() => q(staff, 'input.pick'), 'tick boxes');
    for (const o of [a!, b!]) q<HTMLInputElement>(staff, `input.pick[aria-label="选择：${o.title}"]`)!.click();
    // Meanwhile someone reports b: it may no longer go into an issue.
    const table = mock.county('211100').tables.opinions;
    table.set(b!.id, { ...table.get(b!.id)!, opinion: { ...storedOpinion(b!.id), status: 'reported' } });
    const form = q<HTMLFormElement>(staff, 'form.compile')!;
    typeInto(form.querySelector<HTMLInputElement>('[name="journalIssue"]')!, '2026年第31期');
    (await waitFor(() => buttonIn(form, '编入所选（2 条）'), 'the count on the button')).click();
    const alert = await waitFor(() => q(staff, '#compile-problem'), 'the refusals');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('以下 1 条未能编入：');
    expect(alert.textContent).to.contain(`${b!.title}：现在不能编入刊期（当前状态：已报送）`);
    expect(root(staff).activeElement?.id).to.equal('compile-problem');
    expect(storedOpinion(a!.id).journalIssue).to.equal('2026年第31期');
    expect(storedOpinion(b!.id).journalIssue).to.equal(undefined);
  });

  it('names the proposal a merged one joined, and opens it', async () => {
    const merged = stored('p_030');
    const target = stored('p_018');
    const staff = await mountAs('staff', { view: 'all' });
    await openRow(staff, merged.title);
    const note = await waitFor(() => q(staff, '[part="detail"] .merged'), 'the merge note');
    expect(note.textContent).to.contain(`本提案已与第${target.number}号提案《${target.title}》并案办理（该提案目前：办理中）。`);
    await click(staff, '打开该提案', note);
    await waitFor(() => q(staff, '#detail-title')?.textContent === target.title, 'the proposal it joined');
    expect(q(staff, '[part="detail"]')!.textContent).to.contain('并入本件的提案').and.contain('1 件');
  });

  it('merges a duplicate proposal into another, chosen among all that may take it, also from 待审查', async () => {
    // Opened from the review inbox, whose list holds no filed proposal.
    const staff = await mountAs('staff');
    await openRow(staff, stored('p_006').title);
    const form = await chooseAction(staff, '并案');
    const into = form.querySelector<HTMLSelectElement>('[name="into"]')!;
    await waitFor(() => into.options.length > 1, 'the proposals it may join');
    const options = [...into.options].map((o) => o.value).filter(Boolean);
    // Filed proposals not yet answered: not itself, not one still awaiting review, not an answered one.
    expect(options).to.include('p_007').and.include('p_017').and.not.include('p_006').and.not.include('p_005').and.not.include('p_023');
    chooseIn(into, 'p_007');
    await submitAction(staff, form, '已并案。');
    const merged = stored('p_006');
    expect(merged.status).to.equal('merged');
    expect(merged.mergedInto).to.equal('p_007');
    expect(stored('p_007').mergedFrom, 'the target knows whose proposers to answer').to.include('p_006');
  });

  it('converts a refused proposal into an opinion with the proposer’s consent', async () => {
    const staff = await mountAs('staff', { view: 'all' });
    const p = stored('p_009');
    await openRow(staff, p.title);
    const form = await chooseAction(staff, '转为社情民意');
    form.querySelector<HTMLInputElement>('input[name="proposerConsent"]')!.checked = true;
    await submitAction(staff, form, '已转为社情民意。');
    const after = stored('p_009');
    expect(after.status).to.equal('converted');
    const opinion = [...mock.county('211100').tables.opinions.values()].map((o) => o.opinion).find((o) => o.title === p.title);
    expect(opinion, 'an opinion with the proposal’s title').to.not.equal(undefined);
    expect(after.history.at(-1)?.note).to.contain(opinion!.trackingCode);
  });

  it('extends a deadline by working days within the county’s limit, and says why when over it', async () => {
    const staff = await mountAs('staff', { view: 'all' });
    const before = stored('p_017').handling!.deadline;
    await openRow(staff, stored('p_017').title);
    let form = await chooseAction(staff, '延期');
    typeInto(form.querySelector<HTMLTextAreaElement>('[name="reason"]')!, '涉及跨部门协调，需要延长答复时间');
    await submitAction(staff, form, '已延期。');
    const after = stored('p_017').handling!;
    expect(after.deadline > before, `${after.deadline} after ${before}`).to.equal(true);
    expect(after.extendedWorkingDays).to.equal(20);
    // More than the county allows in total is refused with the reason, on the field.
    form = await chooseAction(staff, '延期');
    const days = form.querySelector<HTMLInputElement>('[name="workingDays"]')!;
    days.value = '200';
    typeInto(form.querySelector<HTMLTextAreaElement>('[name="reason"]')!, '再延期');
    buttonIn(form, '确定')!.click();
    await waitFor(() => q(staff, '#problem')?.textContent?.includes('最多还能延期'), 'the refusal');
    expect(stored('p_017').handling!.extendedWorkingDays).to.equal(20);
  });

  it('marks a key proposal for supervision, linked to a supervision task', async () => {
    const staff = await mountAs('staff', { view: 'all' });
    await openRow(staff, stored('p_018').title);
    const form = await chooseAction(staff, '重点督办');
    form.querySelector<HTMLInputElement>('input[name="key"]')!.checked = true;
    await submitAction(staff, form, '已重点督办。');
    const p = stored('p_018');
    expect(p.key).to.equal(true);
    expect(p.taskId, 'a supervision task').to.be.a('string');
    expect(mock.county('211100').tables.tasks.has(p.taskId!)).to.equal(true);
  });

  it('enters a paper rating for a member who cannot go online, and sends a dissatisfying reply back for rework', async () => {
    const staff = await mountAs('staff', { view: 'all' });
    const p = stored('p_023');
    await openRow(staff, p.title);
    let form = await chooseAction(staff, '代录评价');
    const member = form.querySelector<HTMLSelectElement>('[name="memberId"]')!;
    chooseIn(member, member.options[1]!.value);
    check(form, 'satisfaction', 'dissatisfied');
    typeInto(form.querySelector<HTMLTextAreaElement>('[name="comment"]')!, '答复没有说明具体措施和时间表');
    await submitAction(staff, form, '已代录评价。');
    const rated = stored('p_023');
    const rating = rated.ratings.find((r) => r.memberId === member.options[1]!.value);
    expect(rating?.satisfaction).to.equal('dissatisfied');
    expect(rating?.enteredBy, 'entered on the member’s behalf').to.not.equal(undefined);
    expect(rated.status, 'a dissatisfied rating waits for staff').to.equal('answered');
    form = await chooseAction(staff, '重新办理');
    typeInto(form.querySelector<HTMLTextAreaElement>('[name="note"]')!, '委员不满意，请承办单位重新办理');
    await submitAction(staff, form, '已重新办理。');
    expect(stored('p_023').status).to.equal('rework');
  });

  it('pages through a long list with 加载更多', async () => {
    const staff = await mountAs('staff', { view: 'all' });
    staff.pageSize = 10;
    // The list loads again with the smaller pages (as a county with hundreds of proposals would see it).
    await click(staff, '全部提案');
    const rows = () => root(staff).querySelectorAll('tbody tr').length;
    await waitFor(() => rows() === 10 && q(staff, 'button.more'), 'the first page and 加载更多');
    expect(q(staff, 'button.more')!.textContent).to.contain('已显示 10 项');
    const all = await mock.fetch('/v1/211100/proposals?view=all&limit=200', {
      headers: { authorization: `Bearer ${mock.token('staff')}` },
    });
    const total = ((await all.json()) as { items: unknown[] }).items.length;
    expect(total, 'more than three pages of 10').to.be.above(30);
    while (q(staff, 'button.more')) {
      const before = rows();
      q<HTMLButtonElement>(staff, 'button.more:not([disabled])')?.click();
      await waitFor(() => rows() > before || !q(staff, 'button.more'), 'the next page');
    }
    expect(rows()).to.equal(total);
  });

  it('exports the whole list as CSV for Excel and prints it as a handling summary, pages not shown yet included', async () => {
    const staff = await mountAs('staff', { view: 'all' });
    staff.pageSize = 10;
    await click(staff, '全部提案');
    await waitFor(() => q(staff, 'button.export') && q(staff, 'button.more'), 'the list tools and more pages');
    const all = await mock.fetch('/v1/211100/proposals?view=all&limit=200', {
      headers: { authorization: `Bearer ${mock.token('staff')}` },
    });
    const rows = ((await all.json()) as { items: unknown[] }).items.length;
    expect(rows, 'more than the 10 on screen').to.be.above(10);
    const { name: fileName, blob } = await savedBy(() => q<HTMLButtonElement>(staff, 'button.export')!.click());
    expect(q(staff, 'button.more'), 'every page is loaded now').to.equal(null);
    expect(fileName).to.match(/^全部提案-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark for Excel').to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = await blob.text(); // decoded without the mark
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('提案号,标题,提案人,状态,办理期限');
    expect(lines.length - 1).to.equal(rows);
    expect(csv).to.contain('关于扶持盘锦大米品牌建设的建议');

    let printed: Document | undefined;
    staff.addEventListener('tx-workbench-print', (e) => {
      e.preventDefault();
      printed = (e as Event & { document: Document }).document;
    });
    q<HTMLButtonElement>(staff, 'button.print')!.click();
    await waitFor(() => printed, 'the print view');
    expect(printed!.querySelector('h1')?.textContent).to.equal('办理情况汇总表（全部提案）');
    expect(printed!.querySelectorAll('tbody tr').length).to.equal(rows);
    expect(printed!.body.textContent).to.contain('合计：');
  });

  it('handles an opinion: receive, edit into an issue, report to a level', async () => {
    const staff = await mountAs('staff', { view: 'opinions' });
    const submitted = [...mock.county('211100').tables.opinions.values()].map((s) => s.opinion).find((o) => o.status === 'submitted')!;
    await openRow(staff, submitted.title);
    let form = await chooseAction(staff, '受理');
    await submitAction(staff, form, '已受理。');
    form = await chooseAction(staff, '编辑（核稿）');
    typeInto(form.querySelector<HTMLInputElement>('[name="journalIssue"]')!, '2026年第12期');
    await submitAction(staff, form, '已编辑（核稿）。');
    // Moved to the next issue from its own page: the form asks for the issue.
    form = await chooseAction(staff, '编入刊期');
    const issue = form.querySelector<HTMLInputElement>('[name="journalIssue"]')!;
    expect(issue.value).to.equal('2026年第12期');
    typeInto(issue, '2026年第13期');
    await submitAction(staff, form, '已编入刊期。');
    form = await chooseAction(staff, '报送');
    const level = form.querySelector<HTMLSelectElement>('[name="level"]')!;
    chooseIn(level, level.options[1]!.value);
    await submitAction(staff, form, '已报送。');
    const o = mock.county('211100').tables.opinions.get(submitted.id)!.opinion;
    expect(o.status).to.equal('reported');
    expect(o.journalIssue).to.equal('2026年第13期');
    expect(o.uptake.map((u) => u.level).join(',')).to.equal(level.options[1]!.value);
  });

  it('can be used with the keyboard alone', async function () {
    this.timeout(60_000);
    const staff = await mountAs('staff');
    q<HTMLButtonElement>(staff, '[part="tabs"] button')!.focus();
    await tabTo(staff, (e) => e.getAttribute('aria-label') === `打开：${TITLE}`, 'the row');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(staff).activeElement?.id === 'detail-title', 'focus on the detail title');
    await tabTo(staff, (e) => e.textContent?.trim() === '立案', 'the file button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(staff).activeElement?.id === 'act-file-title', 'focus on the form');
    await tabTo(staff, (e) => e.textContent?.trim() === '确定', 'confirm');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => stored('p_005').status === 'filed', 'filed');
    await waitFor(() => root(staff).activeElement?.id === 'detail-title', 'focus back on the title');
  });

  it('shows a unit only its own assignments and no staff views', async () => {
    const unit = await mountAs('unit-edu');
    const tabs = [...root(unit).querySelectorAll('[part="tabs"] button')].map((b) => b.textContent?.trim()).join(',');
    expect(tabs).to.equal('交办给本单位');
    const titles = [...root(unit).querySelectorAll('tbody tr td:nth-child(2)')].map((td) => td.textContent?.trim() ?? '');
    const all = [...mock.county('211100').tables.proposals.values()] as Proposal[];
    const mine = all.filter((p) => p.handling?.units.some((u) => u.unitId === 'u_edu')).map((p) => p.title);
    expect(titles.length).to.equal(mine.length);
    for (const t of titles)
      expect(
        mine.some((m) => t.startsWith(m)),
        t,
      ).to.equal(true);
  });

  it('lets a unit hand an assignment back with a reason within the window', async () => {
    const p = stored('p_015');
    const assignedAt = `${chinaToday()}T09:00:00+08:00`;
    const units = p.handling!.units.map((u) => ({ ...u, assignedAt }));
    mock.county('211100').tables.proposals.set(p.id, { ...p, handling: { ...p.handling!, units } });
    const unit = await mountAs('unit-housing');
    await openRow(unit, p.title);
    const form = await chooseAction(unit, '申请退回');
    expect(form.querySelector<HTMLTextAreaElement>('[name="reason"]')!.required).to.equal(true);
    typeInto(form.querySelector<HTMLTextAreaElement>('[name="reason"]')!, '本单位不负责中心城区排水管网，建议交市城管局办理。');
    await submitAction(unit, form, '已申请退回。');
    expect(stored('p_015').handling?.units[0]?.state).to.equal('handback_requested');
    expect(text(unit)).to.include('申请退回：本单位不负责中心城区排水管网');
  });

  it('shows the server’s reason when a hand-back comes after the window', async () => {
    const p = stored('p_015');
    const units = p.handling!.units.map((u) => ({ ...u, assignedAt: '2026-10-09T09:00:00+08:00' }));
    mock.county('211100').tables.proposals.set(p.id, { ...p, handling: { ...p.handling!, units } });
    const unit = await mountAs('unit-housing');
    await openRow(unit, p.title);
    const form = await chooseAction(unit, '申请退回');
    typeInto(form.querySelector<HTMLTextAreaElement>('[name="reason"]')!, '不属于本单位职责。');
    buttonIn(form, '确定')!.click();
    const alert = await waitFor(() => q(unit, '#problem'), 'the refusal');
    expect(alert.textContent).to.match(/退回须在交办后 5 个工作日内提出/);
    expect(alert.textContent).to.include('当前可以：签收、答复');
    expect(stored('p_015').handling?.units[0]?.state).to.equal('assigned');
  });

  it('keeps an action in the outbox while the server cannot be reached, and sends it later', async function () {
    this.timeout(60_000);
    const staff = await mountAs('staff');
    await openRow(staff, TITLE);
    const form = await chooseAction(staff, '立案');
    mock.setScenario('offline');
    buttonIn(form, '确定')!.click();
    await new Promise((r) => setTimeout(r, 500));
    expect(stored('p_005').status).to.equal('submitted');
    expect(q(staff, '#problem') === null, 'a network failure is not a refusal').to.equal(true);
    mock.setScenario('normal');
    await waitFor(() => text(staff).includes('已立案。'), 'delivery after the network is back', 45_000);
    expect(stored('p_005').status).to.equal('filed');
  });

  it('speaks English and Traditional Chinese', async () => {
    const en = await mountAs('staff', { locale: 'en' });
    // The English strings are a separate chunk: zh-Hans until they arrive.
    await waitFor(() => text(en).includes('To review'), 'English strings');
    expect(text(en)).to.include('Supervision');
    const hant = await mountAs('unit-edu', { locale: 'zh-Hant', view: 'inbox' });
    await waitFor(() => text(hant).includes('交辦給本單位'), 'Traditional Chinese strings');
    expect(text(hant).includes('待審查'), 'no staff views for a unit').to.equal(false);
  });

  it('tells a member it is not for them', async () => {
    const member = await mountAs('member-li');
    expect(text(member)).to.include('无法使用办理工作台');
  });

  it('has no axe violations, normal and elder', async function () {
    this.timeout(90_000);
    for (const elder of [false, true]) {
      const staff = await mountAs('staff', elder ? { elder: '' } : {});
      const where = elder ? ' (elder)' : '';
      expect(await axeViolations(staff), `inbox${where}`).to.deep.equal([]);
      await click(staff, '待交办');
      const filed = await waitFor(() => root(staff).querySelector<HTMLButtonElement>('tbody button'), 'a filed proposal');
      filed.click();
      await waitFor(() => q(staff, '#detail-title'), 'detail');
      await chooseAction(staff, '交办');
      expect(await axeViolations(staff), `assign form${where}`).to.deep.equal([]);
      await click(staff, '督办');
      await waitFor(() => root(staff).querySelectorAll('table').length === 5, 'supervision');
      expect(await axeViolations(staff), `supervision${where}`).to.deep.equal([]);
      await click(staff, '查看', root(staff).querySelectorAll('table')[4]!);
      await waitFor(() => q(staff, '#unit-title'), 'a unit’s overdue items');
      expect(await axeViolations(staff), `a unit's overdue items${where}`).to.deep.equal([]);
      const unit = await mountAs('unit-housing', elder ? { elder: '' } : {});
      const first = await waitFor(() => root(unit).querySelector<HTMLButtonElement>('tbody button'), 'a row');
      first.click();
      await waitFor(() => q(unit, '#detail-title'), 'detail');
      expect(await axeViolations(unit), `unit detail${where}`).to.deep.equal([]);
      await click(staff, '社情民意');
      const row = await waitFor(() => root(staff).querySelector<HTMLButtonElement>('tbody button'), 'an opinion');
      edited(2);
      await click(staff, '社情民意');
      await waitFor(() => q(staff, 'input.pick'), 'the opinions with tick boxes');
      expect(await axeViolations(staff), `opinions with the compile form${where}`).to.deep.equal([]);
      row.click();
      await waitFor(() => q(staff, '#detail-title'), 'opinion detail');
      expect(await axeViolations(staff), `opinion${where}`).to.deep.equal([]);
    }
  });
});
