import { css } from 'lit';

/*
 * The widget's custom properties (its public `--cluster-list-*` ones resolved once, with their
 * light and dark defaults), the size modes, and the `.root` box that shields the shadow tree
 * from the host page's CSS.
 * Colours meet 4.5:1 against their background in both schemes (checked by axe in the browser tests).
 * The font stack names the Chinese family of Linux desktops (Noto Sans CJK SC: 统信 UOS, 麒麟 Kylin
 * and the distributions) after those of Windows and Apple. Where no family in the stack has the
 * glyphs, every run of Chinese text goes through the system's font fallback, which is slow on a
 * first layout and may pick Japanese glyph forms (docs/widget.md, "Speed").
 * The host page's CSS reaches the shadow tree only through inheritance from the host element, so
 * `.root` starts from `all: initial` and sets what it needs: a host page that restyles everything
 * (`* { color: red; font-family: serif }`) changes nothing inside, except the font size on purpose.
 */
export const themeStyles = css`
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
  a {
    color: var(--_accent);
  }
`;
