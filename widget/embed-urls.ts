/**
 * URLs an embed snippet writes around a `<cluster-list>`, computed by the widget itself so that
 * they can never drift from what it fetches: the preload hint's URL must be exactly the first
 * data file's, or the browser fetches twice.
 */
import { datasetCsvUrl } from './data-location';
import { clampPageSize, presetView } from './filters';
import { firstViewFile } from './first-view-source';

/** The URLs of {@link embedUrls}. */
export interface EmbedUrls {
  /** The first-view file, for `<link rel="preload" as="fetch" crossorigin>`; null when the view starts from the snapshot. */
  preload: string | null;
  /** The whole list as a static CSV file, for the plain link a snippet puts inside the element. */
  csv: string;
}

/** The URLs of an element's embed snippet, from its attributes. */
export function embedUrls(element: Element): EmbedUrls {
  const attribute = (name: string) => element.getAttribute(name);
  const presets = { province: attribute('province'), city: attribute('city'), year: attribute('year'), q: attribute('q') };
  const view = presetView({ ...presets, section: attribute('section'), division: attribute('division') }, '');
  const first = attribute('src') ? null : firstViewFile(view, clampPageSize(attribute('page-size')));
  return { preload: first?.url ?? null, csv: datasetCsvUrl() };
}
