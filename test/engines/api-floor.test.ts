/**
 * The runtime half of the API floor: current Chromium with every API that Chromium 80, Safari 14
 * or Firefox 78 lacks deleted before the widget's script runs, constructable stylesheets
 * included (so Lit writes <style> elements, as it must on Safari < 16.4 and Firefox < 101). The
 * whole smoke suite then runs on it; a call without a guard shows up as a page error. The static
 * half is shipped-code.test.ts.
 */
import { expect, it } from 'vitest';
import { defineEngineSuite } from './support/suite';
import { waitForLoads } from './support/widget';

/** owner expression → names; each is deleted, and what could not be deleted is reported. */
const NEWER_APIS: Record<string, string[]> = {
  'Array.prototype': ['at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with'],
  'String.prototype': ['at', 'replaceAll', 'isWellFormed', 'toWellFormed'],
  Object: ['hasOwn', 'groupBy'],
  Map: ['groupBy'],
  Array: ['fromAsync'],
  Promise: ['any', 'withResolvers'],
  AbortSignal: ['timeout', 'any'],
  'Element.prototype': ['replaceChildren', 'checkVisibility'],
  'HTMLElement.prototype': ['attachInternals', 'showPopover'],
  'Crypto.prototype': ['randomUUID'],
  Intl: ['Segmenter'],
  window: ['structuredClone', 'requestIdleCallback', 'cancelIdleCallback', 'AggregateError', 'WeakRef', 'FinalizationRegistry', 'ElementInternals'],
  'Document.prototype': ['adoptedStyleSheets'],
  'ShadowRoot.prototype': ['adoptedStyleSheets'],
  'CSSStyleSheet.prototype': ['replace', 'replaceSync'],
};

const REMOVE_NEWER_APIS = `window.__floorKept = [];
${Object.entries(NEWER_APIS)
  .flatMap(([owner, names]) =>
    names.map((name) => `delete ${owner}[${JSON.stringify(name)}]; if (${JSON.stringify(name)} in ${owner}) window.__floorKept.push('${owner}.${name}');`),
  )
  .join('\n')}`;

const suite = defineEngineSuite('chromium', { before: REMOVE_NEWER_APIS });

it('really runs without those APIs, Lit on <style> elements instead of constructable stylesheets', async () => {
  const page = await suite.open({ mode: 'mirror', attributes: 'province="浙江省"' });
  await waitForLoads(page, 1);
  const state = await page.evaluate<{
    kept: string[];
    at: string;
    adopted: boolean;
    styles: number;
  }>(`var root = document.querySelector('cluster-list').shadowRoot;
    return { kept: window.__floorKept, at: typeof [].at, adopted: 'adoptedStyleSheets' in root, styles: root.querySelectorAll('style').length };`);
  expect(state).toEqual({ kept: [], at: 'undefined', adopted: false, styles: 1 });
});
