import { SELF } from 'cloudflare:test';
import { expect, it } from 'vitest';

it('answers from a migrated D1', async () => {
  const res = await SELF.fetch('https://example.com/api/v1/health');
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true, rows: 0 });
});
