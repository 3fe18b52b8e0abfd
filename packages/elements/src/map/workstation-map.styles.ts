import { css } from 'lit';

/**
 * Layout of `<tx-workstation-map>` on top of `baseStyles`: filters, the list (or a station's card)
 * and the map side by side when the widget is wide enough, stacked otherwise.
 */
export const styles = css`
  .base {
    display: grid;
    gap: 1rem;
    container-type: inline-size;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.75rem 1rem;
    align-items: end;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field label {
    font-weight: 600;
  }
  .field select,
  .field input {
    width: 100%;
  }
  .search,
  .wide {
    grid-column: 1 / -1;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .check {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    min-height: var(--_target);
  }
  .check input {
    min-height: auto;
    width: 1.25em;
    height: 1.25em;
  }
  .layout {
    display: grid;
    gap: 1rem;
    align-items: start;
  }
  @container (min-width: 48rem) {
    .layout.with-map {
      grid-template-columns: minmax(18rem, 2fr) 3fr;
    }
    .layout.with-map .map-column {
      position: sticky;
      top: 0;
    }
  }
  .results {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  .list {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: 0.125rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item .open {
    justify-self: start;
    min-height: var(--_target);
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--tx-color-link, #1d4f9c);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .card {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card h3:focus {
    outline: none;
  }
  .card h3:focus-visible {
    outline: var(--_focus);
  }
  .card dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.375rem 1rem;
    margin: 0;
  }
  .card dt {
    font-weight: 600;
  }
  .card dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .card ul,
  .card ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .card h4 {
    margin: 0;
    font-size: 1em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    padding: 0 !important;
    list-style: none;
  }
  .tags li {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }
  .activity time {
    color: var(--_muted);
    margin-inline-end: 0.5em;
  }
  .map-column {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .map {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .map[hidden] {
    display: none;
  }
  .frame {
    position: relative;
  }
  .canvas {
    height: var(--tx-map-height, 28rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .attribution {
    position: absolute;
    inset-inline-start: 1px;
    bottom: 1px;
    z-index: 1000;
    max-width: calc(100% - 2px);
    margin: 0;
    padding: 0.125rem 0.375rem;
    background: rgb(255 255 255 / 0.92);
    color: #1a1a1a;
    font-size: 0.75rem;
    line-height: 1.4;
  }
  .name-break {
    overflow-wrap: anywhere;
  }
`;
