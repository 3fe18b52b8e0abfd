// <tx-task-tracker> in real Chromium against @tongxin/mock (msw) holding a few tasks: list, filters,
// counts, board, detail and timeline, deadlines in working days, keyboard-only use, axe, public mode,
// 1,000 tasks, print views and languages.
import { expect } from '@esm-bundle/chai';
// axe-core is a UMD script: importing it sets `window.axe`.
import 'axe-core';
import type { TxTaskPrintEvent } from './events.js';
import { sendKeys, setOnline, TaskServer, waitFor } from './server.fixtures.js';
import { fewTasks, makeTask, manyTasks } from './tasks.fixtures.js';
import { axeViolations, button, choose, cleanUp, focused, mount, q, root, serve, shownRows, textOf } from './test-helpers.fixtures.js';

let server: TaskServer;
beforeEach(async () => {
  server = await serve(new TaskServer(fewTasks()));
});
afterEach(() => {
  cleanUp();
  setOnline(true);
});

const titleCells = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...el.shadowRoot!.querySelectorAll('table.list tbody tr:not([hidden]) th button')].map(textOf);

describe('<tx-task-tracker>', () => {
  it('lists the tasks with the county’s stage names, counts by bucket and stage, and deadlines in working days', async () => {
    const el = await mount();
    expect(textOf(q(el, 'h2'))).to.equal('重点协商和督办任务');
    expect(titleCells(el)).to.deep.equal([
      '推进城镇老旧小区改造提质增效重点协商',
      '辽河口湿地保护与生态修复专题视察',
      '重点提案“关于加强农村养老服务的建议”督办',
      '稻蟹综合种养产业提质增效调研',
    ]);
    const first = shownRows(el)[0]!;
    expect(first.classList.contains('overdue')).to.equal(true);
    expect(textOf(first)).to.contain('交办落实').and.contain('市住建局').and.contain('2026年11月20日').and.contain('已逾期 5 个工作日');
    const second = shownRows(el)[1]!;
    expect(second.classList.contains('due_soon')).to.equal(true);
    expect(textOf(second)).to.contain('还剩 3 个工作日');
    expect(textOf(shownRows(el)[3])).to.contain('已办结');
    const buckets = [...root(el).querySelectorAll('.buckets li')].map(textOf);
    expect(buckets).to.deep.equal(['总数 4', '待办 1', '在办 2', '已答复 0', '已反馈 1', '逾期 1', '临近到期 1']);
    const stages = [...root(el).querySelectorAll('.stage-counts button')].map(textOf);
    expect(stages).to.deep.equal(['立项 1', '调研视察 1', '协商议政 0', '交办落实 1', '已答复 0', '已反馈 1']);
    expect(textOf(q(el, '.shown'))).to.equal('显示 4 项，共 4 项');
  });

  it('filters by type, stage, lead unit, year, deadline and title, and counts what each stage would show', async () => {
    const el = await mount();
    const selects = [...root(el).querySelectorAll<HTMLSelectElement>('.filters select')];
    const [type, stage, unit, year, due] = selects as [
      HTMLSelectElement,
      HTMLSelectElement,
      HTMLSelectElement,
      HTMLSelectElement,
      HTMLSelectElement,
    ];
    await choose(el, type, 'inspection');
    expect(titleCells(el)).to.deep.equal(['辽河口湿地保护与生态修复专题视察']);
    expect(textOf(q(el, '.shown'))).to.equal('显示 1 项，共 4 项');
    await choose(el, type, '');
    await choose(el, due, 'overdue');
    expect(titleCells(el)).to.deep.equal(['推进城镇老旧小区改造提质增效重点协商']);
    await choose(el, due, '');
    await choose(el, unit, 'u_agri');
    expect(titleCells(el)).to.deep.equal(['稻蟹综合种养产业提质增效调研']);
    expect(
      [...unit.options].map((o) => o.value),
      'lead units of the tasks only',
    ).to.deep.equal(['', 'u_housing', 'u_civil', 'u_eco', 'u_agri']);
    await choose(el, unit, '');
    await choose(el, year, '2026');
    expect(titleCells(el)).to.have.length(4);
    await choose(el, stage, 'planned');
    expect(titleCells(el)).to.deep.equal(['重点提案“关于加强农村养老服务的建议”督办']);
    // The stage buttons count with the other filters but not the stage itself, and filter too.
    expect(button(el, '立项 1').getAttribute('aria-pressed')).to.equal('true');
    button(el, '调研视察 1').click();
    await el.updateComplete;
    expect(stage.value).to.equal('research');
    expect(titleCells(el)).to.deep.equal(['辽河口湿地保护与生态修复专题视察']);
    const search = q<HTMLInputElement>(el, '.filters input[type=search]');
    button(el, '清除筛选').click();
    await el.updateComplete;
    search.value = '湿地';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(titleCells(el)).to.deep.equal(['辽河口湿地保护与生态修复专题视察']);
    search.value = '没有这样的任务';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(textOf(q(el, '[role=tabpanel] .notice'))).to.equal('没有符合条件的任务。');
  });

  it('shows a board with a column per configured stage, in the county’s order', async () => {
    const el = await mount({ view: 'board' });
    const columns = [...root(el).querySelectorAll('.board .column')];
    expect(columns.map((c) => textOf(c.querySelector('h3')))).to.deep.equal([
      '立项 1',
      '调研视察 1',
      '协商议政 0',
      '交办落实 1',
      '已答复 0',
      '已反馈 1',
    ]);
    const assigned = columns[3]!;
    expect(textOf(assigned.querySelector('.card')))
      .to.contain('推进城镇老旧小区改造')
      .and.contain('已逾期 5 个工作日')
      .and.contain('60%');
    expect(assigned.querySelector('.card')!.classList.contains('overdue')).to.equal(true);
    await choose(el, root(el).querySelectorAll<HTMLSelectElement>('.filters select')[0]!, 'research');
    expect(shownRows(el, '.card').map((c) => textOf(c.querySelector('button')))).to.deep.equal(['稻蟹综合种养产业提质增效调研']);
    expect(textOf(columns[5]!.querySelector('h3'))).to.equal('已反馈 1');
    expect(textOf(columns[0]!.querySelector('h3'))).to.equal('立项 0');
  });

  it('opens a task with all its fields, the stages, a progress bar and a dated timeline; back returns focus', async () => {
    const el = await mount();
    const open = button(el, '推进城镇老旧小区改造提质增效重点协商');
    open.click();
    await waitFor(() => root(el).querySelector('.timeline'), 'the detail');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('detail-title');
    expect(el.getAttribute('task')).to.equal('t_01');
    const fields = textOf(q(el, 'dl.fields'));
    for (const expected of [
      '重点协商',
      '2026年',
      '市住建局',
      '市民政局',
      '民革盘锦市委会',
      '刘副主席',
      '李明、特邀专家赵𣵦',
      '2026年3月10日 — 2026年11月20日',
      '内部工作内容',
      '已完成调研',
      'p_019',
      'o_011',
    ]) {
      expect(fields).to.contain(expected);
    }
    expect(q<HTMLProgressElement>(el, 'progress').value).to.equal(60);
    expect(textOf(q(el, 'label[for=detail-progress]'))).to.equal('进度 60%');
    expect(q(el, '.stages [aria-current=step]').textContent?.trim()).to.equal('交办落实');
    const entries = [...root(el).querySelectorAll('.timeline > li')].map(textOf);
    expect(entries[0]).to.contain('2026年2月26日 10:00').and.contain('创建任务');
    expect(entries.some((e) => e.includes('2026年4月2日 10:15') && e.includes('委员 李明') && e.includes('调研组赴双台子区'))).to.equal(
      true,
    );
    expect(entries.some((e) => e.includes('阶段：协商议政 → 交办落实'))).to.equal(true);
    expect(entries.findIndex((e) => e.includes('创建任务'))).to.be.lessThan(entries.findIndex((e) => e.includes('阶段：立项 → 调研视察')));
    expect(textOf(q(el, '[aria-labelledby=outcome-h]')))
      .to.contain('是否采纳 是')
      .and.contain('协商专报获市领导批示');
    button(el, '← 返回').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.hasAttribute('task')).to.equal(false);
    expect(focused(el) === button(el, '推进城镇老旧小区改造提质增效重点协商'), 'focus on the row').to.equal(true);
  });

  it('links source proposals and opinions when the site says where they are (http(s) only)', async () => {
    const el = await mount({ task: 't_01', 'proposal-href': '/proposals/{id}', 'opinion-href': 'javascript:alert({id})' });
    await waitFor(() => root(el).querySelector('.timeline'), 'the detail');
    const proposal = q<HTMLAnchorElement>(el, 'dl.fields a');
    expect(proposal.textContent).to.equal('p_019');
    expect(proposal.href).to.equal(`${location.origin}/proposals/p_019`);
    expect(root(el).querySelectorAll('dl.fields a').length, 'no javascript: link').to.equal(1);
    expect(textOf(q(el, 'dl.fields'))).to.contain('o_011');
  });

  it('opens the task named by the `task` attribute', async () => {
    const el = await mount({ task: 't_02' });
    await waitFor(() => root(el).querySelector('.timeline'), 'the detail');
    expect(textOf(q(el, '#detail-title'))).to.equal('辽河口湿地保护与生态修复专题视察');
    el.removeAttribute('task');
    await el.updateComplete;
    expect(root(el).querySelector('table.list') !== null, 'the list').to.equal(true);
  });

  it('is usable with the keyboard alone: views, filters, opening tasks, posting progress, moving a stage, printing', async () => {
    const el = await mount();
    const prints: TxTaskPrintEvent[] = [];
    el.addEventListener('tx-task-print', (e) => {
      e.preventDefault();
      prints.push(e);
    });
    // Filters: Tab into the type select and pick with the arrow keys.
    q(el, '.filters select').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(titleCells(el)).to.deep.equal(['辽河口湿地保护与生态修复专题视察']);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(titleCells(el)).to.have.length(4);
    // List: from the tabs, Tab reaches the first task; Enter opens it, the outcome form works by keys.
    q(el, '#tab-list').focus();
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.equal('推进城镇老旧小区改造提质增效重点协商');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelector('.timeline'), 'the detail');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('detail-title');
    button(el, '填写办理结果和反馈').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('o-resolution');
    await sendKeys({ press: 'ArrowDown' });
    expect(q<HTMLSelectElement>(el, '#o-resolution').value).to.equal('A');
    button(el, '保存').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => server.tasks.get('t_01')!.outcome.resolution === 'A', 'the outcome saved');
    await waitFor(() => focused(el)?.id === 'outcome-h', 'focus on the outcome');
    button(el, '← 返回').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf(focused(el)) === '推进城镇老旧小区改造提质增效重点协商', 'focus back on the row');
    // Tabs: arrows move between views, Tab goes into the panel.
    q(el, '#tab-list').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('board');
    expect(focused(el)?.id).to.equal('tab-board');
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.equal('重点提案“关于加强农村养老服务的建议”督办');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelector('.timeline'), 'the detail');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('detail-title');
    // Post progress: Tab to the text area, type, Tab through to the button, Enter.
    q(el, '#u-text').focus();
    await sendKeys({ type: '已召开督办推进会。' });
    await el.updateComplete;
    expect(textOf(q(el, '#u-count'))).to.equal('9/10000 字');
    for (const expected of ['u-progress', 'u-files', '']) {
      await sendKeys({ press: 'Tab' });
      if (expected) expect(focused(el)?.id).to.equal(expected);
    }
    // The "public" box. ' ' rather than 'Space': puppeteer's WebDriver BiDi keyboard (Firefox) knows no key
    // named "Space", and every engine's driver takes the character.
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.equal('保存进展');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => server.log.find((l) => l.route === 'postTaskUpdate'), 'the update to arrive');
    expect(server.log.find((l) => l.route === 'postTaskUpdate')!.body).to.deep.equal({ text: '已召开督办推进会。', public: true });
    await waitFor(() => textOf(root(el).querySelector('.timeline')).includes('已召开督办推进会。'), 'the timeline to show it');
    // Move the stage: the select offers the stages staff may move into.
    q(el, '#m-to').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.equal('推进');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => server.log.find((l) => l.route === 'moveTaskStage' && l.status === 200), 'the move');
    await waitFor(() => q(el, '.stages [aria-current=step]').textContent?.trim() === '调研视察', 'the new stage');
    // Print the 督办单, go back, and print the summary from the summary tab.
    button(el, '打印督办单').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => prints.length === 1, 'the sheet');
    expect(prints.map((p) => p.kind)).to.deep.equal(['sheet']);
    button(el, '← 返回').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(textOf(focused(el))).to.equal('重点提案“关于加强农村养老服务的建议”督办');
    q(el, '#tab-board').focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.view).to.equal('summary');
    button(el, '打印汇总').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => prints.length === 2, 'the summary');
    expect(prints.map((p) => p.kind)).to.deep.equal(['sheet', 'summary']);
    await sendKeys({ press: 'Home' });
    expect(el.view).to.equal('summary', 'Home only acts on the tabs');
  });

  it('has no axe violations in any view, normal and elder', async function () {
    this.timeout(60_000);
    for (const elder of [false, true]) {
      cleanUp();
      const el = await mount({ elder });
      for (const view of ['list', 'board', 'summary'] as const) {
        el.view = view;
        await el.updateComplete;
        expect(await axeViolations(el), `${view}${elder ? ' (elder)' : ''}`).to.deep.equal([]);
      }
      button(el, '推进城镇老旧小区改造提质增效重点协商').click();
      await waitFor(() => root(el).querySelector('.timeline'), 'the detail');
      button(el, '填写办理结果和反馈').click();
      await el.updateComplete;
      expect(await axeViolations(el), `detail${elder ? ' (elder)' : ''}`).to.deep.equal([]);
    }
    cleanUp();
    const pub = await mount({ public: true, elder: true });
    expect(await axeViolations(pub), 'public').to.deep.equal([]);
  });

  it('public mode: uses the public route only and shows no internal fields or controls', async () => {
    server.careless = true;
    const t = server.tasks.get('t_01')!;
    server.tasks.set('t_01', { ...t, updates: [t.updates[0]!, { ...t.updates[1]!, text: '内部批示：仅限机关' }] });
    const el = await mount({ public: true });
    const routes = () => server.log.filter((l) => l.route !== 'getConfig').map((l) => `${l.route} ${l.status}`);
    expect(routes()).to.deep.equal(['listPublicTasks 200']);
    expect(titleCells(el), 'the non-public task is absent').to.have.length(3);
    expect([...root(el).querySelectorAll('[role=tab]')].map(textOf)).to.deep.equal(['列表', '看板']);
    button(el, '推进城镇老旧小区改造提质增效重点协商').click();
    // The detail view's code may still be on its way (it is fetched ahead while the list shows).
    await waitFor(() => root(el).querySelector('.timeline'), 'the detail');
    const all = textOf(root(el));
    expect(all).to.contain('已完成调研，形成协商专报').and.contain('调研组赴双台子区');
    for (const internal of ['刘副主席', '市民政局', '内部工作内容', '内部批示', '李明', '版本', '王文'])
      expect(all).to.not.contain(internal);
    expect(root(el).querySelectorAll('form, textarea, input[type=file]').length).to.equal(0);
    expect(() => button(el, '打印督办单')).to.throw();
    expect(routes()).to.deep.equal(['listPublicTasks 200']);
  });

  it('renders 1,000 tasks in the list and the board, a screenful first, and filters them', async function () {
    this.timeout(60_000);
    const tasks = manyTasks(1000);
    server.tasks.clear();
    for (const t of tasks) server.tasks.set(t.id, t);
    const started = performance.now();
    const el = await mount();
    const firstScreen = performance.now() - started;
    const rendered = () => root(el).querySelectorAll('table.list tbody tr').length;
    expect(rendered(), 'a screenful at once').to.be.at.least(60);
    expect(
      server.log.filter((l) => l.route === 'listTasks'),
      'five pages of 200',
    ).to.have.length(5);
    expect(textOf(q(el, '.shown'))).to.equal('显示 1000 项，共 1000 项');
    // Filtering before every row is in the DOM: rows that arrive later come filtered too.
    const expected = tasks.filter((t) => t.stageCode === 'answered' && t.type === 'inspection').length;
    const t0 = performance.now();
    await choose(el, root(el).querySelectorAll<HTMLSelectElement>('.filters select')[1]!, 'answered');
    await choose(el, root(el).querySelectorAll<HTMLSelectElement>('.filters select')[0]!, 'inspection');
    const filtered = (performance.now() - t0) / 2;
    expect(textOf(q(el, '.shown'))).to.equal(`显示 ${expected} 项，共 1000 项`);
    await waitFor(() => rendered() === 1000, 'every row');
    expect(shownRows(el).length).to.equal(expected);
    expect(shownRows(el).every((r) => textOf(r).includes('已答复') && textOf(r).includes('专题视察'))).to.equal(true);
    el.view = 'board';
    await waitFor(() => root(el).querySelectorAll('.card').length === 1000, 'every card');
    expect(shownRows(el, '.card').length).to.equal(expected);
    expect(textOf(q(el, '#col-answered'))).to.equal(`已答复 ${expected}`);
    // Generous bounds for a shared CI machine; the benchmark measures the real numbers.
    expect(firstScreen, 'load and first screen').to.be.below(5000);
    expect(filtered, 'one filter change').to.be.below(500);
  });

  it('prints a one-page 督办单 and a leadership summary from a frame of their own', async () => {
    const el = await mount();
    const prints: TxTaskPrintEvent[] = [];
    el.addEventListener('tx-task-print', (e) => {
      e.preventDefault();
      prints.push(e);
    });
    server.tasks.set(
      't_01',
      makeTask({
        id: 't_01',
        summary: '很长的工作内容。'.repeat(200),
        updates: makeTask({ id: 't_01' }).updates.concat(
          Array.from({ length: 8 }, (_, i) => ({
            ...makeTask({ id: 't_01' }).updates[0]!,
            id: `x${i}`,
            text: `第${i + 1}次进展：${'落实情况良好。'.repeat(60)}`,
          })),
        ),
      }),
    );
    button(el, '推进城镇老旧小区改造提质增效重点协商').click();
    await waitFor(() => root(el).querySelectorAll('.timeline .update').length === 10, 'the detail');
    button(el, '打印督办单').click();
    const sheet = await waitFor(() => prints[0], 'the sheet');
    expect(sheet.kind).to.equal('sheet');
    const doc = sheet.document;
    const text = textOf(doc.body);
    expect(textOf(doc.querySelector('h1'))).to.equal('重点工作督办单');
    expect(text).to.contain('中国人民政治协商会议盘锦市委员会').and.contain('编号：t_01').and.contain('印发日期：2026年11月27日');
    expect(text).to.contain('市住建局').and.contain('市民政局').and.contain('刘副主席').and.contain('已逾期 5 个工作日');
    expect(text).to.contain('请于5个工作日内（2026年12月4日前）书面报送办理进展和下一步措施。');
    expect(doc.querySelectorAll('ol li').length, 'the latest three updates').to.equal(3);
    // One A4 page: 297 mm less 2 × 15 mm margins, at 96 px per inch.
    const pageHeight = (267 * 96) / 25.4;
    expect(doc.documentElement.scrollHeight).to.be.at.most(pageHeight);
    expect(doc.adoptedStyleSheets[0]!.cssRules[0]!.cssText).to.contain('@page');
    expect(root(el).querySelectorAll('iframe.print-frame').length).to.equal(1);
    button(el, '← 返回').click();
    await el.updateComplete;
    el.view = 'summary';
    await el.updateComplete;
    expect(textOf(q(el, '[part=summary]')))
      .to.contain('逾期任务（1）')
      .and.contain('临近到期任务（1）');
    button(el, '打印汇总').click();
    const summary = await waitFor(() => prints[1], 'the summary');
    expect(summary.kind).to.equal('summary');
    const sumText = textOf(summary.document.body);
    expect(textOf(summary.document.querySelector('h1'))).to.equal('重点协商和督办任务进展汇总');
    expect(sumText).to.contain('截至2026年11月27日').and.contain('逾期任务（1）').and.contain('全部任务（4）');
    expect(root(el).querySelectorAll('iframe.print-frame').length, 'one frame at a time').to.equal(1);
  });

  it('speaks zh-Hant and English, with the county’s labels where it has them', async () => {
    const hant = await mount({ locale: 'zh-Hant' });
    // Each language's strings are a chunk of their own: zh-Hans until it has arrived.
    await waitFor(() => textOf(q(hant, 'h2')) === '重點協商和督辦任務', 'zh-Hant strings');
    expect([...root(hant).querySelectorAll('.buckets li')].map(textOf)).to.include('已答覆 0');
    expect([...root(hant).querySelectorAll('.stage-counts button')].map(textOf)).to.include('已答覆 0');
    const en = await mount({ locale: 'en' });
    await waitFor(() => textOf(q(en, 'h2')) === 'Key consultation and supervision tasks', 'English strings');
    expect(textOf(shownRows(en)[0]))
      .to.contain('Overdue by 5 working days')
      .and.contain('Assigned')
      .and.contain('2026-11-20');
  });

  it('shows the copy saved on the device when the server cannot be reached', async () => {
    const first = await mount();
    const key = first.getAttribute('user-key')!;
    first.remove();
    server.mock.setScenario('offline');
    setOnline(false);
    const el = await mount({ 'user-key': key });
    expect(titleCells(el)).to.have.length(4);
    expect(textOf(q(el, '.tracker')))
      .to.contain('当前离线')
      .and.contain('保存在本机的数据');
  });

  it('explains a missing endpoint instead of showing nothing', async () => {
    const el = await mount({ endpoint: false });
    expect(textOf(q(el, '[part=config-error]')))
      .to.contain('缺少 endpoint')
      .and.contain('<tx-task-tracker>');
  });
});
