// <tx-opinion-status> in a real browser against the mock API: lookup by code and password with the
// keyboard, a wrong password, the code from the link, codes saved on the device, the overdue badge,
// 200 hostile strings in server text rendered inert, axe.
import { expect } from '@esm-bundle/chai';
import type { MockApi } from '@tongxin/mock';
import '../define/tx-opinion-status.js';
import { axeViolations, endpoint, startMock, typeInto, waitFor, xssPayloads } from '../test/helpers.fixtures.js';
import { saveCode } from './device.js';
import type { TxOpinionStatus } from './status.js';

let mock: MockApi;
const mounted: HTMLElement[] = [];
before(async () => {
  mock = await startMock();
});
beforeEach(() => {
  mock.reset();
  localStorage.clear();
});
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

async function api(path: string, body: unknown, token?: string) {
  const res = await fetch(`${endpoint()}/v1/211100${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}
async function submitOpinion(title = '小区门口积水严重') {
  return (await api('/opinions', {
    title,
    situation: '连续降雨后小区门口积水没过脚踝，居民出行困难。',
    publish: { consent: true },
    reporter: { anonymous: true },
  })) as { id: string; trackingCode: string; queryPassword: string };
}

async function mountStatus(attributes: Record<string, string> = {}) {
  const el = document.createElement('tx-opinion-status');
  el.setAttribute('endpoint', endpoint());
  el.setAttribute('tenant', '211100');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}
const q = <E extends HTMLElement = HTMLInputElement>(el: TxOpinionStatus, selector: string) => el.shadowRoot!.querySelector<E>(selector);

describe('<tx-opinion-status>', () => {
  it('looks an opinion up by code and password typed with the keyboard, and shows its progress', async () => {
    const receipt = await submitOpinion();
    const el = await mountStatus();
    typeInto(q(el, 'input[name="trackingCode"]')!, receipt.trackingCode.toLowerCase());
    typeInto(q(el, 'input[name="password"]')!, receipt.queryPassword);
    // Enter in the password field submits the lookup form.
    q<HTMLButtonElement>(el, 'form button')!.click();
    await waitFor(() => q(el, '#result-title'), 'the result');
    expect(q(el, '#result-title')!.textContent).to.equal('小区门口积水严重');
    await waitFor(() => el.shadowRoot!.activeElement === q(el, '#result-title'), 'focus to move to the result');
    expect(q(el, '[part="result"]')!.textContent).to.contain('已提交');
    expect(q(el, '[part="result"]')!.textContent).to.contain('在答复期限内');
    expect(q(el, '.timeline')!.children).to.have.length(1);
  });

  it('says plainly when the code or password is wrong', async () => {
    const receipt = await submitOpinion();
    const el = await mountStatus();
    typeInto(q(el, 'input[name="trackingCode"]')!, receipt.trackingCode);
    typeInto(q(el, 'input[name="password"]')!, 'wrongpass1');
    q<HTMLButtonElement>(el, 'form button')!.click();
    await waitFor(() => q(el, '[role="alert"]'), 'the error');
    expect(q(el, '[role="alert"]')!.textContent).to.contain('查询码或查询密码不正确');
    expect(q(el, '[part="result"]')).to.equal(null);
  });

  it('fills the code from the link and looks saved codes up with one click', async () => {
    const receipt = await submitOpinion('路口红绿灯时间太短');
    history.replaceState(null, '', `#code=${receipt.trackingCode}`);
    saveCode('211100', { trackingCode: receipt.trackingCode, queryPassword: receipt.queryPassword, at: new Date().toISOString() });
    const el = await mountStatus();
    expect(q(el, 'input[name="trackingCode"]')!.value).to.equal(receipt.trackingCode);
    const check = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.saved button')].find((b) => b.textContent === '查看进度')!;
    check.click();
    await waitFor(() => q(el, '#result-title'), 'the result');
    expect(q(el, '#result-title')!.textContent).to.equal('路口红绿灯时间太短');
  });

  it('marks a reply that is late against the county calendar as overdue', async () => {
    const receipt = await submitOpinion();
    const stored = mock.county('211100').tables.opinions.get(receipt.id)!;
    stored.opinion = { ...stored.opinion, dueDate: '2026-01-05' };
    const el = await mountStatus();
    typeInto(q(el, 'input[name="trackingCode"]')!, receipt.trackingCode);
    typeInto(q(el, 'input[name="password"]')!, receipt.queryPassword);
    q<HTMLButtonElement>(el, 'form button')!.click();
    await waitFor(() => q(el, '.badge.overdue'), 'the overdue badge');
    expect(q(el, '.badge.overdue')!.textContent).to.match(/已超过答复期限 \d+ 个工作日/);
  });

  it('renders 200 hostile strings in titles and replies as text', async function () {
    // 200 replies stored one by one through the mock's service worker: slow in WebKit on a busy machine.
    this.timeout(90_000);
    const payloads = xssPayloads();
    const receipt = await submitOpinion(payloads[0]!.slice(0, 100));
    const staff = mock.token('staff');
    for (const [i, text] of payloads.entries()) {
      await api(`/opinions/${receipt.id}/actions`, { action: 'reply', text, public: true }, staff).catch((e) => {
        throw new Error(`reply ${i}: ${e}`);
      });
    }
    const el = await mountStatus();
    typeInto(q(el, 'input[name="trackingCode"]')!, receipt.trackingCode);
    typeInto(q(el, 'input[name="password"]')!, receipt.queryPassword);
    q<HTMLButtonElement>(el, 'form button')!.click();
    await waitFor(() => el.shadowRoot!.querySelectorAll('.reply').length === 200, 'the replies');
    await new Promise((r) => setTimeout(r, 200));
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('img, script, svg, iframe, math, style:not([data-lit])').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('.reply a')).to.have.length(0);
    expect([...el.shadowRoot!.querySelectorAll('.reply')].map((r) => r.lastElementChild?.textContent)).to.deep.equal(payloads);
  });

  it('has no axe violations in normal and large-text mode, with a result shown', async () => {
    const receipt = await submitOpinion();
    saveCode('211100', { trackingCode: receipt.trackingCode, queryPassword: receipt.queryPassword, at: new Date().toISOString() });
    const el = await mountStatus();
    expect(await axeViolations(el)).to.deep.equal([]);
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.saved button')][0]!.click();
    await waitFor(() => q(el, '#result-title'), 'the result');
    el.elder = true;
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
