import { describe, expect, it } from 'vitest';
import { firstRequestOf } from './request-plan';

/** Just enough of an element for reading attributes, as the embed builder's unattached element is. */
function element(attributes: Record<string, string>): Element {
  return { getAttribute: (name: string) => attributes[name] ?? null } as unknown as Element;
}

describe('the first request of an element', () => {
  it('asks for the rows of the presets, with facets and the dataset info', () => {
    const request = firstRequestOf(element({ province: '浙江省', year: '2024,2023', 'page-size': '5' }));
    expect(request?.params.toString()).toBe(new URLSearchParams({ province: '浙江省', year: '2023,2024', limit: '5' }).toString());
    expect(request?.include).toEqual({ facets: true, meta: true });
  });

  it('leaves the facets out when nothing shows their counts', () => {
    expect(firstRequestOf(element({ province: '浙江省', 'hide-filters': 'year city' }))?.include).toEqual({ facets: false, meta: true });
    // Without a preset province the province select shows, and it shows counts.
    expect(firstRequestOf(element({ 'hide-filters': 'year city' }))?.include).toEqual({ facets: true, meta: true });
  });

  it('is none in self-hosted mode, which reads a snapshot', () => {
    expect(firstRequestOf(element({ src: '/clusters.json', province: '浙江省' }))).toBeNull();
  });
});
