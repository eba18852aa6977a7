import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCustomElementsManifest } from '../site/build';

describe('custom-elements.json', () => {
  it('is up to date with the element (regenerate with npm run build)', () => {
    const committed = readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8');
    expect(committed).toBe(generateCustomElementsManifest());
  });

  it('documents the public attributes, events, parts and CSS properties', () => {
    const manifest = JSON.parse(generateCustomElementsManifest()) as {
      modules: {
        declarations?: {
          tagName?: string;
          attributes?: { name: string }[];
          events?: { name: string }[];
          cssParts?: { name: string }[];
          cssProperties?: { name: string }[];
        }[];
      }[];
    };
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'cluster-list');
    expect(element).toBeDefined();
    expect(element!.attributes!.map((attribute) => attribute.name).sort()).toEqual(
      ['city', 'compact', 'division', 'hide-filters', 'lang', 'large-text', 'page-size', 'province', 'q', 'section', 'src', 'year'].sort(),
    );
    expect(element!.events!.map((event) => event.name).sort()).toEqual(['cluster-list-filter-change', 'cluster-list-load', 'cluster-list-select']);
    expect(element!.cssParts!.map((part) => part.name)).toEqual(expect.arrayContaining(['header', 'search', 'chip', 'row', 'pager', 'source']));
    expect(element!.cssProperties!.map((property) => property.name)).toEqual(
      expect.arrayContaining([
        '--cluster-list-accent',
        '--cluster-list-font',
        '--cluster-list-radius',
        '--cluster-list-background',
        '--cluster-list-text',
        '--cluster-list-border',
      ]),
    );
  });
});
