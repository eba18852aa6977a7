import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { FACET_PARAMS, canonicalQuery, computeFacets, countBySubmitter, parseFacetQuery, resolveQuery, type ClusterFilter, type Dataset } from '../../../core';
import { FACETS_PATH } from '../../routes/facets';
import { CountArguments, toQueryString, type CountDimension, countShape } from '../arguments';
import { protoKeyError, READ_ONLY, toolResult, type ToolContext } from '../context';
import { isDataset } from '../dataset-access';
import { CountResult } from '../output-schemas';
import { apiToolError, datasetUnavailable } from '../tool-errors';

const TOOL = 'count_clusters';
const ACCEPTED = Object.keys(countShape);

const DESCRIPTION = `Count the clusters of China's SME characteristic industrial cluster list (中小企业特色产业集群) by year, province, city (prefecture-level unit) or submittedBy (submitting unit), for the same filters search_clusters takes.
Returns the total matching every filter and the counts, largest first. Each count ignores the filter on its own dimension, as the REST API's /api/v1/facets does: {"by": "province", "year": 2023} counts 2023's clusters in every province, {"by": "city", "province": "浙江"} counts 浙江省's cities.`;

type Count = { value: string | number; code?: string; count: number };

/** Registers `count_clusters`: core's facets (and submitter counts) for a filter. */
export function registerCountTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    TOOL,
    { title: 'Count clusters', description: DESCRIPTION, inputSchema: CountArguments, outputSchema: CountResult, annotations: READ_ONLY },
    async ({ by, ...filters }, extra) => {
      const refused = protoKeyError(context, extra.requestId, TOOL, ACCEPTED);
      if (refused) return refused;
      const syntax = parseFacetQuery(toQueryString(filters, FACET_PARAMS));
      if (!syntax.ok) return apiToolError(syntax.error);
      const dataset = await context.dataset();
      if (!isDataset(dataset)) return datasetUnavailable(dataset);
      const filter = resolveQuery(syntax.value, dataset);
      if (!filter.ok) return apiToolError(filter.error);
      const facets = computeFacets(dataset, filter.value);
      const query = canonicalQuery(filter.value);
      return toolResult({
        by,
        total: facets.total,
        counts: countsBy(by, dataset, filter.value, facets),
        datasetVersion: dataset.version,
        // /facets counts every dimension but the submitter.
        apiUrl: by === 'submittedBy' ? null : `${context.origin}${FACETS_PATH}${query === '' ? '' : `?${query}`}`,
      });
    },
  );
}

function countsBy(by: CountDimension, dataset: Dataset, filter: ClusterFilter, facets: ReturnType<typeof computeFacets>): Count[] {
  switch (by) {
    case 'year':
      return facets.year;
    case 'province':
      return facets.province;
    case 'city':
      return facets.city;
    case 'submittedBy':
      return countBySubmitter(dataset, filter);
  }
}
