import { css } from 'lit';

/*
 * The filter form: the search box, the selects, buttons, the focus ring and the year chips.
 * Every control is at least `--_target` tall and wide: 24 px, or 44 px with `large-text`.
 */
export const controlsStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    flex: 1 1 9em;
    min-width: 0;
  }
  .label {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .field.search {
    flex: 3 1 14em;
  }
  input,
  select,
  button,
  a.button {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.25em 0.5em;
    max-width: 100%;
  }
  button,
  a.button {
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    text-decoration: none;
  }
  button:disabled {
    color: var(--_muted);
    border-style: dashed;
  }
  :focus {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Dropped whole by engines without :focus-visible, which keep the ring above on every focus. */
  :focus:not(:focus-visible) {
    outline: none;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    min-height: var(--_target);
    margin-top: 0.5em;
    margin-bottom: 0.5em;
    margin-block: 0.5em;
    padding: 0;
    border: 0;
  }
  .chips button {
    border-radius: 999px;
    font-variant-numeric: tabular-nums;
  }
  .chips button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
`;
