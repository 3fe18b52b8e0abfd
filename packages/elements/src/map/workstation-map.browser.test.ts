// <tx-workstation-map> in list-only mode (the county configures no tiles): loading every page,
// filters and search, the card, "nearest to me", the opinion request, deep links, languages,
// errors, keyboard-only use with real key presses, and axe in normal and elder mode.
import { expect } from '@esm-bundle/chai';
// axe-core is a UMD script (no ES default export in the browser): importing it sets `window.axe`.
import 'axe-core';
import '../define/tx-workstation-map.js';
import { HttpResponse, http } from 'msw';
import {
  $,
  $$,
  axeViolations,
  base,
  cleanUp,
  focused,
  keys,
  listed,
  listedCount,
  mount,
  requests,
  serve,
  startWorker,
  status,
  tabTo,
  tenant,
  until,
  worker,
} from './browser.fixtures.js';
import { convert } from './crs.js';
import type { TxOpinionRequestEvent, TxWorkstationSelectEvent } from './events.js';
import { many, station, stations } from './map.fixtures.js';

before(startWorker);
afterEach(cleanUp);

/** Sets a filter select the way a user's choice does (value, then `change`). */
async function pick(el: HTMLElement & { updateComplete: Promise<boolean> }, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
async function search(el: HTMLElement & { updateComplete: Promise<boolean> }, text: string) {
  const input = $<HTMLInputElement>(el, '#search')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}
const button = (el: HTMLElement, text: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent?.replace(/\s+/g, ' ').trim().includes(text));
const options = (el: HTMLElement, id: string) => $$<HTMLOptionElement>(el, `#${id} option`).map((o) => o.textContent?.trim());

describe('<tx-workstation-map>', () => {
  it('lists every station with its type and address, and shows no map when the county has no tiles', async () => {
    serve();
    const el = await mount();
    await listedCount(el, 5);
    expect(listed(el)).to.deep.equal(stations.map((s) => s.name));
    expect(status(el)).to.equal('共 5 个工作站');
    const first = $$(el, '.list .item')[1]!;
    expect(first.textContent).to.contain('村（社区）委员工作站');
    expect(first.textContent).to.contain('兴隆台区振兴街道泰山社区党群服务中心');
    expect($(el, '#map'), 'no map region').to.equal(null);
    expect(button(el, '地图'), 'no map toggle').to.equal(undefined);
    expect($(el, 'h2')?.textContent).to.equal('委员工作站');
    expect($(el, 'form[role=search]')?.getAttribute('aria-label')).to.equal('查找工作站');
  });

  it('loads every page of stations and shows them 20 at a time', async () => {
    serve({ stations: many(450) });
    const el = await mount();
    await until(() => status(el) === '共 450 个工作站', 'all 450 loaded');
    const cursors = requests.filter((u) => u.includes('/workstations')).map((u) => new URL(u).searchParams.get('cursor'));
    expect(cursors).to.deep.equal([null, '200', '400']);
    expect(listed(el)).to.have.length(20);
    expect(button(el, '显示更多')?.textContent?.trim()).to.equal('显示更多（还有 430 个）');
  });

  it('can be used completely by keyboard: search, filter, open a card, go back, show more', async () => {
    serve({ stations: [...stations, ...many(30)] });
    const el = await mount({ pageSize: 3 });
    await until(() => status(el) === '共 35 个工作站', 'loaded');
    await until(() => $(el, '#district'), 'district select');
    // Tab into the widget: the search box comes first.
    document.body.tabIndex = -1;
    document.body.focus();
    await tabTo((e) => e.id === 'search');
    await keys({ type: '兴隆台' });
    await until(() => listed(el).length === 3 && status(el) === '找到 11 个工作站（共 35 个）', 'search applied');
    // Clear the search (three Backspaces: WebDriver has no modifier keys here), then choose a
    // district with the arrow keys.
    for (let i = 0; i < 3; i++) await keys({ press: 'Backspace' });
    await until(() => status(el) === '共 35 个工作站', 'search cleared');
    await tabTo((e) => e.id === 'district');
    await keys({ press: 'ArrowDown' }); // 双台子区
    await keys({ press: 'ArrowDown' }); // 兴隆台区
    await until(() => $<HTMLSelectElement>(el, '#district')?.value === '211103', 'district chosen');
    await until(() => status(el) === '找到 11 个工作站（共 35 个）', 'district filter applied');
    // Open the first station from the list with Enter: focus moves to its name in the card.
    await tabTo((e) => e.classList.contains('open'));
    const name = focused()?.textContent?.trim();
    await keys({ press: 'Enter' });
    await until(() => focused()?.id === 'card-title', 'focus on the card title');
    expect(focused()?.textContent?.trim()).to.equal(name);
    // Everything in the card is reachable; the opinion button is last.
    await tabTo((e) => e.getAttribute('part') === 'button opinion');
    // Back to the list (Shift+Tab to the back button, Space): focus returns to the same station.
    // WebDriver (WebKit) cannot hold Shift: there, Tab on round the page to it.
    const webdriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
    await tabTo((e) => e.getAttribute('part') === 'button back', webdriver ? 120 : 40, !webdriver);
    await keys({ press: ' ' });
    await until(() => focused()?.classList.contains('open') && focused()?.textContent?.trim() === name, 'focus back on the station');
    // "Show more" with Enter moves focus to the first newly shown station.
    await tabTo((e) => e.getAttribute('part') === 'button more');
    await keys({ press: 'Enter' });
    await until(() => listed(el).length === 6, 'three more shown');
    expect(focused()?.textContent?.trim()).to.equal(listed(el)[3]);
  });

  it('filters district → town → village from the division tree, by type and by sector', async () => {
    serve();
    const el = await mount();
    await listedCount(el, 5);
    await until(() => $(el, '#district'), 'districts');
    expect(options(el, 'district')).to.deep.equal(['全部', '双台子区', '兴隆台区', '大洼区', '盘山县']);
    expect($(el, '#town'), 'no town select before a district').to.equal(null);
    await pick(el, 'district', '211103');
    expect(listed(el)).to.have.length(3);
    await until(() => $(el, '#town'), 'towns of 兴隆台区');
    expect(options(el, 'town')).to.deep.equal(['全部', '振兴街道', '兴隆街道']);
    await pick(el, 'town', '211103001000');
    expect(listed(el)).to.deep.equal([stations[0]!.name, stations[1]!.name]);
    await until(() => $(el, '#village'), 'villages');
    await pick(el, 'village', '211103001003');
    expect(listed(el)).to.deep.equal([stations[1]!.name]);
    expect(status(el)).to.equal('找到 1 个工作站（共 5 个）');
    // Another district clears the town and village.
    await pick(el, 'district', '211104');
    expect($(el, '#village')).to.equal(null);
    expect(listed(el)).to.deep.equal([stations[3]!.name]);
    await pick(el, 'district', '');
    // Type, then sector (stations of the sector, or with a member of it).
    await pick(el, 'type', 'village');
    expect(listed(el)).to.deep.equal([stations[1]!.name, stations[3]!.name]);
    await pick(el, 'type', '');
    expect(options(el, 'sector')).to.deep.equal(['全部', '中国共产党', '农业和农村界', '医药卫生界']);
    await pick(el, 'sector', 'agri');
    expect(listed(el)).to.deep.equal([stations[0]!.name, stations[3]!.name, stations[4]!.name]);
    // "清除条件" clears everything.
    button(el, '清除条件')!.click();
    await el.updateComplete;
    expect(listed(el)).to.have.length(5);
    expect(button(el, '清除条件')).to.equal(undefined);
  });

  it('searches names, addresses, services and members; folds full-width; says when nothing matches', async () => {
    serve();
    const el = await mount();
    await listedCount(el, 5);
    await search(el, '义诊');
    expect(listed(el)).to.deep.equal([stations[1]!.name]);
    await search(el, '赵丽');
    expect(listed(el)).to.deep.equal([stations[3]!.name]);
    await search(el, '兴隆台区　社区'); // an ideographic space between two words
    expect(listed(el)).to.deep.equal([stations[1]!.name, stations[4]!.name]);
    await search(el, '没有这个地方');
    expect(listed(el)).to.deep.equal([]);
    expect(status(el)).to.equal('没有符合条件的工作站，请调整条件。');
    expect($(el, '[part=status]')?.getAttribute('aria-live')).to.equal('polite');
  });

  it('shows a card with office phone, members and their sectors, duty, services and activities — never a personal number', async () => {
    const withPersonal = station({
      id: 'ws_p',
      name: '振兴社区委员工作站（演示）',
      officePhone: '0427-2826000',
      members: [
        // A personal number smuggled into the data is not part of the contract and is never read.
        { name: '李明', sectorCode: 'agri', phone: '13912345678', mobile: '13812341234' } as never,
        { name: '王芳' },
      ],
      duty: {
        slots: [
          { weekday: 5, start: '14:00', end: '16:30' },
          { weekday: 1, start: '09:00', end: '11:30' },
        ],
        note: '每月第二周周三为委员接待日',
      },
      activities: Array.from({ length: 7 }, (_, i) => ({ date: `2026-0${i + 1}-15`, title: `活动${i + 1}` })),
    });
    serve();
    const el = await mount();
    el.stations = [withPersonal];
    await listedCount(el, 1);
    $<HTMLButtonElement>(el, '.open')!.click();
    await until(() => $(el, '.card'), 'card');
    const card = $(el, '.card')!;
    const text = card.textContent!.replace(/\s+/g, ' ');
    expect($(el, '#card-title')?.textContent).to.equal('振兴社区委员工作站（演示）');
    expect($<HTMLAnchorElement>(el, '.card a')?.href).to.equal('tel:04272826000');
    expect(text).to.contain('0427-2826000');
    expect(text).to.contain('周一 09:00–11:30；周五 14:00–16:30');
    expect(text).to.contain('每月第二周周三为委员接待日');
    // Sector names come from the county config, which may arrive after the stations.
    await until(() => $$(el, '.members li')[0]?.textContent?.includes('（'), 'sector names');
    expect($$(el, '.members li').map((li) => li.textContent?.trim())).to.deep.equal(['李明（农业和农村界）', '王芳']);
    expect(text).to.contain('接待群众来访');
    // Newest first; five shown, the rest behind a disclosure.
    expect(
      $$(el, '.activity')
        .slice(0, 2)
        .map((li) => li.textContent),
    ).to.deep.equal(['2026年7月15日活动7', '2026年6月15日活动6']);
    expect($(el, 'details summary')?.textContent).to.equal('更早的活动（2 项）');
    expect(text).to.contain('已收集社情民意 12 条');
    expect(text).not.to.match(/139\s?1234|138\s?1234|13912345678|13812341234/);
    expect(root(el).innerHTML).not.to.contain('13912345678');
  });

  it('dispatches a cancelable tx-opinion-request and shows <tx-opinion-box workstation> when it is defined', async () => {
    serve();
    const el = await mount();
    await listedCount(el, 5);
    $<HTMLButtonElement>(el, '.open')!.click();
    await until(() => $(el, '.card'), 'card');
    const seen: TxOpinionRequestEvent[] = [];
    const listener = (e: TxOpinionRequestEvent) => seen.push(e);
    document.addEventListener('tx-opinion-request', listener);
    try {
      // 1. Not defined on this page: a note with the office phone instead of nothing.
      button(el, '向该工作站反映社情民意')!.click();
      await el.updateComplete;
      expect(seen).to.have.length(1);
      expect(seen[0]!.detail).to.deep.equal({ workstationId: 'ws_001', divisionCode: '211103001000' });
      expect([seen[0]!.bubbles, seen[0]!.composed, seen[0]!.cancelable]).to.deep.equal([true, true, true]);
      expect($(el, '.notice[role=status]')?.textContent).to.contain('0427-2800000');
      // 2. Defined: the box appears below the card with the station and our settings.
      customElements.define('tx-opinion-box', class extends HTMLElement {});
      button(el, '向该工作站反映社情民意')!.click();
      await el.updateComplete;
      const box = $(el, 'tx-opinion-box');
      expect(box?.getAttribute('workstation')).to.equal('ws_001');
      expect(box?.getAttribute('workstation-name')).to.equal($(el, '#card-title')?.textContent);
      expect(box?.getAttribute('endpoint')).to.equal(base);
      expect(box?.getAttribute('tenant')).to.equal(tenant);
      expect(box?.previousElementSibling?.classList.contains('card')).to.equal(true);
      // 3. Prevented: the page handles it; nothing is shown.
      $<HTMLButtonElement>(el, '[part="button back"]')!.click();
      await el.updateComplete;
      $$<HTMLButtonElement>(el, '.open')[1]!.click();
      await until(() => $(el, '.card'), 'second card');
      const prevent = (e: Event) => e.preventDefault();
      document.addEventListener('tx-opinion-request', prevent);
      button(el, '向该工作站反映社情民意')!.click();
      await el.updateComplete;
      document.removeEventListener('tx-opinion-request', prevent);
      expect(seen.at(-1)?.detail.workstationId).to.equal('ws_002');
      expect(seen.at(-1)?.defaultPrevented).to.equal(true);
      expect($(el, 'tx-opinion-box')).to.equal(null);
    } finally {
      document.removeEventListener('tx-opinion-request', listener);
    }
  });

  it('sorts by distance from the user: geolocation is WGS-84 and stations in BD-09 or GCJ-02 are converted', async () => {
    // Stand exactly on ws_003, which is stored in BD-09: converted, it is 0 m away; read raw, ~700 m.
    const onStation = convert(stations[2]!.location!, 'BD09', 'WGS84');
    let answer: (ok: PositionCallback, fail: PositionErrorCallback | null | undefined) => void = (ok) =>
      ok({ coords: { longitude: onStation.lng, latitude: onStation.lat, accuracy: 20 } } as GeolocationPosition);
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (ok: PositionCallback, fail?: PositionErrorCallback | null) => answer(ok, fail) },
    });
    try {
      serve();
      const el = await mount();
      await listedCount(el, 5);
      button(el, '离我最近')!.click();
      await until(() => button(el, '取消按距离排序'), 'sorted by distance');
      expect(listed(el)[0]).to.equal(stations[2]!.name);
      expect($$(el, '.list .item')[0]!.textContent).to.contain('约 0 米');
      expect(root(el).textContent).to.contain('您的位置只在本机使用，不会上传');
      expect(listed(el).at(-1)).to.equal(stations[3]!.name); // 大洼区, the farthest
      button(el, '取消按距离排序')!.click();
      await el.updateComplete;
      expect(listed(el)).to.deep.equal(stations.map((s) => s.name));
      // Permission refused: a message in words, and the list is unchanged.
      answer = (_, fail) => fail?.({ code: 1, PERMISSION_DENIED: 1, message: 'denied' } as GeolocationPositionError);
      button(el, '离我最近')!.click();
      await until(() => $(el, '.filters [role=alert]'), 'error');
      expect($(el, '.filters [role=alert]')?.textContent).to.contain('没有获得位置权限');
      expect(listed(el)).to.deep.equal(stations.map((s) => s.name));
    } finally {
      delete (navigator as unknown as Record<string, unknown>).geolocation;
    }
  });

  it('opens the card of a linked station (selected="…") and says so when it does not exist', async () => {
    serve();
    const events: (string | undefined)[] = [];
    document.addEventListener('tx-workstation-select', (e: TxWorkstationSelectEvent) => events.push(e.detail.workstationId));
    const el = await mount({ selected: 'ws_004' });
    await until(() => $(el, '#card-title')?.textContent === stations[3]!.name, 'linked card');
    el.selected = 'ws_missing';
    await until(() => root(el).textContent?.includes('没有找到这个工作站'), 'not found');
    expect(requests.some((u) => u.endsWith('/workstations/ws_missing'))).to.equal(true);
    button(el, '返回列表')!.click();
    await el.updateComplete;
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(listed(el)).to.have.length(5);
    expect(events).to.deep.equal([undefined]);
  });

  it('speaks Traditional Chinese and English', async () => {
    serve();
    const hant = await mount({ locale: 'zh-Hant' });
    await listedCount(hant, 5);
    // The Traditional Chinese strings are a separate chunk: zh-Hans until they arrive.
    await until(() => status(hant) === '共 5 個工作站', 'zh-Hant strings');
    expect($(hant, 'h2')?.textContent).to.equal('委員工作站');
    await until(() => $(hant, '#sector'), 'sectors');
    expect(options(hant, 'sector')).to.include('農業和農村界');
    const en = await mount({ locale: 'en' });
    await listedCount(en, 5);
    await until(() => status(en) === '5 workstations', 'English strings');
    expect(button(en, 'Nearest to me')).to.not.equal(undefined);
    $<HTMLButtonElement>(en, '.open')!.click();
    await until(() => $(en, '.card'), 'card');
    expect(root(en).textContent).to.contain('Wed 09:00–11:30');
    expect(root(en).textContent).to.contain('Members on duty here');
  });

  it('explains a missing endpoint instead of showing nothing', async () => {
    const el = document.createElement('tx-workstation-map');
    el.tenant = tenant;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect($(el, '[role=alert]')?.textContent).to.contain('缺少 endpoint');
    } finally {
      el.remove();
    }
  });

  it('says when loading failed and loads again on retry', async () => {
    serve();
    let down = true;
    // Down for every attempt (the client retries a GET twice), then back.
    worker.use(http.get(`${base}/v1/${tenant}/workstations`, () => (down ? HttpResponse.error() : undefined)));
    const el = await mount();
    await until(() => $(el, '[part=error]'), 'error', 8000);
    expect($(el, '[part=error]')?.textContent).to.contain('加载失败');
    down = false;
    button(el, '重试')!.click();
    await listedCount(el, 5);
    expect($(el, '[part=error]')).to.equal(null);
  });

  it('has no axe violations in the list and the card, in normal and elder mode', async () => {
    serve();
    for (const elder of [false, true]) {
      const el = await mount({ elder });
      await listedCount(el, 5);
      await until(() => $(el, '#district'), 'filters');
      expect(await axeViolations(el), `list${elder ? ' (elder)' : ''}`).to.deep.equal([]);
      $<HTMLButtonElement>(el, '.open')!.click();
      await until(() => $(el, '.card'), 'card');
      expect(await axeViolations(el), `card${elder ? ' (elder)' : ''}`).to.deep.equal([]);
      if (elder) expect(Number.parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(20);
    }
  });
});

const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;
