// <tx-task-tracker> against @tongxin/mock as it is: the demo county's configuration and 18 seed tasks,
// the reference server's own task rules (@tongxin/core/workflow), signed in with demo accounts.
import { expect } from '@esm-bundle/chai';
import { TaskServer, waitFor } from './server.fixtures.js';
import type { TxTaskTracker } from './task-tracker.js';
import { button, cleanUp, mount, root, serve, textOf } from './test-helpers.fixtures.js';

let server: TaskServer;
beforeEach(async () => {
  server = await serve(new TaskServer());
});
afterEach(cleanUp);

/** Mounts the tracker signed in with a demo account. */
async function mountAs(account: string): Promise<TxTaskTracker> {
  const token = server.token(account);
  return mount({}, { getToken: () => token });
}

describe('<tx-task-tracker> on the demo county', () => {
  it('lists the 18 seed tasks with the county’s stages, counts, and overdue and due-soon tasks', async () => {
    const el = await mountAs('staff');
    expect(textOf(root(el).querySelector('.shown'))).to.equal('显示 18 项，共 18 项');
    const stages = [...root(el).querySelectorAll('.stage-counts button')].map((b) => textOf(b).replace(/ \d+$/, ''));
    expect(stages).to.deep.equal(['立项', '调研视察', '协商议政', '交办落实', '已答复', '已反馈']);
    const total = [...root(el).querySelectorAll('.stage-counts button strong')].reduce((sum, s) => sum + Number(s.textContent), 0);
    expect(total).to.equal(18);
    expect(root(el).querySelectorAll('tr.overdue').length, 'overdue').to.be.at.least(2);
    expect(root(el).querySelectorAll('tr.due_soon').length, 'due soon').to.be.at.least(2);
    const parties = [...root(el).querySelectorAll('tbody td:nth-child(4)')].filter((td) => textOf(td).includes('（'));
    expect(parties.length, 'tasks led by democratic parties and the federation').to.equal(7);
  });

  it('lets the lead unit answer only with a reply document, as the server’s rules say', async function () {
    // WebKit on a busy CI machine takes long for the first answers of a fresh mock county, and the
    // outbox delivers the stage move and the update there (a retry after a slow first attempt waits
    // out its backoff): up to a minute for each step.
    this.timeout(240_000);
    const el = await mountAs('unit-housing');
    const row = [...root(el).querySelectorAll<HTMLButtonElement>('tbody th button')].find((b) =>
      textOf(b).startsWith('推进城镇老旧小区改造'),
    )!;
    row.click();
    await waitFor(() => root(el).querySelector('#m-to'), 'the move form');
    // Until the user's roles are known every stage is offered (the server decides); then only its own.
    await waitFor(() => root(el).querySelector<HTMLSelectElement>('#m-to')!.options.length === 1, 'the unit’s stages', 60_000);
    const select = root(el).querySelector<HTMLSelectElement>('#m-to')!;
    expect(
      [...select.options].map((o) => o.value),
      'a unit may only answer',
    ).to.deep.equal(['answered']);
    button(el, '推进').click();
    const refusal = await waitFor(() => root(el).querySelector('[part=refused] .reason'), 'the refusal', 60_000);
    expect(textOf(refusal)).to.equal('进入“已答复”之前还需要：答复文件（带附件的进展）');
    const area = root(el).querySelector<HTMLTextAreaElement>('#u-text')!;
    area.value = '住建局报送书面答复函。';
    const files = new DataTransfer();
    files.items.add(new File(['答复函正文'], '答复函.pdf', { type: 'application/pdf' }));
    root(el).querySelector<HTMLInputElement>('#u-files')!.files = files.files;
    button(el, '保存进展').click();
    await waitFor(() => root(el).querySelector('.timeline .files a'), 'the reply document in the timeline', 60_000);
    button(el, '按最新版本重新提交').click();
    await waitFor(() => textOf(root(el).querySelector('.stages [aria-current=step]')) === '已答复', 'the task answered', 60_000);
    expect(root(el).querySelector('[part=refused]') === null, 'no refusal').to.equal(true);
  });

  it('shows the public tasks without sign-in and without internal fields', async () => {
    const el = await mount({ public: true });
    const count = root(el).querySelectorAll('tbody tr').length;
    expect(count).to.be.within(14, 17);
    expect(root(el).querySelector('form') === null, 'no forms').to.equal(true);
    expect([...root(el).querySelectorAll('[role=tab]')].map(textOf)).to.deep.equal(['列表', '看板']);
  });
});
