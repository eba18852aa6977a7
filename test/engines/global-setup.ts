/**
 * Global setup of the `engines` project: installs the engines that are not in the browser cache
 * yet (scripts/browsers/install.sh, a no-op when they are), then starts the same local Worker as
 * the `browser` project: the oracle whose API answers the widget's rows are compared with (the
 * widget itself reads only static files, from a plain static mirror or the host). A failed
 * install fails no setup: each engine's suite then fails on its own, naming the install command,
 * while the others and the shipped-code checks still run.
 */
import type { TestProject } from 'vitest/node';
import { INSTALLED_ENGINES, installEngines } from '../../scripts/browsers/cache';
import startWorker from '../browser/global-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The install script's output when it failed, for the suites of the engines it did not install. */
    engineInstallFailure: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const install = installEngines(INSTALLED_ENGINES);
  process.stderr.write(`engines: ${install.ok ? 'installed or already there' : 'install FAILED'} in ${install.seconds.toFixed(1)} s\n${install.output}\n`);
  project.provide('engineInstallFailure', install.ok ? '' : install.output);
  return startWorker(project);
}
