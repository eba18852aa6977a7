/**
 * What the engines suite checks against: the built widget folder, the province its tests show, and
 * the API (the oracle: the expected rows and version come from the local Worker, which the widget
 * never calls).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { firstViewPath } from '../../../core/first-view';
import { provinceKey } from '../../../core/province-key';
import { workerOrigin } from '../../browser/support/api';

export const WIDGET_DIR = resolve(import.meta.dirname, '../../../dist/site/widget');
/** The engine chunk's file name, as the build hashed it. */
export const ENGINE_CHUNK = readdirSync(resolve(WIDGET_DIR, 'chunks')).find((name) => /^engine\.[\w-]+\.js$/.test(name));
export const PROVINCE = '浙江省';
/** 浙江省's first-view file under the widget's `data/`, named by the spelling itself. */
export const PROVINCE_VIEW = firstViewPath(provinceKey(PROVINCE));
/** The province of the broken-file tests, which no other test shows. */
export const OTHER_PROVINCE = '江苏省';
export const OTHER_VIEW = firstViewPath(provinceKey(OTHER_PROVINCE));
/** A path as a URL's pathname spells it (percent-encoded), which is what the servers match on. */
export const urlPath = (path: string) => new URL(path, 'http://any').pathname;

/** The dataset version the API serves, which every widget answer must name. */
export async function apiVersion(): Promise<string> {
  const response = await fetch(`${workerOrigin()}/api/v1/meta`);
  if (!response.ok) throw new Error(`/api/v1/meta: ${response.status}`);
  return ((await response.json()) as { meta: { datasetVersion: string } }).meta.datasetVersion;
}

/** The count line the widget shows for `total` clusters of 浙江省. */
export const countOf = (total: number) => `${PROVINCE} · ${total} 个集群`;

/**
 * Page errors and rejections, leaving out what the engine itself reports of the failed load a
 * fault test causes on purpose: Chromium's "Failed to load resource", Firefox's messages naming
 * the file (a blocked module, its failed CORS request).
 */
export function unexpectedProblems(problems: string[], faulty: string): string[] {
  return problems.filter((problem) => !/Failed to load resource: the server responded with a status of 404/.test(problem) && !problem.includes(faulty));
}
