/**
 * `npm run deploy` runs this before it applies the D1 migrations and runs `wrangler deploy`. It
 * refuses to deploy a dist/site
 * - whose pages carry a local origin (a build without SITE_ORIGIN) in their canonical links,
 *   sitemap, robots.txt or JSON-LD: build with `SITE_ORIGIN=https://<your host> npm run build`;
 * - whose widget data is of another dataset version than data/ (a build older than the last
 *   `data:import`): the static files and D1 must be one release, or the widget and the API would
 *   answer from different lists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasetSnapshot } from '../../pipeline/snapshot';

const CHECKED = /\.(html|xml|txt)$/;
const LOCAL = /\b(?:https?:\/\/)?(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])(?::\d+)?/;

export interface CheckedFile {
  file: string;
  content: string;
}

/** Each file that names a local origin, with the first one it names. */
export function localOriginsIn(files: readonly CheckedFile[]): string[] {
  return files.flatMap(({ file, content }) => {
    const match = LOCAL.exec(content);
    return match ? [`${file}: ${match[0]}`] : [];
  });
}

function filesUnder(dir: string): CheckedFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && CHECKED.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { file: relative(dir, path), content: readFileSync(path, 'utf8') };
    });
}

/** The dataset version of the widget's data in `site`, or null when the build wrote none. */
export function widgetDataVersion(site: string): string | null {
  const file = join(site, 'widget/data/views/all.json');
  if (!existsSync(file)) return null;
  const view = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
  return typeof view.version === 'string' ? view.version : null;
}

async function main(): Promise<void> {
  const site = resolve(fileURLToPath(new URL('../../dist/site', import.meta.url)));
  const problems = localOriginsIn(filesUnder(site));
  if (problems.length > 0) {
    console.error(`deploy-check: dist/site was built for a local origin (${problems.length} files, e.g. ${problems.slice(0, 3).join('; ')}).`);
    console.error('deploy-check: rebuild with the deployed origin: SITE_ORIGIN=https://<your host> npm run build');
    process.exit(1);
  }
  const { version } = await loadDatasetSnapshot(resolve(fileURLToPath(new URL('../../data', import.meta.url))));
  const built = widgetDataVersion(site);
  if (built !== version) {
    console.error(`deploy-check: dist/site holds widget data of version ${built ?? '(none)'}, data/ is version ${version}: run npm run build.`);
    process.exit(1);
  }
  console.log(`deploy-check: no local origin in dist/site; widget data and the seed migrations are both dataset version ${version}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
