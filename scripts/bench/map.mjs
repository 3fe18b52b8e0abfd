// <tx-workstation-map> with 10,000 stations in headless Chromium, beside plain Leaflet pages
// showing the same points: time to first render (list + clustered map), and frame times while the
// user drags the map and zooms with the wheel. Contenders interleaved, a fresh page per sample,
// medians. Bundles are built here from the sources (esbuild, minified, code-split so that our
// map chunk loads lazily as on a real site); tiles are a 256 px PNG served by request interception.
//
//   node scripts/bench/map.mjs            (MAP_BENCH_SAMPLES=7, MAP_BENCH_STATIONS=10000)
//
// Exports `title`, `note` and `run()` like the `*.bench.mjs` files, so `run.mjs` can run it once
// it is named `map.bench.mjs`.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, root } from '../lib/bootstrap.mjs';
import { stats } from './stats.mjs';

export const title =
  'Workstation map: 10,000 stations — first render (list + clustered map), drag and wheel-zoom frame times (headless Chromium)';
export const note =
  'Medians over fresh pages, contenders interleaved. "first render": from creating the element / map until the list and the first markers are painted (one frame after they are in the DOM); "all 10,000 shown": until every station is in a marker or a cluster, painted. ' +
  'Ours (property) gets the 10,000 stations as a property, like the baselines get them, and loads its map chunk (Leaflet) lazily inside the timing; "warm" has that chunk loaded first, like the baselines; ours (API) fetches the stations in 50 pages of 200 through its client. The baselines share one bundle (Leaflet, Leaflet.markercluster, supercluster). ' +
  'Frame times: intervals between animation frames while dragging 400 px and zooming 3 wheel notches in and out. ' +
  "The baseline is plain Leaflet + Leaflet.markercluster (its defaults, chunked loading off, all 10,000 added at once with addLayers) — the page the issue names; a second page uses supercluster with our clustering options, Leaflet's default markers for single stations.";

const SAMPLES = Number(process.env.MAP_BENCH_SAMPLES ?? 7);
const STATIONS = Number(process.env.MAP_BENCH_STATIONS ?? 10_000);
const PAGE_TIMEOUT = 120_000;
const TILE_HOST = 'https://tiles.bench.test';
const VIEWPORT = { width: 1280, height: 900 };

const only = process.env.MAP_BENCH_ONLY?.split(',');
const allContenders = {
  property: { label: '<tx-workstation-map> (stations as a property)', page: 'ours', mode: 'property' },
  warm: { label: '<tx-workstation-map> (property; map chunk loaded before timing, as the baselines)', page: 'ours', mode: 'warm' },
  api: { label: '<tx-workstation-map> (fetched: 50 × 200 via the API)', page: 'ours', mode: 'api' },
  markercluster: { label: 'plain Leaflet 1.9.4 + Leaflet.markercluster 1.5.3 (baseline)', page: 'baseline', mode: 'markercluster' },
  clustered: { label: 'plain Leaflet 1.9.4 + supercluster 9.1.0', page: 'baseline', mode: 'clustered' },
  markers: { label: 'plain Leaflet 1.9.4, 10,000 L.marker, no clustering', page: 'baseline', mode: 'markers' },
};
const contenders = Object.fromEntries(Object.entries(allContenders).filter(([name]) => !only || only.includes(name)));

/** The county the pages show (as the seed's 211100), with XYZ tiles from the bench's tile host. */
const county = {
  tenant: '211100',
  name: { 'zh-Hans': '中国人民政治协商会议盘锦市委员会' },
  shortName: { 'zh-Hans': '盘锦市政协' },
  currentSession: { term: 9, meeting: 5 },
  proposalCategories: [{ code: 'economy', label: { 'zh-Hans': '经济' } }],
  opinionCategories: [{ code: 'livelihood', label: { 'zh-Hans': '民生保障' } }],
  sectors: [
    { code: 'cpc', label: { 'zh-Hans': '中国共产党' } },
    { code: 'agri', label: { 'zh-Hans': '农业和农村界' } },
  ],
  units: [{ id: 'u1', name: '盘锦市住房和城乡建设局', kind: 'government', active: true }],
  answerCategories: [{ code: 'A', label: { 'zh-Hans': '已经解决或基本解决' } }],
  notFiledReasons: [{ code: 'personal', label: { 'zh-Hans': '个人问题' } }],
  deadlines: {
    replyWorkingDays: 66,
    handbackWorkingDays: 5,
    maxExtensionWorkingDays: 44,
    opinionReplyWorkingDays: 10,
    dueSoonWorkingDays: 5,
  },
  calendar: { holidays: [], workdays: [] },
  taskStages: [{ code: 'planned', label: { 'zh-Hans': '立项' }, roles: ['staff'], progress: 0, bucket: 'todo' }],
  opinionPolicy: { identity: 'optional', notice: { 'zh-Hans': '本栏目不受理信访事项。' }, softLengthLimit: 1500 },
  privacy: { version: '1', text: { 'zh-Hans': '仅为办理您反映的问题使用您的信息。' } },
  forms: {},
  map: {
    provider: { kind: 'xyz', url: `${TILE_HOST}/{z}/{x}/{y}.png`, crs: 'WGS84' },
    attribution: '© 演示底图',
    reviewNumber: 'GS(2024)0000号',
    center: { lng: 122.07, lat: 41.12, crs: 'WGS84' },
    bounds: { southWest: { lng: 121.45, lat: 40.6, crs: 'WGS84' }, northEast: { lng: 122.55, lat: 41.5, crs: 'WGS84' } },
    minZoom: 9,
    maxZoom: 18,
  },
  reportLevels: [{ code: 'city', label: { 'zh-Hans': '市政协' } }],
};
const divisions = [
  { code: '211100', name: '盘锦市', level: 'prefecture' },
  { code: '211102', name: '双台子区', level: 'county', parent: '211100' },
  { code: '211103', name: '兴隆台区', level: 'county', parent: '211100' },
  { code: '211104', name: '大洼区', level: 'county', parent: '211100' },
  { code: '211122', name: '盘山县', level: 'county', parent: '211100' },
];

/** `n` stations with every field filled as the seed fills them, spread over the county (deterministic). */
function makeStations(n) {
  let seed = 0x5747;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const districts = ['211102', '211103', '211104', '211122'];
  const names = ['双台子区', '兴隆台区', '大洼区', '盘山县'];
  return Array.from({ length: n }, (_, i) => {
    const d = i % 4;
    return {
      id: `ws_${String(i + 1).padStart(5, '0')}`,
      tenant: '211100',
      name: `${names[d]}第${i + 1}号村委员工作站（演示）`,
      type: i % 7 === 0 ? 'street' : 'village',
      divisionCode: `${districts[d]}${String(1 + (i % 9)).padStart(3, '0')}${String(200 + (i % 150)).padStart(3, '0')}`,
      address: `${names[d]}演示路${i + 1}号党群服务中心`,
      location: { lng: 121.55 + random() * 0.9, lat: 40.7 + random() * 0.7, crs: 'WGS84' },
      host: `第${i + 1}村民委员会`,
      officePhone: `0427-28${String(10000 + i).slice(-5)}`,
      sectorCodes: [],
      members: [
        { memberId: `m_${i}`, name: '李明', sectorCode: 'agri' },
        { name: '王芳', sectorCode: 'cpc' },
      ],
      duty: { slots: [{ weekday: 3, start: '09:00', end: '11:30' }], note: '每月第二周周三为委员接待日' },
      services: ['接待群众来访', '收集社情民意', '法律咨询'],
      activities: [
        { date: '2026-10-18', title: '板凳协商：村屯道路修缮', summary: '村民代表和委员商定修缮路段的先后顺序，形成意见报镇政府。' },
      ],
      photos: [],
      opinionCount: i % 40,
      updatedAt: '2026-10-19T10:00:00+08:00',
      version: 1,
    };
  });
}

/** A 256×256 light-grey PNG (what a tile costs to decode and draw). */
function tilePng() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(256, 0);
  header.writeUInt32BE(256, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc(257 * 256, 0xe8);
  for (let y = 0; y < 256; y++) rows[y * 257] = 0; // filter byte
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** In-page helpers shared by both pages: wait for a condition on DOM changes, then one frame. */
const pageHelpers = `
export const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
export function when(root, check, describe) {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('not ready after 60 s: ' + describe())); }, 60000);
    const observer = new MutationObserver(() => { if (check()) { clearTimeout(timer); observer.disconnect(); resolve(); } });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}
/** Stations the markers stand for: points, plus the counts of clusters (from the count in their title or text). */
export function represented(scope, point, cluster) {
  let n = scope.querySelectorAll(point).length;
  for (const c of scope.querySelectorAll(cluster)) n += Number(/^\\d+/.exec(c.title || c.textContent)?.[0] ?? 0);
  return n;
}
/** Frame intervals while something runs. */
export function recordFrames() {
  const times = [];
  let on = true;
  const tick = (t) => { times.push(t); if (on) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  return () => { on = false; return times.slice(1).map((t, i) => t - times[i]); };
}
`;

const oursPage = `
import '@tongxin/elements/define/tx-workstation-map';
import { frame, when, represented, recordFrames } from './helpers.js';
let el;
window.bench = {
  async render(mode, total) {
    const data = mode === 'api' ? undefined : await (await fetch('/data.json')).json();
    // 'warm': Leaflet and our map code already evaluated, as the baselines' bundles are before timing.
    if (mode === 'warm') await import('./src/map/leaflet-view.ts');
    await frame();
    const t0 = performance.now();
    el = document.createElement('tx-workstation-map');
    el.endpoint = location.origin + '/api';
    el.tenant = '211100';
    if (data) el.stations = data;
    document.getElementById('root').append(el);
    await el.updateComplete;
    const root = el.shadowRoot;
    let first;
    await when(root, () => {
      const ready = root.querySelector('.list .open') && root.querySelector('.tx-cluster, .tx-point');
      // First render: the list and the first markers on screen (painted: one frame later).
      if (ready && !first) first = frame().then(() => performance.now() - t0);
      return ready && represented(root, '.tx-point', '.tx-cluster') === total;
    }, () => 'list ' + root.querySelectorAll('.list .open').length + ', represented ' + represented(root, '.tx-point', '.tx-cluster') + ', status ' + root.querySelector('[part=status]')?.textContent + ', map ' + el.mapStatus + ' canvas ' + JSON.stringify(root.querySelector('.canvas')?.getBoundingClientRect()) + ' config ' + !!el.config);
    await frame();
    const complete = performance.now() - t0;
    return { first: Math.min(await first, complete), complete };
  },
  mapBox() { return el.shadowRoot.querySelector('.canvas').getBoundingClientRect().toJSON(); },
  startFrames() { window.stopFrames = recordFrames(); },
  stopFrames() { return window.stopFrames(); },
};
`;

const baselinePage = `
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import 'leaflet.markercluster';
import Supercluster from 'supercluster';
import { frame, when, represented, recordFrames } from './helpers.js';
const config = ${JSON.stringify(county.map)};
window.bench = {
  async render(mode, total) {
    const data = await (await fetch('/data.json')).json();
    await frame();
    const t0 = performance.now();
    const div = document.getElementById('map');
    const bounds = L.latLngBounds([config.bounds.southWest.lat, config.bounds.southWest.lng], [config.bounds.northEast.lat, config.bounds.northEast.lng]);
    const map = L.map(div, { minZoom: config.minZoom, maxZoom: config.maxZoom, maxBounds: bounds, maxBoundsViscosity: 1 });
    map.setMinZoom(Math.max(config.minZoom, map.getBoundsZoom(bounds)));
    map.setView([config.center.lat, config.center.lng], map.getMinZoom());
    L.tileLayer(config.provider.url, { minZoom: config.minZoom, maxZoom: config.maxZoom, bounds }).addTo(map);
    if (mode === 'markers') {
      for (const s of data) if (s.location) L.marker([s.location.lat, s.location.lng], { title: s.name }).addTo(map);
    } else if (mode === 'markercluster') {
      const group = window.L.markerClusterGroup({ maxClusterRadius: 56, disableClusteringAtZoom: 17 });
      group.addLayers(data.filter((s) => s.location).map((s) => L.marker([s.location.lat, s.location.lng], { title: s.name })));
      map.addLayer(group);
    } else {
      const index = new Supercluster({ radius: 56, minZoom: config.minZoom, maxZoom: Math.min(16, config.maxZoom - 1) });
      index.load(data.filter((s) => s.location).map((s) => ({ type: 'Feature', properties: { id: s.id, name: s.name }, geometry: { type: 'Point', coordinates: [s.location.lng, s.location.lat] } })));
      const layer = L.layerGroup().addTo(map);
      const update = () => {
        layer.clearLayers();
        const b = map.getBounds().pad(0.2);
        for (const f of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(map.getZoom()))) {
          const [lng, lat] = f.geometry.coordinates;
          if (f.properties.cluster) {
            const n = f.properties.point_count;
            layer.addLayer(L.marker([lat, lng], { title: n + ' stations', icon: L.divIcon({ html: '<span>' + n + '</span>', className: 'cluster', iconSize: [40, 40] }) }));
          } else {
            layer.addLayer(L.marker([lat, lng], { title: f.properties.name }));
          }
        }
      };
      map.on('moveend', update);
      update();
    }
    // Leaflet.markercluster draws its clusters as .marker-cluster with the count as text.
    const [point, cluster] = mode === 'markercluster' ? ['.leaflet-marker-icon:not(.marker-cluster)', '.marker-cluster'] : ['.leaflet-marker-icon:not(.cluster)', '.cluster'];
    await when(div, () => represented(div, point, cluster) === total, () => 'represented ' + represented(div, point, cluster));
    await frame();
    const t = performance.now() - t0;
    return { first: t, complete: t };
  },
  mapBox() { return document.getElementById('map').getBoundingClientRect().toJSON(); },
  startFrames() { window.stopFrames = recordFrames(); },
  stopFrames() { return window.stopFrames(); },
};
`;

const html = (name) => {
  const body =
    name === 'ours'
      ? '<div id="root" style="max-width: 1240px"></div>'
      : // The same map size as ours at this viewport (3/5 of the row, 28rem high).
        '<div style="display:grid;grid-template-columns:2fr 3fr;gap:1rem;max-width:1240px"><div></div><div id="map" style="height:28rem"></div></div>';
  const css =
    name === 'baseline'
      ? '<link rel="stylesheet" href="/leaflet/leaflet.css"><link rel="stylesheet" href="/markercluster.css"><style>.cluster{display:grid;place-items:center;border-radius:50%;background:#a61b1b;color:#fff}</style>'
      : '';
  return `<!doctype html><html lang="zh-Hans"><meta charset="utf-8">${css}<body style="margin:8px"><main>${body}</main><script type="module" src="/${name}.js"></script>`;
};

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Bundles a page; returns its files by URL path and the gzip size of what loads before / after the map. */
async function bundle(name, code) {
  const result = await build({
    stdin: { contents: code, resolveDir: join(root, 'packages/elements'), loader: 'js', sourcefile: `${name}.js` },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: '/bench',
    entryNames: name,
    conditions: ['tongxin-source'],
    plugins: [
      {
        name: 'helpers',
        setup(b) {
          b.onResolve({ filter: /^\.\/helpers\.js$/ }, () => ({ path: 'helpers', namespace: 'bench' }));
          b.onLoad({ filter: /^helpers$/, namespace: 'bench' }, () => ({ contents: pageHelpers, loader: 'js' }));
          // Leaflet.markercluster is a UMD script that extends a global L: give it one first.
          b.onResolve({ filter: /^leaflet\.markercluster$/ }, () => ({ path: 'markercluster', namespace: 'bench' }));
          b.onLoad({ filter: /^markercluster$/, namespace: 'bench' }, () => ({
            contents: `import * as L from 'leaflet/dist/leaflet-src.esm.js';
              window.L = { ...L };
              await import(${JSON.stringify(join(root, 'node_modules/leaflet.markercluster/dist/leaflet.markercluster-src.js'))});`,
            resolveDir: join(root, 'packages/elements'),
            loader: 'js',
          }));
        },
      },
    ],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.replace(/^.*\/bench\//, '/'), f.contents]));
  const outputs = result.metafile.outputs;
  const key = (path) => `/${path.replace(/^.*bench\//, '')}`;
  // The page itself: chunks loaded with import() are entry points too.
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint?.endsWith(`${name}.js`));
  const eager = new Set();
  const walk = (k) => {
    if (eager.has(k)) return;
    eager.add(k);
    for (const i of outputs[k].imports) if (i.kind === 'import-statement') walk(i.path);
  };
  walk(entry);
  let eagerGz = 0;
  let lazyGz = 0;
  for (const k of Object.keys(outputs)) {
    const size = gz(files.get(key(k)));
    if (eager.has(k)) eagerGz += size;
    else lazyGz += size;
  }
  return { files, eagerGz, lazyGz };
}

export async function run() {
  const stations = makeStations(STATIONS);
  const dataJson = Buffer.from(JSON.stringify(stations));
  const tile = tilePng();
  const ours = await bundle('ours', oursPage);
  const baseline = await bundle('baseline', baselinePage);
  const files = new Map([...ours.files, ...baseline.files]);
  const leafletCss = readFileSync(join(root, 'packages/elements/node_modules/leaflet/dist/leaflet.css'));
  const clusterDist = join(root, 'node_modules/leaflet.markercluster/dist');
  const markerclusterCss = ['MarkerCluster.css', 'MarkerCluster.Default.css']
    .map((f) => readFileSync(join(clusterDist, f), 'utf8'))
    .join('\n');

  const http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (type, body, status = 200) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const path = url.pathname;
    if (path === '/ours.html' || path === '/baseline.html') return send('text/html; charset=utf-8', html(path.slice(1, -5)));
    if (files.has(path)) return send('text/javascript; charset=utf-8', files.get(path));
    if (path === '/data.json') return send('application/json', dataJson);
    if (path === '/leaflet/leaflet.css') return send('text/css', leafletCss);
    if (path === '/markercluster.css') return send('text/css', markerclusterCss);
    if (path.startsWith('/leaflet/images/')) {
      try {
        return send('image/png', readFileSync(join(root, 'packages/elements/node_modules/leaflet/dist/images', path.slice(16))));
      } catch {
        return send('text/plain', 'not found', 404);
      }
    }
    if (path === '/api/v1/211100/config') return send('application/json', JSON.stringify(county));
    if (path === '/api/v1/211100/divisions') {
      const parent = url.searchParams.get('parent');
      return send('application/json', JSON.stringify(parent ? [] : divisions));
    }
    if (path === '/api/v1/211100/workstations') {
      const limit = Number(url.searchParams.get('limit') ?? 200);
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const next = offset + limit < stations.length ? String(offset + limit) : undefined;
      return send(
        'application/json',
        JSON.stringify({ items: stations.slice(offset, offset + limit), total: stations.length, ...(next && { nextCursor: next }) }),
      );
    }
    send('text/plain', 'not found', 404);
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${http.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });

  const samples = Object.fromEntries(Object.keys(contenders).map((n) => [n, { first: [], complete: [], frames: [], errors: [] }]));
  const sample = async (name) => {
    const c = contenders[name];
    const page = await browser.newPage();
    try {
      page.setDefaultTimeout(PAGE_TIMEOUT);
      await page.setViewport(VIEWPORT);
      await page.setCacheEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        if (r.url().startsWith(TILE_HOST))
          return r.respond({ status: 200, contentType: 'image/png', body: tile, headers: { 'access-control-allow-origin': '*' } });
        if (r.url().startsWith(origin) || r.url().startsWith('data:')) return r.continue();
        return r.abort();
      });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/${c.page}.html`);
      await page.waitForFunction(() => window.bench);
      const { first, complete } = await page.evaluate((mode, total) => window.bench.render(mode, total), c.mode, STATIONS);
      const s = samples[name];
      s.first.push(first);
      s.complete.push(complete);
      // Let tiles and late work settle, then drag and wheel-zoom over the map's centre.
      await new Promise((r) => setTimeout(r, 500));
      const box = await page.evaluate(() => window.bench.mapBox());
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      await page.evaluate(() => window.bench.startFrames());
      await page.mouse.down();
      await page.mouse.move(cx - 200, cy - 100, { steps: 40 });
      await page.mouse.move(cx + 200, cy + 100, { steps: 40 });
      await page.mouse.up();
      for (const deltaY of [-100, -100, -100, 100, 100, 100]) {
        await page.mouse.wheel({ deltaY });
        await new Promise((r) => setTimeout(r, 350));
      }
      s.frames.push(...(await page.evaluate(() => window.bench.stopFrames())));
      if (errors.length) s.errors.push(...errors);
    } finally {
      await page.close();
    }
  };
  try {
    for (const name of Object.keys(contenders)) await sample(name); // warm-up
    for (const s of Object.values(samples)) for (const k of ['first', 'complete', 'frames']) s[k].length = 0;
    for (let round = 0; round < SAMPLES; round++) for (const name of Object.keys(contenders)) await sample(name);
  } finally {
    await browser.close();
    http.close();
  }

  const p95 = (list) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * 0.95))];
  const fmt = (n) => (n === undefined ? '—' : n < 10 ? n.toFixed(1) : n.toFixed(0));
  const rows = Object.entries(contenders).map(([name, c]) => {
    const s = samples[name];
    const frames = stats(s.frames);
    const bundleInfo = c.page === 'ours' ? ours : baseline;
    const lazy = c.page === 'ours' ? ` + ${kb(bundleInfo.lazyGz)} lazy` : '';
    return {
      contender: c.label + (s.errors.length ? ` [page errors: ${s.errors[0]}]` : ''),
      'first render (ms)': fmt(stats(s.first).median),
      'all 10,000 shown (ms)': fmt(stats(s.complete).median),
      'frame median (ms)': fmt(frames.median),
      'frame p95 (ms)': fmt(p95(s.frames)),
      'frames > 50 ms': `${s.frames.filter((f) => f > 50).length}/${s.frames.length}`,
      'JS (KB gzip)': kb(bundleInfo.eagerGz) + lazy,
    };
  });
  return {
    columns: [
      'contender',
      'first render (ms)',
      'all 10,000 shown (ms)',
      'frame median (ms)',
      'frame p95 (ms)',
      'frames > 50 ms',
      'JS (KB gzip)',
    ],
    rows,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run();
  const cells = [result.columns, ...result.rows.map((r) => result.columns.map((c) => String(r[c] ?? '')))];
  const widths = result.columns.map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\n## ${title}\n${note}\n`);
  console.log([line(result.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n'));
}
