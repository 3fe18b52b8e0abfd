import { css } from 'lit';

/** Styles of `<tx-workbench>` on top of the shared base. */
export const workbenchStyles = css`
  [part='tabs'] button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  dl.facts {
    display: grid;
    gap: 0.25rem 1rem;
    grid-template-columns: minmax(5rem, max-content) 1fr;
    margin: 0;
  }
  dl.facts dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .reply {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .action-form {
    padding: 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    max-width: 40rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field > label {
    font-weight: 600;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  legend {
    font-weight: 600;
  }
  label.choice {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: var(--_target);
  }
  label.choice input {
    min-height: auto;
    width: 1.25em;
    height: 1.25em;
  }
  textarea {
    width: 100%;
  }
  .overdue {
    color: var(--_error);
    border-color: var(--_error);
  }
  .due-soon {
    color: var(--_warn);
    border-color: var(--_warn);
  }
  section.bucket {
    display: grid;
    gap: 0.5rem;
  }
  .files {
    white-space: normal;
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .files a {
    display: inline-block;
    min-height: 1.5rem;
  }
  /* Short cells never break mid-word (打开, a tracking code) when a list has many columns. */
  td > button,
  td.code {
    white-space: nowrap;
  }
  input.pick {
    min-height: auto;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    vertical-align: middle;
  }
  .notice.merged {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  caption:focus-visible,
  h3:focus-visible {
    outline: var(--_focus);
  }
`;
