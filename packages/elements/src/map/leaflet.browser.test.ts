// <tx-workstation-map> with a map: Tianditu base and label layers from configuration, attribution
// and 审图号 at the lower left, the county as the limit, clustering, markers and list in sync,
// points converted into the tiles' CRS (never in the stored data), tiles that fail, and axe.
import { expect } from '@esm-bundle/chai';
import 'axe-core';
import '../define/tx-workstation-map.js';
import type { Workstation } from '@tongxin/core';
import {
  $,
  $$,
  axeViolations,
  cleanUp,
  focused,
  keys,
  listedCount,
  mount,
  serve,
  startWorker,
  status,
  until,
  withProvider,
} from './browser.fixtures.js';
import { convert } from './crs.js';
import { config, many, station, stations } from './map.fixtures.js';
import type { TxWorkstationMap } from './workstation-map.js';

before(startWorker);
afterEach(cleanUp);

const tianditu = withProvider({ kind: 'tianditu', layer: 'vec', key: '0123456789abcdef' });
const xyz = (crs: 'WGS84' | 'GCJ02' | 'BD09' = 'WGS84') => withProvider({ kind: 'xyz', url: 'https://tiles.test/{z}/{x}/{y}.png', crs });

/** Scrolls the map on screen (it loads only then) and waits for Leaflet to draw markers or clusters. */
async function mapReady(el: HTMLElement) {
  const canvas = await until(() => $(el, '.canvas'), 'map canvas');
  canvas.scrollIntoView({ block: 'center' });
  return until(() => $$(el, '.tx-point, .tx-cluster').length > 0 && $(el, '.leaflet-container'), 'map markers', 8000);
}
/** The zoom level the tiles are drawn at (from the tile URLs: XYZ `/{z}/`, Tianditu `TILEMATRIX={z}`). */
const tileZoom = (el: HTMLElement) =>
  Math.max(
    ...$$<HTMLImageElement>(el, 'img.leaflet-tile').map((t) =>
      Number(/tiles\.test\/(\d+)\/|TILEMATRIX=(\d+)/.exec(t.src)?.slice(1).find(Boolean) ?? -1),
    ),
  );
/** Stations the markers stand for: points plus the counts in the clusters' names. */
const represented = (el: HTMLElement) =>
  $$(el, '.tx-point').length + $$(el, '.tx-cluster').reduce((n, c) => n + Number(/^(\d+)/.exec(c.title)?.[1] ?? 0), 0);
/** Clicks the zoom-in button `n` times, waiting for each zoom to finish. */
async function zoomIn(el: HTMLElement, n: number) {
  for (let i = 0; i < n; i++) {
    const before = tileZoom(el);
    $<HTMLAnchorElement>(el, '.leaflet-control-zoom-in')!.click();
    await until(() => tileZoom(el) > before && !$(el, '.leaflet-zoom-anim'), 'zoom in');
  }
  await new Promise((r) => setTimeout(r, 50));
}
/** Zooms in until the tiles are drawn at `level`. */
async function zoomTo(el: HTMLElement, level: number) {
  await until(() => tileZoom(el) > 0 && !$(el, '.leaflet-zoom-anim'), 'tiles drawn');
  while (tileZoom(el) < level) await zoomIn(el, 1);
  expect(tileZoom(el)).to.equal(level);
}
/** Centre of a station's marker (by its name), in pixels from the map's top-left corner. */
function markerAt(el: HTMLElement, name: string): [number, number] {
  const canvas = $(el, '.canvas')!.getBoundingClientRect();
  const marker = $$(el, '.tx-point')
    .find((m) => m.title === name)!
    .getBoundingClientRect();
  return [marker.left + marker.width / 2 - canvas.left, marker.top + marker.height / 2 - canvas.top];
}
async function mountWith(list: readonly Workstation[], set: Partial<TxWorkstationMap> = {}) {
  const el = await mount(set);
  el.stations = list;
  return el;
}

describe('<tx-workstation-map> with a map', () => {
  it('draws Tianditu vector tiles and their labels over t0–t7 with the county’s key; attribution and 审图号 at the lower left', async () => {
    serve({ config: tianditu, tiles: 'ok' });
    const el = await mount();
    await mapReady(el);
    await until(() => $$(el, 'img.leaflet-tile').length > 4, 'tiles');
    const srcs = $$<HTMLImageElement>(el, 'img.leaflet-tile').map((t) => new URL(t.src));
    expect(srcs.every((u) => /^t[0-7]\.tianditu\.gov\.cn$/.test(u.host) && u.protocol === 'https:')).to.equal(true);
    expect(srcs.every((u) => u.searchParams.get('tk') === '0123456789abcdef')).to.equal(true);
    expect(new Set(srcs.map((u) => u.pathname))).to.deep.equal(new Set(['/vec_w/wmts', '/cva_w/wmts']));
    // Attribution and review number are our own text at the lower-left corner, not Leaflet's HTML control.
    const credit = $(el, '[part=attribution]')!;
    expect(credit.textContent).to.equal('© 天地图 · 审图号：GS(2024)0650号');
    const box = credit.getBoundingClientRect();
    const canvas = $(el, '.canvas')!.getBoundingClientRect();
    expect(Math.abs(box.left - canvas.left)).to.be.below(4);
    expect(Math.abs(box.bottom - canvas.bottom)).to.be.below(4);
    expect($(el, '.leaflet-control-attribution')).to.equal(null);
    expect($(el, '#map')?.textContent).not.to.contain('Leaflet');
    expect($(el, '[part=map] [role=alert]'), 'no tile error').to.equal(null);
  });

  it('never leaves the county: zoom-out stops at the county and no tile outside it is requested', async () => {
    serve({ config: xyz(), tiles: 'ok' });
    const el = await mount();
    await mapReady(el);
    const zoomOut = $(el, '.leaflet-control-zoom-out')!;
    expect(zoomOut.classList.contains('leaflet-disabled'), 'zoom-out disabled at the county').to.equal(true);
    expect(zoomOut.getAttribute('aria-label')).to.equal('缩小');
    expect($(el, '.leaflet-control-zoom-in')?.getAttribute('aria-label')).to.equal('放大');
    await zoomIn(el, 2);
    // Pan hard in every direction with the keyboard.
    $(el, '.leaflet-container')!.focus();
    for (const key of ['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowLeft', 'ArrowDown', 'ArrowDown']) {
      for (let i = 0; i < 8; i++) await keys({ press: key });
    }
    await new Promise((r) => setTimeout(r, 400));
    const { southWest: sw, northEast: ne } = config.map!.bounds;
    const tile = (lng: number, lat: number, z: number) => {
      const n = 2 ** z;
      const rad = (lat * Math.PI) / 180;
      return [Math.floor(((lng + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)];
    };
    for (const img of $$<HTMLImageElement>(el, 'img.leaflet-tile')) {
      const [, z, x, y] = /tiles\.test\/(\d+)\/(\d+)\/(\d+)/.exec(img.src)!.map(Number) as number[];
      const [x0, y0] = tile(sw.lng, ne.lat, z!);
      const [x1, y1] = tile(ne.lng, sw.lat, z!);
      expect(x! >= x0! && x! <= x1! && y! >= y0! && y! <= y1!, `tile ${z}/${x}/${y} inside the county`).to.equal(true);
    }
  });

  it('clusters thousands of stations, counts every one, follows the filters, and zooms into a cluster', async () => {
    serve({ config: xyz(), tiles: 'ok', stations: many(2000) });
    const el = await mount();
    await until(() => status(el) === '共 2000 个工作站', 'all loaded', 10000);
    await until(() => represented(el) === 2000, 'every station in a marker or cluster', 8000);
    expect($$(el, '.tx-point, .tx-cluster').length, 'far fewer markers than stations').to.be.below(150);
    const select = $<HTMLSelectElement>(el, '#type')!;
    select.value = 'street';
    select.dispatchEvent(new Event('change'));
    await until(() => represented(el) === 667, 'only street stations (667)', 8000);
    const zoom = tileZoom(el);
    const cluster = $$(el, '.tx-cluster').sort((a, b) => Number(/^\d+/.exec(b.title)) - Number(/^\d+/.exec(a.title)))[0]!;
    cluster.click();
    await until(() => tileZoom(el) > zoom, 'zoomed into the cluster');
  });

  it('keeps markers and list in sync: a marker opens the card; a station from the list is marked on the map', async () => {
    serve({ config: xyz(), tiles: 'ok' });
    const el = await mount();
    await listedCount(el, 5);
    await mapReady(el);
    // From the list: 北窑村 is marked (and zoomed to until it stands alone).
    $$<HTMLButtonElement>(el, '.open')[3]!.click();
    await until(() => $(el, '.tx-point.selected'), 'selected marker');
    expect($(el, '.tx-point.selected')!.title).to.equal(stations[3]!.name);
    $<HTMLButtonElement>(el, '[part="button back"]')!.click();
    await el.updateComplete;
    // From the map, by keyboard: a focused marker opens with Enter; focus moves to the card.
    const marker = await until(() => $$(el, '.tx-point').find((m) => m.title === stations[3]!.name), 'marker');
    expect(marker.getAttribute('role')).to.equal('button');
    marker.focus();
    await keys({ press: 'Enter' });
    await until(() => focused()?.id === 'card-title', 'card from the marker');
    expect($(el, '#card-title')?.textContent).to.equal(stations[3]!.name);
  });

  it('converts points into the tiles’ CRS on display, for GCJ-02, BD-09 and WGS-84 stations', async function () {
    this.timeout(60_000); // nine maps, one after another
    // The view at the county's zoom is centred on (122.07, 41.05) here: the configured centre, held
    // inside the county's bounds. Points near it stay on screen when zooming in around it.
    const here = { lng: 122.07, lat: 41.05 };
    // Measured from a reference station in the same map, so that a view that settles a pixel
    // differently between mounts (a scrollbar appearing, say) cancels out.
    const reference = station({ id: 'ref', name: '参照点', location: { lng: here.lng + 0.03, lat: here.lat + 0.005, crs: 'WGS84' } });
    /** Where a station is drawn relative to the reference at zoom 12. */
    async function drawn(provider: ReturnType<typeof xyz>, location: Workstation['location']): Promise<[number, number]> {
      serve({ config: provider, tiles: 'ok' });
      const el = await mountWith([station({ id: 'ws_x', name: '测点', location }), reference]);
      await mapReady(el);
      // To zoom 12 (three levels in from the county's view) whatever level the view was first
      // fitted at: on a busy machine a mount may settle one level apart, and offsets double per level.
      await zoomTo(el, 12);
      await until(() => $$(el, '.tx-point').length === 2, 'two separate markers');
      // Measured once the view is still (a pan back inside the county's bounds may be finishing).
      const offset = () => {
        const [x, y] = markerAt(el, '测点');
        const [rx, ry] = markerAt(el, '参照点');
        return `${x - rx},${y - ry}`;
      };
      for (let last = '', tries = 0; ; tries++) {
        const now = offset();
        if (now === last) break;
        if (tries > 100) throw new Error(`markers still moving: ${last} → ${now}`);
        last = now;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      }
      const [x, y] = markerAt(el, '测点');
      const [rx, ry] = markerAt(el, '参照点');
      cleanUp();
      return [x - rx, y - ry];
    }
    const close = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]) <= 1;
    // On a CGCS2000 (Tianditu) map, a GCJ-02 point lands where its WGS-84 equivalent does…
    const wgsMap = withProvider({ kind: 'tianditu', layer: 'img', key: '0123456789abcdef' });
    const gcj = await drawn(wgsMap, { ...here, crs: 'GCJ02' });
    const same = await drawn(wgsMap, { ...convert(here, 'GCJ02', 'WGS84'), crs: 'WGS84' });
    const raw = await drawn(wgsMap, { ...here, crs: 'WGS84' });
    expect(close(gcj, same), `GCJ-02 ${gcj} vs WGS-84 ${same}`).to.equal(true);
    expect(close(gcj, raw), 'not drawn unconverted').to.equal(false);
    // …on a GCJ-02 map, a WGS-84 point lands where its GCJ-02 equivalent does, and BD-09 likewise.
    const onGcj = await drawn(xyz('GCJ02'), { ...here, crs: 'WGS84' });
    const gcjThere = await drawn(xyz('GCJ02'), { ...convert(here, 'WGS84', 'GCJ02'), crs: 'GCJ02' });
    expect(close(onGcj, gcjThere), `WGS-84 ${onGcj} vs GCJ-02 ${gcjThere}`).to.equal(true);
    const bd = await drawn(xyz('GCJ02'), { ...here, crs: 'BD09' });
    const bdThere = await drawn(xyz('GCJ02'), { ...convert(here, 'BD09', 'GCJ02'), crs: 'GCJ02' });
    expect(close(bd, bdThere), `BD-09 ${bd} vs GCJ-02 ${bdThere}`).to.equal(true);
    // …and on a BD-09 map, a CGCS2000 point is converted to BD-09.
    const onBd = await drawn(xyz('BD09'), { ...here, crs: 'CGCS2000' });
    const bdHere = await drawn(xyz('BD09'), { ...convert(here, 'WGS84', 'BD09'), crs: 'BD09' });
    expect(close(onBd, bdHere), `CGCS2000 ${onBd} vs BD-09 ${bdHere}`).to.equal(true);
  });

  it('never changes the stored stations while converting them (frozen data draws fine)', async () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object') for (const v of Object.values(Object.freeze(o))) deepFreeze(v);
      return o;
    };
    const list = deepFreeze(structuredClone(stations));
    const before = JSON.stringify(list);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    serve({ config: tianditu, tiles: 'ok' });
    const el = await mountWith(list);
    await mapReady(el);
    await until(() => represented(el) === 5, 'all five drawn');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(JSON.stringify(list)).to.equal(before);
  });

  it('says clearly when tiles fail, and the list still works', async () => {
    // Another host than the other tests' tiles: those are in the image cache and would load.
    serve({ config: withProvider({ kind: 'xyz', url: 'https://down.tiles.test/{z}/{x}/{y}.png', crs: 'WGS84' }), tiles: 'fail' });
    const el = await mount();
    await listedCount(el, 5);
    $(el, '.canvas')!.scrollIntoView({ block: 'center' });
    const alert = await until(() => $$(el, '[part=map] [role=alert]').find((a) => a.textContent?.includes('底图')), 'tile error', 10000);
    expect(alert.textContent?.trim()).to.equal('地图底图加载失败，列表中的工作站信息不受影响。');
    $$<HTMLButtonElement>(el, '.open')[2]!.click();
    await until(() => $(el, '#card-title')?.textContent === stations[2]!.name, 'card');
  });

  it('lists only what the map shows when asked, and hides and shows the map', async () => {
    serve({ config: xyz(), tiles: 'ok', stations: many(300) });
    const el = await mount();
    await until(() => status(el) === '共 300 个工作站', 'loaded');
    await mapReady(el);
    await zoomIn(el, 3);
    const box = await until(() => $<HTMLInputElement>(el, '.check input'), 'in-view checkbox');
    box.click();
    await until(() => /^找到 \d+ 个工作站（共 300 个）$/.test(status(el)), 'only in view');
    const inView = Number(/找到 (\d+)/.exec(status(el))?.[1]);
    expect(inView).to.be.above(0).and.below(300);
    const toggle = $<HTMLButtonElement>(el, '[part="button toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    toggle.click();
    await el.updateComplete;
    expect($(el, '#map')!.hidden).to.equal(true);
    expect(toggle.textContent?.trim()).to.equal('显示地图');
    expect(status(el), 'the whole list again without the map').to.equal('共 300 个工作站');
    toggle.click();
    await el.updateComplete;
    expect($(el, '#map')!.hidden).to.equal(false);
  });

  it('has no axe violations with the map shown, in normal and elder mode', async () => {
    serve({ config: tianditu, tiles: 'ok' });
    for (const elder of [false, true]) {
      const el = await mount({ elder });
      await listedCount(el, 5);
      await mapReady(el);
      expect(await axeViolations(el), `map${elder ? ' (elder)' : ''}`).to.deep.equal([]);
    }
  });
});
