// <tx-outbox> in a real browser against the mock API: what waits on the device, retry now after a
// failure, a returned item with the server's reason, edit and discard, axe.
import { expect } from '@esm-bundle/chai';
import { createClient } from '@tongxin/core';
import { createOutbox } from '@tongxin/core/outbox';
import { createOpinion } from '@tongxin/core/routes';
import type { MockApi } from '@tongxin/mock';
import '../define/tx-outbox.js';
import { axeViolations, endpoint, startMock, waitFor } from '../test/helpers.fixtures.js';
import type { TxOutbox } from './outbox.js';

let mock: MockApi;
const mounted: HTMLElement[] = [];
const closers: (() => void)[] = [];
before(async () => {
  mock = await startMock();
});
beforeEach(() => {
  mock.reset();
  mock.setScenario('normal');
});
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  for (const close of closers.splice(0)) close();
});

let n = 0;
/** Queues an opinion for `userKey` as another widget on the page would. */
async function queueOpinion(userKey: string, title: string) {
  const client = createClient({ baseUrl: endpoint(), tenant: '211100', routes: { createOpinion }, retry: false });
  const outbox = createOutbox({ client, userKey, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
  closers.push(() => outbox.close());
  const body = { title, situation: '村里垃圾清运不及时，夏天气味很大。', publish: { consent: true }, reporter: { anonymous: true } };
  return outbox.enqueue('createOpinion', { body }, { label: title });
}

async function mountOutbox(userKey: string) {
  const el = document.createElement('tx-outbox');
  el.setAttribute('endpoint', endpoint());
  el.setAttribute('tenant', '211100');
  el.setAttribute('user-key', userKey);
  document.body.append(el);
  mounted.push(el);
  await waitFor(() => el.shadowRoot!.querySelector('[role="status"]:not(.muted)'), 'the list');
  return el;
}
const items = (el: TxOutbox) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part="item"]')];
const button = (li: HTMLElement, text: string) => [...li.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text);

describe('<tx-outbox>', () => {
  it('shows an item that failed to send, and delivers it on "retry now"', async () => {
    const user = `u-${n++}`;
    mock.setScenario('offline');
    await queueOpinion(user, '垃圾清运不及时');
    const el = await mountOutbox(user);
    await waitFor(() => items(el)[0]?.dataset.state === 'retrying', 'the failed attempt');
    expect(items(el)[0]!.textContent).to.contain('社情民意：垃圾清运不及时');
    expect(items(el)[0]!.textContent).to.match(/已尝试 1 次，将于 .+ 再试/);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('还有 1 项待发送');
    mock.setScenario('normal');
    button(items(el)[0]!, '立即重试')!.click();
    await waitFor(() => items(el).length === 0, 'the delivery', 15_000);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('全部已送达');
    expect([...mock.county('211100').tables.opinions.values()].some((s) => s.opinion.title === '垃圾清运不及时')).to.equal(true);
  });

  it("shows the server's reason for a returned item, asks the page to edit it, and discards it after confirming", async () => {
    const user = `u-${n++}`;
    mock.setScenario('validation-errors');
    await queueOpinion(user, '会被退回的反映');
    const el = await mountOutbox(user);
    await waitFor(() => items(el)[0]?.dataset.state === 'rejected', 'the rejection');
    expect(items(el)[0]!.textContent).to.contain('被退回，需要修改');
    expect(items(el)[0]!.textContent).to.contain('原因：');
    const edited = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('tx-outbox-edit', (e) => resolve(e as CustomEvent), { once: true }),
    );
    button(items(el)[0]!, '修改')!.click();
    expect((await edited).detail.item.input.body.title).to.equal('会被退回的反映');
    const confirm = window.confirm;
    let asked = '';
    window.confirm = (text?: string) => {
      asked = text ?? '';
      return true;
    };
    try {
      button(items(el)[0]!, '放弃')!.click();
      await waitFor(() => items(el).length === 0, 'the discard');
    } finally {
      window.confirm = confirm;
    }
    expect(asked).to.contain('确定放弃“社情民意：会被退回的反映”');
  });

  it('shows only the signed-in user’s items', async () => {
    mock.setScenario('offline');
    await queueOpinion('alice', '甲的反映');
    const el = await mountOutbox('bob');
    expect(items(el)).to.have.length(0);
    expect(el.shadowRoot!.textContent).to.contain('没有待发送的内容');
  });

  it('has no axe violations in normal and large-text mode', async () => {
    const user = `u-${n++}`;
    mock.setScenario('validation-errors');
    await queueOpinion(user, '无障碍检查');
    const el = await mountOutbox(user);
    await waitFor(() => items(el)[0]?.dataset.state === 'rejected', 'the rejection');
    expect(await axeViolations(el)).to.deep.equal([]);
    el.elder = true;
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
