/**
 * Requests to the Worker under test (`SELF`, with migrations and the real seed applied), as the
 * API tests make them.
 */
import { SELF } from 'cloudflare:test';
import { expect } from 'vitest';
import { ClusterListSchema } from '../../../worker/openapi/schemas';

/** A request to the Worker at `path` (with its query), on a fixed origin. */
export const get = (path: string, init?: RequestInit) => SELF.fetch(`https://api.test${path}`, init);

/** `/api/v1/clusters?query`, which must answer 200 with a body of the documented schema. */
export async function list(query: string) {
  const res = await get(`/api/v1/clusters?${query}`);
  expect(res.status, query).toBe(200);
  return ClusterListSchema.parse(await res.json());
}
