import type { Workstation } from '@tongxin/core';
import { getConfig, getWorkstation, listDivisions, listWorkstations } from '@tongxin/core/wire';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TxElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { renderCard } from './card.js';
import type { LngLat } from './crs.js';
import { StationData } from './data.js';
import { TxOpinionRequestEvent, TxWorkstationSelectEvent } from './events.js';
import { applyFilters, type Filters, isFiltering } from './filter.js';
import { type Choice, NO_CHOICE, renderFilters } from './filters.js';
import { MapController } from './map-controller.js';
import { MAP_STRINGS, type MapStrings } from './strings.js';
import { tileSetup } from './tiles.js';
import { styles } from './workstation-map.styles.js';

const ROUTES = { listWorkstations, getWorkstation, getConfig, listDivisions };
/** The user's position (WGS-84) and each station's distance from it in km. */
type Near = { origin: LngLat; distance: (s: Workstation) => number | undefined };

/**
 * 委员工作站 on a map and in a list, kept in sync. The list alone is complete: filters (district →
 * town → village, type, sector, text), "nearest to me", and each station's card work by keyboard
 * and screen reader with no map at all — when the county has no tile provider, the tiles fail, or
 * the user hides the map. Leaflet, supercluster and gcoord load only when the map is shown.
 * Tiles, attribution and 审图号 come from the county configuration; points are converted into the
 * tiles' CRS on copies; no boundaries are drawn.
 *
 * @summary Find a member workstation by place, type, sector, text or distance; see its card; send it an opinion.
 *
 * @event {TxWorkstationSelectEvent} tx-workstation-select - A station's card was opened or closed by the user (`detail.workstationId`).
 * @event {TxOpinionRequestEvent} tx-opinion-request - "Send an opinion" was pressed (`detail.workstationId`, `detail.divisionCode`); cancelable. Not prevented: `<tx-opinion-box workstation="…">` is shown below the card when defined.
 *
 * @csspart base - The whole widget.
 * @csspart filters - The filter form.
 * @csspart field - One filter (label and control).
 * @csspart control - A select or the search input.
 * @csspart status - The live count of matching stations.
 * @csspart list - The list of stations.
 * @csspart item - One station in the list.
 * @csspart card - A station's detail card.
 * @csspart button - Every button (`back`, `opinion`, `more`, `near`, `toggle` as extra part names).
 * @csspart map - The map region (canvas, messages, attribution).
 * @csspart attribution - Attribution and 审图号 at the map's lower left.
 * @csspart error - A load or map error.
 *
 * @cssproperty [--tx-map-height=28rem] - Height of the map.
 * @cssproperty [--tx-color-primary=#a61b1b] - Markers, clusters and the primary button.
 * @cssproperty [--tx-color-text=#1a1a1a] - Text.
 * @cssproperty [--tx-color-border=#767676] - Borders of controls, items and the card.
 * @cssproperty [--tx-color-surface=#ffffff] - Background of items and the card.
 * @cssproperty [--tx-color-link=#1d4f9c] - Station names in the list and links.
 * @cssproperty [--tx-font-size-base=1rem] - Base text size (at least 1.25rem in `elder` mode).
 * @cssproperty [--tx-focus-ring=3px solid #1d5fbf] - Outline of the focused control or marker.
 */
export class TxWorkstationMap extends TxElement {
  static override styles = [baseStyles, styles];

  /** `both`: the list, and the map when the county configures tiles; `list`: the list only (the user can still show the map). */
  @property({ reflect: true }) accessor view: 'both' | 'list' = 'both';
  /** Id of the station whose card is open; reflects, so a page can link straight to a station. */
  @property({ reflect: true }) accessor selected: string | undefined = undefined;
  /** Stations to show instead of fetching them (property only); the county configuration is still fetched. */
  @property({ attribute: false }) accessor stations: readonly Workstation[] | undefined = undefined;
  /** Stations listed before "显示更多" (default 20). */
  @property({ type: Number, attribute: 'page-size' }) accessor pageSize = 20;

  @state() private accessor choice: Choice = NO_CHOICE;
  @state() private accessor shown = 20;
  @state() private accessor near: Near | undefined = undefined;
  @state() private accessor locating = false;
  @state() private accessor locateError = '';
  @state() private accessor mapOpen = true;
  @state() private accessor inViewOnly = false;
  @state() private accessor inView: Set<string> | undefined = undefined;
  @state() private accessor opinion: { id: string; box: HTMLElement | undefined } | undefined = undefined;

  private readonly data = new StationData(this);
  private readonly map = new MapController(this, {
    labels: () => {
      const s = this.strings;
      return { zoomIn: s.zoomIn, zoomOut: s.zoomOut, cluster: s.cluster, youAreHere: s.youAreHere };
    },
    onSelect: (id) => void this.open(id),
    onMove: () => {
      if (this.inViewOnly) this.inView = this.map.visibleIds();
    },
  });
  private loadKey = '';
  private memo: { map?: { key: unknown[]; value: Workstation[] }; list?: { key: unknown[]; value: Workstation[] } } = {};

  private get strings(): MapStrings {
    return this.localized(MAP_STRINGS);
  }

  /** Everything the list and map show, before filtering. */
  private get all(): readonly Workstation[] {
    return this.stations ?? this.data.stations;
  }

  /** The map to draw, when the county configures one that can be drawn. */
  private get mapSetup() {
    const map = this.data.config?.map;
    const tiles = map && tileSetup(map.provider);
    return map && tiles ? { map, tiles } : undefined;
  }

  private get filters(): Filters {
    const { district, town, village, type, sector, query } = this.choice;
    const { counties, towns, villages } = this.data.levels;
    // The deepest level chosen decides; none chosen means the whole county.
    const division =
      villages.find((d) => d.code === village) ?? towns.find((d) => d.code === town) ?? counties.find((d) => d.code === district);
    return {
      division: division && { code: division.code, level: division.level },
      type: (type || undefined) as Filters['type'],
      sector: sector || undefined,
      query,
    };
  }

  /** The filtered stations: `map` for the markers; `list` also by map view and distance. */
  private get results(): { list: Workstation[]; map: Workstation[] } {
    const same = (a: unknown[] | undefined, b: unknown[]) => a?.every((k, i) => k === b[i]) === true;
    // Keyed by the filters' values, so new division lists or a re-render do not redraw the markers.
    const filters = this.filters;
    const mapKey = [this.all, JSON.stringify(filters)];
    if (!same(this.memo.map?.key, mapKey)) this.memo.map = { key: mapKey, value: applyFilters(this.all, filters) };
    const map = this.memo.map!.value;
    const useView = this.inViewOnly && this.map.status === 'ready' && this.mapOpen ? this.inView : undefined;
    const listKey = [map, this.near, useView];
    if (!same(this.memo.list?.key, listKey)) {
      let list = useView ? map.filter((s) => useView.has(s.id)) : map;
      const near = this.near;
      if (near) {
        const km = new Map(list.map((s) => [s, near.distance(s) ?? Number.POSITIVE_INFINITY]));
        list = [...list].sort((a, b) => km.get(a)! - km.get(b)!);
      }
      this.memo.list = { key: listKey, value: list };
    }
    return { list: this.memo.list!.value, map };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.mapOpen = this.view !== 'list';
    // Moved in the page (disconnected, then connected again): load again.
    this.loadKey = '';
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view') && changed.get('view') !== undefined) this.mapOpen = this.view !== 'list';
    if (changed.has('pageSize')) this.shown = Math.max(1, this.pageSize);
    if (changed.has('selected')) {
      this.data.single = undefined;
      if (this.opinion?.id !== this.selected) this.opinion = undefined;
    }
    const settings = this.resolve();
    const key = settings.ok ? `${settings.value.endpoint}|${settings.value.tenant}` : '';
    const client = this.clientFor(ROUTES);
    if (key !== this.loadKey && this.isConnected) {
      this.loadKey = key;
      if (client) this.data.load(client, () => !this.stations);
    }
    this.map.configure(this.mapSetup);
    // A link to a station the list does not hold: ask for it alone once the list is complete.
    const id = this.selected;
    if (client && id && !this.data.loading && this.data.single === undefined && !this.all.some((s) => s.id === id)) {
      void this.data.fetchSingle(client, id, () => this.selected === id);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.mapOpen) return;
    this.map.sync(this.renderRoot.querySelector<HTMLElement>('.canvas'), this.mapSetup, () => ({
      stations: this.results.map,
      selected: this.selected,
      origin: this.near?.origin,
    }));
  }

  /** Opens a station's card (from the list or a marker) and moves focus to its name. */
  private async open(id: string): Promise<void> {
    this.selected = id;
    this.dispatchEvent(new TxWorkstationSelectEvent(id));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#card-title')?.focus();
  }

  /** Closes the card and returns focus to the station in the list. */
  private async close(): Promise<void> {
    const id = this.selected;
    this.selected = undefined;
    this.dispatchEvent(new TxWorkstationSelectEvent(undefined));
    const index = this.results.list.findIndex((s) => s.id === id);
    if (index >= this.shown) this.shown = index + 1;
    await this.updateComplete;
    const target =
      (id && this.renderRoot.querySelector<HTMLElement>(`.open[data-id="${CSS.escape(id)}"]`)) ||
      this.renderRoot.querySelector<HTMLElement>('#search');
    target?.focus();
  }

  private sendOpinion(station: Workstation): void {
    const event = new TxOpinionRequestEvent({ workstationId: station.id, divisionCode: station.divisionCode });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const tag = this.tags.opinionBox;
    if (!customElements.get(tag)) {
      console.warn(
        `[tongxin] <${this.tag}>: <${tag}> is not defined, so the opinion cannot be written here. Import '@tongxin/elements/define/${tag}', or handle tx-opinion-request.`,
      );
      this.opinion = { id: station.id, box: undefined };
      return;
    }
    const box = document.createElement(tag);
    box.setAttribute('workstation', station.id);
    box.setAttribute('workstation-name', station.name);
    const settings = this.resolve();
    if (settings.ok) {
      // Our own settings, which may come from attributes rather than a <tx-provider> the box could see.
      const { endpoint, tenant, locale, userKey, getToken } = settings.value;
      box.setAttribute('endpoint', endpoint);
      box.setAttribute('tenant', tenant);
      box.setAttribute('locale', locale);
      if (userKey !== 'anonymous') box.setAttribute('user-key', userKey);
      if (getToken) Object.assign(box, { getToken });
    }
    if (this.isElder) box.setAttribute('elder', '');
    this.opinion = { id: station.id, box };
    void this.updateComplete.then(() => box.scrollIntoView?.({ block: 'nearest' }));
  }

  /** "离我最近": asks for the position once; it is used on this device only. */
  private locate(): void {
    const s = this.strings;
    if (!('geolocation' in navigator)) {
      this.locateError = s.locateUnsupported;
      return;
    }
    this.locating = true;
    this.locateError = '';
    navigator.geolocation.getCurrentPosition(
      async (position) => {
        // Geolocation is WGS-84; stations may be stored in GCJ-02 or BD-09: compare in WGS-84.
        const origin = { lng: position.coords.longitude, lat: position.coords.latitude };
        const { convert, distanceKm } = await import('./crs.js');
        const cache = new WeakMap<Workstation, number>();
        const distance = (station: Workstation) => {
          if (!station.location) return undefined;
          let km = cache.get(station);
          if (km === undefined) {
            km = distanceKm(origin, convert(station.location, station.location.crs, 'WGS84'));
            cache.set(station, km);
          }
          return km;
        };
        this.locating = false;
        this.near = { origin, distance };
        this.shown = Math.max(1, this.pageSize);
      },
      (error) => {
        this.locating = false;
        this.locateError = error.code === error.PERMISSION_DENIED ? s.locateDenied : s.locateFailed;
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  private async choose(field: keyof Choice, value: string): Promise<void> {
    const next = { ...this.choice, [field]: value };
    this.shown = Math.max(1, this.pageSize);
    const client = this.clientFor(ROUTES);
    // A new district clears town and village; a new town clears village. Then the level below loads.
    if (field === 'district') Object.assign(next, { town: '', village: '' });
    if (field === 'town') next.village = '';
    if (field === 'district') this.data.setLevels({ towns: [], villages: [] });
    if (field === 'town') this.data.setLevels({ villages: [] });
    this.choice = next;
    if ((field === 'district' || field === 'town') && value && client) {
      const children = await this.data.childrenOf(client, value);
      if (this.choice[field] === value) this.data.setLevels(field === 'district' ? { towns: children } : { villages: children });
    }
  }

  private reset(): void {
    this.choice = NO_CHOICE;
    if (!this.data.levels.fixed) this.data.setLevels({ towns: [], villages: [] });
    else this.data.setLevels({ villages: [] });
    this.shown = Math.max(1, this.pageSize);
  }

  private async more(): Promise<void> {
    const first = this.shown;
    this.shown += Math.max(1, this.pageSize);
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.open')[first]?.focus();
  }

  private label(text: { 'zh-Hans': string; 'zh-Hant'?: string | undefined; en?: string | undefined }): string {
    return text[this.activeLocale] ?? text['zh-Hans'];
  }

  protected override render() {
    const settings = this.resolve();
    if (!settings.ok) return this.renderProblems(settings.problems);
    const s = this.strings;
    const { list, map } = this.results;
    const data = this.data;
    const single = typeof data.single === 'object' ? data.single : undefined;
    const station = this.selected ? (this.all.find((x) => x.id === this.selected) ?? single) : undefined;
    const withMap = Boolean(this.mapSetup);
    const loadingFirst = data.loading && this.all.length === 0;
    return html`<section class="base" part="base" aria-labelledby="heading" lang=${this.activeLocale}>
      <h2 id="heading">${s.heading}</h2>
      ${renderFilters({
        strings: s,
        choice: this.choice,
        levels: data.levels,
        sectors: data.config?.sectors ?? [],
        label: (t) => this.label(t),
        filtering: isFiltering(this.filters),
        near: Boolean(this.near),
        locating: this.locating,
        locateError: this.locateError,
        choose: (field, value) => void this.choose(field, value),
        locate: () => this.locate(),
        stopNear: () => {
          this.near = undefined;
        },
        reset: () => this.reset(),
      })}
      <p part="status" role="status" aria-live="polite">
        ${loadingFirst ? this.shared.loading : list.length === 0 && !data.loading ? s.none : s.count(list.length, this.all.length)}
      </p>
      ${
        data.failed
          ? html`<div class="alert" part="error" role="alert">
              ${this.shared.loadFailed}
              <button type="button" part="button" @click=${() => this.retry()}>${this.shared.retry}</button>
            </div>`
          : nothing
      }
      <div class="layout ${withMap && this.mapOpen ? 'with-map' : ''}">
        <div class="results">
          ${
            station
              ? renderCard(
                  station,
                  {
                    strings: s,
                    locale: this.activeLocale,
                    sector: (code) => {
                      const found = data.config?.sectors.find((x) => x.code === code);
                      return found && this.label(found.label);
                    },
                    back: () => void this.close(),
                    sendOpinion: (x) => this.sendOpinion(x),
                  },
                  this.renderOpinion(station),
                )
              : this.selected && data.single === 'missing'
                ? html`<div class="card" part="card">
                    <p>${s.notFound}</p>
                    <div class="toolbar">
                      <button type="button" part="button back" @click=${() => void this.close()}>← ${s.back}</button>
                    </div>
                  </div>`
                : this.renderList(list)
          }
        </div>
        ${withMap ? this.renderMap(map.length) : nothing}
      </div>
    </section>`;
  }

  private renderList(list: Workstation[]) {
    const s = this.strings;
    const visible = list.slice(0, this.shown);
    const near = this.near;
    return html`<h3 class="visually-hidden" id="list-heading">${s.list}</h3>
      <ul class="list" part="list" aria-labelledby="list-heading">
        ${visible.map((station) => {
          const km = near?.distance(station);
          return html`<li class="item" part="item">
            <button type="button" class="open name-break" data-id=${station.id} @click=${() => void this.open(station.id)}>${station.name}</button>
            <span class="meta">${s.types[station.type] ?? station.type}${km !== undefined ? html` · ${s.distance(km)}` : nothing}</span>
            <span class="meta name-break">${station.address}${station.location ? nothing : html` · ${s.noLocation}`}</span>
          </li>`;
        })}
      </ul>
      ${
        list.length > visible.length
          ? html`<div class="toolbar">
              <button type="button" part="button more" @click=${() => void this.more()}>${s.more(list.length - visible.length)}</button>
            </div>`
          : nothing
      }`;
  }

  private renderOpinion(station: Workstation) {
    const opinion = this.opinion;
    if (!opinion || opinion.id !== station.id) return nothing;
    return opinion.box ?? html`<p class="notice" role="status">${this.strings.noOpinionBox(station.officePhone)}</p>`;
  }

  private renderMap(count: number) {
    const s = this.strings;
    const config = this.data.config?.map;
    const review = config?.reviewNumber;
    // 审图号 as configured; the label is added when the county gave the bare number.
    const reviewText = review && !/审图号|審圖號/.test(review) ? `${s.review}：${review}` : review;
    const credit = [config?.attribution, reviewText].filter(Boolean).join(' · ');
    const status = this.map.status;
    return html`<div class="map-column">
      <div class="toolbar map-toggle">
        <button type="button" part="button toggle" aria-controls="map" aria-expanded=${this.mapOpen ? 'true' : 'false'} @click=${() => this.toggleMap()}>
          ${this.mapOpen ? s.hideMap : s.showMap}
        </button>
        ${
          this.mapOpen && status === 'ready'
            ? html`<label class="check">
                <input type="checkbox" .checked=${this.inViewOnly} @change=${(e: Event) => this.setInViewOnly((e.target as HTMLInputElement).checked)} />
                ${s.inViewOnly}
              </label>`
            : nothing
        }
      </div>
      <div id="map" class="map" part="map" role="region" aria-label=${s.map} ?hidden=${!this.mapOpen} data-count=${count}>
        <p class="visually-hidden">${s.mapNote}</p>
        ${status === 'loading' ? html`<p class="muted" role="status">${s.mapLoading}</p>` : nothing}
        ${status === 'failed' ? html`<p class="alert" part="error" role="alert">${s.mapFailed}</p>` : nothing}
        ${this.map.tilesFailed ? html`<p class="alert" part="error" role="alert">${s.tilesFailed}</p>` : nothing}
        <div class="frame" ?hidden=${status === 'failed'}>
          <div class="canvas"></div>
          ${credit ? html`<p class="attribution" part="attribution">${credit}</p>` : nothing}
        </div>
      </div>
    </div>`;
  }

  private toggleMap(): void {
    this.mapOpen = !this.mapOpen;
    if (!this.mapOpen) this.inViewOnly = false;
  }

  private setInViewOnly(on: boolean): void {
    this.inViewOnly = on;
    this.inView = on ? this.map.visibleIds() : undefined;
    this.shown = Math.max(1, this.pageSize);
  }

  private retry(): void {
    this.loadKey = '';
    this.requestUpdate();
  }
}
