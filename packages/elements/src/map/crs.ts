/**
 * Coordinate conversion for display: every point keeps the CRS it was stored in; the map converts
 * a copy into the tile provider's CRS. WGS-84 and CGCS2000 are treated as one (they differ by less
 * than 0.1 mm at the ellipsoid); GCJ-02 (高德, 腾讯) and BD-09 (百度) are offset from them by tens to
 * hundreds of metres, non-linearly, so they go through gcoord.
 */
import type { Crs } from '@tongxin/core';
import gcoord from 'gcoord';

/** A longitude/latitude pair in degrees. */
export interface LngLat {
  lng: number;
  lat: number;
}

const GCOORD = { WGS84: gcoord.WGS84, CGCS2000: gcoord.WGS84, GCJ02: gcoord.GCJ02, BD09: gcoord.BD09 } as const;

/**
 * Converts a point from one CRS to another. Always returns a new object; the input is never
 * changed (gcoord rewrites GeoJSON input in place, so only a fresh array is handed to it).
 * @example convert({ lng: 122.07, lat: 41.12 }, 'WGS84', 'GCJ02') // { lng: 122.0758…, lat: 41.1222… }
 */
export function convert(point: LngLat, from: Crs, to: Crs): LngLat {
  const source = GCOORD[from];
  const target = GCOORD[to];
  if (source === target) return { lng: point.lng, lat: point.lat };
  const [lng, lat] = gcoord.transform<[number, number]>([point.lng, point.lat], source, target);
  return { lng, lat };
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres between two points of the same CRS (haversine). */
export function distanceKm(a: LngLat, b: LngLat): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
