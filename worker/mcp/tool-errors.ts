import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ApiError, Dataset } from '../../core';
import type { DatasetUnavailable } from './dataset-access';

/**
 * A tool error (`isError: true`): the code, the argument at fault and the API's bilingual message,
 * which says what is accepted, so a model can correct its call. Never a protocol error.
 */
export function toolError(code: string, param: string | null, message: string): CallToolResult {
  return { content: [{ type: 'text', text: `${code}${param === null ? '' : ` (${param})`}: ${message}` }], isError: true };
}

/** A core parse error as a tool error, with core's own message. */
export function apiToolError(error: ApiError): CallToolResult {
  return toolError(error.code, error.param, error.message);
}

/** No cluster has the id: says which ids exist and how to find one. */
export function clusterNotFound(id: number, dataset: Dataset): CallToolResult {
  const first = dataset.records[0]?.id ?? 0;
  const last = dataset.records.at(-1)?.id ?? 0;
  return toolError(
    'not_found',
    'id',
    `没有编号为 ${id} 的集群。现有编号为 ${first}–${last}，可用 search_clusters 查找 / No cluster has id ${id}. Ids run from ${first} to ${last}; find one with search_clusters.`,
  );
}

/** The dataset could not be loaded: the API's 503 message and when to retry. */
export function datasetUnavailable(failure: DatasetUnavailable): CallToolResult {
  const { code, message, param } = failure.unavailable;
  return toolError(code, param, `${message} (Retry after ${failure.retryAfterSeconds} s.)`);
}
