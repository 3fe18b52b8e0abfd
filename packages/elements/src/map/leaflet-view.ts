/**
 * The map half of `<tx-workstation-map>`: Leaflet, the tile layers, and markers clustered with
 * supercluster. Loaded only by dynamic `import()` when the map is shown, so none of it (Leaflet
 * ~40 KB gzip, supercluster, gcoord) is in the widget's entry. Points are converted into the
 * tiles' CRS on copies; the stations themselves are never changed. No boundaries are drawn.
 */
import type { GeoPoint, MapConfig, Workstation } from '@tongxin/core';
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import { convert, type LngLat } from './crs.js';
import { leafletCss } from './leaflet.css.js';
import { L } from './leaflet.js';
import type { TileSetup } from './tiles.js';

/** Texts the map shows (from the element's strings). */
export interface MapViewLabels {
  zoomIn: string;
  zoomOut: string;
  cluster: (n: number) => string;
  youAreHere: string;
}

/** What the element hands the map. */
export interface MapViewOptions {
  /** An empty element with a height; Leaflet fills it. */
  container: HTMLElement;
  map: MapConfig;
  tiles: TileSetup;
  labels: MapViewLabels;
  /** A station marker was activated (click, Enter or Space). */
  onSelect: (id: string) => void;
  /** Tiles failed to load (`false`: they load again). */
  onTiles: (ok: boolean) => void;
  /** The view moved or zoomed. */
  onMove: () => void;
}

/** The element's handle on the map. */
export interface MapView {
  /** Shows these stations (already filtered), clustered. */
  setStations(stations: readonly Workstation[]): void;
  /** Marks a station and zooms until its marker stands on its own (`undefined` clears the mark). */
  select(id: string | undefined): void;
  /** Shows the user's position (WGS-84 from geolocation), or removes it. */
  setOrigin(position: LngLat | undefined): void;
  /** Ids of the shown stations whose marker lies inside the current view. */
  visibleIds(): Set<string>;
  destroy(): void;
}

/** Our markers: red dots, numbered clusters, the user's blue dot; focus always visible. */
const markerCss = `
.leaflet-container{font:inherit;background:var(--_note,#eef3fb)}
.tx-point,.tx-cluster,.tx-origin{display:grid;place-items:center;border-radius:50%;box-sizing:border-box}
.tx-point{background:var(--_primary,#a61b1b);border:3px solid #fff;box-shadow:0 0 0 1px #1a1a1a}
.tx-point.selected{background:#1d4f9c;box-shadow:0 0 0 3px #1a1a1a}
.tx-cluster{background:var(--_primary,#a61b1b);color:#fff;font-weight:700;border:3px solid #fff;box-shadow:0 0 0 1px #1a1a1a}
.tx-origin{background:#1d5fbf;border:3px solid #fff;box-shadow:0 0 0 2px #1d5fbf}
.tx-point:focus-visible,.tx-cluster:focus-visible,.leaflet-container a:focus-visible{outline:var(--_focus,3px solid #1d5fbf);outline-offset:2px}
`;

const styled = new WeakSet<Node>();

/** Puts Leaflet's CSS into the shadow root that holds the container (once per root). */
function adoptStyles(container: HTMLElement): void {
  const root = container.getRootNode();
  if (styled.has(root)) return;
  styled.add(root);
  const text = leafletCss + markerCss;
  if (root instanceof ShadowRoot && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    // Older engines without constructable stylesheets: a <style> Leaflet leaves alone.
    const style = document.createElement('style');
    style.textContent = text;
    container.append(style);
  }
}

type Props = { id: string };

/** Creates the map in `options.container`. */

/**
 * Zoom buttons like Leaflet's (same classes, so its styles apply), built with DOM calls: Leaflet's
 * own control sets `innerHTML`, which a page that requires Trusted Types refuses.
 */
function zoomControl(labels: { zoomIn: string; zoomOut: string }): L.Control {
  const Zoom = L.Control.extend({
    onAdd(map: L.Map) {
      const bar = L.DomUtil.create('div', 'leaflet-control-zoom leaflet-bar');
      const button = (className: string, text: string, title: string, zoom: () => void) => {
        const a = L.DomUtil.create('a', className, bar) as HTMLAnchorElement;
        a.href = '#';
        a.title = title;
        a.setAttribute('role', 'button');
        a.setAttribute('aria-label', title);
        const glyph = document.createElement('span');
        glyph.setAttribute('aria-hidden', 'true');
        glyph.textContent = text;
        a.append(glyph);
        L.DomEvent.disableClickPropagation(a);
        L.DomEvent.on(a, 'click', (e) => {
          L.DomEvent.preventDefault(e);
          if (!a.classList.contains('leaflet-disabled')) zoom();
        });
        return a;
      };
      const zoomIn = button('leaflet-control-zoom-in', '+', labels.zoomIn, () => map.zoomIn());
      const zoomOut = button('leaflet-control-zoom-out', '\u2212', labels.zoomOut, () => map.zoomOut());
      const update = () => {
        for (const [a, off] of [
          [zoomIn, map.getZoom() >= map.getMaxZoom()],
          [zoomOut, map.getZoom() <= map.getMinZoom()],
        ] as const) {
          a.classList.toggle('leaflet-disabled', off);
          a.setAttribute('aria-disabled', off ? 'true' : 'false');
        }
      };
      map.on('zoomend zoomlevelschange', update);
      update();
      return bar;
    },
  });
  return new Zoom({ position: 'topright' });
}
export function createMapView(options: MapViewOptions): MapView {
  const { container, map: config, tiles, labels } = options;
  adoptStyles(container);
  const display = tiles.crs;
  const toDisplay = (p: GeoPoint) => convert(p, p.crs, display);
  const sw = toDisplay(config.bounds.southWest);
  const ne = toDisplay(config.bounds.northEast);
  const bounds = L.latLngBounds([sw.lat, sw.lng], [ne.lat, ne.lng]);
  const center = toDisplay(config.center);

  const map = L.map(container, {
    minZoom: config.minZoom,
    maxZoom: config.maxZoom,
    maxBounds: bounds,
    maxBoundsViscosity: 1,
    attributionControl: false, // attribution and 审图号 are our own text, never HTML (see the element)
    zoomControl: false,
  });
  zoomControl(labels).addTo(map);
  // Never let the view grow past the county: the least zoom is the one that still fits its bounds.
  const fit = map.getBoundsZoom(bounds);
  map.setMinZoom(Math.min(config.maxZoom, Math.max(config.minZoom, fit)));
  map.setView([center.lat, center.lng], map.getMinZoom());

  let loaded = 0;
  let failed = 0;
  let reported: boolean | undefined;
  const report = (ok: boolean) => {
    if (reported === ok) return;
    reported = ok;
    options.onTiles(ok);
  };
  for (const layer of tiles.layers) {
    L.tileLayer(layer.url, { subdomains: layer.subdomains, minZoom: config.minZoom, maxZoom: config.maxZoom, bounds })
      .on('tileload', () => {
        loaded++;
        if (reported === false) report(true);
      })
      .on('tileerror', () => {
        failed++;
        // A few failures and no success: the provider is down, blocked or the key is wrong.
        if (loaded === 0 && failed >= 4) report(false);
      })
      .on('load', () => {
        if (loaded === 0 && failed > 0) report(false);
      })
      .addTo(map);
  }

  const layer = L.layerGroup().addTo(map);
  const markers = new Map<string, L.Marker>();
  /** Shown stations with their position in the tiles' CRS. */
  const shown = new Map<string, { name: string; at: LngLat }>();
  const converted = new WeakMap<Workstation, LngLat>();
  // No clusters below the county's zoom; above 16 (≈ 30 m per marker) stations stand on their own.
  const clustering = { radius: 56, minZoom: config.minZoom, maxZoom: Math.min(16, config.maxZoom - 1) };
  let index = new Supercluster<Props, Record<string, never>>(clustering);
  let selected: string | undefined;
  let origin: L.Marker | undefined;

  const icon = (className: string, size: number, text = '') => {
    const inner = document.createElement('span');
    inner.textContent = text;
    return L.divIcon({ html: inner, className, iconSize: [size, size] });
  };

  /** Draws the clusters and points in (a little beyond) the view, reusing markers that stay. */
  function render() {
    const zoom = Math.round(map.getZoom());
    const view = map.getBounds().pad(0.2);
    const features = index.getClusters([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], zoom);
    const keep = new Set<string>();
    for (const f of features) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as Props & Partial<ClusterProperties>;
      const key = props.cluster ? `c${props.cluster_id}` : `p${props.id}`;
      keep.add(key);
      if (markers.has(key)) continue;
      let marker: L.Marker;
      if (props.cluster) {
        const count = props.point_count ?? 0;
        const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 54;
        const clusterId = props.cluster_id ?? 0;
        marker = L.marker([lat, lng], {
          icon: icon('tx-cluster', size, String(props.point_count_abbreviated ?? count)),
          title: labels.cluster(count),
        });
        const expand = () => {
          map.setView([lat, lng], Math.min(index.getClusterExpansionZoom(clusterId), config.maxZoom));
          container.focus({ preventScroll: true });
        };
        marker.on('click', expand);
        marker.on('keydown', (e) => activate(e, expand));
      } else {
        const id = props.id;
        const name = shown.get(id)?.name ?? id;
        marker = L.marker([lat, lng], { icon: icon(`tx-point${id === selected ? ' selected' : ''}`, 22), title: name });
        marker.on('click', () => options.onSelect(id));
        marker.on('keydown', (e) => activate(e, () => options.onSelect(id)));
      }
      markers.set(key, marker);
      layer.addLayer(marker);
    }
    for (const [key, marker] of markers) {
      if (keep.has(key)) continue;
      layer.removeLayer(marker);
      markers.delete(key);
    }
  }

  /** Enter and Space on a focused marker (role=button) act like a click. */
  function activate(e: L.LeafletEvent, action: () => void) {
    const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
    if (key !== 'Enter' && key !== ' ') return;
    (e as L.LeafletKeyboardEvent).originalEvent.preventDefault();
    action();
  }

  let pending: readonly Workstation[] | undefined;
  let shownStations: readonly Workstation[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;

  /** Rebuilds the index; while pages of stations stream in, at most every 250 ms. */
  function rebuild() {
    timer = undefined;
    const stations = pending ?? [];
    shownStations = stations;
    pending = undefined;
    last = performance.now();
    shown.clear();
    const points: PointFeature<Props>[] = [];
    for (const station of stations) {
      if (!station.location) continue;
      let p = converted.get(station);
      if (!p) {
        p = toDisplay(station.location);
        converted.set(station, p);
      }
      shown.set(station.id, { name: station.name, at: p });
      points.push({ type: 'Feature', properties: { id: station.id }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } });
    }
    index = new Supercluster<Props, Record<string, never>>(clustering);
    index.load(points);
    layer.clearLayers();
    markers.clear();
    render();
  }

  /** The least zoom at which a point is drawn on its own rather than in a cluster. */
  function revealZoom(id: string, at: L.LatLng): number {
    const d = 1e-7;
    for (let z = Math.round(map.getZoom()); z < config.maxZoom; z++) {
      const near = index.getClusters([at.lng - d, at.lat - d, at.lng + d, at.lat + d], z);
      if (near.some((f) => !(f.properties as { cluster?: boolean }).cluster && (f.properties as Props).id === id)) return z;
    }
    return config.maxZoom;
  }

  map.on('moveend', () => {
    render();
    options.onMove();
  });
  const resize = new ResizeObserver(() => map.invalidateSize());
  resize.observe(container);

  return {
    setStations(stations) {
      const current = pending ?? shownStations;
      // The same stations again (a re-render): nothing to redraw.
      if (current.length === stations.length && current.every((s, i) => s === stations[i])) return;
      pending = stations;
      const wait = last + 250 - performance.now();
      if (wait <= 0 && !timer) rebuild();
      else timer ??= setTimeout(rebuild, Math.max(0, wait));
    },
    select(id) {
      const before = selected;
      selected = id;
      for (const key of [before, id])
        markers
          .get(`p${key}`)
          ?.getElement()
          ?.classList.toggle('selected', key === id && id !== undefined);
      const p = id === undefined ? undefined : shown.get(id)?.at;
      if (id === undefined || !p) return;
      const at = L.latLng(p.lat, p.lng);
      map.setView(at, Math.max(Math.round(map.getZoom()), revealZoom(id, at)));
    },
    setOrigin(position) {
      origin?.remove();
      origin = undefined;
      if (!position) return;
      const p = convert(position, 'WGS84', display);
      origin = L.marker([p.lat, p.lng], {
        icon: icon('tx-origin', 20),
        title: labels.youAreHere,
        interactive: false,
        keyboard: false,
      }).addTo(map);
      if (bounds.contains(origin.getLatLng())) map.panTo(origin.getLatLng());
    },
    visibleIds() {
      const view = map.getBounds();
      const [w, s, e, n] = [view.getWest(), view.getSouth(), view.getEast(), view.getNorth()];
      const ids = new Set<string>();
      for (const [id, { at }] of shown) if (at.lng >= w && at.lng <= e && at.lat >= s && at.lat <= n) ids.add(id);
      return ids;
    },
    destroy() {
      if (timer) clearTimeout(timer);
      resize.disconnect();
      map.stop();
      // A zoom animation ends on a 250 ms timer that would touch the removed panes; this flag ends it early.
      (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
      map.remove();
    },
  };
}
