import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createResponseMemo } from '../../worker/cache/memo';
import { createDatasetStore, type DatasetStore } from '../../worker/dataset/store';
import { createApp } from '../../worker/index';
import { ErrorSchema } from '../../worker/openapi/schemas';
import { get } from './support/api';

/** Asserts a 400 with the documented body, the given code and param, and a bilingual message. */
async function expect400(path: string, code: string, param: string | null) {
  const res = await get(path);
  expect(res.status, path).toBe(400);
  expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  const body = ErrorSchema.parse(await res.json());
  expect(body.error.code, path).toBe(code);
  expect(body.error.param, path).toBe(param);
  const [zh, en] = body.error.message.split(' / ');
  expect(zh, body.error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(en, body.error.message).toMatch(/[A-Za-z]{3}/);
  return body.error.message;
}

describe('bad input gets a 400 that says what is accepted', () => {
  it('an unknown parameter, listing the accepted ones', async () => {
    const message = await expect400('/api/v1/clusters?provnce=浙江', 'unknown_parameter', 'provnce');
    expect(message).toContain('province');
    await expect400('/api/v1/facets?limit=10', 'unknown_parameter', 'limit');
    await expect400('/api/v1/meta?v=2', 'unknown_parameter', 'v');
    await expect400('/api/v1/provinces?callback=x', 'unknown_parameter', 'callback');
    await expect400('/api/v1/clusters/1?format=csv', 'unknown_parameter', 'format');
    await expect400('/api/v1/clusters?__proto__=x', 'unknown_parameter', '__proto__');
    await expect400('/api/v1/clusters?constructor=x', 'unknown_parameter', 'constructor');
  });

  it('an unknown province, suggesting the closest valid names', async () => {
    const message = await expect400('/api/v1/clusters?province=浙', 'unknown_province', 'province');
    expect(message).toContain('浙江省');
    expect(await expect400('/api/v1/facets?province=zhejang', 'unknown_province', 'province')).toContain('浙江省');
    await expect400('/api/v1/clusters?province=999999', 'unknown_province', 'province');
  });

  it('a year not in the data, or not a number', async () => {
    expect(await expect400('/api/v1/clusters?year=2021', 'unknown_year', 'year')).toContain('2022');
    await expect400('/api/v1/facets?year=2023,1999', 'unknown_year', 'year');
    await expect400('/api/v1/clusters?year=abc', 'invalid_year', 'year');
    await expect400('/api/v1/clusters?year=2023.0', 'invalid_year', 'year');
    await expect400('/api/v1/clusters?year=2023,', 'invalid_year', 'year');
  });

  it('limit or offset out of range, or not an integer', async () => {
    for (const limit of ['0', '301', '-1', '1.5', 'ten', '1e2', '0x10', '10abc']) {
      await expect400(`/api/v1/clusters?limit=${encodeURIComponent(limit)}`, 'invalid_limit', 'limit');
    }
    for (const offset of ['-1', '1.5', 'x', '100001', '9'.repeat(30)]) {
      await expect400(`/api/v1/clusters?offset=${encodeURIComponent(offset)}`, 'invalid_offset', 'offset');
    }
  });

  it('an invalid sort, format or adcode', async () => {
    expect(await expect400('/api/v1/clusters?sort=size', 'invalid_sort', 'sort')).toContain('-year');
    expect(await expect400('/api/v1/clusters?format=xml', 'invalid_format', 'format')).toContain('csv');
    await expect400('/api/v1/clusters?adcode=3', 'invalid_adcode', 'adcode');
    await expect400('/api/v1/clusters?adcode=33a', 'invalid_adcode', 'adcode');
  });

  it('an unknown include value, or include with CSV, naming the accepted values', async () => {
    expect(await expect400('/api/v1/clusters?include=nonsense', 'invalid_include', 'include')).toContain('facets, meta');
    expect(await expect400('/api/v1/clusters?include=facets,rows', 'invalid_include', 'include')).toContain('"rows"');
    expect(await expect400('/api/v1/clusters?include=facets&format=csv', 'invalid_include', 'include')).toContain('JSON');
    await expect400('/api/v1/facets?include=facets', 'unknown_parameter', 'include');
  });

  it('a q over 64 characters', async () => {
    await expect400(`/api/v1/clusters?q=${encodeURIComponent('轴'.repeat(65))}`, 'query_too_long', 'q');
    await expect400(`/api/v1/facets?q=${'a'.repeat(65)}`, 'query_too_long', 'q');
  });

  it('repeated parameters', async () => {
    await expect400('/api/v1/clusters?year=2023&year=2024', 'repeated_parameter', 'year');
    await expect400('/api/v1/facets?q=a&q=a', 'repeated_parameter', 'q');
  });

  it('malformed percent-encoding and bytes that are not UTF-8', async () => {
    await expect400('/api/v1/clusters?q=%', 'malformed_query', null);
    await expect400('/api/v1/clusters?q=%E6%B5', 'malformed_query', null);
    await expect400('/api/v1/clusters?q=%FF', 'malformed_query', null);
    await expect400('/api/v1/clusters?q=%ED%A0%80', 'malformed_query', null);
    await expect400('/api/v1/clusters?%ZZ=1', 'malformed_query', null);
  });

  it('control characters', async () => {
    await expect400('/api/v1/clusters?q=a%00b', 'invalid_characters', 'q');
    await expect400('/api/v1/clusters?province=%0A浙江', 'invalid_characters', 'province');
    await expect400('/api/v1/clusters?q=%C2%85', 'invalid_characters', 'q');
  });

  it('SQL fragments are plain text: no match, or a 400 for the parameter, never a 500', async () => {
    const injections = ["' OR 1=1 --", '1; DROP TABLE clusters', "%' UNION SELECT * FROM dataset_meta --", '") OR ("1"="1'];
    for (const text of injections) {
      const res = await get(`/api/v1/clusters?q=${encodeURIComponent(text)}`);
      expect(res.status, text).toBe(200);
      expect((await res.json<{ meta: { total: number } }>()).meta.total, text).toBe(0);
      await expect400(`/api/v1/clusters?province=${encodeURIComponent(text)}`, 'unknown_province', 'province');
      await expect400(`/api/v1/clusters?year=${encodeURIComponent(text)}`, 'invalid_year', 'year');
      await expect400(`/api/v1/clusters?limit=${encodeURIComponent(text)}`, 'invalid_limit', 'limit');
    }
    const intact = await get('/api/v1/clusters?limit=1');
    expect((await intact.json<{ meta: { total: number } }>()).meta.total).toBe(300);
  });

  it('an id that is not a positive integer', async () => {
    for (const id of ['0', '-1', 'abc', '1.5', '01', '%ZZ', '1e3', '9'.repeat(12)]) {
      await expect400(`/api/v1/clusters/${id}`, 'invalid_id', 'id');
    }
  });

  it('never echoes a hostile value at length', async () => {
    const res = await get(`/api/v1/clusters?province=${'<script>'.repeat(500)}`);
    expect(res.status).toBe(400);
    expect((await res.text()).length).toBeLessThan(1000);
  });
});

describe('bad queries are rejected before the dataset is loaded or any cache is used', () => {
  function countingStore(): DatasetStore & { calls: number } {
    const inner = createDatasetStore();
    const store = {
      calls: 0,
      get(db: D1Database) {
        store.calls++;
        return inner.get(db);
      },
    };
    return store;
  }

  it('touches neither the store nor the memo', async () => {
    const store = countingStore();
    const memo = createResponseMemo();
    const app = createApp({ store, memo });
    const bad = [
      '/api/v1/clusters?junk=1',
      '/api/v1/clusters?q=%ZZ',
      '/api/v1/clusters?year=2023&year=2023',
      '/api/v1/clusters?limit=0',
      '/api/v1/clusters?q=%01',
      '/api/v1/facets?sort=id',
      '/api/v1/clusters/abc',
      '/api/v1/meta?x',
    ];
    for (const path of bad) {
      const res = await app.request(`https://api.test${path}`, {}, env);
      expect(res.status, path).toBe(400);
    }
    expect(store.calls).toBe(0);
    expect(memo.size).toBe(0);

    const good = await app.request('https://api.test/api/v1/clusters?year=2023', {}, env);
    expect(good.status).toBe(200);
    expect(store.calls).toBe(1);
    expect(memo.size).toBe(1);
  });
});
