import { css } from 'lit';
import { controlsStyles } from './styles/controls.styles';
import { layoutStyles } from './styles/layout.styles';
import { rowsStyles } from './styles/rows.styles';
import { themeStyles } from './styles/theme.styles';

/*
 * The widget's one stylesheet, composed from one file per part of the widget (widget/styles/).
 * Sizes are in em so the widget follows the host's font size and `large-text` scales everything.
 *
 * Readers' browsers go down to Chromium 80, Safari 14 and Firefox 78 (docs/widget.md, "Browser
 * support"), so every newer feature comes after a fallback that those engines understand:
 * - `color-mix()` (Chromium 111) only inside `@supports`, over a translucent grey that needs no mixing;
 * - `@container` (Chromium 105) mirrored by a viewport `@media` rule where containers are unknown;
 * - each logical property (shorthands: Chromium 87) after its physical twin (the widget is horizontal);
 * - `:focus-visible` (Chromium 86) through `:focus`, which the old engines then show on every focus.
 * - flex `gap` (Chromium 84, Safari 14.1) backed by margins where `inset` (Chromium 87, Safari 14.1)
 *   is unknown, the nearest thing CSS can test; Chromium 84–86 get both, a little more space.
 * The layout rules come last: their narrow-width rules override the others.
 */
export const styles = css`
  ${themeStyles}
  ${controlsStyles}
  ${rowsStyles}
  ${layoutStyles}
`;
