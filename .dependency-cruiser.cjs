// Import rules of the tree, checked by `npm run lint:imports` (part of `npm test`).
// Type-only imports count too: a type cycle is still two files sharing a concept that belongs in
// one of them, or in a third. swc parses the TypeScript (dependency-cruiser cannot drive
// TypeScript 7's compiler, which has no JS API yet) and reports `import type` and `export type`
// as dependencies by itself; it misses only `import('…')` types outside annotations.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles (house style).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-only-core',
      comment:
        'core runs in the Worker and in the widget’s browser chunk: its runtime code imports only core modules ' +
        '(no package, no Node builtin, nothing of the other folders). Its tests may import fixtures and tools.',
      severity: 'error',
      from: { path: '^core/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^core/' },
    },
    {
      name: 'worker-imports-only-core',
      comment:
        'The Worker is built from worker/ and core/ alone: it imports nothing of the widget, the site, the pipeline, ' +
        'the tooling or the bench (its tests may).',
      severity: 'error',
      from: { path: '^worker/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(widget|site|pipeline|scripts|bench)/' },
    },
    {
      name: 'widget-imports-only-core',
      comment: 'The widget ships to readers’ browsers: it imports only core/ and its packages (its tests may import more).',
      severity: 'error',
      from: { path: '^widget/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(worker|site|pipeline|scripts|bench)/' },
    },
    {
      name: 'pipeline-imports-core-and-the-schema',
      comment:
        'The data pipeline turns the official lists into records and seeds: it imports core/ and, of the Worker, only ' +
        'the D1 schema (worker/db/schema.ts) that its seeds must fit.',
      severity: 'error',
      from: { path: '^pipeline/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(widget|site|scripts|bench|worker)/', pathNot: '^worker/db/schema\\.ts$' },
    },
    {
      name: 'nothing-imports-test',
      comment:
        'test/ is for the tests: the bench, the product (core, worker, widget, site, pipeline) and the tooling in scripts/ ' +
        'import nothing from it, so a test refactor cannot break `npm run bench` or a build.',
      severity: 'error',
      from: { path: '^(bench|core|worker|widget|site|pipeline|scripts)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/' },
    },
    {
      name: 'pages-escape-through-html-ts',
      comment:
        'Record values reach a page only through site/pages/html.ts, which escapes every interpolation and hands ' +
        'out no `raw`: no other page module may import hono/html itself.',
      severity: 'error',
      from: { path: '^site/pages/', pathNot: '^site/pages/html\\.ts$' },
      to: { path: 'node_modules/hono/dist/(types/)?(helper/html|utils/html)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|bench/results)/' },
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
