import { SELF } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import type { DatasetStore } from '../../worker/dataset/store';
import { createApp } from '../../worker/index';
import { ErrorSchema } from '../../worker/openapi/schemas';

const fetchApi = (path: string, init?: RequestInit) => SELF.fetch(`https://api.test${path}`, init);

/** Headers every answer carries, success or error. */
function expectBaselineHeaders(res: Response, label: string) {
  expect(res.headers.get('Access-Control-Allow-Origin'), label).toBe('*');
  expect(res.headers.get('Access-Control-Allow-Credentials'), label).toBeNull();
  expect(res.headers.get('X-Content-Type-Options'), label).toBe('nosniff');
  expect(res.headers.get('Referrer-Policy'), label).toBe('no-referrer');
  expect(res.headers.get('Server-Timing'), label).toMatch(/total;dur=/);
  expect(res.headers.get('Set-Cookie'), label).toBeNull();
}

describe('headers on everything', () => {
  const cases: Array<[string, number]> = [
    ['/api/v1/clusters?province=浙江', 200],
    ['/api/v1/clusters?format=csv', 200],
    ['/api/v1/clusters/1', 200],
    ['/api/v1/facets', 200],
    ['/api/v1/provinces', 200],
    ['/api/v1/meta', 200],
    ['/api/openapi.json', 200],
    ['/api/docs', 200],
    ['/api/v1/clusters?province=nowhere', 400],
    ['/api/v1/clusters?q=%ZZ', 400],
    ['/api/v1/clusters/999', 404],
    ['/api/v2/clusters', 404],
    ['/', 404],
  ];
  it.each(cases)('%s → %i with CORS and security headers', async (path, status) => {
    const res = await fetchApi(path, { headers: { Origin: 'https://news.example' } });
    expect(res.status).toBe(status);
    expectBaselineHeaders(res, path);
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
    if (status !== 200) {
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      ErrorSchema.parse(await res.json());
    }
  });

  // What the README promises on every answer, and the document-only headers the API leaves off.
  const PROMISED = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'strict-transport-security': 'max-age=15552000; includeSubDomains',
    'cross-origin-resource-policy': 'cross-origin',
  };
  const DOCUMENT_ONLY = [
    'x-xss-protection',
    'x-download-options',
    'x-permitted-cross-domain-policies',
    'x-dns-prefetch-control',
    'origin-agent-cluster',
    'cross-origin-opener-policy',
  ];

  it.each(cases)('%s → %i has the promised security headers, and document-only ones only on the docs page', async (path) => {
    const res = await fetchApi(path);
    for (const [name, value] of Object.entries(PROMISED)) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
    const csp = res.headers.get('Content-Security-Policy');
    if (path === '/api/docs') {
      expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; .*frame-ancestors 'none'$/);
      for (const name of DOCUMENT_ONLY) expect(res.headers.get(name), `${path} ${name}`).not.toBeNull();
      expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    } else {
      expect(csp, path).toBe("default-src 'none'; frame-ancestors 'none'");
      for (const name of DOCUMENT_ONLY) expect(res.headers.get(name), `${path} ${name}`).toBeNull();
    }
  });

  it('data responses carry the memo, dataset and cache headers', async () => {
    const res = await fetchApi('/api/v1/clusters?year=2024');
    expect(res.headers.get('ETag')).toMatch(/^"[^"]+"$/);
    expect(res.headers.get('Cache-Control')).toMatch(/s-maxage=\d+/);
    expect(res.headers.get('Cache-Tag')).toMatch(/cluster-list-v/);
    expect(res.headers.get('Server-Timing')).toMatch(/cache;desc="(hit|miss)"/);
  });

  it('answers If-None-Match with a 304 and no body', async () => {
    const first = await fetchApi('/api/v1/clusters?year=2022');
    const etag = first.headers.get('ETag') ?? '';
    const again = await fetchApi('/api/v1/clusters?year=2022', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expectBaselineHeaders(again, '304');
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s gets 405 with Allow and a JSON error', async (method) => {
    // An unknown API path too: the API is read-only everywhere, whatever the path.
    for (const path of ['/api/v1/clusters', '/api/v1/clusters/1', '/api/openapi.json', '/api/v1/no-such-route']) {
      const res = await fetchApi(path, { method, body: method === 'DELETE' ? undefined : '{}' });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
      expectBaselineHeaders(res, method);
      expect(ErrorSchema.parse(await res.json()).error.code).toBe('method_not_allowed');
    }
  });

  it('HEAD returns the headers of GET and no body', async () => {
    const path = '/api/v1/clusters?province=zhejiang&format=csv';
    const getRes = await fetchApi(path);
    const headRes = await fetchApi(path, { method: 'HEAD' });
    expect(headRes.status).toBe(200);
    expect(await headRes.text()).toBe('');
    for (const name of ['Content-Type', 'ETag', 'Cache-Control', 'Content-Disposition', 'Access-Control-Allow-Origin']) {
      expect(headRes.headers.get(name), name).toBe(getRes.headers.get(name));
    }
    const headError = await fetchApi('/api/v1/clusters?bad=1', { method: 'HEAD' });
    expect(headError.status).toBe(400);
    expect(await headError.text()).toBe('');
  });

  it('OPTIONS answers a CORS preflight for GET and HEAD, without credentials', async () => {
    const res = await fetchApi('/api/v1/clusters?province=浙江', {
      method: 'OPTIONS',
      headers: { Origin: 'https://news.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD,OPTIONS');
    expect(res.headers.get('Access-Control-Allow-Headers')).toBe('if-none-match');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(Number(res.headers.get('Access-Control-Max-Age'))).toBeGreaterThan(0);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('a plain OPTIONS (no preflight) also works', async () => {
    const res = await fetchApi('/api/v1/meta', { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('failures never leak internals', () => {
  it('an unexpected exception becomes a generic 500 JSON, logged but not shown', async () => {
    const store: DatasetStore = {
      get: () => Promise.reject(new Error('SQLITE_CORRUPT at /srv/secret/path.ts:42')),
    };
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await createApp({ store }).request('https://api.test/api/v1/clusters', {}, env);
      expect(res.status).toBe(500);
      expectBaselineHeaders(res, '500');
      const text = await res.text();
      expect(text).not.toMatch(/SQLITE|secret|\.ts|at /);
      expect(ErrorSchema.parse(JSON.parse(text)).error.code).toBe('internal_error');
      expect(log).toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });

  it('a D1 that cannot be read gives a 503 JSON with Retry-After', async () => {
    const failing = {
      withSession: () => ({
        prepare: () => {
          throw new Error('D1_ERROR: secret');
        },
        batch: () => Promise.reject(new Error('D1_ERROR: secret')),
      }),
    } as unknown as D1Database;
    const res = await createApp().request('https://api.test/api/v1/provinces', {}, { ...env, DB: failing });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
    expectBaselineHeaders(res, '503');
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(ErrorSchema.parse(JSON.parse(text)).error.code).toBe('dataset_unavailable');
  });
});
