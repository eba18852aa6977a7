// `npm run bench:compare -- [--repeats N] [--attrs QUERY] NAME=DIR …`: the loopback measure of
// `npm run bench` (widget script start → rows painted, against the vanilla shadow root) for several
// builds of the widget side by side, their loads interleaved in one Chromium. One full bench run
// moves by ±0.1× between runs of the same code on the 2-core machine; builds compared within one
// run share the machine's state, so a change can be told from noise. See bench/README.md.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/browsers/chromium';
import { buildSiteIfStale } from '../scripts/site-build-if-stale';
import { startLocalWorker } from './runtime/miniflare';
import { isDataFile, runPage, type PageResult } from './scenarios/widget-speed';
import { BENCH_PAGE_PATH, MARKED_WIDGET_PATH, prepareAssets, prepareWorker, withScriptStartMark } from './setup';
import { inAlternatingOrder, median, percentile } from './stats';
import { formatTable } from './table';

/** A widget build to measure: the entry file of a `vite build` output directory. */
interface Build {
  name: string;
  /** The entry's path on the bench's origin. */
  src: string;
}

interface Samples {
  painted: number[];
  rows: number[];
  phases: Record<string, number[]>;
}

const PHASES = ['defined', 'firstDataRequest', 'lastDataResponse', 'lastDataParsed'] as const;

/** The widget entry of a build directory: `cluster-list.js` or `cluster-list.<hash>.js`. */
function entryOf(dir: string): string {
  const entries = readdirSync(dir).filter((file) => /^cluster-list(\.[\w-]+)?\.js$/.test(file) && !file.includes('standalone'));
  if (entries.length !== 1) throw new Error(`${dir}: expected one cluster-list entry file, found ${entries.join(', ') || 'none'}`);
  return entries[0]!;
}

function parseBuilds(specs: readonly string[], assetsDir: string): Build[] {
  // Each measured with the script-start mark the bench adds (the shipped files carry none).
  const builds: Build[] = [{ name: 'current', src: MARKED_WIDGET_PATH }];
  for (const spec of specs) {
    const [name, dir] = spec.split('=');
    if (!name || !dir || !/^[\w-]+$/.test(name)) throw new Error(`"${spec}": give builds as NAME=DIR (NAME: letters, digits, - or _)`);
    // Its lazy chunks load relative to the entry, so the whole directory is served.
    const served = join(assetsDir, '__builds', name);
    cpSync(resolve(dir), served, { recursive: true });
    // A bare `vite build` output has no data files; the widget reads them beside its script.
    if (!existsSync(join(served, 'data'))) cpSync(join(assetsDir, 'widget', 'data'), join(served, 'data'), { recursive: true });
    const entry = entryOf(resolve(dir));
    writeFileSync(join(served, 'bench-entry.js'), withScriptStartMark(readFileSync(join(served, entry), 'utf8')));
    builds.push({ name, src: `/__builds/${name}/bench-entry.js` });
  }
  return builds;
}

function benchPageUrl(origin: URL, params: Record<string, string>): string {
  const url = new URL(BENCH_PAGE_PATH, origin);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

function record(samples: Samples, result: PageResult): void {
  samples.painted.push(result.paintedFromScriptStart ?? Number.NaN);
  samples.rows.push(result.fromScriptStart ?? Number.NaN);
  const phases = result.phases;
  const start = phases?.scriptStart;
  if (!phases || start === null || start === undefined) return;
  for (const phase of PHASES) {
    const at = phases[phase];
    if (at === null) continue;
    const list = samples.phases[phase] ?? [];
    list.push(at - start);
    samples.phases[phase] = list;
  }
}

const ms = (values: readonly number[] | undefined): string => (values?.length ? median(values).toFixed(1) : '–');

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { repeats: { type: 'string', default: '30' }, attrs: { type: 'string', default: 'province=浙江省' } },
  });
  const repeats = Number(values.repeats);
  if (!Number.isInteger(repeats) || repeats < 1) throw new Error('--repeats takes a whole number ≥ 1');
  buildSiteIfStale({ output: 'stderr' });
  const workDir = mkdtempSync(join(tmpdir(), 'cluster-list-compare-'));
  const worker = await prepareWorker(workDir);
  const assetsDir = prepareAssets(workDir);
  const builds = parseBuilds(positionals, assetsDir);
  const server = await startLocalWorker({ source: { scriptPath: worker.bundle }, persistDir: worker.persistDir, assetsDir });
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  try {
    const requests: string[] = [];
    await runPage(browser, { url: benchPageUrl(server.url, { mode: 'widget', attrs: values.attrs }), pageErrors, seenRequests: requests });
    const comparedUrl = requests.find(isDataFile);
    if (!comparedUrl) throw new Error('the widget requested no data file');
    const vanilla: number[] = [];
    const samples = new Map(builds.map((build) => [build.name, { painted: [], rows: [], phases: {} } as Samples]));
    const runs: (Build | null)[] = [null, ...builds];
    for (let index = 0; index < 2 + repeats; index++) {
      for (const build of inAlternatingOrder(runs, index)) {
        const params: Record<string, string> = build
          ? { mode: 'widget', attrs: values.attrs, src: build.src }
          : { mode: 'vanilla', attrs: values.attrs, url: comparedUrl };
        const result = await runPage(browser, { url: benchPageUrl(server.url, params), pageErrors });
        if (index < 2) continue;
        if (build) record(samples.get(build.name)!, result);
        else vanilla.push(result.paintedFromScriptStart ?? Number.NaN);
      }
      if (process.stderr.isTTY) process.stderr.write(`\r[compare] round ${index + 1} of ${2 + repeats}`);
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
    const baseline = median(vanilla);
    const spread = (values: readonly number[]) => `${percentile(values, 25).toFixed(0)}–${percentile(values, 75).toFixed(0)}`;
    const rows = [
      ['vanilla', baseline.toFixed(1), '1.00×', spread(vanilla), '–', '–', '–', '–', '–'],
      ...builds.map(({ name }) => {
        const { painted, rows: firstRows, phases } = samples.get(name)!;
        const ratio = `${(median(painted) / baseline).toFixed(2)}×`;
        return [name, ms(painted), ratio, spread(painted), ms(firstRows), ...PHASES.map((phase) => ms(phases[phase]))];
      }),
    ];
    console.log(`Loopback, ${repeats} loads of each, interleaved; ms after each script's first statement (medians)`);
    console.log(`  compared URL: ${comparedUrl}`);
    console.log(
      formatTable(['build', 'rows painted', '× vanilla', 'p25–p75', 'rows in DOM', 'defined', 'data request', 'data file in', 'data file parsed'], rows),
    );
    console.log(`  uncaught page errors: ${pageErrors.length ? pageErrors.join('; ') : 'none'}`);
  } finally {
    await browser.close();
    await server.dispose();
    rmSync(workDir, { recursive: true, force: true });
  }
}

const USAGE = "usage: npm run bench:compare -- [--repeats N] [--attrs 'province=浙江省'] NAME=DIR …";

try {
  await main();
} catch (error) {
  // parseArgs's errors (an unknown option, a missing value) carry a code: those get the usage line, not a stack.
  const usage = error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`bench:compare: ${error instanceof Error ? error.message : String(error)}\n${usage ? `${USAGE}\n` : ''}`);
  process.exit(usage ? 2 : 1);
}
