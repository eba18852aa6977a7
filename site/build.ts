/**
 * `npm run build`: everything Workers Static Assets serves, in dist/site/.
 *
 * - dist/site/widget/: the widget (`cluster-list.<hash>.js`, immutable, plus the stable alias
 *   `cluster-list.js`), its lazy engine chunk, `cluster-list.standalone.js`, and the data it reads
 *   instead of the API (`data/`, see site/widget-data.ts), with `clusters.json`, the latest
 *   snapshot at a stable address;
 * - the landing page and everything else in site/public/, including `_headers` (cache rules);
 * - the pages of every cluster, province, city and year, /stats, 404.html, sitemap.xml and
 *   robots.txt (site/pages/);
 * - dist/types/: type declarations of the widget for the npm package;
 * - custom-elements.json at the repository root (committed; a test fails when it is stale).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as analyzer from '@custom-elements-manifest/analyzer';
// @ts-expect-error -- the analyzer ships no declarations for its Lit plugin (the CLI's --litelement).
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { buildPages } from './pages/build-pages';
import { loadDatasetSnapshot } from '../pipeline/snapshot';
import { writeWidgetData } from './widget-data';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SITE = join(ROOT, 'dist/site');
const WIDGET_DIR = join(SITE, 'widget');
/** Built here, then swapped in whole, so a server or test reading dist/site never sees a half-built widget. */
const WIDGET_OUT = join(ROOT, 'dist/.widget-staging');
const TYPES_OUT = join(ROOT, 'dist/types');
/** The modules that make up the element's public surface, for custom-elements.json. */
const MANIFEST_SOURCES = ['widget/cluster-list.ts', 'widget/events.ts', 'widget/register.ts'];

/** What the analyzer's index exports at runtime but its declarations leave out (it bundles its own TypeScript 5). */
interface AnalyzerApi {
  create(options: { modules: unknown[]; plugins: unknown[] }): unknown;
  ts: {
    createSourceFile(fileName: string, text: string, target: number, setParentNodes: boolean): unknown;
    ScriptTarget: { ES2022: number };
  };
}
const { create, ts } = analyzer as unknown as AnalyzerApi;

type Mode = 'engine' | 'production' | 'standalone';

function viteBuild(mode: Mode, env: Record<string, string> = {}): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'widget/vite.config.ts', '--mode', mode], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', CLUSTER_LIST_OUT_DIR: WIDGET_OUT, ...env },
  });
}

function onlyFile(dir: string, pattern: RegExp): string {
  const matches = readdirSync(dir).filter((name) => pattern.test(name));
  if (matches.length !== 1 || matches[0] === undefined) throw new Error(`expected one ${pattern} in ${dir}, found ${matches.join(', ') || 'none'}`);
  return matches[0];
}

/** Builds the three widget files and the stable alias; returns the hashed file's name. */
function buildWidget(): string {
  rmSync(WIDGET_OUT, { recursive: true, force: true });
  mkdirSync(WIDGET_OUT, { recursive: true });
  viteBuild('engine');
  const chunk = onlyFile(join(WIDGET_OUT, 'chunks'), /^engine\..+\.js$/);
  viteBuild('production', { CLUSTER_LIST_ENGINE: `./chunks/${chunk}` });
  viteBuild('standalone');
  const hashed = onlyFile(WIDGET_OUT, /^cluster-list\.(?!standalone\.)[^.]+\.js$/);
  copyFileSync(join(WIDGET_OUT, hashed), join(WIDGET_OUT, 'cluster-list.js'));
  return hashed;
}

async function writeData(): Promise<string> {
  const snapshot = await loadDatasetSnapshot(join(ROOT, 'data'));
  writeWidgetData(WIDGET_OUT, snapshot);
  return snapshot.version;
}

function publishWidget(): void {
  const previous = join(ROOT, 'dist/.widget-previous');
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(WIDGET_DIR)) renameSync(WIDGET_DIR, previous);
  // A clean clone has no dist/site yet, and rename does not create parents.
  mkdirSync(SITE, { recursive: true });
  renameSync(WIDGET_OUT, WIDGET_DIR);
  rmSync(previous, { recursive: true, force: true });
}

function writeTypes(): void {
  rmSync(TYPES_OUT, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      '-p',
      'widget',
      '--noEmit',
      'false',
      '--declaration',
      '--emitDeclarationOnly',
      '--rootDir',
      ROOT,
      '--outDir',
      TYPES_OUT,
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

/** The `_headers` rule of a content-hashed file: its URL changes whenever its content does. */
function immutableRule(path: string): string {
  return `\n${path}\n  Cache-Control: public, max-age=31536000, immutable\n  Access-Control-Allow-Origin: *\n`;
}

/** `sha384-…` of a file, the value of a `<script integrity>` attribute. */
export function subresourceIntegrity(path: string): string {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

/**
 * custom-elements.json for the element, generated with @custom-elements-manifest/analyzer's Lit
 * support from the JSDoc of `ClusterList`. Private members (`_`-prefixed) are left out.
 */
export function generateCustomElementsManifest(): string {
  const modules = MANIFEST_SOURCES.map((path) => ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.ES2022, true));
  const manifest = create({ modules, plugins: [...litPlugin(), dropPrivateMembers()] });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

interface ManifestDeclaration {
  members?: { name: string; privacy?: string }[];
  attributes?: { name: string; fieldName?: string }[];
}

function dropPrivateMembers() {
  return {
    name: 'cluster-list:drop-private-members',
    packageLinkPhase({ customElementsManifest }: { customElementsManifest: { modules: { declarations?: ManifestDeclaration[] }[] } }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter((member) => member.privacy !== 'private' && !/^[_#]/.test(member.name));
          declaration.attributes = declaration.attributes?.filter((attribute) => !attribute.fieldName?.startsWith('_'));
        }
      }
    },
  };
}

async function main(): Promise<void> {
  const hashed = buildWidget();
  const version = await writeData();
  publishWidget();
  cpSync(join(ROOT, 'site/public'), SITE, { recursive: true });
  appendFileSync(join(SITE, '_headers'), immutableRule(`/widget/${hashed}`));
  // The pages for people and crawlers: /clusters/{id}, /provinces/{code}, /cities/{code}, /years/{year}, /stats, sitemap.
  buildPages({ root: ROOT, site: SITE });
  writeTypes();
  writeFileSync(join(ROOT, 'custom-elements.json'), generateCustomElementsManifest());
  const file = join(WIDGET_DIR, hashed);
  // -n: without the file name gzip would store in its header, as the bench and the budget count it.
  const gzip = execFileSync('gzip', ['-9nc', file]).length;
  console.log(`build-site: ${relative(ROOT, file)} (alias widget/cluster-list.js): ${gzip} bytes min+gzip`);
  console.log(`build-site: cluster-list.standalone.js integrity ${subresourceIntegrity(join(WIDGET_DIR, 'cluster-list.standalone.js'))}`);
  console.log(`build-site: widget data of dataset version ${version} in ${relative(ROOT, join(WIDGET_DIR, 'data'))}/`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
