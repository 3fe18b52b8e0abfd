// <tx-task-tracker> against @tongxin/mock: the demo county's 18 seed tasks and the reference server's
// own task rules (@tongxin/core/workflow), signed in with demo accounts.
import { expect } from '@esm-bundle/chai';
import type { MockApi } from '@tongxin/mock';
import { startMockWorker } from '@tongxin/mock/browser';
import '../define/tx-task-tracker.js';
import { clearConfigCache } from '../shared/config.js';
import { waitFor } from './server.fixtures.js';
import type { TxTaskTracker } from './task-tracker.js';

const DEMO_NOW = new Date('2026-11-27T10:00:00+08:00');
let mock: MockApi;
before(async () => {
  mock = await startMockWorker({ baseUrl: `${location.origin}/api`, quiet: true, expose: false, now: () => DEMO_NOW });
});
const mounted: TxTaskTracker[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  mock.reset();
  clearConfigCache();
  for (const key of Object.keys(localStorage)) if (key.startsWith('tongxin:')) localStorage.removeItem(key);
});

let n = 0;
async function mount(account: string | undefined, attributes: Record<string, string> = {}): Promise<TxTaskTracker> {
  const el = document.createElement('tx-task-tracker');
  el.setAttribute('endpoint', `${location.origin}/api`);
  el.setAttribute('tenant', '211100');
  el.setAttribute('today', '2026-11-27');
  el.setAttribute('user-key', `demo-${account}-${n++}`);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  if (account) {
    const token = mock.token(account);
    el.getToken = () => token;
  }
  document.body.append(el);
  mounted.push(el);
  await waitFor(() => el.shadowRoot?.querySelector('table.list tbody tr'), 'the list');
  return el;
}
const root = (el: TxTaskTracker) => el.shadowRoot!;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttonIn = (el: TxTaskTracker, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label) ?? null;

describe('<tx-task-tracker> on the demo county', () => {
  it('lists the 18 seed tasks with the county’s stages, counts, and overdue and due-soon tasks', async () => {
    const el = await mount('staff');
    expect(text(root(el).querySelector('.shown'))).to.equal('显示 18 项，共 18 项');
    const stages = [...root(el).querySelectorAll('.stage-counts button')].map((b) => text(b).replace(/ \d+$/, ''));
    expect(stages).to.deep.equal(['立项', '调研视察', '协商议政', '交办落实', '已答复', '已反馈']);
    const total = [...root(el).querySelectorAll('.stage-counts button strong')].reduce((sum, s) => sum + Number(s.textContent), 0);
    expect(total).to.equal(18);
    expect(root(el).querySelectorAll('tr.overdue').length, 'overdue').to.be.at.least(2);
    expect(root(el).querySelectorAll('tr.due_soon').length, 'due soon').to.be.at.least(2);
    const parties = [...root(el).querySelectorAll('tbody td:nth-child(4)')].filter((td) => text(td).includes('（'));
    expect(parties.length, 'tasks led by democratic parties and the federation').to.equal(7);
  });

  it('lets the lead unit answer only with a reply document, as the server’s rules say', async () => {
    const el = await mount('unit-housing');
    const row = [...root(el).querySelectorAll<HTMLButtonElement>('tbody th button')].find((b) =>
      text(b).startsWith('推进城镇老旧小区改造'),
    )!;
    row.click();
    await waitFor(() => root(el).querySelector('#m-to'), 'the move form');
    const select = root(el).querySelector<HTMLSelectElement>('#m-to')!;
    expect(
      [...select.options].map((o) => o.value),
      'a unit may only answer',
    ).to.deep.equal(['answered']);
    buttonIn(el, '推进')!.click();
    const refusal = await waitFor(() => root(el).querySelector('[part=refused] .reason'), 'the refusal');
    expect(text(refusal)).to.equal('进入“已答复”之前还需要：答复文件（带附件的进展）');
    const area = root(el).querySelector<HTMLTextAreaElement>('#u-text')!;
    area.value = '住建局报送书面答复函。';
    const files = new DataTransfer();
    files.items.add(new File(['答复函正文'], '答复函.pdf', { type: 'application/pdf' }));
    root(el).querySelector<HTMLInputElement>('#u-files')!.files = files.files;
    buttonIn(el, '保存进展')!.click();
    await waitFor(() => root(el).querySelector('.timeline .files a'), 'the reply document in the timeline');
    buttonIn(el, '按最新版本重新提交')!.click();
    await waitFor(() => text(root(el).querySelector('.stages [aria-current=step]')) === '已答复', 'the task answered');
    expect(root(el).querySelector('[part=refused]')).to.equal(null);
  });

  it('shows the public tasks without sign-in and without internal fields', async () => {
    const el = await mount(undefined, { public: '' });
    const count = root(el).querySelectorAll('tbody tr').length;
    expect(count).to.be.within(14, 17);
    expect(root(el).querySelector('form')).to.equal(null);
    expect([...root(el).querySelectorAll('[role=tab]')].map(text)).to.deep.equal(['列表', '看板']);
  });
});
