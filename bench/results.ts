import type { Goal } from './goals';
import type { MachineInfo } from './machine';
import type { RuntimeInfo } from './runtime/miniflare';
import type { ColdStartSummary } from './scenarios/cold-start';
import type { SoakSummary } from './scenarios/soak';
import type { ThroughputSummary } from './scenarios/throughput';
import type { WidgetEmbed } from './scenarios/widget-embed';
import type { WidgetSession } from './scenarios/widget-session';
import type { WidgetSize } from './scenarios/widget-size';
import type { WidgetSpeed } from './scenarios/widget-speed';
import type { BenchSettings } from './settings';

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
  /** A reader's session with the builder's snippets on another origin, every request by kind. */
  widgetSession?: WidgetSession;
  /** The builder's snippet on another origin vs the physical limit, under Lighthouse's mobile preset. */
  widgetEmbed?: WidgetEmbed;
  loadAverageAtEnd?: number[];
  durationSeconds?: number;
  goals?: Goal[];
}

/** Why a goal has no figure: the error of the step that should have measured it, if it failed. */
export function failedBecause(results: BenchResults, ...steps: string[]): string {
  const found = Object.entries(results.errors).find(([name]) => steps.some((step) => name.includes(step)));
  return found ? `${found[0]}: ${found[1]}` : 'the step did not run';
}
