import { META_PATH, type Dataset } from '../../core';
import { JSON_CONTENT_TYPE } from '../http/content-types';
import type { DataRoute } from '../http/data-route';
import { parseNoParams } from '../http/no-query';
import { ATTRIBUTION, LICENSE_NOTE, SOURCE } from './attribution';

// Body of `GET /api/v1/meta`: version, size, build time, years with their notices, credits. A year
// without a notice row still appears, with `notice: null`.
function metaBody(dataset: Dataset) {
  const years = [...countByYear(dataset)]
    .sort(([a], [b]) => a - b)
    .map(([year, { batch, count }]) => {
      const notice = dataset.notices.find((candidate) => candidate.year === year);
      return {
        year,
        batch,
        count,
        notice: notice ? { title: notice.title, url: notice.url, pdfUrl: notice.pdfUrl } : null,
      };
    });
  return {
    data: {
      datasetVersion: dataset.version,
      recordCount: dataset.records.length,
      builtAt: dataset.builtAt,
      years,
      source: { ...SOURCE },
      attribution: ATTRIBUTION,
      license: LICENSE_NOTE,
    },
    meta: { datasetVersion: dataset.version },
  };
}

/** The `data` of `GET /api/v1/meta`, also what `/clusters?include=meta` carries. */
export function metaData(dataset: Dataset) {
  return metaBody(dataset).data;
}

/** `GET /api/v1/meta`: the dataset's version, size, years with their notices, and credits. */
export const metaRoute: DataRoute<null> = {
  path: META_PATH,
  parse: parseNoParams,
  respond: (_query, dataset) => ({ key: META_PATH, contentType: JSON_CONTENT_TYPE, render: () => JSON.stringify(metaBody(dataset)) }),
};

function countByYear(dataset: Dataset): Map<number, { batch: number; count: number }> {
  const years = new Map<number, { batch: number; count: number }>();
  for (const { year, batch } of dataset.records) {
    const seen = years.get(year);
    if (seen) seen.count++;
    else years.set(year, { batch, count: 1 });
  }
  return years;
}
