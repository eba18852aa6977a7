import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError, ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { RECORD_FIELDS } from '../../core';
import { metaData } from '../routes/meta';
import type { ToolContext } from './context';
import { isDataset } from './dataset-access';
import { FIELD_MEANINGS } from './fields';

/** URI of the dataset description resource. */
export const DATASET_URI = 'cluster-list://dataset';
/** URI of the field meanings resource. */
export const FIELDS_URI = 'cluster-list://fields';

const JSON_TYPE = 'application/json';

/** The fields resource: each public field's meaning, in CSV column order, and the tools' `page`. Built once. */
const FIELDS_TEXT = JSON.stringify({
  fields: RECORD_FIELDS.map((field) => ({ field, ...FIELD_MEANINGS[field] })),
  extra: [
    { field: 'page', zh: '该集群的网页，可引用、可分享（工具结果中每行都有）', en: 'The cluster’s web page, to cite and link (in every row a tool returns)' },
  ],
});

/**
 * Registers the resources: the dataset description (source, notices, version, licence and
 * attribution: the REST API's /api/v1/meta) and what each field means.
 */
export function registerResources(server: McpServer, context: ToolContext): void {
  server.registerResource(
    'dataset',
    DATASET_URI,
    {
      title: 'The dataset: source, notices, version, licence',
      description:
        'What the list is and where it comes from: the MIIT notices of each year, the dataset version, how many clusters, and how to credit it (the same as GET /api/v1/meta).',
      mimeType: JSON_TYPE,
    },
    async (uri) => {
      const dataset = await context.dataset();
      // A resource read has no error result of its own: the protocol error carries the API's message.
      if (!isDataset(dataset)) throw new McpError(ErrorCode.InternalError, dataset.unavailable.message);
      return { contents: [{ uri: uri.href, mimeType: JSON_TYPE, text: JSON.stringify(metaData(dataset)) }] };
    },
  );
  server.registerResource(
    'fields',
    FIELDS_URI,
    {
      title: 'What each field means',
      description:
        'Every field of a cluster record, in Chinese and English: ids, years and batches, names, the places and their GB/T 2260 codes, the submitting unit, the notice URL.',
      mimeType: JSON_TYPE,
    },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: JSON_TYPE, text: FIELDS_TEXT }] }),
  );
}
