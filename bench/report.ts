import { atLeast, atMost, notMeasured, type Goal } from './goals';
import { failedBecause, type BenchResults } from './results';
import type { ColdStartSummary } from './scenarios/cold-start';
import type { ThroughputSummary } from './scenarios/throughput';
import { FULL, PATHS } from './settings';
import { formatTable, num } from './table';
import { widgetSessionTable } from './session-report';
import { issue17Summary, widgetEmbedTable, widgetGoals, widgetSizeTable, widgetSpeedTable } from './widget-report';

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
  // A guard, not a goal (issue 18): the whole middleware chain on a memo hit must not cost more
  // than a quarter over sending the bytes. Repeated URLs are Workers Cache's job at the edge.
  { name: 'memo hit vs constant Worker replaying that response (req/s), guard', minimum: 0.75, ratio: (t) => rps(t.memoHit) / rps(t.memoShaped) },
];

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

/** Checks every goal (issues 4, 5, 12 and 17) against the figures; unmeasured goals fail. */
export function evaluateGoals(results: BenchResults): Goal[] {
  return [...throughputGoals(results), coldStartGoal(results), mcpColdStartGoal(results), soakGoal(results), ...widgetGoals(results)];
}

function header(results: BenchResults): string {
  const { machine: m, runtime: r, settings: s } = results;
  return [
    `cluster-list bench (${s.label} run), ${results.startedAt}, ${results.durationSeconds ?? '?'} s`,
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}`,
    `Load average (1/5/15 min): ${m.loadAverage.join(' ')} at start, ${results.loadAverageAtEnd?.join(' ') ?? '?'} at end` +
      (m.loadAverage[0]! > 0.5 * m.cores ? '  ← other work was running: figures are noisier' : ''),
    `Runtime: ${r.name}: miniflare ${r.miniflare}, workerd ${r.workerd} (the ones wrangler ${r.wrangler} runs)`,
    "Every Worker (real and baselines) runs with wrangler.toml's bindings, assets and compatibility date; Workers Cache is",
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

const MCP_COLD_CPU_GOAL = 'first MCP call CPU, fresh isolate: real Worker − D1-only Worker';

// Issue 19: the MCP endpoint has the same cold-start budget as the API.
function mcpColdStartGoal(results: BenchResults): Goal {
  const c = results.coldStart;
  if (!c?.mcp || !c.d1Only) return notMeasured(MCP_COLD_CPU_GOAL, `≤ ${COLD_CPU_LIMIT_MS} ms`, failedBecause(results, 'fresh isolate'));
  return atMost(MCP_COLD_CPU_GOAL, c.mcp.cpuMedian - c.d1Only.cpuMedian, COLD_CPU_LIMIT_MS, (v) => `${v.toFixed(1)} ms`);
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
        ...(c.mcp ? [row(`POST ${PATHS.mcp}: search_clusters, province 浙江省 (D1 load included)`, c.mcp, c.d1Only)] : []),
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
  return `${[
    header(results),
    throughputTable(results),
    coldStartTable(results),
    soakLine(results),
    widgetSessionTable(results.widgetSession),
    widgetSizeTable(results),
    widgetSpeedTable(results.widgetSpeed),
    ...(results.widgetSpeedOnMobileNetwork ? [widgetSpeedTable(results.widgetSpeedOnMobileNetwork)] : []),
    widgetEmbedTable(results.widgetEmbed),
    goalsTable(results.goals ?? []),
    issue17Summary(results),
    ...(errors.length > 0 ? [`Errors:\n${errors.map(([name, message]) => `  ${name}: ${message}`).join('\n')}`] : []),
  ].join('\n\n')}\n`;
}
