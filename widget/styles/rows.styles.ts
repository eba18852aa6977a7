import { css } from 'lit';

/*
 * The list: rows that open into their details, the skeleton that holds their place, and the
 * notices (empty, error). Every row has the same minimum height as a skeleton row, so the first
 * rows replace the skeleton without moving anything below the widget.
 */
export const rowsStyles = css`
  .body[aria-busy='true'] ol {
    opacity: 0.6;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row {
    border-bottom: 1px solid var(--_subtle);
    border-block-end: 1px solid var(--_subtle);
    min-height: var(--_row);
  }
  summary {
    display: flex;
    flex-direction: column;
    justify-content: center;
    /* The row's border completes it to exactly one skeleton row. */
    min-height: calc(var(--_row) - 1px);
    padding: 0.25em 0.5em;
    cursor: pointer;
    list-style: none;
    border-radius: var(--_radius);
  }
  summary::-webkit-details-marker {
    display: none;
  }
  :host([compact]) summary {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: flex-start;
    column-gap: 0.75em;
  }
  .title,
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  mark {
    background: var(--_mark);
    color: inherit;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125em 0.75em;
    margin: 0;
    padding: 0.25em 0.5em 0.75em;
    font-size: 0.875em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .skeleton {
    display: flex;
    align-items: center;
    padding-left: 0.5em;
    padding-right: 0.5em;
    padding-inline: 0.5em;
  }
  .skeleton span {
    height: 1em;
    width: 60%;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }
  .notice {
    padding: 1em 0.5em;
  }
  .notice p {
    margin: 0 0 0.5em;
  }
`;
