import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CLUSTER_PARAMS, canonicalQuery, parseClusterQuery, resolveQuery, selectClusters } from '../../../core';
import { CLUSTER_PAGE_PATH } from '../../routes/cluster';
import { CLUSTERS_PATH } from '../../routes/clusters';
import { MCP_DEFAULT_LIMIT, SearchArguments, toQueryString, searchShape } from '../arguments';
import { protoKeyError, READ_ONLY, toolResult, type ToolContext } from '../context';
import { isDataset } from '../dataset-access';
import { SearchResult } from '../output-schemas';
import { apiToolError, datasetUnavailable } from '../tool-errors';

const TOOL = 'search_clusters';
const ACCEPTED = Object.keys(searchShape);

const DESCRIPTION = `Search China's national list of SME characteristic industrial clusters (中小企业特色产业集群, MIIT, 2022–2024, 300 clusters).
All filters are optional and combine with AND; without any, it lists every cluster by id. Returns the total number of matches, one page of rows with every field, and each row's page URL, which is the URL to cite.
Examples: {"province": "浙江"} (23 clusters); {"q": "zhoucheng"} (bearing clusters, 轴承); {"province": "zhejiang", "year": 2024}; {"city": "宁波", "q": "家电"}.
To see how many clusters each province, city, year or submitter has, use count_clusters; for one cluster's notice and citation, get_cluster.`;

/** Registers `search_clusters`: core's `/clusters` query, answered as the REST API answers it. */
export function registerSearchTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    TOOL,
    { title: 'Search clusters', description: DESCRIPTION, inputSchema: SearchArguments, outputSchema: SearchResult, annotations: READ_ONLY },
    async (args, extra) => {
      const refused = protoKeyError(context, extra.requestId, TOOL, ACCEPTED);
      if (refused) return refused;
      // As the REST route does: the syntax first, so bad arguments never wait on D1.
      const syntax = parseClusterQuery(toQueryString({ ...args, limit: args.limit ?? MCP_DEFAULT_LIMIT }, CLUSTER_PARAMS));
      if (!syntax.ok) return apiToolError(syntax.error);
      const dataset = await context.dataset();
      if (!isDataset(dataset)) return datasetUnavailable(dataset);
      const query = resolveQuery(syntax.value, dataset);
      if (!query.ok) return apiToolError(query.error);
      const { total, rows } = selectClusters(dataset, query.value);
      const pages = `${context.origin}${CLUSTER_PAGE_PATH}`;
      return toolResult({
        total,
        limit: query.value.limit,
        offset: query.value.offset,
        rows: rows.map((record) => ({ ...record, page: `${pages}/${record.id}` })),
        datasetVersion: dataset.version,
        apiUrl: `${context.origin}${CLUSTERS_PATH}?${canonicalQuery(query.value)}`,
      });
    },
  );
}
