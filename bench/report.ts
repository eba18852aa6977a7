import { atLeast, atMost, notMeasured, type Goal } from './goals';
import type { MachineInfo } from './machine';
import type { RuntimeInfo } from './runtime/miniflare';
import type { ColdStartSummary } from './scenarios/cold-start';
import type { SoakSummary } from './scenarios/soak';
import type { ThroughputSummary } from './scenarios/throughput';
import { WIDGET_BUDGET_BYTES, type FileSize, type WidgetSize } from './scenarios/widget-size';
import type { WidgetEmbed } from './scenarios/widget-embed';
import type { Timing, WidgetSpeed } from './scenarios/widget-speed';
import { FULL, PATHS, type BenchSettings } from './settings';
import { formatTable, num } from './table';

/** Everything one run measured; written as JSON to bench/results/latest.json. */
export interface BenchResults {
  startedAt: string;
  settings: BenchSettings;
  machine: MachineInfo;
  runtime: RuntimeInfo;
  errors: Record<string, string>;
  built?: boolean;
  seedStatements?: number;
  fullListBytes?: number;
  memoHitBytes?: number;
  memoHitHeaders?: number;
  fullListRows?: number;
  coldStart?: Record<string, ColdStartSummary>;
  throughput?: Record<string, ThroughputSummary>;
  soak?: SoakSummary;
  widgetSize?: WidgetSize;
  widgetSpeed?: WidgetSpeed;
  /** The same comparison with a reader's network emulated (reported, not a goal). */
  widgetSpeedOnMobileNetwork?: WidgetSpeed;
  /** The builder's snippet on another origin vs the physical limit, on the mobile network. */
  widgetEmbed?: WidgetEmbed;
  loadAverageAtEnd?: number[];
  durationSeconds?: number;
  goals?: Goal[];
}

const WIDGET_SPEED_LIMIT = 1.5;
const WIDGET_SIZE_GOAL = 'widget first-paint JS (API mode, Lit included), gzip -9';
const WIDGET_SPEED_GOAL = 'widget script start → first rows vs bare fetch + JSON.parse';
const WIDGET_REQUESTS_GOAL = 'API requests per widget load (builder snippet)';
const WIDGET_MOBILE_GOAL = 'snippet → first rows painted vs physical limit (mobile network)';
const WIDGET_MOBILE_LIMIT = 1.2;
const WIDGET_LOOPBACK_GOAL = 'widget script start → rows painted vs vanilla shadow root (loopback)';
const WIDGET_LOOPBACK_LIMIT = 1.3;

const rps = (summary: ThroughputSummary | undefined): number => summary?.rps ?? Number.NaN;

interface RatioGoal {
  name: string;
  minimum: number;
  ratio: (throughput: Record<string, ThroughputSummary>) => number;
}

// Each goal written once, for the measured and the not-measured report alike.
const THROUGHPUT_GOALS: readonly RatioGoal[] = [
  { name: 'memo hit vs hello-world (req/s)', minimum: 0.8, ratio: (t) => rps(t.memoHit) / rps(t.hello) },
  { name: 'new query vs hello-world (req/s)', minimum: 0.5, ratio: (t) => rps(t.newQuery) / rps(t.hello) },
  { name: 'full list vs constant body (req/s)', minimum: 0.9, ratio: (t) => rps(t.fullList) / rps(t.constant) },
  // Issue 12: the Worker's own code on a memo hit costs at most a tenth over replaying the bytes.
  { name: 'memo hit vs constant Worker replaying that response (req/s)', minimum: 0.9, ratio: (t) => rps(t.memoHit) / rps(t.memoShaped) },
];

function failedBecause(results: BenchResults, ...steps: string[]): string {
  const found = Object.entries(results.errors).find(([name]) => steps.some((step) => name.includes(step)));
  return found ? `${found[0]}: ${found[1]}` : 'the step did not run';
}

function throughputGoals(results: BenchResults): Goal[] {
  const t = results.throughput;
  if (!t) {
    const why = failedBecause(results, 'throughput', 'check', 'full list');
    return THROUGHPUT_GOALS.map((goal) => notMeasured(goal.name, `≥ ${goal.minimum}×`, why));
  }
  const goals = THROUGHPUT_GOALS.map((goal) => atLeast(goal.name, goal.ratio(t), goal.minimum));
  const failures = Object.values(t).reduce((sum, summary) => sum + summary.failures, 0);
  if (failures > 0) goals.push({ name: 'no failed request in the throughput rounds', target: '0', measured: String(failures), pass: false });
  return goals;
}

function soakGoal(results: BenchResults): Goal {
  const s = results.soak;
  // The goal is the full run's soak; a quick run's shorter soak fails it.
  const name = `zero errors, ${FULL.soakConnections} connections for ${FULL.soakSeconds} s`;
  if (!s) return notMeasured(name, '0 errors', failedBecause(results, 'soak'));
  const long = s.connections >= FULL.soakConnections && s.durationSeconds >= FULL.soakSeconds;
  return {
    name,
    target: '0 errors',
    measured: `${s.failures} (${num(s.requests)} requests)`,
    pass: s.failures === 0 && long,
    ...(long ? {} : { note: `this run soaked ${s.connections} connections for only ${s.durationSeconds} s` }),
  };
}

function widgetGoals(results: BenchResults): Goal[] {
  const size = results.widgetSize;
  const speed = results.widgetSpeed;
  const embed = results.widgetEmbed;
  const bytes = (value: number) => `${num(value)} B`;
  const ratio = (value: number) => `${value.toFixed(2)}×`;
  return [
    size
      ? atMost(WIDGET_SIZE_GOAL, size.apiModeGzip, size.budgetBytes, bytes)
      : notMeasured(WIDGET_SIZE_GOAL, `≤ ${bytes(WIDGET_BUDGET_BYTES)}`, failedBecause(results, 'widget size')),
    embed
      ? atMost(WIDGET_REQUESTS_GOAL, embed.apiRequests.length, 1, (v) => String(v))
      : notMeasured(WIDGET_REQUESTS_GOAL, '≤ 1', failedBecause(results, 'widget embed')),
    embed
      ? atMost(WIDGET_MOBILE_GOAL, embed.snippetPainted.median / embed.physicalLimit.median, WIDGET_MOBILE_LIMIT, ratio)
      : notMeasured(WIDGET_MOBILE_GOAL, `≤ ${WIDGET_MOBILE_LIMIT}×`, failedBecause(results, 'widget embed')),
    speed
      ? atMost(WIDGET_LOOPBACK_GOAL, speed.widgetPaintedFromScriptStart.median / speed.vanillaPaintedFromScriptStart.median, WIDGET_LOOPBACK_LIMIT, ratio)
      : notMeasured(WIDGET_LOOPBACK_GOAL, `≤ ${WIDGET_LOOPBACK_LIMIT}×`, failedBecause(results, 'widget speed')),
    speed
      ? atMost(WIDGET_SPEED_GOAL, speed.widgetFromScriptStart.median / speed.fetch.median, WIDGET_SPEED_LIMIT, ratio)
      : notMeasured(WIDGET_SPEED_GOAL, `≤ ${WIDGET_SPEED_LIMIT}×`, failedBecause(results, 'widget speed')),
  ];
}

/** Checks every goal of issues 4 and 5 against the figures; unmeasured goals fail. */
export function evaluateGoals(results: BenchResults): Goal[] {
  return [...throughputGoals(results), coldStartGoal(results), soakGoal(results), ...widgetGoals(results)];
}

function header(results: BenchResults): string {
  const { machine: m, runtime: r, settings: s } = results;
  return [
    `cluster-list bench (${s.label} run), ${results.startedAt}, ${results.durationSeconds ?? '?'} s`,
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}`,
    `Load average (1/5/15 min): ${m.loadAverage.join(' ')} at start, ${results.loadAverageAtEnd?.join(' ') ?? '?'} at end` +
      (m.loadAverage[0]! > 0.5 * m.cores ? '  ← other work was running: figures are noisier' : ''),
    `Runtime: ${r.name}: miniflare ${r.miniflare}, workerd ${r.workerd} (the ones wrangler ${r.wrangler} runs)`,
    'Every Worker (real and baselines) runs with wrangler.toml\'s bindings, assets and compatibility date; Workers Cache is',
    'not emulated in front of them, so every request below runs the Worker.',
    `Load generator: autocannon in this Node process, the server in workerd's own process; 127.0.0.1 only.`,
  ].join('\n');
}

function rpsRange(summary: ThroughputSummary): string {
  const values = summary.runs.map((run) => run.rps);
  return `${num(Math.min(...values))}–${num(Math.max(...values))}`;
}

function throughputTable(results: BenchResults): string {
  const t = results.throughput;
  if (!t) return 'Throughput: not measured.';
  const size = results.fullListBytes ? `${num(results.fullListBytes)} B` : '?';
  const memoShape = `${num(results.memoHitBytes ?? Number.NaN)} B, ${results.memoHitHeaders ?? '?'} headers`;
  const rows: [string, ThroughputSummary | undefined, string, ThroughputSummary | undefined][] = [
    ['hello-world Worker', t.hello, '', undefined],
    [`${PATHS.memoHit} (memo hit)`, t.memoHit, 'hello-world', t.hello],
    [`  constant Worker replaying that response (${memoShape})`, t.memoShaped, 'hello-world', t.hello],
    [`  memo hit against that constant Worker`, t.memoHit, 'replay', t.memoShaped],
    ['never-seen /api/v1/clusters queries (memo miss)', t.newQuery, 'hello-world', t.hello],
    [`constant-body Worker (${size})`, t.constant, '', undefined],
    [`${PATHS.fullList} (full list, ${size})`, t.fullList, 'constant body', t.constant],
    ['  constant Worker replaying the full list with all its headers (reference, no goal)', t.fullShaped, 'constant body', t.constant],
    ['  full list against that constant Worker', t.fullList, 'replay', t.fullShaped],
  ];
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? `${(a / b).toFixed(2)}×` : '');
  return [
    `Warm isolate: medians of ${results.settings.rounds} interleaved rounds × ${results.settings.secondsPerRun} s, ${results.settings.connections} connections`,
    formatTable(
      ['scenario', 'req/s', 'rounds min–max', 'p50 ms', 'p99 ms', 'CPU ms/req', 'failed', 'vs', 'req/s ×', 'p50 ×', 'p99 ×', 'CPU ×'],
      rows.map(([label, summary, versus, base]) => [
        label,
        summary ? num(summary.rps) : 'n/a',
        summary ? rpsRange(summary) : 'n/a',
        summary ? num(summary.p50, 2) : 'n/a',
        summary ? num(summary.p99, 2) : 'n/a',
        summary ? num(summary.serverCpuMsPerRequest, 2) : 'n/a',
        summary ? String(summary.failures) : 'n/a',
        versus,
        ratio(summary?.rps, base?.rps),
        ratio(summary?.p50, base?.p50),
        ratio(summary?.p99, base?.p99),
        ratio(summary?.serverCpuMsPerRequest, base?.serverCpuMsPerRequest),
      ]),
    ),
    'CPU ms/req: CPU time of the workerd process per request during the run (an upper bound of billed CPU: it also',
    "counts HTTP parsing and Miniflare's entry and asset-router Workers). It is steadier than req/s when other work",
    'shares the machine; req/s is what the goals use.',
  ].join('\n');
}

const COLD_CPU_GOAL = 'first request CPU, fresh isolate: real Worker − D1-only Worker';
const COLD_CPU_LIMIT_MS = 10;

function coldStartGoal(results: BenchResults): Goal {
  const c = results.coldStart;
  if (!c?.real || !c.d1Only) return notMeasured(COLD_CPU_GOAL, `≤ ${COLD_CPU_LIMIT_MS} ms`, failedBecause(results, 'fresh isolate'));
  return atMost(COLD_CPU_GOAL, c.real.cpuMedian - c.d1Only.cpuMedian, COLD_CPU_LIMIT_MS, (v) => `${v.toFixed(1)} ms`);
}

function coldStartTable(results: BenchResults): string {
  const c = results.coldStart;
  if (!c?.hello || !c.real) return 'First request to a fresh isolate: not measured.';
  const samples = (values: readonly number[]) => values.map((v) => v.toFixed(1)).join(' ');
  const row = (label: string, summary: ColdStartSummary, versus?: ColdStartSummary) => [
    label,
    num(summary.median, 1),
    num(summary.cpuMedian, 1),
    versus ? `${(summary.cpuMedian - versus.cpuMedian).toFixed(1)} ms` : '',
    samples(summary.cpuSamples),
  ];
  return [
    `First request to a fresh isolate (a new Miniflare per sample; medians of ${c.real.samples.length}). CPU: run time of workerd's`,
    "threads (/proc/<pid>/task/*/schedstat) from idle before the request to idle after it; locally D1's SQLite runs in the",
    'same workerd, so the D1-only Worker (the same batch of statements, then a row count) is the floor production does not bill.',
    formatTable(
      ['Worker', 'latency ms', 'first request CPU ms', 'CPU − D1-only', 'CPU samples ms'],
      [
        row('hello-world', c.hello),
        ...(c.d1Only ? [row('D1-only: the cold-load batch, row counts', c.d1Only)] : []),
        row(`${PATHS.memoHit} (D1 load included)`, c.real, c.d1Only),
        ...(c.realSearch ? [row(`${PATHS.coldSearch} (search text built too; no goal)`, c.realSearch, c.d1Only)] : []),
      ],
    ),
  ].join('\n');
}

function soakLine(results: BenchResults): string {
  const s = results.soak;
  if (!s) return 'Soak: not measured.';
  return [
    `Soak: ${s.connections} connections for ${s.durationSeconds} s, cycling ${s.mix.length} requests:`,
    `  ${s.mix.join('  ')}`,
    `  ${num(s.requests)} requests, ${num(s.rps)} req/s, p50 ${num(s.p50, 2)} ms, p99 ${num(s.p99, 2)} ms; ` +
      `socket errors ${s.errors} (timeouts ${s.timeouts}), non-2xx ${s.non2xx}`,
  ].join('\n');
}

function widgetSizeTable(results: BenchResults): string {
  const w = results.widgetSize;
  if (!w) return 'Widget size: not measured.';
  const row = (label: string, size: FileSize) => [label, size.file, num(size.raw), num(size.gzip), num(size.minGzip), num(size.brotli)];
  return [
    `Widget size in bytes (${w.gzipTool}; "min+gzip" re-minifies with esbuild first; brotli -q 11; budget ${num(w.budgetBytes)} B for API mode)`,
    formatTable(
      ['part', 'file', 'raw', 'gzip', 'min+gzip', 'brotli'],
      [
        row('API-mode entry (Lit included)', w.entry),
        ...w.staticImports.map((size) => row('  imported by the entry', size)),
        ...w.lazyChunks.map((size) => row(/self-hosted/.test(size.file) ? 'lazy chunk (self-hosted mode)' : 'lazy chunk (after the first rows)', size)),
        ...w.otherFiles.map((size) => row('also shipped, not loaded in API mode', size)),
        ...(w.litAlone ? [row('Lit alone, for reference', w.litAlone)] : []),
      ],
    ),
    `API mode before its first rows: ${num(w.apiModeGzip)} B gzip, ${num(w.apiModeBrotli)} B brotli; ` +
      `after a full interaction (English included): ${num(w.fullInteractionGzip)} B gzip, ${num(w.fullInteractionBrotli)} B brotli.`,
  ].join('\n');
}

const phase = (value: number | null): string => (value === null ? 'n/a' : num(value, 1));

function widgetSpeedTable(w: WidgetSpeed | undefined): string {
  if (!w) return 'Widget speed: not measured.';
  const row = (label: string, m: Timing) => [
    label,
    num(m.median, 1),
    `${(m.median / w.fetch.median).toFixed(2)}×`,
    m.samples.map((v) => v.toFixed(0)).join(' '),
  ];
  return [
    `Widget speed in headless Chromium, page served by the local Worker${w.network ? `, on ${w.network.name} emulated by Chromium` : ''} ` +
      `(medians of ${w.fetch.samples.length}, fresh context each)`,
    `  compared URL (the widget's own request): ${decodeURI(w.comparedUrl)}`,
    `  all API requests of one widget load: ${w.apiRequests.map((url) => decodeURI(new URL(url).pathname + new URL(url).search)).join('  ')}`,
    formatTable(
      ['measure', 'median ms', '× bare fetch', 'samples ms'],
      [
        row('bare fetch + JSON.parse', w.fetch),
        // The goal is judged on the loopback run only.
        row(`widget: script start → first rows${w.network ? '' : ' (the goal)'}`, w.widgetFromScriptStart),
        row('widget: script start → first rows painted', w.widgetPaintedFromScriptStart),
        row('widget: script inserted → first rows', w.widget),
        row('widget, module already loaded → first rows', w.widgetWarm),
        row('vanilla shadow root (no Lit): script start → rows painted', w.vanillaPaintedFromScriptStart),
      ],
    ),
    `  where the widget's time goes (medians, ms after the script was inserted): script loaded ${phase(w.widgetPhases.scriptLoaded)}, ` +
      `script start ${phase(w.widgetPhases.scriptStart)}, ` +
      `element defined ${phase(w.widgetPhases.defined)}, first render ${phase(w.widgetPhases.firstRender)}, ` +
      `first API request sent ${phase(w.widgetPhases.firstApiRequest)}, last API response in ${phase(w.widgetPhases.lastApiResponse)}, ` +
      `last API body parsed ${phase(w.widgetPhases.lastApiParsed)}, ` +
      `first rows ${num(w.widget.median, 1)}`,
    `  rows rendered: ${w.rows}; uncaught page errors: ${w.pageErrors.length === 0 ? 'none' : w.pageErrors.join(' | ')}`,
  ].join('\n');
}

function widgetEmbedTable(e: WidgetEmbed | undefined): string {
  if (!e) return 'Widget embed: not measured.';
  const row = (label: string, m: Timing) => [label, num(m.median, 1), `${(m.median / e.physicalLimit.median).toFixed(2)}×`, m.samples.map((v) => v.toFixed(0)).join(' ')];
  const path = (url: string) => decodeURI(new URL(url).pathname + new URL(url).search);
  return [
    `The embed builder's snippet on a page of another origin, on ${e.network.name} emulated by Chromium ` +
      `(medians of ${e.physicalLimit.samples.length}, fresh context each, from navigation start)`,
    `  requests to the widget's origin in one load: ${e.requests.map(path).join('  ')}`,
    `  API requests per widget load: ${e.apiRequests.length}`,
    formatTable(
      ['measure', 'median ms', '× physical limit', 'samples ms'],
      [
        row('physical limit: script file + first API URL fetched in parallel', e.physicalLimit),
        row('snippet: first rows painted', e.snippetPainted),
      ],
    ),
    `  uncaught page errors: ${e.pageErrors.length === 0 ? 'none' : e.pageErrors.join(' | ')}`,
  ].join('\n');
}

function goalsTable(goals: readonly Goal[]): string {
  const passed = goals.filter((goal) => goal.pass).length;
  return [
    `Goals: ${passed} PASS, ${goals.length - passed} FAIL`,
    formatTable(
      ['goal', 'target', 'measured', 'result'],
      goals.map((goal) => [goal.name, goal.target, goal.measured, goal.pass ? 'PASS' : `FAIL${goal.note ? ` (${goal.note})` : ''}`]),
    ),
  ].join('\n');
}

/** The whole report as printed on stdout. */
export function printReport(results: BenchResults): string {
  const errors = Object.entries(results.errors);
  return [
    header(results),
    throughputTable(results),
    coldStartTable(results),
    soakLine(results),
    widgetSizeTable(results),
    widgetSpeedTable(results.widgetSpeed),
    ...(results.widgetSpeedOnMobileNetwork ? [widgetSpeedTable(results.widgetSpeedOnMobileNetwork)] : []),
    widgetEmbedTable(results.widgetEmbed),
    goalsTable(results.goals ?? []),
    ...(errors.length > 0 ? [`Errors:\n${errors.map(([name, message]) => `  ${name}: ${message}`).join('\n')}`] : []),
  ].join('\n\n') + '\n';
}
