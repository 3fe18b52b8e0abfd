/**
 * The lazily loaded map of `<tx-workstation-map>`: watches the map's container and, once it is on
 * screen (or within 200 px of it), imports the Leaflet chunk and creates the map; then hands it
 * the filtered stations, the selection and the user's position on every update.
 */
import type { MapConfig, Workstation } from '@tongxin/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LngLat } from './crs.js';
import type { MapView, MapViewLabels } from './leaflet-view.js';
import type { TileSetup } from './tiles.js';

/** What the map shows at a given moment. */
export interface MapState {
  stations: readonly Workstation[];
  selected: string | undefined;
  origin: LngLat | undefined;
}

/** What the controller needs from the element. */
export interface MapHooks {
  labels: () => MapViewLabels;
  onSelect: (id: string) => void;
  /** The view moved (the element may list only what is in it). */
  onMove: () => void;
}

export class MapController implements ReactiveController {
  status: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  /** The tiles do not load (the map still shows the markers). */
  tilesFailed = false;
  private view: MapView | undefined;
  private key = '';
  private observer: IntersectionObserver | undefined;
  private shown: MapState | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: MapHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset('');
  }

  /** Ids of the shown stations inside the current view (undefined before the map exists). */
  visibleIds(): Set<string> | undefined {
    return this.view?.visibleIds();
  }

  /**
   * Called before each render with the map to draw (undefined: none). A different map (another
   * provider, say) replaces the current one.
   */
  configure(setup: { map: MapConfig; tiles: TileSetup } | undefined): void {
    const key = setup ? JSON.stringify(setup.map) : '';
    if (key !== this.key) this.reset(key);
  }

  /** Called after each render while the map is open: starts it when on screen, else feeds it. */
  sync(canvas: HTMLElement | null, setup: { map: MapConfig; tiles: TileSetup } | undefined, state: () => MapState): void {
    if (!setup || !canvas) return;
    if (this.view) {
      this.show(state());
      return;
    }
    if (this.status !== 'idle' || this.observer) return;
    const key = this.key;
    // Only when the map is (nearly) on screen: a widget far down the page costs nothing. Already on
    // screen: start now rather than a frame later, when the observer first reports.
    const box = canvas.getBoundingClientRect();
    if (box.width > 0 && box.bottom > -200 && box.top < innerHeight + 200) {
      void this.start(canvas, setup, key, state);
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.observer?.disconnect();
        this.observer = undefined;
        void this.start(canvas, setup, key, state);
      },
      { rootMargin: '200px' },
    );
    this.observer.observe(canvas);
  }

  private async start(canvas: HTMLElement, setup: { map: MapConfig; tiles: TileSetup }, key: string, state: () => MapState) {
    this.set({ status: 'loading' });
    try {
      const { createMapView } = await import('./leaflet-view.js');
      if (key !== this.key) return;
      this.view = createMapView({
        container: canvas,
        map: setup.map,
        tiles: setup.tiles,
        labels: this.hooks.labels(),
        onSelect: this.hooks.onSelect,
        onTiles: (ok) => this.set({ tilesFailed: !ok }),
        onMove: this.hooks.onMove,
      });
      this.shown = undefined;
      this.show(state());
      this.set({ status: 'ready' });
    } catch (error) {
      if (key !== this.key) return;
      this.set({ status: 'failed' });
      console.error('[tongxin] <tx-workstation-map>: the map could not be loaded; the list still works.', error);
    }
  }

  /** Passes on what changed since the last call. */
  private show(next: MapState): void {
    const view = this.view!;
    const last = this.shown;
    if (next.stations !== last?.stations) view.setStations(next.stations);
    if (next.selected !== last?.selected) view.select(next.selected);
    if (next.origin !== last?.origin) view.setOrigin(next.origin);
    this.shown = next;
  }

  private reset(key: string): void {
    this.view?.destroy();
    this.view = undefined;
    this.shown = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    this.key = key;
    this.status = 'idle';
    this.tilesFailed = false;
  }

  private set(changes: Partial<Pick<MapController, 'status' | 'tilesFailed'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }
}
