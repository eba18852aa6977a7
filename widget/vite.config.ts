import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

/** lightningcss's version encoding (major << 16) of the oldest engines the widget supports. */
const CSS_TARGETS = { chrome: 80 << 16, firefox: 78 << 16, safari: 14 << 16 };

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The widget's three builds, each one ES module with Lit bundled and nothing fetched from a CDN
 * (`site/build.ts` runs them in this order and adds the stable alias `cluster-list.js`):
 * - `engine`: `chunks/engine.<hash>.js`, core's query code over a snapshot, loaded by the widget
 *   after its first rows (or first, for a view no first-view file answers). It bundles its own copy
 *   of what it needs, so it never imports the widget file back (which would load a second copy
 *   when the page used the alias).
 * - `production`: `cluster-list.<hash>.js`, what an embed loads; `CLUSTER_LIST_ENGINE` names the chunk.
 * - `standalone`: `cluster-list.standalone.js`, everything in one file (and `embedUrls`, for the
 *   embed builder), so a site that copies the widget pins one SRI hash.
 */
export default defineConfig(({ mode }) => {
  const engine = mode === 'engine';
  const standalone = mode === 'standalone';
  return {
    root: here('.'),
    publicDir: false,
    logLevel: 'warn',
    plugins: [
      // Lit's template minifier. Its CSS minifier (lightningcss) gets the widget's browser floor as
      // targets, so it never drops or rewrites a declaration those engines need.
      minifyHTML({
        options: { minifyOptions: { ...defaultMinifyOptions, removeAttributeQuotes: true, minifyCSS: { minify: true, targets: CSS_TARGETS } } },
      }),
    ],
    define: { __CLUSTER_LIST_ENGINE__: JSON.stringify(process.env.CLUSTER_LIST_ENGINE ?? '') },
    resolve: {
      // Lit's production build: its development build warns in the console and is larger.
      conditions: ['module', 'browser', 'production'],
      // Any import of the chunk loader, from whichever folder, becomes the inline one.
      alias: standalone ? [{ find: /^(\.\.?\/)+load-engine$/, replacement: here('./load-engine.inline.ts') }] : [],
    },
    build: {
      outDir: process.env.CLUSTER_LIST_OUT_DIR ?? here('../dist/site/widget'),
      emptyOutDir: false,
      target: 'es2020',
      minify: 'oxc',
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: here(engine ? './engine.ts' : standalone ? './standalone.ts' : './register.ts'), formats: ['es'] },
      rolldownOptions: {
        // Class fields as plain assignments (TypeScript's useDefineForClassFields: false): lowered
        // to ES2020, define semantics need oxc's defineProperty helpers in the bundle. Lit's
        // reactive properties are `declare`d, so no field shadows an accessor.
        transform: { assumptions: { setPublicClassFields: true }, typescript: { removeClassFieldsWithoutInitializer: true } },
        // core is pure by design (no side effects at import); this lets unused lookup tables go.
        treeshake: { moduleSideEffects: [{ test: /[\\/]core[\\/]/, sideEffects: false }] },
        output: {
          entryFileNames: engine ? 'chunks/engine.[hash].js' : standalone ? 'cluster-list.standalone.js' : 'cluster-list.[hash].js',
          // The embed's lazily imported modules (English) become chunks; the other two builds are one file each.
          codeSplitting: !engine && !standalone,
          chunkFileNames: 'chunks/[name].[hash].js',
          // V8's explicit compile hint (Chromium 136+; other engines read a comment): nearly every
          // function of each build's entry runs on load, so V8 compiles them while the file streams
          // in rather than one by one on the main thread as they are first called. Added after
          // minification, which would drop it, and first in the file, where V8 looks for it.
          // See docs/widget.md, "Speed".
          postBanner: (chunk) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : ''),
          minify: true,
          comments: false,
        },
      },
    },
  };
});
