// 200 script-injection payloads in every text field of the stations (and in the county's
// attribution, 审图号 and sector names), served through the API: the list, every card and the
// map's markers show them as text; nothing runs and no element or handler appears.
import { expect } from '@esm-bundle/chai';
import '../define/tx-workstation-map.js';
import type { Workstation } from '@tongxin/core';
import { $, $$, cleanUp, listedCount, mount, serve, startWorker, until, withProvider } from './browser.fixtures.js';
import { config, station } from './map.fixtures.js';

before(startWorker);
afterEach(cleanUp);

const BASE = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload=window.__xss=1>',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '<iframe src="javascript:parent.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">点我</a>',
  '<body onload=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '{{constructor.constructor("window.__xss=1")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, deliberately in a plain string
  '${window.__xss=1}',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<input autofocus onfocus=window.__xss=1>',
  '<video><source onerror=window.__xss=1>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<!--<img src="--><img src=x onerror=window.__xss=1//">',
  '<template><img src=x onerror=window.__xss=1></template>',
  'javascript:window.__xss=1',
];
const VARIANTS: ((p: string) => string)[] = [
  (p) => p,
  (p) => `工作站${p}`,
  (p) => `${p}（演示）`,
  (p) => p.toUpperCase(),
  (p) => `<b>${p}</b>`,
  (p) => `&lt;${p.replace(/</g, '&lt;')}`,
  (p) => `${p}<script>window.__xss=2</script>`,
  (p) => `“${p}”`,
  (p) => `top:${p.replace(/window/g, 'top')}`,
  (p) => `<div title="${p}">`,
];
/** 200 distinct payloads. */
const PAYLOADS = BASE.flatMap((p) => VARIANTS.map((v) => v(p)));
/** The first `n` code points (field limits count code points). */
const cut = (s: string, n: number) => [...s].slice(0, n).join('');

/** Elements our templates (and Leaflet, and the tiles) may create; anything else was injected. */
const ALLOWED = new Set(
  'SECTION H2 H3 H4 FORM DIV LABEL INPUT SELECT OPTION P BUTTON UL OL LI SPAN ARTICLE DL DT DD A TIME BR DETAILS SUMMARY IMG'.split(' '),
);
function injected(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (!ALLOWED.has(el.tagName)) found.push(el.tagName);
    for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${el.tagName}[${attr}]`);
    if (el instanceof HTMLAnchorElement && el.getAttribute('href') && !/^(tel:|#)/.test(el.getAttribute('href')!))
      found.push(`a[href=${el.href}]`);
    if (el instanceof HTMLImageElement && !/^https:\/\/tiles\.test\//.test(el.src)) found.push(`img[src=${el.src}]`);
  }
  return found;
}

describe('<tx-workstation-map> with hostile data', () => {
  it('renders 200 XSS payloads in every field as inert text: list, cards and markers', async function () {
    this.timeout(60_000); // 200 cards, one after another
    const w = window as unknown as { __xss?: number };
    delete w.__xss;
    expect(PAYLOADS).to.have.length(200);
    expect(new Set(PAYLOADS).size).to.equal(200);
    const hostile: Workstation[] = PAYLOADS.map((p, i) =>
      station({
        id: `ws_${i}`,
        name: cut(p, 100),
        address: cut(p, 200),
        host: cut(p, 100),
        services: [cut(p, 100)],
        members: [{ name: cut(p, 64), sectorCode: 'agri' }],
        duty: { slots: [{ weekday: 3, start: '09:00', end: '11:30' }], note: cut(p, 200) },
        activities: [{ date: '2026-10-18', title: cut(p, 200), summary: p }],
        location: { lng: 122.07 + (i % 20) * 0.01, lat: 41.0 + Math.floor(i / 20) * 0.01, crs: 'WGS84' },
      }),
    );
    const county = {
      ...withProvider({ kind: 'xyz', url: 'https://tiles.test/{z}/{x}/{y}.png', crs: 'WGS84' }),
      sectors: [{ code: 'agri', label: { 'zh-Hans': PAYLOADS[1]! } }],
    };
    county.map = { ...county.map!, attribution: PAYLOADS[0]!, reviewNumber: cut(PAYLOADS[2]!, 60) };
    serve({ stations: hostile, config: county, tiles: 'ok' });
    const el = await mount({ pageSize: 200 });
    await listedCount(el, 200);
    const root = el.shadowRoot!;
    // The list: every name as text.
    const names = $$(el, '.open').map((b) => b.textContent);
    expect(names).to.deep.equal(hostile.map((s) => s.name));
    // The map: markers carry names as attribute text; the attribution is text.
    $(el, '.canvas')!.scrollIntoView();
    await until(() => $$(el, '.tx-point, .tx-cluster').length > 0, 'markers', 8000);
    expect($(el, '[part=attribution]')?.textContent).to.equal(`${PAYLOADS[0]} · 审图号：${cut(PAYLOADS[2]!, 60)}`);
    // Every card.
    for (let i = 0; i < hostile.length; i++) {
      $$<HTMLButtonElement>(el, '.open')[i]!.click();
      await el.updateComplete;
      const card = $(el, '.card')!;
      const s = hostile[i]!;
      expect($(el, '#card-title')?.textContent).to.equal(s.name);
      expect(card.querySelector('dd')?.textContent).to.equal(s.address);
      expect(card.textContent).to.contain(s.activities[0]!.summary);
      expect(card.querySelector('.members li')?.textContent).to.equal(`${s.members[0]!.name}（${PAYLOADS[1]}）`);
      expect(injected(root), `card ${i}`).to.deep.equal([]);
      $<HTMLButtonElement>(el, '[part="button back"]')!.click();
      await el.updateComplete;
    }
    expect(injected(root)).to.deep.equal([]);
    await new Promise((r) => setTimeout(r, 100));
    expect(w.__xss, 'no payload ran').to.equal(undefined);
    expect(config.map?.attribution, 'fixtures untouched').to.equal('© 天地图');
  });
});
