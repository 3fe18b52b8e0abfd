/**
 * Filtering and search over the loaded stations, on the device: district → town → village by
 * division-code prefix, type, sector, and free text. Pure functions (tested in Node).
 */
import type { Division, Workstation, WorkstationType } from '@tongxin/core';

/** Division levels and how many leading digits of the 12-digit code each one fixes. */
const DIGITS: Record<Division['level'], number> = { province: 2, prefecture: 4, county: 6, town: 9, village: 12 };

/** What the user chose; an absent member does not filter. */
export interface Filters {
  /** The deepest chosen division (a district, town or village). */
  division?: { code: string; level: Division['level'] } | undefined;
  type?: WorkstationType | undefined;
  /** 界别 code: sector stations of that sector, and stations with a member of it. */
  sector?: string | undefined;
  /** Free text; every word must appear in the name, address, host, services or member names. */
  query?: string | undefined;
}

/** Longest search text used, in code points (as the list route's `q`). */
export const QUERY_MAX = 64;

/**
 * Text as compared: NFKC (full-width letters and digits become ASCII), lower case, no spaces.
 * @example fold('Ｔ３ 社区') // 't3社区'
 */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The words of a query (at most {@link QUERY_MAX} code points are read). */
export function terms(query: string | undefined): string[] {
  if (!query) return [];
  return [...query.normalize('NFKC')].slice(0, QUERY_MAX).join('').split(/\s+/).map(fold).filter(Boolean);
}

/** Whether a station's division code lies inside a division (a 6-digit code is padded to 12). */
export function inDivision(code: string, division: { code: string; level: Division['level'] }): boolean {
  const digits = DIGITS[division.level];
  return code.padEnd(12, '0').slice(0, digits) === division.code.padEnd(12, '0').slice(0, digits);
}

const haystacks = new WeakMap<Workstation, string>();

/** Everything a search looks at, folded once per station object. */
function haystack(station: Workstation): string {
  let text = haystacks.get(station);
  if (text === undefined) {
    text = fold(
      [station.name, station.address, station.host ?? '', ...station.services, ...station.members.map((m) => m.name)].join('\u0000'),
    );
    haystacks.set(station, text);
  }
  return text;
}

/** Whether one station passes the filters (`words` from {@link terms}). */
export function matches(station: Workstation, filters: Filters, words: readonly string[] = terms(filters.query)): boolean {
  if (filters.division && !inDivision(station.divisionCode, filters.division)) return false;
  if (filters.type && station.type !== filters.type) return false;
  const sector = filters.sector;
  if (sector && !station.sectorCodes.includes(sector) && !station.members.some((m) => m.sectorCode === sector)) return false;
  if (words.length > 0) {
    const text = haystack(station);
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

/**
 * The stations that pass, in their given order.
 * @example applyFilters(stations, { division: { code: '211103', level: 'county' }, query: '振兴' })
 */
export function applyFilters(stations: readonly Workstation[], filters: Filters): Workstation[] {
  const words = terms(filters.query);
  return stations.filter((s) => matches(s, filters, words));
}

/** Whether any filter is set. */
export function isFiltering(filters: Filters): boolean {
  return Boolean(filters.division || filters.type || filters.sector || terms(filters.query).length > 0);
}
