// <tx-proposal-form> in a real browser against the mock API: a member writes a joint proposal
// (co-signer picked by search), checks it in the preview and submits; the co-signer finds it in
// "awaiting my co-signature" and confirms; field errors from the server; body or attachment; rating
// an answered reply with its letter's files (downloaded with the member's token); a merged proposal
// names the proposal it joined and reads its reply; signed-out message; axe.
import { expect } from '@esm-bundle/chai';
import type { Attachment, Proposal } from '@tongxin/core';
import type { MockApi } from '@tongxin/mock';
import '../define/tx-proposal-form.js';
import {
  axeViolations,
  chooseIn,
  deep,
  endpoint,
  expectSame,
  savedBy,
  startMock,
  typeInto,
  waitFor,
  xssPayloads,
} from '../test/helpers.fixtures.js';
import type { TxProposalForm } from './proposal-form.js';

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
async function mountAs(account: string | undefined, attributes: Record<string, string> = {}) {
  const el = document.createElement('tx-proposal-form');
  el.setAttribute('endpoint', endpoint());
  el.setAttribute('tenant', '211100');
  el.setAttribute('user-key', `${account}-${n++}`);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  if (account) {
    const token = mock.token(account);
    el.getToken = () => token;
  }
  document.body.append(el);
  mounted.push(el);
  // The first answer of a fresh mock builds the demo county: slow on a busy machine.
  await waitFor(() => el.shadowRoot!.querySelector('[part="tabs"], [role="alert"]'), 'the widget to load', 30_000);
  return el;
}
const q = <E extends HTMLElement = HTMLElement>(el: TxProposalForm, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const button = (root: ParentNode, text: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text);
const inForm = <E extends HTMLElement = HTMLInputElement>(el: TxProposalForm, selector: string) => deep<E>(el, 'tx-form', selector);
const formRoot = (el: TxProposalForm) => deep(el, 'tx-form')!.shadowRoot!;
async function tick(el: TxProposalForm) {
  await (deep(el, 'tx-form') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await el.updateComplete;
}

/** Fills all three steps of the built-in form as member 李明, with 赵红 as co-signer. */
async function writeJointProposal(el: TxProposalForm) {
  button(q(el, '[part="tabs"]')!, '撰写提案')!.click();
  await waitFor(() => inForm(el, 'input[name="proposerType"][value="joint"]'), 'the form');
  inForm(el, 'input[name="proposerType"][value="joint"]')!.click();
  await tick(el);
  await waitFor(() => inForm(el, '#f-cosigners[type="search"]'), 'the member search');
  typeInto(inForm(el, '#f-cosigners')!, '赵红');
  await tick(el);
  const add = await waitFor(
    () =>
      button(formRoot(el), '添加 赵红（妇联界，群众）') ??
      [...formRoot(el).querySelectorAll('button')].find((b) => b.textContent?.startsWith('添加 赵红')),
    'the member match',
  );
  add.click();
  await tick(el);
  button(formRoot(el), '下一步')!.click();
  await tick(el);
  await waitFor(() => inForm(el, '#f-title'), 'step 2');
  typeInto(inForm(el, '#f-title')!, '关于加快老旧小区加装电梯的建议');
  chooseIn(inForm<HTMLSelectElement>(el, '#f-category')!, 'urban');
  typeInto(inForm<HTMLTextAreaElement>(el, '#f-situation')!, '全市有老旧小区二百余个，多数为六层无电梯住宅，老年居民上下楼困难。');
  typeInto(inForm<HTMLTextAreaElement>(el, '#f-reasons')!, '加装电梯涉及居民意见统一、资金分摊和审批流程复杂等问题，推进缓慢。');
  typeInto(inForm<HTMLTextAreaElement>(el, '#f-suggestions')!, '一是简化审批流程；二是设立财政补贴；三是由街道社区牵头协调居民意见。');
  await tick(el);
  button(formRoot(el), '下一步')!.click();
  await tick(el);
  await waitFor(() => inForm(el, 'input[name="publish"][value="yes"]'), 'step 3');
  inForm(el, 'input[name="publish"][value="yes"]')!.click();
  await tick(el);
  button(formRoot(el), '提交')!.click();
  await tick(el);
}

/** Opens the row of `title` in the member's list. */
async function openMine(el: TxProposalForm, title: string) {
  const open = await waitFor(
    () =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('td button')].find((b) => b.getAttribute('aria-label') === `查看：${title}`),
    `the row "${title}"`,
  );
  open.click();
  await waitFor(() => q(el, '#detail-title')?.textContent === title, 'the proposal view');
}

/** A file the handling unit uploaded, in the mock's store, as a reply lists it. */
function storeFile(id: string, name: string, bytes: Uint8Array, owner = 'u_unit_housing'): Attachment {
  const attachment = { id, name, type: 'application/pdf', size: bytes.byteLength, sha256: 'a'.repeat(64) };
  mock.county('211100').tables.attachments.set(id, { attachment, data: bytes, owner });
  return { ...attachment, url: `/v1/211100/attachments/${id}` };
}

describe('<tx-proposal-form>', () => {
  it('asks to sign in when no member is signed in', async () => {
    const el = await mountAs(undefined);
    expect(q(el, '[role="alert"]')!.textContent).to.contain('请先以委员身份登录');
  });

  it('files a joint proposal through the preview; the co-signer confirms it from their list', async () => {
    const el = await mountAs('member-li');
    await writeJointProposal(el);
    const preview = await waitFor(() => q(el, '[part="preview"]'), 'the preview');
    expect(preview.textContent).to.contain('关于加快老旧小区加装电梯的建议');
    expect(preview.textContent).to.contain('赵红');
    await waitFor(() => el.shadowRoot!.activeElement === q(el, '#preview-title'), 'focus on the preview');
    const sent = new Promise<CustomEvent>((resolve) => el.addEventListener('tx-sent', (e) => resolve(e as CustomEvent), { once: true }));
    button(preview, '确认提交')!.click();
    const { detail } = await sent;
    await waitFor(() => q(el, '#detail-title'), 'the proposal view');
    expect(q(el, '[part="detail"]')!.textContent).to.contain('等待联名确认');
    expect(q(el, '[part="detail"]')!.textContent).to.contain('赵红：待确认');
    const stored = mock.county('211100').tables.proposals.get(detail.id)!;
    expect(stored.proposer.memberId).to.equal('m_001');
    expect(stored.cosigners.map((c) => c.memberId)).to.deep.equal(['m_002']);

    const zhao = await mountAs('member-zhao', { view: 'cosign' });
    const open = await waitFor(
      () => zhao.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="查看：关于加快老旧小区加装电梯的建议"]`),
      'the request',
    );
    open.click();
    await waitFor(() => q(zhao, '#detail-title'), 'the detail');
    button(q(zhao, '[part="detail"]')!, '确认联名')!.click();
    await waitFor(() => q(zhao, '[part="detail"]')?.textContent?.includes('赵红：已确认'), 'the confirmation', 15_000);
    expect(mock.county('211100').tables.proposals.get(detail.id)!.status).to.equal('submitted');
  });

  it('shows the server’s refusal on the right fields after confirming', async () => {
    const el = await mountAs('member-li');
    await writeJointProposal(el);
    mock.setScenario('validation-errors');
    const preview = await waitFor(() => q(el, '[part="preview"]'), 'the preview');
    button(preview, '确认提交')!.click();
    // The mock refuses every submitted text field: the form goes to the first step with one.
    await waitFor(() => inForm(el, '[data-key="proposerType"] .error'), 'the proposer type error', 15_000);
    expect(inForm(el, 'input[name="proposerType"]')!.getAttribute('aria-invalid')).to.equal('true');
    // Issues on no field of the form (the mock also refuses `form.id` and `intent`) stay in the alert.
    expect(q(el, '[role="alert"]')!.querySelectorAll('li')).to.have.length(2);
    expect((deep(el, 'tx-form') as unknown as { value: Record<string, unknown> }).value.title).to.equal('关于加快老旧小区加装电梯的建议');
  });

  it('needs the three parts unless the body comes as an attachment', async () => {
    const el = await mountAs('member-li', { view: 'new' });
    await waitFor(() => inForm(el, 'input[name="proposerType"][value="member"]'), 'the form');
    inForm(el, 'input[name="proposerType"][value="member"]')!.click();
    await tick(el);
    button(formRoot(el), '下一步')!.click();
    await tick(el);
    await waitFor(() => inForm(el, '#f-title'), 'step 2');
    typeInto(inForm(el, '#f-title')!, '关于发展设施农业的建议');
    chooseIn(inForm<HTMLSelectElement>(el, '#f-category')!, 'economy');
    await tick(el);
    button(formRoot(el), '下一步')!.click();
    await tick(el);
    expect(inForm(el, '#f-situation')!.getAttribute('aria-invalid')).to.equal('true');
    const input = inForm<HTMLInputElement>(el, '#f-files')!;
    const data = new DataTransfer();
    data.items.add(new File(['%PDF-1.4 提案正文'], '提案正文.pdf', { type: 'application/pdf' }));
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await tick(el);
    button(formRoot(el), '下一步')!.click();
    await tick(el);
    await waitFor(() => inForm(el, 'input[name="publish"]'), 'step 3 without the three parts');
  });

  it('lets the proposer rate an answered reply', async () => {
    const el = await mountAs('member-li');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="tabs"] button')!.click();
    const open = await waitFor(
      () =>
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('td button')].find((b) =>
          b.getAttribute('aria-label')?.includes(mock.county('211100').tables.proposals.get('p_023')!.title),
        ),
      'the answered proposal',
    );
    open.click();
    const form = await waitFor(() => q(el, '[part="detail"] form'), 'the rating form');
    form.querySelector<HTMLInputElement>('input[value="basically_satisfied"]')!.click();
    typeInto(form.querySelector('textarea')!, '答复具体，希望尽快落实。');
    form.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(() => q(el, '[part="detail"]')?.textContent?.includes('李明：基本满意'), 'the rating', 15_000);
    expect(
      mock
        .county('211100')
        .tables.proposals.get('p_023')!
        .ratings.some((r) => r.memberId === 'm_001' && r.satisfaction === 'basically_satisfied'),
    ).to.equal(true);
  });

  it('lists the reply letter’s files and downloads one with the member’s own token', async () => {
    const table = mock.county('211100').tables.proposals;
    const p = table.get('p_023')!;
    const scan = new TextEncoder().encode('%PDF-1.4 盘住建提〔2026〕8号 答复函');
    const files = [storeFile('att_scan', '答复函扫描件.pdf', scan), storeFile('att_table', '改造计划表.pdf', new Uint8Array(2048))];
    table.set('p_023', { ...p, replies: p.replies.map((r, i) => (i === 0 ? { ...r, attachments: files } : r)) });
    const el = await mountAs('member-li');
    await openMine(el, p.title);
    const list = await waitFor(() => q(el, '.reply ul.files'), 'the files');
    expect(list.getAttribute('aria-label')).to.equal('答复附件');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `答复函扫描件.pdf （${scan.byteLength} B）`,
      '改造计划表.pdf （2 KB）',
    ]);
    const link = list.querySelector<HTMLAnchorElement>('a')!;
    expect(link.href).to.equal(`${endpoint()}/v1/211100/attachments/att_scan`);
    // The click fetches with the member's token (the mock refuses members without it) and saves the bytes.
    const saved = await savedBy(() => link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(saved.name).to.equal('答复函扫描件.pdf');
    expect(new Uint8Array(await saved.blob.arrayBuffer())).to.deep.equal(scan);
    expect(q(el, '[part="detail"]')!.textContent).to.not.contain('下载失败');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('says so when a file cannot be downloaded', async () => {
    const table = mock.county('211100').tables.proposals;
    const p = table.get('p_023')!;
    const files = [storeFile('att_scan', '答复函扫描件.pdf', new Uint8Array(10))];
    table.set('p_023', { ...p, replies: p.replies.map((r, i) => (i === 0 ? { ...r, attachments: files } : r)) });
    const el = await mountAs('member-li');
    await openMine(el, p.title);
    const link = await waitFor(() => q<HTMLAnchorElement>(el, '.reply ul.files a'), 'the file');
    mock.setScenario('offline');
    link.click();
    await waitFor(() => q(el, '[role="status"]')?.textContent?.includes('附件“答复函扫描件.pdf”下载失败'), 'the message');
  });

  it('names the proposal a merged one joined, and shows that proposal’s reply as its own', async () => {
    const table = mock.county('211100').tables.proposals;
    // p_030 (another member's) was merged into p_018, which is being handled: make it 李明's.
    const merged = table.get('p_030')!;
    const target = table.get('p_018')!;
    table.set('p_030', { ...merged, proposer: { ...merged.proposer, memberId: 'm_001', name: '李明' } });
    const el = await mountAs('member-li');
    await openMine(el, merged.title);
    const note = await waitFor(() => q(el, '[part="detail"] .merged'), 'the merge note');
    expect(note.textContent).to.equal(`本提案已与第${target.number}号提案《${target.title}》并案办理（该提案目前：办理中）。`);
    expect(q(el, '[part="detail"]')!.textContent).to.contain('该提案的答复审核通过后即为对本提案的答复');
    expect(await axeViolations(el)).to.deep.equal([]);

    // The target's reply is approved: the merged proposal is answered with it, and its proposer rates it.
    const reply = { ...(table.get('p_023')!.replies[0] as Proposal['replies'][number]), docNo: '盘交提〔2026〕3号', attachments: [] };
    table.set('p_018', { ...target, status: 'answered', replies: [reply] });
    table.set('p_030', { ...table.get('p_030')!, status: 'answered', replies: [reply] });
    button(q(el, '[part="detail"]')!, '返回列表')!.click();
    await openMine(el, merged.title);
    await waitFor(() => q(el, '[part="detail"] form'), 'the rating form');
    const detail = q(el, '[part="detail"]')!.textContent!;
    expect(detail).to.contain(`以下是第${target.number}号提案《${target.title}》的答复，一并答复本提案。`);
    expect(detail).to.contain('盘交提〔2026〕3号');
    expect(q(el, '[part="detail"] .merged')!.textContent).to.contain('（该提案目前：已答复）');
  });

  it('renders 200 hostile strings in titles, replies, history notes and names as text', async () => {
    const payloads = xssPayloads();
    const table = mock.county('211100').tables.proposals;
    const p = table.get('p_023')!;
    const reply = p.replies[0]!;
    table.set('p_023', {
      ...p,
      title: payloads[0]!.slice(0, 100),
      replies: payloads.map((text, i) => ({ ...reply, id: `r_${i}`, text, docNo: payloads[(i + 1) % payloads.length]!.slice(0, 60) })),
      history: p.history.map((h, i) => ({ ...h, note: payloads[i % payloads.length]! })),
      cosigners: p.cosigners.map((c, i) => ({ ...c, name: payloads[i + 2]!.slice(0, 64) })),
    });
    // Files with hostile names and addresses: names stay text, links stay http(s) under the API.
    const file = { id: 'att_x', type: 'application/pdf', size: 10, sha256: 'a'.repeat(64) };
    const files = [
      ...payloads.slice(0, 20).map((name, i) => ({ ...file, id: `att_${i}`, name: name.slice(0, 255), url: payloads[i + 1]! })),
      { ...file, name: '绝对地址.pdf', url: 'javascript:window.__xss=1' },
    ];
    const hostile = table.get('p_023')!;
    table.set('p_023', { ...hostile, replies: hostile.replies.map((r, i) => (i === 0 ? { ...r, attachments: files } : r)) });
    const el = await mountAs('member-li');
    const open = await waitFor(
      () =>
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('td button')].find((b) =>
          b.getAttribute('aria-label')?.includes(payloads[0]!.slice(0, 20)),
        ),
      'the row',
    );
    open.click();
    await waitFor(() => el.shadowRoot!.querySelectorAll('.reply').length === 200, 'the replies');
    await new Promise((r) => setTimeout(r, 200));
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('img, script, svg, iframe, math, a[href^="javascript"]').length).to.equal(0);
    expect([...el.shadowRoot!.querySelectorAll('.reply p.text')].map((r) => r.textContent)).to.deep.equal(payloads);
    const items = [...el.shadowRoot!.querySelectorAll('.reply ul.files li')];
    expect(items.length).to.equal(files.length);
    for (const [i, li] of items.entries()) expectSame(li.textContent?.includes(files[i]!.name), true, `file name ${i} as text`);
    for (const a of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.reply ul.files a'))
      expect(/^https?:$/.test(new URL(a.href).protocol), a.href).to.equal(true);
  });

  it('has no axe violations in the list, the form and the detail, normal and large text', async () => {
    const el = await mountAs('member-li');
    await waitFor(() => el.shadowRoot!.querySelector('table'), 'my proposals');
    expect(await axeViolations(el)).to.deep.equal([]);
    el.elder = true;
    button(q(el, '[part="tabs"]')!, '撰写提案')!.click();
    await waitFor(() => inForm(el, 'input[name="proposerType"]'), 'the form');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
