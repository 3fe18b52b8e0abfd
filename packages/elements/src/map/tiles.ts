/**
 * Tile providers from the county configuration, as URL templates for Leaflet. Keys and 审图号 are
 * configuration; nothing here names a county's key. Free of Leaflet and gcoord so the widget's
 * entry can decide whether a map is possible without loading either.
 */
import type { Crs, TileProvider } from '@tongxin/core';

/** One raster layer: a Leaflet URL template and its subdomains. */
export interface TileLayerSpec {
  url: string;
  subdomains: string | string[];
  /** Annotation (label) layer drawn over the base layer. */
  label: boolean;
}

/** What the map draws: its layers and the CRS they are drawn in (our points are converted to it). */
export interface TileSetup {
  crs: Crs;
  layers: TileLayerSpec[];
}

/** Label layer of each Tianditu base layer (注记): vector → cva, imagery → cia. */
const TIANDITU_LABEL = { vec: 'cva', img: 'cia' } as const;

/**
 * A Tianditu WMTS layer in spherical Mercator (`_w`, EPSG:3857, Leaflet's default CRS), over the
 * subdomains t0–t7. Service: http://lbs.tianditu.gov.cn/server/MapService.html — the key must be
 * a **browser** key from https://console.tianditu.gov.cn/api/key.
 */
export function tiandituUrl(layer: 'vec' | 'cva' | 'img' | 'cia', key: string): string {
  return (
    `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
    `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`
  );
}

/** Placeholders Leaflet fills by itself; any other `{name}` would make it throw on the first tile. */
const KNOWN = new Set(['s', 'x', 'y', 'z', 'r', '-y']);

/** Whether an XYZ template uses only `{s}`, `{x}`, `{y}`, `{-y}`, `{z}` and `{r}`. */
export function validTemplate(url: string): boolean {
  return [...url.matchAll(/\{([^}]*)\}/g)].every((m) => KNOWN.has(m[1] ?? ''));
}

/**
 * The layers and CRS of a provider, or undefined when there is no map to draw (`none`, or an XYZ
 * template Leaflet cannot fill). Tianditu draws in CGCS2000, which we treat as WGS-84 (the two
 * differ by less than a millimetre at county scale).
 */
export function tileSetup(provider: TileProvider | undefined): TileSetup | undefined {
  if (!provider) return undefined;
  switch (provider.kind) {
    case 'tianditu':
      return {
        crs: 'CGCS2000',
        layers: [
          { url: tiandituUrl(provider.layer, provider.key), subdomains: '01234567', label: false },
          { url: tiandituUrl(TIANDITU_LABEL[provider.layer], provider.key), subdomains: '01234567', label: true },
        ],
      };
    case 'xyz':
      if (!validTemplate(provider.url)) return undefined;
      return { crs: provider.crs, layers: [{ url: provider.url, subdomains: provider.subdomains ?? 'abc', label: false }] };
    default:
      return undefined;
  }
}
