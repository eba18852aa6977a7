import { describe, expect, it } from 'vitest';
import { CLUSTER_PARAMS, FACET_PARAMS, MAX_LIMIT, MAX_Q_LENGTH, SORT_KEYS } from '../../core';
import { OPENAPI_FILE, REGENERATE_COMMAND, openApiJson } from '../../worker/openapi/document';
import { DOCS_STYLE, documentExampleUrls, renderDocsPage, type DocsSource } from '../../worker/openapi/docs-page';
import committed from '../../worker/openapi/openapi.json';
import { get } from './support/api';

const openApiDocument = () => committed as DocsSource;

interface Param {
  name: string;
  in: string;
  schema: { type?: string; enum?: string[]; maximum?: number; maxLength?: number };
}

/**
 * Asserts that `path` answers a revalidation with its validator with an empty 304 that keeps the
 * static cache lifetime and the `kept` headers of the full response.
 */
async function expectRevalidation(path: string, kept: readonly string[]): Promise<void> {
  const first = await get(path);
  expect(first.headers.get('Cache-Control')).toBe('public, max-age=300, s-maxage=3600');
  const again = await get(path, { headers: { 'If-None-Match': first.headers.get('ETag') ?? '' } });
  expect(again.status).toBe(304);
  expect(await again.text()).toBe('');
  for (const name of ['ETag', 'Cache-Control', ...kept]) expect(again.headers.get(name), name).toBe(first.headers.get(name));
}

function parametersOf(path: string): Param[] {
  const operation = openApiDocument().paths[path]?.get;
  return (operation?.parameters ?? []) as Param[];
}

describe('GET /api/openapi.json', () => {
  it('is the document generated from the current zod schemas', () => {
    expect(committed, `${OPENAPI_FILE} is stale; regenerate it with:\n${REGENERATE_COMMAND}`).toEqual(JSON.parse(openApiJson()));
  });

  it('serves the OpenAPI 3.1 document generated from the zod schemas', async () => {
    const res = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    const served = await res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(served).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    expect(served.openapi).toBe('3.1.0');
    expect(Object.keys(served.paths).sort()).toEqual(['/api/v1/clusters', '/api/v1/clusters/{id}', '/api/v1/facets', '/api/v1/meta', '/api/v1/provinces']);
  });

  it('documents exactly the parameters core accepts, with its limits', () => {
    const clusters = parametersOf('/api/v1/clusters');
    expect(clusters.map((p) => p.name)).toEqual([...CLUSTER_PARAMS]);
    expect(clusters.every((p) => p.in === 'query')).toBe(true);
    expect(parametersOf('/api/v1/facets').map((p) => p.name)).toEqual([...FACET_PARAMS]);
    expect(parametersOf('/api/v1/clusters/{id}').map((p) => `${p.in}:${p.name}`)).toEqual(['path:id']);
    for (const path of ['/api/v1/provinces', '/api/v1/meta']) expect(parametersOf(path)).toEqual([]);

    const byName = new Map(clusters.map((p) => [p.name, p.schema]));
    expect(byName.get('sort')?.enum).toEqual([...SORT_KEYS]);
    expect(byName.get('limit')?.maximum).toBe(MAX_LIMIT);
    expect(byName.get('q')?.maxLength).toBe(MAX_Q_LENGTH);
  });

  it('states exactly the bounds the API enforces', async () => {
    const byName = new Map(parametersOf('/api/v1/clusters').map((p) => [p.name, p.schema as Record<string, number>]));
    const status = async (query: string) => (await get(`/api/v1/clusters?${query}`)).status;
    const limit = byName.get('limit')!;
    expect([await status(`limit=${limit.minimum}`), await status(`limit=${limit.maximum}`)]).toEqual([200, 200]);
    expect([await status(`limit=${limit.minimum! - 1}`), await status(`limit=${limit.maximum! + 1}`)]).toEqual([400, 400]);
    const offset = byName.get('offset')!;
    expect([await status(`offset=${offset.minimum}`), await status(`offset=${offset.maximum}`)]).toEqual([200, 200]);
    expect([await status(`offset=${offset.minimum! - 1}`), await status(`offset=${offset.maximum! + 1}`)]).toEqual([400, 400]);
    const q = byName.get('q')!;
    expect(await status(`q=${'x'.repeat(q.maxLength!)}`)).toBe(200);
    expect(await status(`q=${'x'.repeat(q.maxLength! + 1)}`)).toBe(400);
  });

  it('lists only values the API accepts as enums', async () => {
    const byName = new Map(parametersOf('/api/v1/clusters').map((p) => [p.name, p.schema]));
    for (const name of ['sort', 'format']) {
      for (const value of byName.get(name)?.enum ?? []) {
        const res = await get(`/api/v1/clusters?${name}=${encodeURIComponent(value)}`);
        expect(res.status, `${name}=${value}`).toBe(200);
      }
    }
  });

  it('ignores a query string, as a static document', async () => {
    const plain = await (await get('/api/openapi.json')).text();
    expect(await (await get('/api/openapi.json?utm_source=x&q=%ZZ')).text()).toBe(plain);
    expect((await get('/api/docs?ref=share')).status).toBe(200);
  });

  it('answers a revalidation with 304', async () => {
    await expectRevalidation('/api/openapi.json', []);
  });
});

describe('examples', () => {
  const examples = documentExampleUrls(openApiDocument());

  it('every documented parameter has at least one example', () => {
    for (const path of ['/api/v1/clusters', '/api/v1/facets', '/api/v1/clusters/{id}']) {
      for (const param of parametersOf(path)) {
        const operation = openApiDocument().paths[path]?.get;
        expect(
          examples.some((e) => e.operation === operation?.operationId && e.param === param.name),
          `${path} ${param.name}`,
        ).toBe(true);
      }
    }
  });

  it('every example works against the real data', async () => {
    expect(examples.length).toBeGreaterThan(20);
    for (const { url } of examples) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      if (!url.includes('format=csv')) {
        const body = await res.json<{ data: unknown; meta: { total?: number } }>();
        if (body.meta.total !== undefined) expect(body.meta.total, url).toBeGreaterThan(0);
      }
    }
  });
});

describe('GET /api/docs', () => {
  it('answers a revalidation with a 304 that keeps its validators, cache lifetime and CSP', async () => {
    await expectRevalidation('/api/docs', ['Content-Security-Policy']);
  });

  it('is a self-contained page with no script, whose CSP allows only its own style', async () => {
    const res = await get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);

    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(DOCS_STYLE));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(html).toContain(`<style>${DOCS_STYLE}</style>`);
  });

  it('escapes every text it takes from the document', () => {
    const hostile: DocsSource = {
      info: { title: '<script>alert(1)</script>', version: '"1', description: 'a `<b>` & c\nd' },
      paths: {
        '/x/{id}': {
          get: {
            operationId: '"><img src=x>',
            summary: '<i>',
            parameters: [{ name: 'id', in: 'path', description: "<u>'", examples: { a: { summary: '<s>', value: '<v>' } } }],
            responses: { '200': { description: '<em>', content: { '<t>': {} } } },
          },
        },
      },
    };
    const page = renderDocsPage(hostile, 'https://o.test');
    for (const tag of ['<script>alert', '<img', '<i>', '<u>', '<s>', '<v>', '<em>', '<t>', '<b>']) expect(page).not.toContain(tag);
    expect(page).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &quot;1</title>');
    expect(page).toContain('<p>a <code>&lt;b&gt;</code> &amp; c<br>d</p>');
    expect(page).toContain('id="&quot;&gt;&lt;img src=x&gt;"');
  });

  it('shows every parameter, and every link on it works', async () => {
    const html = await (await get('/api/docs')).text();
    for (const name of CLUSTER_PARAMS) expect(html).toContain(`<code>${name}</code>`);
    expect(html).toContain('curl -i &#39;https://api.test/api/v1/clusters?');

    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const local = links.filter((href) => href.startsWith('/api/'));
    expect(local.length).toBeGreaterThan(20);
    for (const href of local) expect((await get(href)).status, href).toBe(200);
  });
});
