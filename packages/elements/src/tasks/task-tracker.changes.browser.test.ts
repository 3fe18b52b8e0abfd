// Changing tasks from <tx-task-tracker> in real Chromium: progress and stage moves through the outbox
// (offline too, in order per task, across a page reload), the server's refusals with its reasons,
// version conflicts shown with both versions (never overwritten), attachments, code-point limits.
import { expect } from '@esm-bundle/chai';
// axe-core is a UMD script: importing it sets `window.axe`.
import 'axe-core';
import type { TxTaskQueuedEvent, TxTaskRejectedEvent } from './events.js';
import { setOnline, TaskServer, waitFor } from './server.fixtures.js';
import type { TxTaskTracker } from './task-tracker.js';
import { fewTasks } from './tasks.fixtures.js';
import { axeViolations, button, choose, cleanUp, focused, mount, q, root, serve, textOf } from './test-helpers.fixtures.js';

let server: TaskServer;
beforeEach(async () => {
  server = await serve(new TaskServer(fewTasks()));
});
afterEach(() => {
  cleanUp();
  setOnline(true);
});

async function openTask(el: TxTaskTracker, title: string) {
  button(el, title).click();
  await waitFor(() => root(el).querySelector('.timeline'), 'the detail');
  await el.updateComplete;
}

/** Types into the progress form and submits it with its button. */
async function postProgress(el: TxTaskTracker, text: string, options: { progress?: string; files?: File[] } = {}) {
  const area = q<HTMLTextAreaElement>(el, '#u-text');
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  if (options.progress !== undefined) q<HTMLInputElement>(el, '#u-progress').value = options.progress;
  if (options.files) {
    const transfer = new DataTransfer();
    for (const file of options.files) transfer.items.add(file);
    q<HTMLInputElement>(el, '#u-files').files = transfer.files;
  }
  button(el, '保存进展').click();
  await el.updateComplete;
}

async function moveTo(el: TxTaskTracker, stage: string, note = '') {
  await choose(el, q<HTMLSelectElement>(el, '#m-to'), stage);
  q<HTMLTextAreaElement>(el, '#m-note').value = note;
  button(el, '推进').click();
  await el.updateComplete;
}

const timeline = (el: TxTaskTracker) => [...root(el).querySelectorAll('.timeline > li')].map(textOf);
const stageNow = (el: TxTaskTracker) => root(el).querySelector('.stages [aria-current=step]')?.textContent?.trim();

describe('<tx-task-tracker>: changes', () => {
  it('queues progress and a stage move offline, keeps them over a reload, and delivers them in order', async function () {
    this.timeout(30_000);
    const first = await mount();
    const userKey = first.getAttribute('user-key')!;
    const queued: TxTaskQueuedEvent[] = [];
    first.addEventListener('tx-task-queued', (e) => queued.push(e));
    await openTask(first, '推进城镇老旧小区改造提质增效重点协商');
    server.mock.setScenario('offline');
    setOnline(false);
    await first.updateComplete;
    expect(textOf(q(first, '.notice.offline'))).to.contain('当前离线');
    await postProgress(first, '第一条：住建局报送了改造清单。', { progress: '65' });
    await waitFor(() => queued.length === 1, 'the first change stored');
    await postProgress(first, '第二条：完成加装电梯12部。');
    await waitFor(() => queued.length === 2, 'the second change stored');
    await postProgress(first, '第三条：二次供水改造进场。', { progress: '70' });
    await waitFor(() => queued.length === 3, 'the third change stored');
    await moveTo(first, 'consulted', '回到协商环节补充意见');
    await waitFor(() => queued.length === 4, 'four queued changes');
    expect(queued.map((e) => e.route)).to.deep.equal(['postTaskUpdate', 'postTaskUpdate', 'postTaskUpdate', 'moveTaskStage']);
    await waitFor(() => root(first).querySelectorAll('.timeline .pending').length === 4, 'the waiting items');
    expect(timeline(first).slice(-4)).to.deep.equal([
      '待发送 第一条：住建局报送了改造清单。',
      '待发送 第二条：完成加装电梯12部。',
      '待发送 第三条：二次供水改造进场。',
      '待发送 推进到“协商议政”',
    ]);
    // The move's announcement lands on the next frame (cleared first, so the same text is read again).
    const status = () => textOf(q(first, '[role=status].visually-hidden'));
    await waitFor(() => status() !== '', 'the announcement');
    expect(status()).to.equal('已保存在本机，联网后将自动发送。');
    // The page closes; another opens while still offline: the queue and the task are on the device.
    first.remove();
    const el = await mount({ 'user-key': userKey });
    expect(textOf(q(el, 'table.list'))).to.contain('4 条待发送');
    await openTask(el, '推进城镇老旧小区改造提质增效重点协商');
    await waitFor(() => root(el).querySelectorAll('.timeline .pending').length === 4, 'the waiting items after the reload');
    expect(server.log.filter((l) => l.status !== 200 && l.route !== 'getMe')).to.deep.equal([]);
    // Back online: delivered one after the other, the move on the version after the three updates.
    server.mock.setScenario('normal');
    setOnline(true);
    await waitFor(() => server.log.some((l) => l.route === 'moveTaskStage'), 'the move to arrive');
    const changes = server.log.filter((l) => l.route === 'postTaskUpdate' || l.route === 'moveTaskStage');
    expect(changes.map((l) => [l.route, l.status, l.body?.text ?? l.body?.to])).to.deep.equal([
      ['postTaskUpdate', 201, '第一条：住建局报送了改造清单。'],
      ['postTaskUpdate', 201, '第二条：完成加装电梯12部。'],
      ['postTaskUpdate', 201, '第三条：二次供水改造进场。'],
      ['moveTaskStage', 200, 'consulted'],
    ]);
    expect(changes[3]!.body).to.deep.equal({ to: 'consulted', version: 8, note: '回到协商环节补充意见' });
    await waitFor(() => stageNow(el) === '协商议政', 'the new stage');
    await waitFor(() => root(el).querySelectorAll('.timeline .pending').length === 0, 'nothing waiting');
    const entries = timeline(el);
    const at = (s: string) => entries.findIndex((e) => e.includes(s));
    expect(at('第一条')).to.be.greaterThan(-1);
    expect(at('第一条')).to.be.lessThan(at('第二条'));
    expect(at('第二条')).to.be.lessThan(at('第三条'));
    expect(at('第三条')).to.be.lessThan(at('阶段：交办落实 → 协商议政'));
    expect(server.tasks.get('t_01')!.version).to.equal(9);
  });

  it('queues a stage move made before the update just sent is stored after it, on the version after it', async () => {
    const el = await mount();
    const queued: TxTaskQueuedEvent[] = [];
    el.addEventListener('tx-task-queued', (e) => queued.push(e));
    await openTask(el, '推进城镇老旧小区改造提质增效重点协商');
    server.mock.setScenario('offline');
    setOnline(false);
    // No wait between the two: the update (with a file to read) is still being stored when the move is made.
    const file = new File(['督办推进会纪要'], '纪要.pdf', { type: 'application/pdf' });
    await postProgress(el, '召开督办推进会。', { files: [file] });
    await moveTo(el, 'consulted');
    await waitFor(() => queued.length === 2, 'both changes stored');
    expect(queued.map((e) => e.route)).to.deep.equal(['postTaskUpdate', 'moveTaskStage']);
    server.mock.setScenario('normal');
    setOnline(true);
    await waitFor(() => stageNow(el) === '协商议政', 'the new stage');
    const changes = server.log.filter((l) => l.route === 'postTaskUpdate' || l.route === 'moveTaskStage');
    expect(changes.map((l) => [l.route, l.status, l.body?.version])).to.deep.equal([
      ['postTaskUpdate', 201, undefined],
      ['moveTaskStage', 200, 6],
    ]);
  });

  it('sends nothing once removed from the page, even when it updates after that; a tracker of the user sends it later', async function () {
    this.timeout(30_000);
    const first = await mount();
    const userKey = first.getAttribute('user-key')!;
    const queued: TxTaskQueuedEvent[] = [];
    first.addEventListener('tx-task-queued', (e) => queued.push(e));
    await openTask(first, '推进城镇老旧小区改造提质增效重点协商');
    server.mock.setScenario('offline');
    setOnline(false);
    await postProgress(first, '离开页面前保存的进展。');
    await waitFor(() => queued.length === 1, 'the change stored');
    first.remove();
    // What it awaited settles after the removal (here: one more render, as an announcement's frame makes).
    first.requestUpdate();
    await first.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    server.mock.setScenario('normal');
    setOnline(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(
      server.log.filter((l) => l.route === 'postTaskUpdate'),
      'sent by a removed tracker',
    ).to.deep.equal([]);
    // The change is still on the device: the next tracker of this user delivers it.
    const el = await mount({ 'user-key': userKey });
    await waitFor(() => server.log.some((l) => l.route === 'postTaskUpdate'), 'the change to arrive');
    expect(server.log.filter((l) => l.route === 'postTaskUpdate').map((l) => [l.status, l.body?.text])).to.deep.equal([
      [201, '离开页面前保存的进展。'],
    ]);
    await waitFor(() => !textOf(q(el, 'table.list')).includes('待发送'), 'nothing waiting in the list');
  });

  it('shows why the server refused a stage move, then moves once the reply document is there', async function () {
    this.timeout(30_000);
    const el = await mount();
    const rejected: TxTaskRejectedEvent[] = [];
    el.addEventListener('tx-task-rejected', (e) => rejected.push(e));
    await openTask(el, '推进城镇老旧小区改造提质增效重点协商');
    await choose(el, q<HTMLSelectElement>(el, '#m-to'), 'answered');
    expect(textOf(q(el, '#m-needs')), 'the rule is shown before sending').to.equal('进入这个阶段需要：答复文件（带附件的进展）');
    await moveTo(el, 'answered');
    const panel = await waitFor(() => root(el).querySelector('[part=refused]'), 'the refusal');
    expect(textOf(panel.querySelector('h3'))).to.equal('服务器没有接受这项更改');
    expect(textOf(panel)).to.contain('推进到“已答复”被拒绝');
    expect(textOf(panel.querySelector('.reason'))).to.equal('进入“已答复”之前还需要：答复文件（带附件的进展）');
    expect(textOf(panel)).to.contain('您现在可以推进到：立项、调研视察、协商议政、已答复、已反馈');
    expect(rejected.length).to.equal(1);
    expect(rejected[0]!.problem.code).to.equal('illegal_transition');
    expect(rejected[0]!.taskId).to.equal('t_01');
    expect(stageNow(el)).to.equal('交办落实');
    expect(server.tasks.get('t_01')!.stageCode).to.equal('assigned');
    expect(await axeViolations(el), 'the refusal').to.deep.equal([]);
    // The reply document, as an attachment of a progress update (uploaded first by the outbox).
    const reply = new File(['盘锦市住房和城乡建设局关于重点协商意见落实情况的答复'], '答复函.pdf', { type: 'application/pdf' });
    await postProgress(el, '住建局报送书面答复。', { files: [reply] });
    await waitFor(() => root(el).querySelector('.timeline .files a'), 'the attachment link');
    const link = q<HTMLAnchorElement>(el, '.timeline .files a');
    expect(textOf(link)).to.equal('答复函.pdf');
    expect(link.href).to.match(/^http:\/\/[^/]+\/api\/v1\/211100\/attachments\/att_[0-9a-z]{10}$/);
    expect(server.log.map((l) => l.route)).to.include('uploadAttachment');
    button(el, '按最新版本重新提交').click();
    await waitFor(() => stageNow(el) === '已答复', 'the stage to move');
    expect(root(el).querySelector('[part=refused]') === null, '[part=refused]').to.equal(true);
    expect(server.tasks.get('t_01')!.stageCode).to.equal('answered');
  });

  it('shows a refusal for the user’s role when the roles were unknown, and discards it on request', async () => {
    // 李明 (m_001, a participant of every fixture task) is signed in, but who he is cannot be read.
    server.mock.setScenario({ name: 'me-unreadable', fail: 'server', routes: ['getMe'] });
    const token = server.token('member-li');
    const el = await mount({}, { getToken: () => token });
    await openTask(el, '辽河口湿地保护与生态修复专题视察');
    await moveTo(el, 'consulted');
    const panel = await waitFor(() => root(el).querySelector('[part=refused]'), 'the refusal');
    expect(textOf(panel.querySelector('.reason'))).to.equal('您的角色不能把任务推进到“协商议政”');
    button(el, '← 返回').click();
    await el.updateComplete;
    const notice = q(el, '.alert[role=alert]');
    expect(textOf(notice)).to.contain('有 1 项更改被服务器退回，请查看。');
    button(el, '辽河口湿地保护与生态修复专题视察', notice).click();
    await waitFor(() => root(el).querySelector('[part=refused]'), 'the refusal again');
    button(el, '放弃这项更改').click();
    await waitFor(() => !root(el).querySelector('[part=refused]'), 'the refusal to go');
    expect(focused(el)?.id).to.equal('detail-title');
    expect(server.tasks.get('t_02')!.stageCode).to.equal('research');
  });

  it('shows both versions when a stage move meets someone else’s change, and moves again on the latest', async function () {
    this.timeout(30_000);
    const el = await mount();
    await openTask(el, '推进城镇老旧小区改造提质增效重点协商');
    server.changeBehind('t_01', (t) => {
      t.stageCode = 'consulted';
      t.progress = 45;
    });
    await moveTo(el, 'research');
    const panel = await waitFor(() => root(el).querySelector('[part=refused]'), 'the conflict');
    expect(textOf(panel.querySelector('h3'))).to.equal('别人已修改了这项任务');
    expect(textOf(panel.querySelector('.mine'))).to.equal('推进到“调研视察”（基于第 5 版）');
    expect(textOf(panel.querySelector('.theirs'))).to.match(
      /^现在处于“协商议政”（第 6 版）；最近由机关工作人员 张三于 2026-11-27 09:30 修改$/,
    );
    expect(stageNow(el), 'the page shows the server’s version now').to.equal('协商议政');
    expect(await axeViolations(el), 'the move conflict').to.deep.equal([]);
    expect(server.tasks.get('t_01')!.stageCode, 'nothing overwritten').to.equal('consulted');
    button(el, '按最新版本重新推进').click();
    await waitFor(() => stageNow(el) === '调研视察', 'the move on version 6');
    const moves = server.log.filter((l) => l.route === 'moveTaskStage');
    expect(moves.map((m) => [m.status, m.body?.version])).to.deep.equal([
      [409, 5],
      [200, 6],
    ]);
  });

  it('shows both versions of an outcome edit that meets someone else’s; the user chooses', async () => {
    const el = await mount();
    await openTask(el, '推进城镇老旧小区改造提质增效重点协商');
    button(el, '填写办理结果和反馈').click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('o-resolution');
    server.changeBehind('t_01', (t) => {
      t.outcome.adoptionNote = '张三填写：已纳入年度计划';
    });
    await choose(el, q<HTMLSelectElement>(el, '#o-resolution'), 'B');
    q<HTMLTextAreaElement>(el, '#o-adoptionNote').value = '我的说明：专报获批示';
    button(el, '保存').click();
    const panel = await waitFor(() => root(el).querySelector('[part=conflict]'), 'the conflict');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('conflict-h');
    const head = [...panel.querySelectorAll('thead th')].map(textOf);
    expect(head).to.deep.equal(['项目', '我的修改（基于第 5 版）', '服务器上的第 6 版']);
    const rows = [...panel.querySelectorAll('tbody tr')].map((r) => [...r.children].map(textOf));
    expect(rows).to.deep.equal([
      ['解决程度', 'B 正在解决或列入计划解决', '未填写'],
      ['采纳情况说明', '我的说明：专报获批示', '张三填写：已纳入年度计划'],
    ]);
    expect(server.tasks.get('t_01')!.outcome.adoptionNote, 'not overwritten').to.equal('张三填写：已纳入年度计划');
    el.elder = true;
    await el.updateComplete;
    expect(await axeViolations(el), 'the conflict (elder)').to.deep.equal([]);
    button(el, '用我的修改覆盖').click();
    await waitFor(() => !root(el).querySelector('[part=conflict]'), 'the save');
    expect(server.tasks.get('t_01')!.outcome).to.include({ adoptionNote: '我的说明：专报获批示', resolution: 'B' });
    expect(textOf(q(el, '[aria-labelledby=outcome-h] dl'))).to.contain('我的说明：专报获批示');
    // The other way out: keep the server's version.
    button(el, '填写办理结果和反馈').click();
    await el.updateComplete;
    server.changeBehind('t_01', (t) => {
      t.feedback = { text: '委员表示满意', satisfaction: 'satisfied' };
    });
    q<HTMLTextAreaElement>(el, '#o-feedbackText').value = '我的反馈';
    button(el, '保存').click();
    await waitFor(() => root(el).querySelector('[part=conflict]'), 'the second conflict');
    button(el, '放弃我的修改，采用服务器版本').click();
    await el.updateComplete;
    expect(root(el).querySelector('[part=conflict]') === null, '[part=conflict]').to.equal(true);
    expect(server.tasks.get('t_01')!.feedback.text).to.equal('委员表示满意');
    expect(textOf(q(el, '[aria-labelledby=outcome-h] dl')))
      .to.contain('委员表示满意')
      .and.contain('满意度 满意');
    expect(server.log.filter((l) => l.route === 'updateTask').map((l) => l.status)).to.deep.equal([409, 200, 409]);
  });

  it('checks progress text in code points and the percentage before queuing', async () => {
    const el = await mount();
    await openTask(el, '推进城镇老旧小区改造提质增效重点协商');
    await postProgress(el, '   ');
    expect(textOf(q(el, '#u-error'))).to.equal('请填写进展情况。');
    expect(q(el, '#u-text').getAttribute('aria-invalid')).to.equal('true');
    await postProgress(el, '𣵦'.repeat(10_001));
    expect(textOf(q(el, '#u-count'))).to.equal('10001/10000 字');
    expect(textOf(q(el, '#u-error'))).to.equal('最多 10000 字。');
    await postProgress(el, '有效进展', { progress: '120' });
    expect(textOf(q(el, '#u-error'))).to.equal('进度（%）：可不填，0 到 100。');
    expect(q<HTMLInputElement>(el, '#u-progress').value, 'what the user typed is kept').to.equal('120');
    await postProgress(el, '𣵦'.repeat(10_000), { progress: '' });
    await waitFor(() => server.log.some((l) => l.route === 'postTaskUpdate'), 'the update');
    expect([...(server.log.find((l) => l.route === 'postTaskUpdate')!.body!.text as string)]).to.have.length(10_000);
    expect(root(el).querySelector('#u-error') === null, '#u-error').to.equal(true);
  });
});
