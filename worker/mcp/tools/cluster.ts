import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { citableNotice, dateParts, gbt7714, gbt7714Notice, getCluster, parseClusterId } from '../../../core';
import { CLUSTER_PAGE_PATH } from '../../routes/cluster';
import { CLUSTERS_PATH } from '../../routes/clusters';
import { GetArguments, getShape } from '../arguments';
import { protoKeyError, READ_ONLY, toolResult, type ToolContext } from '../context';
import { isDataset } from '../dataset-access';
import { ClusterResult } from '../output-schemas';
import { apiToolError, clusterNotFound, datasetUnavailable } from '../tool-errors';

const TOOL = 'get_cluster';
const ACCEPTED = Object.keys(getShape);

const DESCRIPTION = `Get one cluster of China's SME characteristic industrial cluster list (中小企业特色产业集群) by its id (总序号, as search_clusters returns it).
Returns every field, the MIIT notice that listed it, its page URL, and ready-made GB/T 7714-2015 references to the page and to the notice (with today as the citation date), for a reader who wants to cite it.`;

/** Registers `get_cluster`: one record with its notice and citations. */
export function registerClusterTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    TOOL,
    { title: 'Get a cluster', description: DESCRIPTION, inputSchema: GetArguments, outputSchema: ClusterResult, annotations: READ_ONLY },
    async ({ id: raw }, extra) => {
      const refused = protoKeyError(context, extra.requestId, TOOL, ACCEPTED);
      if (refused) return refused;
      // The id as a path would carry it: core's parser refuses 0, fractions, signs and huge numbers.
      const id = parseClusterId(String(raw));
      if (!id.ok) return apiToolError(id.error);
      const dataset = await context.dataset();
      if (!isDataset(dataset)) return datasetUnavailable(dataset);
      const record = getCluster(dataset, id.value);
      if (!record) return clusterNotFound(id.value, dataset);
      const page = `${context.origin}${CLUSTER_PAGE_PATH}/${record.id}`;
      const notice = dataset.notices.find((candidate) => candidate.year === record.year) ?? null;
      const cited = citableNotice(notice);
      const accessed = dateParts(context.today);
      return toolResult({
        cluster: record,
        page,
        notice,
        citation: {
          gbt7714: gbt7714({ record, url: page, published: dateParts(dataset.builtAt), accessed, notice: cited }),
          notice: cited ? gbt7714Notice(cited, accessed) : null,
        },
        datasetVersion: dataset.version,
        apiUrl: `${context.origin}${CLUSTERS_PATH}/${record.id}`,
      });
    },
  );
}
