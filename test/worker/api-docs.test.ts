/// <reference types="vite/client" />
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { CLUSTERS_PATH, DOCS_PATH, ERRORS, FACETS_PATH, META_PATH, OPENAPI_PATH, PROVINCES_PATH, clusterPath } from '../../core';
import apiDoc from '../../docs/api.md?raw';
import openApi from '../../worker/openapi/openapi.json';

// docs/api.md must not drift from the API. Its examples are found by their markers,
// `<!-- example: name -->` (optionally `status=400`) right before a ```sh block, so any other edit
// of the page leaves this test alone: every curl URL in a marked block is run, and its paths and
// parameters must be the documented ones. The errors table is ERRORS of core/contract.ts.

interface Example {
  name: string;
  status: number;
  urls: string[];
}

const MARKED_BLOCK = /<!-- example: ([\w-]+)(?: status=(\d{3}))? -->\n```sh\n([\s\S]*?)```/g;

const examples: Example[] = [...apiDoc.matchAll(MARKED_BLOCK)].map(([, name, status, body]) => ({
  name: name!,
  status: Number(status ?? 200),
  urls: [...body!.matchAll(/curl [^"\n]*"\$API(\/[^"]+)"/g)].map((match) => match[1]!),
}));

function documentedParams(path: string): string[] {
  const template = Object.keys(openApi.paths).find((candidate) => new RegExp(`^${candidate.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
  if (!template) return [];
  const operation = (openApi.paths as Record<string, { get: { parameters?: Array<{ name: string; in: string }> } }>)[template]!.get;
  return (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
}

function errorsTable(): string {
  const start = apiDoc.indexOf('\n', apiDoc.indexOf('<!-- errors:')) + 1;
  const end = apiDoc.indexOf('<!-- /errors -->');
  expect(start, 'docs/api.md has an errors table between <!-- errors: … --> and <!-- /errors -->').toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return apiDoc.slice(start, end).trim();
}

describe('docs/api.md', () => {
  it('has named examples, each with a curl command, covering every endpoint', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(examples.map((example) => example.name)).size, 'example names are unique').toBe(examples.length);
    for (const example of examples) expect(example.urls.length, example.name).toBeGreaterThan(0);
    const paths = new Set(examples.flatMap((example) => example.urls.map((url) => new URL(url, 'https://api.test').pathname)));
    for (const path of [CLUSTERS_PATH, clusterPath(194), FACETS_PATH, PROVINCES_PATH, META_PATH, OPENAPI_PATH, DOCS_PATH]) {
      expect(paths, path).toContain(path);
    }
  });

  it('uses only documented parameters, and every example answers with its status', async () => {
    for (const { name, status, urls } of examples) {
      for (const example of urls) {
        const url = new URL(example, 'https://api.test');
        if (url.pathname.startsWith('/api/v1/')) {
          for (const param of url.searchParams.keys()) expect(documentedParams(url.pathname), `${name}: ${example}`).toContain(param);
        }
        const res = await SELF.fetch(url);
        expect(res.status, `${name}: ${example}`).toBe(status);
      }
    }
  });

  it('lists every error code of the contract, with its status, in the errors table', () => {
    const expected = [
      '| Status | `code` | When |',
      '| --- | --- | --- |',
      ...ERRORS.map(({ status, code, when }) => `| ${status} | \`${code}\` | ${when} |`),
    ].join('\n');
    expect(errorsTable(), 'copy this table from ERRORS (core/contract.ts) into docs/api.md').toBe(expected);
  });
});
