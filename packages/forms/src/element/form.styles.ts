import { css } from 'lit';

/** Styles of `<tx-form>`: `--tx-*` tokens with fallbacks, rem sizes, 44px+ targets, visible focus. */
export const styles = css`
  :host {
    --_primary: var(--tx-color-primary, #a61b1b);
    --_on-primary: var(--tx-color-on-primary, #ffffff);
    --_text: var(--tx-color-text, #1a1a1a);
    --_muted: var(--tx-color-text-muted, #4d4d4d);
    --_error: var(--tx-color-error, #b00020);
    --_border: var(--tx-color-border, #767676);
    --_surface: var(--tx-color-surface, #ffffff);
    --_note: var(--tx-color-note, #eef3fb);
    --_radius: var(--tx-radius, 0.25rem);
    --_focus: var(--tx-focus-ring, 3px solid #1d5fbf);
    --_target: 2.75rem;
    display: block;
    color: var(--_text);
    font-size: var(--tx-font-size-base, 1rem);
    line-height: 1.5;
  }
  /* 关怀模式: larger text, stronger contrast, bigger targets. */
  :host([elder]) {
    --_text: var(--tx-color-text, #000000);
    --_muted: #1a1a1a;
    --_border: #000000;
    --_target: 3rem;
    font-size: max(1.25rem, var(--tx-font-size-base, 1rem));
    line-height: 1.6;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    display: grid;
    gap: 1rem;
  }
  .title {
    margin: 0;
    font-size: 1.5em;
  }
  .description,
  .help {
    margin: 0;
    color: var(--_muted);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0;
    padding-inline-start: 1.5em;
    color: var(--_muted);
  }
  .steps [aria-current='step'] {
    color: var(--_primary);
    font-weight: 700;
  }
  .step {
    display: grid;
    gap: 1.25rem;
  }
  .step-heading,
  .section-title {
    margin: 0;
    font-size: 1.25em;
  }
  .section {
    display: grid;
    gap: 1.25rem;
  }
  .field {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    min-inline-size: 0;
    /* Long forms (200 fields): fields off screen skip layout and paint until scrolled to. */
    content-visibility: auto;
    contain-intrinsic-size: auto 5rem;
  }
  fieldset.field {
    border: 0;
    padding: 0;
  }
  .label {
    font-weight: 600;
    padding: 0;
  }
  .required {
    margin-inline-start: 0.25em;
    font-weight: 400;
  }
  .control {
    min-block-size: var(--_target);
    inline-size: 100%;
    padding: 0.5rem 0.75rem;
    border: 0.0625rem solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  :host([elder]) .control {
    border-width: 0.125rem;
  }
  textarea.control {
    resize: vertical;
  }
  .control.file {
    padding: 0.5rem;
  }
  .control[aria-invalid='true'],
  .choice input[aria-invalid='true'] {
    border-color: var(--_error);
    outline: 0.125rem solid var(--_error);
    outline-offset: 0;
  }
  .control:disabled,
  .button:disabled,
  .choice input:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: var(--_target);
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .axes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0.75rem;
  }
  .axis {
    display: grid;
    gap: 0.25rem;
  }
  .counter {
    margin: 0;
    justify-self: end;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .counter[data-over='true'],
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  .error {
    margin: 0;
  }
  .notice {
    margin: 0;
    padding: 0.75rem 1rem;
    border-inline-start: 0.25rem solid var(--_primary);
    background: var(--_note);
  }
  .notice p {
    margin: 0;
  }
  .notice-title {
    font-weight: 700;
  }
  .files {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .file-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .file-name {
    overflow-wrap: anywhere;
  }
  .file-size {
    color: var(--_muted);
  }
  .summary {
    padding: 1rem;
    border: 0.1875rem solid var(--_error);
    border-radius: var(--_radius);
  }
  .summary-title {
    margin: 0 0 0.5rem;
    font-weight: 700;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .link {
    min-block-size: var(--_target);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_error);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    justify-content: flex-end;
  }
  .button {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.5rem 1.5rem;
    border: 0.125rem solid var(--_primary);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .file-item .button {
    padding-block: 0.25rem;
  }
  :focus-visible,
  .summary:focus,
  .step-heading:focus {
    outline: var(--_focus);
    outline-offset: 0.125rem;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .button.primary {
      border-color: ButtonText;
    }
  }
`;
