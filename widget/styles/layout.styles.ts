import { css } from 'lit';

/*
 * How the header, the form and the bar below the list flow, at every width: narrow widgets stack
 * their fields, and engines without flex `gap` or container queries get the nearest fallback.
 */
export const layoutStyles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    margin-bottom: 0.5em;
    margin-block-end: 0.5em;
  }
  .title,
  .count {
    margin: 0;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-top: 0.5em;
    margin-block-start: 0.5em;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .range {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .source {
    margin: 0.5em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .source a {
    margin-right: 0.5em;
    margin-inline-end: 0.5em;
  }
  @container (max-width: 30em) {
    .root {
      padding: 0.5em;
    }
    .field {
      flex-basis: 100%;
    }
  }
  @supports not (inset: 0) {
    .root header > *,
    .root .controls > *,
    .root .chips > *,
    .root .bar > *,
    .root nav > * {
      margin-right: 0.5em;
      margin-bottom: 0.375em;
    }
    .root .field > * + * {
      margin-top: 0.125em;
    }
  }
  /* Without container queries, the viewport stands in for the widget's own width. */
  @supports not (container-type: inline-size) {
    @media (max-width: 30em) {
      .root {
        padding: 0.5em;
      }
      .field {
        flex-basis: 100%;
      }
    }
  }
`;
