import { css } from 'lit';

/*
 * Sizes are in em so the widget follows the host's font size and `large-text` scales everything.
 * Colours meet 4.5:1 against their background in both schemes (checked by axe in the browser tests).
 * Every row has the same minimum height as a skeleton row, so the first rows replace the skeleton
 * without moving anything below the widget.
 *
 * Readers' browsers go down to Chromium 80, Safari 14 and Firefox 78 (docs/widget.md, "Browser
 * support"), so every newer feature comes after a fallback that those engines understand:
 * - `color-mix()` (Chromium 111) only inside `@supports`, over a translucent grey that needs no mixing;
 * - `@container` (Chromium 105) mirrored by a viewport `@media` rule where containers are unknown;
 * - each logical property (shorthands: Chromium 87) after its physical twin (the widget is horizontal);
 * - `:focus-visible` (Chromium 86) through `:focus`, which the old engines then show on every focus.
 * - flex `gap` (Chromium 84, Safari 14.1) backed by margins where `inset` (Chromium 87, Safari 14.1)
 *   is unknown, the nearest thing CSS can test; Chromium 84–86 get both, a little more space.
 * The font stack names the Chinese family of Linux desktops (Noto Sans CJK SC: 统信 UOS, 麒麟 Kylin
 * and the distributions) after those of Windows and Apple. Where no family in the stack has the
 * glyphs, every run of Chinese text goes through the system's font fallback, which is slow on a
 * first layout and may pick Japanese glyph forms (docs/widget.md, "Speed").
 * The host page's CSS reaches the shadow tree only through inheritance from the host element, so
 * `.root` starts from `all: initial` and sets what it needs: a host page that restyles everything
 * (`* { color: red; font-family: serif }`) changes nothing inside, except the font size on purpose.
 */
export const styles = css`
  :host {
    --_accent: var(--cluster-list-accent, #0b57d0);
    --_on-accent: #fff;
    --_font: var(--cluster-list-font, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --_radius: var(--cluster-list-radius, 0.375em);
    --_bg: var(--cluster-list-background, #fff);
    --_text: var(--cluster-list-text, #1b1b1b);
    --_muted: var(--cluster-list-muted, #545454);
    --_border: var(--cluster-list-border, #8a8a8a);
    /* A custom property holding an unsupported color-mix() would blank every use of it: the fallback comes first. */
    --_subtle: rgba(128, 128, 128, 0.16);
    --_mark: var(--cluster-list-mark, #ffe58a);
    --_target: max(24px, 1.75em);
    --_row: 3.75em;
    display: block;
    container-type: inline-size;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
    line-height: 1.4;
    border-radius: var(--_radius);
    text-align: start;
  }
  @supports (color: color-mix(in srgb, red 50%, blue)) {
    :host {
      --_subtle: color-mix(in srgb, var(--_text) 6%, var(--_bg));
    }
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--cluster-list-accent, #a8c7fa);
      --_on-accent: #0b1d3a;
      --_bg: var(--cluster-list-background, #1e1f20);
      --_text: var(--cluster-list-text, #ececec);
      --_muted: var(--cluster-list-muted, #b8b8b8);
      --_border: var(--cluster-list-border, #8e8e8e);
      --_mark: var(--cluster-list-mark, #6b5300);
    }
  }
  :host([large-text]) {
    font-size: 1.25em;
    --_target: max(44px, 2.5em);
    --_row: 4em;
  }
  :host([compact]) {
    --_row: 2.5em;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-size: inherit;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
    line-height: 1.4;
    text-align: start;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
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
  a {
    color: var(--_accent);
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
