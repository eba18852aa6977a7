/**
 * `npm run deploy` runs this before `wrangler deploy`: it refuses to deploy a dist/site whose pages
 * carry a local origin (a build without SITE_ORIGIN) in their canonical links, sitemap, robots.txt
 * or JSON-LD. Build with `SITE_ORIGIN=https://<your host> npm run build` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const site = resolve(fileURLToPath(new URL('../../dist/site', import.meta.url)));
  const problems = localOriginsIn(filesUnder(site));
  if (problems.length > 0) {
    console.error(`deploy-check: dist/site was built for a local origin (${problems.length} files, e.g. ${problems.slice(0, 3).join('; ')}).`);
    console.error('deploy-check: rebuild with the deployed origin: SITE_ORIGIN=https://<your host> npm run build');
    process.exit(1);
  }
  console.log('deploy-check: no local origin in dist/site');
}
