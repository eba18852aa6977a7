/**
 * Horizontal bar charts as inline SVG, drawn at build time: no chart library and no canvas in the
 * browser. Each chart is a figure with a text alternative (the SVG's title lists every bar) and
 * the same numbers as a table, whose first column links to the page of each bar where there is one.
 */
import { html, type SafeHtml } from './html';
import type { Count } from './site-model';

export interface BarChartSpec {
  /** Unique within the page; prefixes the ids of the caption and title. */
  id: string;
  caption: string;
  rows: readonly Count[];
  /** Header of the table's first column, e.g. `省份 Province`. */
  labelHeader: string;
  valueHeader?: string;
}

// Narrow enough that a phone (about 360 px of column) scales the labels to no less than 11 px.
const WIDTH = 480;
const ROW = 26;
const BAR = 16;
const FONT = 15;
const GAP = 8;
const VALUE_ROOM = 44;

/** Drawn width of a label at {@link FONT} px: full-width for CJK, about half for ASCII. */
function labelWidth(label: string): number {
  let width = 0;
  for (const character of label) width += character.charCodeAt(0) < 0x2e80 ? FONT * 0.6 : FONT;
  return width;
}

/** The chart's text alternative: what it counts and every bar's value. */
export function chartAlternative(spec: BarChartSpec): string {
  return `${spec.caption}：${spec.rows.map((row) => `${row.label} ${row.value}`).join('，')}。`;
}

export function barChart(spec: BarChartSpec): SafeHtml {
  const labelRoom = Math.min(WIDTH / 2, Math.ceil(Math.max(0, ...spec.rows.map((row) => labelWidth(row.label)))) + GAP * 2);
  const max = Math.max(1, ...spec.rows.map((row) => row.value));
  const scale = (WIDTH - labelRoom - VALUE_ROOM) / max;
  const height = spec.rows.length * ROW + GAP;
  const bars = spec.rows.map((row, index) => {
    const top = GAP / 2 + index * ROW;
    const width = Math.max(1, Math.round(row.value * scale));
    const baseline = top + ROW / 2 + FONT * 0.35;
    return html`<text x="${labelRoom - GAP}" y="${baseline}" text-anchor="end">${row.label}</text><rect class="bar" x="${labelRoom}" y="${top + (ROW - BAR) / 2}" width="${width}" height="${BAR}"></rect><text x="${labelRoom + width + 6}" y="${baseline}">${row.value}</text>`;
  });
  const captionId = `${spec.id}-caption`;
  const titleId = `${spec.id}-title`;
  return html`<figure class="chart" id="${spec.id}" aria-labelledby="${captionId}">
<figcaption id="${captionId}">${spec.caption}</figcaption>
<svg role="img" aria-labelledby="${titleId}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-size="${FONT}"><title id="${titleId}">${chartAlternative(spec)}</title>${bars}</svg>
<table>
<thead><tr><th scope="col">${spec.labelHeader}</th><th scope="col">${spec.valueHeader ?? '集群数 Clusters'}</th></tr></thead>
<tbody>${spec.rows.map(
    (row) => html`<tr><th scope="row">${row.href ? html`<a href="${row.href}">${row.label}</a>` : row.label}</th><td>${row.value}</td></tr>`,
  )}</tbody>
</table>
</figure>`;
}

/** Why the distribution is a chart and a table, never a map of China. */
export const NO_MAP_NOTE = html`<p class="note">本站不提供地图：在中国公开使用的地图须采用标注审图号的标准地图，因此分布以条形图和表格呈现。<span lang="en">No map: a map published in China must be a standard map bearing its approval number (审图号), so the distribution is shown as charts and tables.</span></p>`;
