import { SELF } from 'cloudflare:test';
import { expect, it } from 'vitest';

it('serves the seeded list end to end (migrated D1, loader, core, memo)', async () => {
  const res = await SELF.fetch('https://example.com/api/v1/clusters?province=浙江&limit=2');
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  const body = await res.json<{ data: Array<{ province: string }>; meta: { total: number; limit: number } }>();
  expect(body.meta.limit).toBe(2);
  expect(body.meta.total).toBeGreaterThan(2);
  expect(body.data.map((record) => record.province)).toEqual(['浙江省', '浙江省']);
});
