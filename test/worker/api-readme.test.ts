/// <reference types="vite/client" />
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import readme from '../../README.md?raw';
import openApi from '../../worker/openapi/openapi.json';

// The README's API section must not drift from the API: every curl example is run, and the paths
// and parameters it uses are the documented ones.
const apiSection = readme.slice(readme.indexOf('\n## API\n'), readme.indexOf('\n## Data\n'));

const examples = [...apiSection.matchAll(/curl [^"\n]*"\$API(\/[^"]+)"/g)].map((match) => match[1]!);

function documentedParams(path: string): string[] {
  const template = Object.keys(openApi.paths).find((candidate) => new RegExp(`^${candidate.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
  if (!template) return [];
  const operation = (openApi.paths as Record<string, { get: { parameters?: Array<{ name: string; in: string }> } }>)[template]!.get;
  return (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
}

describe("README's API section", () => {
  it('has a curl example for each endpoint', () => {
    expect(examples.length).toBeGreaterThan(15);
    const paths = new Set(examples.map((url) => new URL(url, 'https://api.test').pathname));
    for (const path of ['/api/v1/clusters', '/api/v1/clusters/194', '/api/v1/facets', '/api/v1/provinces', '/api/v1/meta', '/api/openapi.json', '/api/docs']) {
      expect(paths, path).toContain(path);
    }
  });

  it('uses only documented parameters, and every example answers as shown', async () => {
    for (const example of examples) {
      const url = new URL(example, 'https://api.test');
      if (url.pathname.startsWith('/api/v1/')) {
        for (const name of url.searchParams.keys()) expect(documentedParams(url.pathname), example).toContain(name);
      }
      const res = await SELF.fetch(url);
      // The one error example shows the error body.
      expect(res.status, example).toBe(example.includes('province=浙&') || example.endsWith('province=浙') ? 400 : 200);
    }
  });
});
