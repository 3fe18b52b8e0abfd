// <tx-opinion-box> in a real browser against the mock API (which passes the same conformance suite
// as the reference server): acceptance notice, keyboard completion, receipt with codes saved on the
// device, offline submit then delivery, server field errors, configuration messages, axe, a hostile page.
import { expect } from '@esm-bundle/chai';
import type { MockApi } from '@tongxin/mock';
import '../define/tx-opinion-box.js';
import type { TxOpinionBox } from '../opinion/opinion-box.js';
import { clearConfigCache } from '../shared/config.js';
import { axeViolations, chooseIn, deep, endpoint, startMock, typeInto, waitFor, xssPayloads } from '../test/helpers.fixtures.js';
import { savedCodes } from './device.js';

const opinions = () => [...mock.county('211100').tables.opinions.values()].map((s) => s.opinion);

let mock: MockApi;
const mounted: HTMLElement[] = [];
before(async () => {
  mock = await startMock();
});
beforeEach(() => {
  mock.reset();
  mock.setScenario('normal');
  localStorage.clear();
});
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

let users = 0;
async function mountBox(attributes: Record<string, string> = {}, parent: HTMLElement = document.body): Promise<TxOpinionBox> {
  const el = document.createElement('tx-opinion-box');
  el.setAttribute('endpoint', endpoint());
  el.setAttribute('tenant', '211100');
  el.setAttribute('user-key', `test-${Date.now()}-${users++}`);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  parent.append(el);
  mounted.push(parent === document.body ? el : parent);
  await waitFor(() => deep(el, 'tx-form', '#f-title'), 'the form to render');
  return el;
}

const form = (el: TxOpinionBox) => deep(el, 'tx-form') as HTMLElement & { updateComplete: Promise<boolean> };
const inForm = <E extends HTMLElement = HTMLInputElement>(el: TxOpinionBox, selector: string) => deep<E>(el, 'tx-form', selector);
async function settle(el: TxOpinionBox) {
  await form(el).updateComplete;
  await el.updateComplete;
}
const footer = (el: TxOpinionBox, text: string) =>
  [...(form(el).shadowRoot?.querySelectorAll<HTMLButtonElement>('.footer button') ?? [])].find((b) => b.textContent?.trim() === text)!;

/** Fills the built-in form as a citizen would: content, then anonymous with publishing allowed. */
async function fillAnonymous(el: TxOpinionBox, title = '村口路灯损坏两个月无人修') {
  typeInto(inForm(el, '#f-title')!, title);
  chooseIn(inForm<HTMLSelectElement>(el, '#f-category')!, 'livelihood');
  typeInto(inForm<HTMLTextAreaElement>(el, '#f-situation')!, '兴隆台区某村村口三盏路灯已坏两个月，夜间老人和学生出行很不方便。');
  await settle(el);
  footer(el, '下一步').click();
  await settle(el);
  await waitFor(() => inForm(el, 'input[name="identity"][value="anonymous"]'), 'the second step');
  inForm(el, 'input[name="identity"][value="anonymous"]')!.click();
  inForm(el, 'input[name="publish"][value="yes"]')!.click();
  await settle(el);
}

describe('<tx-opinion-box>', () => {
  it('shows the acceptance notice first, then the form', async () => {
    const el = await mountBox();
    const text = el.shadowRoot!.textContent ?? '';
    expect(text).to.contain('受理须知');
    expect(text).to.contain('不受理信访、涉法涉诉');
    const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.compareDocumentPosition(form(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('sends an anonymous opinion and shows the tracking code and password, kept on this device', async () => {
    const el = await mountBox({ 'status-href': '/status.html' });
    const sent = new Promise<CustomEvent>((resolve) => el.addEventListener('tx-sent', (e) => resolve(e as CustomEvent), { once: true }));
    await fillAnonymous(el);
    footer(el, '提交').click();
    const { detail } = await sent;
    await el.updateComplete;
    const codes = [...el.shadowRoot!.querySelectorAll('.code')].map((c) => c.textContent);
    expect(codes[0]).to.equal(detail.trackingCode);
    expect(codes[0]).to.match(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(codes[1]).to.match(/^[0-9A-Za-z]{6,32}$/);
    const heading = el.shadowRoot!.querySelector('#receipt-title');
    await waitFor(() => el.shadowRoot!.activeElement === heading, 'focus on the receipt');
    expect(savedCodes('211100').map((c) => c.trackingCode)).to.deep.equal([detail.trackingCode]);
    // The opinion reached the API as the contract says: anonymous, consent to publish, form recorded.
    const stored = opinions().find((o) => o.trackingCode === detail.trackingCode)!;
    expect(stored.reporter).to.deep.equal({ anonymous: true });
    expect(stored.form).to.deep.equal({ id: 'opinion-builtin', version: 1 });
    expect(stored.categoryCode).to.equal('livelihood');
    // A QR code of the status link is drawn (lean-qr loads only now).
    await waitFor(() => {
      const canvas = el.shadowRoot!.querySelector('canvas');
      return canvas && canvas.width > 20;
    }, 'the QR code');
  });

  it('names the members’ workstation it goes to, never its bare id, and records the station', async () => {
    const bare = await mountBox({ workstation: 'ws_001' });
    expect(bare.shadowRoot!.textContent).to.not.contain('ws_001');
    expect(bare.shadowRoot!.querySelector('.to-station')).to.equal(null);
    const el = await mountBox({ workstation: 'ws_001', 'workstation-name': '兴隆台街道委员工作站' });
    expect(el.shadowRoot!.querySelector('.to-station')?.textContent).to.equal('反映给委员工作站：兴隆台街道委员工作站');
    const sent = new Promise<CustomEvent>((resolve) => el.addEventListener('tx-sent', (e) => resolve(e as CustomEvent), { once: true }));
    await fillAnonymous(el);
    footer(el, '提交').click();
    const { detail } = await sent;
    expect(opinions().find((o) => o.trackingCode === detail.trackingCode)?.workstationId).to.equal('ws_001');
  });

  it('keeps an opinion sent offline on the device and delivers it when the network is back', async () => {
    mock.setScenario('offline');
    const el = await mountBox();
    await fillAnonymous(el, '离线提交的一条反映');
    const queued = new Promise((resolve) => el.addEventListener('tx-queued', resolve, { once: true }));
    footer(el, '提交').click();
    await queued;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('已保存在本机');
    expect(opinions().some((o) => o.title === '离线提交的一条反映')).to.equal(false);
    mock.setScenario('normal');
    window.dispatchEvent(new Event('online'));
    await waitFor(() => el.shadowRoot!.querySelector('.code'), 'the receipt after delivery', 30_000);
    expect(opinions().filter((o) => o.title === '离线提交的一条反映')).to.have.length(1);
  });

  it('shows the server’s validation errors on the right fields and keeps the answers', async () => {
    mock.setScenario('validation-errors');
    const el = await mountBox();
    await fillAnonymous(el, '会被服务器退回的一条');
    footer(el, '提交').click();
    await waitFor(() => inForm(el, '[data-key="title"] .error'), 'an error under the title', 15_000);
    expect(inForm(el, '#f-title')!.value).to.equal('会被服务器退回的一条');
    expect(inForm(el, '#f-title')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('explains missing or wrong configuration in the page, in Chinese', async () => {
    const el = document.createElement('tx-opinion-box');
    el.setAttribute('tenant', '2111');
    document.body.append(el);
    mounted.push(el);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('[tongxin]');
    expect(alert.textContent).to.contain('缺少 endpoint');
    expect(alert.textContent).to.contain('6 位行政区划代码');
  });

  it('takes its settings from an enclosing <tx-provider>, in the provider’s language', async () => {
    await import('../define/tx-provider.js');
    const provider = document.createElement('tx-provider');
    provider.setAttribute('endpoint', endpoint());
    provider.setAttribute('tenant', '211100');
    provider.setAttribute('locale', 'en');
    const el = document.createElement('tx-opinion-box');
    provider.append(el);
    document.body.append(provider);
    mounted.push(provider);
    await waitFor(() => deep(el, 'tx-form', '#f-title'), 'the form');
    // The English strings are a separate chunk: zh-Hans until they arrive.
    await waitFor(() => el.shadowRoot!.textContent?.includes('What we accept'), 'English strings');
    expect(deep(el, 'tx-form', 'label[for="f-title"]')!.textContent).to.contain('Title');
  });

  it("renders hostile strings in the county's notice and category names as text", async () => {
    const payloads = xssPayloads();
    // As many as the contract lets a notice hold (2,000 characters).
    const notice = payloads.slice(0, 40).join(' ');
    const county = mock.county('211100');
    county.config = {
      ...county.config,
      opinionPolicy: { ...county.config.opinionPolicy, notice: { 'zh-Hans': notice } },
      opinionCategories: county.config.opinionCategories.map((c, i) => ({ ...c, label: { 'zh-Hans': payloads[i]! } })),
    };
    clearConfigCache();
    const el = await mountBox();
    await new Promise((r) => setTimeout(r, 200));
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="notice"] p')!.textContent).to.equal(notice);
    const options = [...inForm<HTMLSelectElement>(el, '#f-category')!.options].slice(1).map((o) => o.text);
    expect(options).to.deep.equal(payloads.slice(0, options.length));
    expect(
      el.shadowRoot!.querySelectorAll('img, script, svg, iframe').length +
        form(el).shadowRoot!.querySelectorAll('img, script, svg, iframe').length,
    ).to.equal(0);
    clearConfigCache();
  });

  it('has no axe violations in normal and large-text mode', async () => {
    const el = await mountBox();
    expect(await axeViolations(el)).to.deep.equal([]);
    el.elder = true;
    await settle(el);
    expect(Number.parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(20);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('is not broken by a hostile page: global CSS resets and a different <tx-form> look-alike nearby', async () => {
    const style = document.createElement('style');
    style.textContent = '* { all: unset !important; } div, p, section { display: none !important; } button { font-size: 4px !important; }';
    document.head.append(style);
    try {
      const el = await mountBox();
      const title = inForm(el, '#f-title')!;
      expect(title.getBoundingClientRect().height).to.be.at.least(40);
      expect(getComputedStyle(el).display).to.equal('block');
      expect(getComputedStyle(footer(el, '下一步')).fontSize).to.not.equal('4px');
    } finally {
      style.remove();
    }
  });
});
