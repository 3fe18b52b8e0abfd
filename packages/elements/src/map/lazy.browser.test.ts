// Leaflet (and supercluster, and gcoord) are not requested until the map is on screen: the list
// works completely without them. Its own file: once a module is loaded the page keeps it.
import { expect } from '@esm-bundle/chai';
import '../define/tx-workstation-map.js';
import { $, $$, cleanUp, listedCount, mount, serve, startWorker, status, until, withProvider } from './browser.fixtures.js';
import { stations } from './map.fixtures.js';

before(async () => {
  // Room for every request from here on (the default buffer of 250 is full of the test harness's).
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(10_000);
  await startWorker();
});
afterEach(cleanUp);

const config = withProvider({ kind: 'xyz', url: 'https://tiles.test/{z}/{x}/{y}.png', crs: 'WGS84' });
/** Map modules the page has fetched so far. */
const mapModules = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /leaflet|supercluster|kdbush|gcoord|\/map\/crs\./.test(name));

describe('<tx-workstation-map> loads the map lazily', () => {
  it('does not load the map while it is off screen', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '300vh';
    document.body.prepend(spacer);
    try {
      serve({ config });
      const el = await mount();
      await listedCount(el, 5);
      await until(() => $(el, '.canvas'), 'map container');
      await new Promise((r) => setTimeout(r, 600));
      expect(mapModules()).to.deep.equal([]);
      expect($(el, '.leaflet-container') === null, 'no map drawn').to.equal(true);
    } finally {
      // Remove the element first: without the spacer it would scroll into view and load the map.
      cleanUp();
      spacer.remove();
    }
  });

  it('works as a list without the map, then loads Leaflet when the user shows the map', async () => {
    serve({ config, tiles: 'ok' });
    const el = await mount({ view: 'list' });
    await listedCount(el, 5);
    const toggle = await until(() => $<HTMLButtonElement>(el, '[part="button toggle"]'), 'map toggle');
    expect(toggle.textContent?.trim()).to.equal('显示地图');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#map')!.hidden).to.equal(true);
    // The whole list works meanwhile: search, open a card, back.
    const input = $<HTMLInputElement>(el, '#search')!;
    input.value = '北窑';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(status(el)).to.equal('找到 1 个工作站（共 5 个）');
    $<HTMLButtonElement>(el, '.open')!.click();
    await until(() => $(el, '#card-title')?.textContent === stations[3]!.name, 'card');
    $<HTMLButtonElement>(el, '[part="button back"]')!.click();
    await el.updateComplete;
    expect(mapModules(), 'nothing of the map loaded').to.deep.equal([]);
    // Shown: now it loads, with the clustering.
    toggle.click();
    await until(() => $$(el, '.tx-point, .tx-cluster').length > 0, 'markers', 8000);
    const loaded = mapModules();
    expect(
      loaded.some((n) => /leaflet-src\.esm\.js/.test(n)),
      'Leaflet',
    ).to.equal(true);
    expect(
      loaded.some((n) => /supercluster/.test(n)),
      'supercluster',
    ).to.equal(true);
    expect(
      loaded.some((n) => /gcoord/.test(n)),
      'gcoord',
    ).to.equal(true);
    // Leaflet's CSS is inside our shadow root, not in the page.
    expect([...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('leaflet')))).to.equal(false);
    expect(getComputedStyle($(el, '.leaflet-pane')!).position).to.equal('absolute');
  });
});
