// `npm run bench`: the Worker's throughput and latency against baselines in the same runtime, the
// first request to a fresh isolate, a soak, and the widget's size and speed. See bench/README.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSiteIfStale } from '../scripts/site-build-if-stale';
import { DATASET_LOAD_STATEMENTS } from '../worker/db/load-sql';
import { constantResponseScript, d1OnlyScript, helloWorldScript } from './baselines';
import {
  checkAllOk,
  checkMemoHit,
  checkMemoMisses,
  expectColdLoad,
  expectD1Rows,
  expectMcpColdCall,
  fetchFullList,
  workerHeaders,
  type FullList,
} from './checks';
import { machineInfo } from './machine';
import { uniqueQueryStream, vocabularyOf } from './queries';
import { printReport, evaluateGoals } from './report';
import type { BenchResults } from './results';
import { runtimeInfo, startLocalWorker, type LocalWorker } from './runtime/miniflare';
import { measureColdStart } from './scenarios/cold-start';
import { soak } from './scenarios/soak';
import { measureThroughput } from './scenarios/throughput';
import { measureWidgetSize } from './scenarios/widget-size';
import { EMBED, FULL, MCP_COLD_CALL, PATHS, QUICK } from './settings';
import { prepareAssets, prepareWorker, WIDGET_DIR } from './setup';
import { measureWidget } from './widget-steps';

/**
 * `--only server`: the cold start, warm rounds and soak; `--only cold` / `--only warm`: one of
 * those. `--only widget`: the widget's session, speed, mobile embed and size; `--only session`,
 * `speed`, `embed` or `size`: one of those.
 */
const GROUPS: Record<string, readonly Part[]> = { server: ['cold', 'warm'], widget: ['session', 'speed', 'embed', 'size'] };
type Part = 'cold' | 'warm' | 'session' | 'speed' | 'embed' | 'size';
const PARTS: readonly Part[] = [...GROUPS.server!, ...GROUPS.widget!];
/** What `--only` takes: a group or a part. */
const ONLY_VALUES: readonly string[] = [...Object.keys(GROUPS), ...PARTS];
const USAGE = `usage: npm run bench -- [--quick] [--only ${ONLY_VALUES.join('|')}]
  --quick   shorter rounds (a smoke run; its ratios are noisier)
  --only    one group or part of the run (see bench/README.md)
`;

function readArgs(): { quick: boolean; only: string | undefined } {
  try {
    const { values } = parseArgs({
      options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, help: { type: 'boolean', default: false } },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    return { quick: values.quick, only: values.only };
  } catch (error) {
    // parseArgs throws on an unknown option or a missing value: say which, and how to call it.
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

const args = readArgs();
const settings = args.quick ? QUICK : FULL;
const only = args.only;
if (only !== undefined && !ONLY_VALUES.includes(only)) {
  process.stderr.write(`bench: --only takes one of: ${ONLY_VALUES.join(', ')}\n${USAGE}`);
  process.exit(2);
}
const runs = (part: Part): boolean => only === undefined || only === part || (GROUPS[only]?.includes(part) ?? false);

const RESULTS_FILE = resolve('bench/results/latest.json');
const started = performance.now();

function progress(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
}

/** Runs one step; a failure is recorded (and fails its goals) instead of ending the whole run. */
async function step<T>(name: string, errors: Record<string, string>, run: () => Promise<T> | T): Promise<T | undefined> {
  progress(name);
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    errors[name] = message;
    progress(`${name} FAILED: ${message}`);
    return undefined;
  }
}

function soakMix(fullList: FullList): string[] {
  const first = fullList.records[0]!;
  return [
    PATHS.memoHit,
    PATHS.fullList,
    '/api/v1/clusters?province=zhejiang&year=2024',
    '/api/v1/clusters?q=cixi',
    '/api/v1/clusters?province=浙江省&format=csv',
    `/api/v1/clusters/${first.id}`,
    '/api/v1/facets?province=浙江省',
    '/api/v1/provinces',
    '/api/v1/meta',
    '/widget/cluster-list.js',
    `/widget/${EMBED.firstView}`,
  ];
}

interface ServerSubjects {
  hello: LocalWorker;
  constant: LocalWorker;
  memoShaped: LocalWorker;
  fullShaped: LocalWorker;
  fullList: FullList;
  unique: () => string;
}

async function startComparisons(results: BenchResults, real: LocalWorker, startBaseline: (script: string) => Promise<LocalWorker>): Promise<ServerSubjects> {
  const { errors } = results;
  const hello = await startBaseline(helloWorldScript);
  const fullList = await step('fetch the full list and start the constant-body Worker', errors, () => fetchFullList(real.url, PATHS.fullList));
  if (!fullList) throw new Error('the real Worker does not answer the full list');
  results.fullListBytes = fullList.bytes;
  results.fullListRows = fullList.records.length;
  const constant = await startBaseline(constantResponseScript(fullList.body, { 'content-type': fullList.contentType }));
  const unique = uniqueQueryStream(vocabularyOf(fullList.records));
  const memoHit = await step('check: repeated query is a memo hit, generated queries are memo misses', errors, async () => {
    const hit = await checkMemoHit(real.url, PATHS.memoHit);
    await checkMemoMisses(real.url, unique, 12);
    return hit;
  });
  if (!memoHit) throw new Error('the real Worker does not answer the memo-hit query as a memo hit');
  // Sending the memo-hit response costs something by itself (its body and its headers); a
  // constant Worker replaying it shows that floor, which the Worker's own code sits on.
  const memoHeaders = workerHeaders(memoHit.headers);
  results.memoHitBytes = Buffer.byteLength(memoHit.body);
  results.memoHitHeaders = Object.keys(memoHeaders).length;
  const memoShaped = await startBaseline(constantResponseScript(memoHit.body, memoHeaders));
  // The same for the full list (a memo hit by now): its bytes with every header the Worker sent,
  // which tells the cost of those headers apart from the cost of the Worker's code.
  const fullHit = await checkMemoHit(real.url, PATHS.fullList);
  const fullShaped = await startBaseline(constantResponseScript(fullHit.body, workerHeaders(fullHit.headers)));
  return { hello, constant, memoShaped, fullShaped, fullList, unique };
}

async function measureServer(results: BenchResults, real: LocalWorker, startBaseline: (script: string) => Promise<LocalWorker>): Promise<void> {
  const { errors } = results;
  const { hello, constant, memoShaped, fullShaped, fullList, unique } = await startComparisons(results, real, startBaseline);
  const plan = `${settings.rounds} interleaved rounds × ${settings.secondsPerRun} s, ${settings.connections} connections`;
  results.throughput = await step(`throughput and latency, ${plan}`, errors, () =>
    measureThroughput(
      [
        { name: 'hello', origin: hello.url, path: PATHS.hello },
        { name: 'memoHit', origin: real.url, path: PATHS.memoHit },
        { name: 'memoShaped', origin: memoShaped.url, path: PATHS.memoHit },
        { name: 'newQuery', origin: real.url, path: unique },
        { name: 'constant', origin: constant.url, path: PATHS.fullList },
        { name: 'fullList', origin: real.url, path: PATHS.fullList },
        { name: 'fullShaped', origin: fullShaped.url, path: PATHS.fullList },
      ],
      settings,
      (name, round, result) => progress(`  round ${round + 1} ${name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(2)} ms`),
    ).then((map) => Object.fromEntries(map)),
  );
  results.soak = await step(`soak: ${settings.soakConnections} connections for ${settings.soakSeconds} s`, errors, async () => {
    const mix = soakMix(fullList);
    await checkAllOk(real.url, mix);
    return soak(real.url, mix, unique, { connections: settings.soakConnections, durationSeconds: settings.soakSeconds });
  });
}

/** Every step that needs the real Worker (and its baselines) running in Miniflare. */
async function measureOnWorkers(results: BenchResults, workDir: string, keep: (worker: LocalWorker) => LocalWorker): Promise<void> {
  const { errors } = results;
  const prepared = await step('bundle the Worker (wrangler deploy --dry-run) and seed D1 from migrations/', errors, () => prepareWorker(workDir));
  if (!prepared) throw new Error('cannot bundle or seed the Worker; nothing to measure');
  results.seedStatements = prepared.statements;
  const assetsDir = prepareAssets(workDir);
  const startReal = () => startLocalWorker({ source: { scriptPath: prepared.bundle }, persistDir: prepared.persistDir, assetsDir });
  const startHello = () => startLocalWorker({ source: { script: helloWorldScript }, assetsDir });

  const startD1Only = () => startLocalWorker({ source: { script: d1OnlyScript(DATASET_LOAD_STATEMENTS) }, persistDir: prepared.persistDir, assetsDir });

  if (runs('cold'))
    results.coldStart = await step(`first request to a fresh isolate (${settings.coldSamples} samples each)`, errors, () =>
      measureColdStart(
        [
          { name: 'hello', start: startHello, path: PATHS.hello },
          { name: 'd1Only', start: startD1Only, path: PATHS.memoHit, check: expectD1Rows },
          { name: 'real', start: startReal, path: PATHS.memoHit, check: expectColdLoad },
          { name: 'realSearch', start: startReal, path: PATHS.coldSearch, check: expectColdLoad },
          { name: 'mcp', start: startReal, path: PATHS.mcp, post: MCP_COLD_CALL, check: expectMcpColdCall },
        ],
        settings.coldSamples,
      ).then((map) => Object.fromEntries(map)),
    );

  const startBaseline = async (script: string) => keep(await startLocalWorker({ source: { script }, assetsDir }));

  const real = keep(await startReal());
  if (runs('warm')) await measureServer(results, real, startBaseline);

  await measureWidget(results, real.url, settings, { session: runs('session'), speed: runs('speed'), embed: runs('embed') }, step);
}

async function main(): Promise<void> {
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    settings,
    machine: machineInfo(),
    runtime: runtimeInfo(),
    errors: {},
  };
  const { errors } = results;
  const workDir = mkdtempSync(join(tmpdir(), 'cluster-list-bench-'));
  const running: LocalWorker[] = [];
  const keep = (worker: LocalWorker): LocalWorker => {
    running.push(worker);
    return worker;
  };
  try {
    // Build output goes to stderr: stdout carries only the report.
    results.built = await step('build the site if missing or stale (npm run build)', errors, () => buildSiteIfStale({ output: 'stderr' }));
    // The size step reads the built files only: no Worker to bundle for it.
    if (PARTS.some((part) => part !== 'size' && runs(part))) await measureOnWorkers(results, workDir, keep);
  } catch (error) {
    errors.run = error instanceof Error ? error.message : String(error);
    progress(`stopped: ${errors.run}`);
  } finally {
    await Promise.allSettled(running.map((worker) => worker.dispose()));
    rmSync(workDir, { recursive: true, force: true });
  }
  if (runs('size')) results.widgetSize = await step('widget size', errors, () => measureWidgetSize(WIDGET_DIR, EMBED.firstView));
  results.loadAverageAtEnd = machineInfo().loadAverage;
  results.durationSeconds = Math.round((performance.now() - started) / 1000);
  results.goals = evaluateGoals(results);

  process.stdout.write(printReport(results));
  mkdirSync(resolve('bench/results'), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  progress(`results written to ${RESULTS_FILE}`);
  if (Object.keys(errors).length > 0) process.exitCode = 1;
}

await main();
