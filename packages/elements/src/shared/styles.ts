import { css } from 'lit';

/**
 * Tokens and resets every widget starts from. `all: initial` on the host shields us from a page's
 * global CSS; `--tx-*` custom properties (which inherit through it) are the supported way in.
 */
export const baseStyles = css`
  :host {
    all: initial;
    --_primary: var(--tx-color-primary, #a61b1b);
    --_on-primary: var(--tx-color-on-primary, #ffffff);
    --_text: var(--tx-color-text, #1a1a1a);
    --_muted: var(--tx-color-text-muted, #4d4d4d);
    --_error: var(--tx-color-error, #b00020);
    --_ok: var(--tx-color-success, #1e6b34);
    --_warn: var(--tx-color-warning, #8a4b00);
    --_border: var(--tx-color-border, #767676);
    --_surface: var(--tx-color-surface, #ffffff);
    --_note: var(--tx-color-note, #eef3fb);
    --_radius: var(--tx-radius, 0.25rem);
    --_focus: var(--tx-focus-ring, 3px solid #1d5fbf);
    --_target: 2.75rem;
    /* !important: inside a shadow root it wins over a page's own !important resets of the host. */
    display: block !important;
    color: var(--_text);
    font-family: var(--tx-font-family, system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif);
    font-size: var(--tx-font-size-base, 1rem);
    line-height: 1.5;
    text-align: start;
  }
  :host([elder]),
  :host([data-tx-elder]) {
    --_text: var(--tx-color-text, #000000);
    --_muted: #1a1a1a;
    --_border: #000000;
    --_target: 3rem;
    font-size: max(1.25rem, var(--tx-font-size-base, 1rem));
    line-height: 1.6;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--tx-color-link, #1d4f9c);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    min-height: var(--_target);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .stack {
    display: grid;
    gap: 1rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .muted {
    color: var(--_muted);
  }
  .notice {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_primary);
    background: var(--_note);
  }
  .alert {
    padding: 0.75rem 1rem;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_error);
    background: var(--_surface);
  }
  .ok {
    padding: 0.75rem 1rem;
    border: 2px solid var(--_ok);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
  }
  .offline {
    color: var(--_warn);
    border-color: var(--_warn);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
