import { inject } from 'vitest';
import type { ClusterRecord } from '../../../core/record';

/** The local Worker started by global-setup.ts. */
export const workerOrigin = (): string => inject('workerOrigin');

/** The API's own answer for a query: the oracle the widget's rows are compared with, in both modes. */
export async function apiClusters(query: Record<string, string>): Promise<{ total: number; rows: ClusterRecord[] }> {
  const url = new URL('/api/v1/clusters', workerOrigin());
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { data: ClusterRecord[]; meta: { total: number } };
  return { total: body.meta.total, rows: body.data };
}
