/**
 * What `<tx-workstation-map>` shows, loaded through its client: the county configuration (kept on
 * the device by `loadConfig`), the division tree one level at a time, every station page by page
 * (the list grows as pages arrive), and single stations for deep links.
 */
import type { CountyConfig, Division, TongxinClient, Workstation } from '@tongxin/core';
import type { getConfig, getWorkstation, listDivisions, listWorkstations } from '@tongxin/core/routes';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadConfig } from '../shared/config.js';

/** The routes the map uses. */
export type MapClient = TongxinClient<{
  listWorkstations: typeof listWorkstations;
  getWorkstation: typeof getWorkstation;
  getConfig: typeof getConfig;
  listDivisions: typeof listDivisions;
}>;

/** Divisions offered by the filters: districts (or one fixed county), towns, villages. */
export interface Levels {
  counties: Division[];
  towns: Division[];
  villages: Division[];
  /** Set when the tenant is a single county: its towns are the first choice. */
  fixed?: Division;
}

/** Stations per request (the most the list route gives). */
const PAGE = 200;

export class StationData implements ReactiveController {
  /** Stations loaded so far (a new array after each page). */
  stations: readonly Workstation[] = [];
  loading = false;
  failed = false;
  config: CountyConfig | undefined = undefined;
  levels: Levels = { counties: [], towns: [], villages: [] };
  /** A station fetched alone, for a link to one the list does not hold. */
  single: Workstation | 'pending' | 'missing' | undefined = undefined;

  private abort: AbortController | undefined;
  private readonly children = new Map<string, Promise<Division[]>>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  private set(changes: Partial<Pick<StationData, 'stations' | 'loading' | 'failed' | 'config' | 'levels' | 'single'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** (Re)loads everything for a client; stations while `wanted()` (not when the page gives them). */
  load(client: MapClient, wanted: () => boolean): void {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const { signal } = abort;
    this.children.clear();
    loadConfig(client).then(
      (config) => {
        if (!signal.aborted) this.set({ config });
      },
      (error: unknown) => console.warn('[tongxin] <tx-workstation-map>: no county configuration, so no map and no sector names.', error),
    );
    client.listDivisions({ signal }).then(
      async (roots) => {
        const counties = roots.filter((d) => d.level === 'county');
        if (counties.length !== 1) {
          this.set({ levels: { counties, towns: [], villages: [] } });
          return;
        }
        const fixed = counties[0]!;
        const towns = await this.childrenOf(client, fixed.code);
        if (!signal.aborted) this.set({ levels: { counties: [], towns, villages: [], fixed } });
      },
      () => {
        // No division tree (offline, say): the other filters and the search still work.
      },
    );
    if (wanted()) void this.loadStations(client, signal, wanted);
  }

  private async loadStations(client: MapClient, signal: AbortSignal, wanted: () => boolean): Promise<void> {
    this.set({ loading: true, failed: false });
    const all: Workstation[] = [];
    let cursor: string | undefined;
    try {
      do {
        const page = await client.listWorkstations({ query: { limit: PAGE, ...(cursor && { cursor }) }, signal });
        all.push(...page.items);
        this.set({ stations: all.slice() });
        cursor = page.nextCursor;
      } while (cursor && !signal.aborted && wanted());
    } catch (error) {
      if (signal.aborted) return;
      this.set({ failed: true });
      console.error('[tongxin] <tx-workstation-map>: loading the workstations failed.', error);
    } finally {
      if (!signal.aborted) this.set({ loading: false });
    }
  }

  /** The divisions under one (asked once per parent; an empty list when offline). */
  childrenOf(client: MapClient, parent: string): Promise<Division[]> {
    let list = this.children.get(parent);
    if (!list) {
      list = client.listDivisions({ query: { parent } }).catch(() => []);
      this.children.set(parent, list);
    }
    return list;
  }

  /** Replaces towns and villages of the filters (after a district or town was chosen). */
  setLevels(changes: Partial<Levels>): void {
    this.set({ levels: { ...this.levels, ...changes } });
  }

  /** Fetches one station; `current` says whether it is still the one wanted when the answer comes. */
  async fetchSingle(client: MapClient, id: string, current: () => boolean): Promise<void> {
    this.set({ single: 'pending' });
    try {
      const station = await client.getWorkstation({ params: { id } });
      if (current()) this.set({ single: station });
    } catch {
      // Not found (or offline): the element says so.
      if (current()) this.set({ single: 'missing' });
    }
  }
}
