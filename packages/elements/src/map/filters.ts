/**
 * The filter form of `<tx-workstation-map>`: text search first, then district → town → village
 * (each level appears once the one above is chosen), type, sector, and "nearest to me". Native
 * controls with visible labels; problems in words (`role="alert"`).
 */
import type { CodedLabel, WorkstationType } from '@tongxin/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Levels } from './data.js';
import type { MapStrings } from './strings.js';

/** What the user chose in the filters ('' = any). */
export type Choice = { district: string; town: string; village: string; type: string; sector: string; query: string };
export const NO_CHOICE: Choice = { district: '', town: '', village: '', type: '', sector: '', query: '' };

const TYPES: readonly WorkstationType[] = ['street', 'village', 'sector', 'park', 'joint'];

/** What the form needs from the element. */
export interface FiltersContext {
  strings: MapStrings;
  choice: Choice;
  levels: Levels;
  sectors: readonly CodedLabel[];
  label: (text: CodedLabel['label']) => string;
  filtering: boolean;
  near: boolean;
  locating: boolean;
  locateError: string;
  choose: (field: keyof Choice, value: string) => void;
  locate: () => void;
  stopNear: () => void;
  reset: () => void;
}

export function renderFilters(ctx: FiltersContext): TemplateResult {
  const { strings: s, choice: c, levels } = ctx;
  const select = (id: keyof Choice, label: string, options: { value: string; label: string }[]) =>
    html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      <select id=${id} part="control" .value=${c[id]} @change=${(e: Event) => ctx.choose(id, (e.target as HTMLSelectElement).value)}>
        <option value="">${s.all}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === c[id]}>${o.label}</option>`)}
      </select>
    </div>`;
  const divisions = (list: { code: string; name: string }[]) => list.map((d) => ({ value: d.code, label: d.name }));
  return html`<form class="filters" part="filters" role="search" aria-label=${s.filters} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field search" part="field">
      <label for="search">${s.search}</label>
      <input
        id="search"
        type="search"
        part="control"
        autocomplete="off"
        placeholder=${s.searchHint}
        .value=${c.query}
        @input=${(e: Event) => ctx.choose('query', (e.target as HTMLInputElement).value)}
      />
    </div>
    ${levels.counties.length > 0 ? select('district', s.district, divisions(levels.counties)) : nothing}
    ${levels.towns.length > 0 && (c.district || levels.fixed) ? select('town', s.town, divisions(levels.towns)) : nothing}
    ${levels.villages.length > 0 && c.town ? select('village', s.village, divisions(levels.villages)) : nothing}
    ${select(
      'type',
      s.type,
      TYPES.map((t) => ({ value: t, label: s.types[t] })),
    )}
    ${
      ctx.sectors.length > 0
        ? select(
            'sector',
            s.sector,
            ctx.sectors.map((x) => ({ value: x.code, label: ctx.label(x.label) })),
          )
        : nothing
    }
    <div class="toolbar wide">
      ${
        ctx.near
          ? html`<button type="button" part="button near" @click=${ctx.stopNear}>${s.nearOff}</button>`
          : html`<button type="button" part="button near" ?disabled=${ctx.locating} @click=${ctx.locate}>
              ${ctx.locating ? s.locating : s.nearMe}
            </button>`
      }
      ${ctx.filtering ? html`<button type="button" part="button reset" @click=${ctx.reset}>${s.reset}</button>` : nothing}
    </div>
    ${ctx.near ? html`<p class="notice wide">${s.nearOn}</p>` : nothing}
    ${ctx.locateError ? html`<p class="alert wide" part="error" role="alert">${ctx.locateError}</p>` : nothing}
  </form>`;
}
