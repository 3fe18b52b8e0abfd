import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color: var(--tx-color-text, #1a1a1a);
    background: var(--tx-color-surface, #ffffff);
    font-size: var(--tx-font-size-base, 1rem);
    --_primary: var(--tx-color-primary, #a61b1b);
    --_border: var(--tx-color-border, #767676);
    --_error: var(--tx-color-error, #b00020);
    --_radius: var(--tx-radius, 0.25rem);
  }
  * {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--tx-focus-ring, 3px solid #1d5fbf);
    outline-offset: 2px;
  }
  h2,
  h3,
  h4 {
    margin: 0.5rem 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    padding-block: 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(16rem, 1fr) minmax(18rem, 1.2fr) minmax(18rem, 1.2fr);
    gap: 1rem;
    align-items: start;
  }
  @media (max-width: 60rem) {
    .columns {
      grid-template-columns: 1fr;
    }
  }
  button,
  .file {
    font: inherit;
    padding: 0.3rem 0.7rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--tx-color-surface, #ffffff);
    color: var(--_primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    color: #ffffff;
  }
  button:disabled {
    border-color: var(--_border);
    color: #595959;
    cursor: not-allowed;
  }
  button.danger {
    border-color: var(--_error);
    color: var(--_error);
  }
  button[aria-pressed='true'],
  button[aria-pressed='true'] .hint {
    background: var(--_primary);
    color: #ffffff;
  }
  input,
  select,
  textarea {
    font: inherit;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.4rem;
    max-width: 100%;
  }
  .prop {
    display: grid;
    gap: 0.2rem;
    margin-block: 0.5rem;
  }
  .row {
    display: flex;
    gap: 1rem;
  }
  .inline {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
    margin-inline-end: 1rem;
  }
  ol,
  ul {
    padding-inline-start: 1.25rem;
  }
  .fields {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .fields li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    align-items: center;
    padding: 0.25rem;
    border: 1px solid #d0d0d0;
    border-radius: var(--_radius);
  }
  .fields li .name {
    flex: 1 1 8rem;
    text-align: start;
  }
  .fields li.over {
    border-top: 3px solid var(--_primary);
  }
  .options li,
  .condition {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    align-items: center;
    margin-block: 0.3rem;
  }
  .short {
    width: 6rem;
  }
  fieldset {
    border: 1px solid #d0d0d0;
    border-radius: var(--_radius);
    margin-block: 0.5rem;
  }
  .problems {
    color: var(--_error);
  }
  .ok {
    color: #1b6e20;
  }
  .hint {
    color: #595959;
    font-size: 0.875em;
  }
  .dirty {
    color: var(--_error);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .file input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .file:focus-within {
    outline: var(--tx-focus-ring, 3px solid #1d5fbf);
  }
  .grip {
    cursor: grab;
    padding-inline-end: 0.25em;
  }
`;
